//! The given-names file (`assets/given_names.txt`) read into a sorted table: `Name g` a line,
//! `g` one of `m`, `f`, `u` (either); `#` starts a comment line.
//!
//! This file is also a module of the build script (`build.rs`, by `#[path]`), which reads the
//! bundled file with [`entries`] when the library is built and writes the table as a Rust
//! array: a run then reads none of its 8,500 lines, and the table is the one this code makes
//! (a test checks it). So it depends on nothing but `std`.

/// A name: its start and end in the file, and its gender (`b'm'`, `b'f'`, `b'u'`: either).
pub type Entry = (u32, u32, u8);

/// The names of `file`, sorted by name; or the 1-based line at fault and what it lacks.
pub fn entries(file: &str) -> Result<Vec<Entry>, (usize, &'static str)> {
    let bytes = file.as_bytes();
    let mut entries = Vec::with_capacity(bytes.len() / 8);
    let mut next = 0;
    // bytes, not chars: every byte the format looks at (space, newline, #, m/f/u) is ASCII
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let from = next;
        next += line.len() + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() || line[0] == b'#' {
            continue;
        }
        let gender = match line {
            [.., b' ', b' '] | [_] | [_, _] => return Err((n + 1, "expected `Name g`")),
            [.., b' ', g @ (b'm' | b'f' | b'u')] => *g,
            _ => return Err((n + 1, "expected `Name g`, g one of m, f, u")),
        };
        let too_long = (n + 1, "the file is over 4 GiB");
        let start = u32::try_from(from).map_err(|_| too_long)?;
        let end = u32::try_from(from + line.len() - 2).map_err(|_| too_long)?;
        entries.push((start, end, gender));
    }
    let name = |e: &Entry| &file[e.0 as usize..e.1 as usize];
    if !entries.is_sorted_by(|a, b| name(a) <= name(b)) {
        entries.sort_by(|a, b| name(a).cmp(name(b)));
    }
    Ok(entries)
}
