#!/usr/bin/env python3
"""Time from starting `redline ARGS...` in a pseudo-terminal to its first frame (the topic
pane's title on screen), over several runs; prints the median and the worst. Quits each run
with `q`. Usage: benches/first_frame.py target/release/redline target/corpus"""
import fcntl, os, pty, select, statistics, struct, sys, termios, time

def first_frame(argv):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execv(argv[0], argv)
    seen, elapsed = b"", None
    deadline = start + 30
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
            if elapsed is None and b"Topics" in seen:
                elapsed = time.perf_counter() - start
                os.write(fd, b"q")
    os.waitpid(pid, 0)
    return elapsed

runs = [first_frame(sys.argv[1:]) for _ in range(7)]
ok = [r for r in runs if r is not None]
print(f"first frame: median {statistics.median(ok)*1000:.0f} ms, worst {max(ok)*1000:.0f} ms over {len(ok)} runs")
