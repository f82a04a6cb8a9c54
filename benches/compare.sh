#!/usr/bin/env bash
# Reproduces the benchmark table of the README, side by side in one run:
#   benches/compare.sh            (needs ripgrep, hyperfine and python3:
#                                  apt-get install ripgrep hyperfine)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --quiet
[ -d target/corpus ] || cargo run --release --quiet --example make_corpus -- 10000 target/corpus
# The lexicon's literal cues for rg: every literal redline's automaton searches for (each
# cue's choices, options and inflections expanded), and, for comparison, only the cues that
# are plain phrases as written (no choices, options, inflections or gaps).
cargo run --release --quiet --example lexicon_literals > target/cues.txt
python3 - <<'PY'
import json, re
d = json.load(open("assets/redlines.json"))
cues = [c if isinstance(c, str) else c["pattern"] for cat in d["categories"] for c in cat["cues"]]
lit = [c for c in cues if not re.search(r"[\(\[\{~]|\.\.\.", c)]
open("target/plain_cues.txt", "w").write("\n".join(lit) + "\n")
PY
echo "cues for rg: $(wc -l < target/cues.txt) literals; $(wc -l < target/plain_cues.txt) plain phrases"
echo "corpus: $(find target/corpus -type f | wc -l) files, $(du -sb target/corpus | cut -f1) bytes"
hyperfine -w 1 -r 10 \
  'target/release/redline analyze target/corpus --json > /dev/null' \
  'rg -c -i -F -f target/cues.txt target/corpus > /dev/null' \
  'rg -c -i -F -f target/plain_cues.txt target/corpus > /dev/null'
/usr/bin/time -f "peak memory of analyze on the corpus: %M KiB" \
  target/release/redline analyze target/corpus --json > /dev/null
hyperfine -N -w 10 -r 100 'target/release/redline analyze assets/article.txt --json'
python3 benches/first_frame.py target/release/redline target/corpus
cargo bench --quiet --bench reader -- --warm-up-time 1 --measurement-time 3 2>&1 | grep -E "^(frame|key)|time:|p99"
