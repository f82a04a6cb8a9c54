//! Tab in the export dialog: the last part of the path completed from the entries of the
//! folder it names. `update` works out the folder and the start typed ([`split`]); the loop
//! lists the folder ([`entries`]), the one file-system read; `update` then completes the
//! path ([`complete`]): a single match whole (a folder with a trailing `/`), several up to
//! their common start, with a few of them to show.

use std::path::{Path, PathBuf};

/// How many of several matches the dialog shows.
pub const SHOWN: usize = 6;

/// The folder a path typed in the dialog names and the start of its last part: the text up
/// to the last `/` (`~/` the home folder; relative to `cwd` unless absolute) and the rest.
pub fn split(path: &str, home: Option<&Path>, cwd: &Path) -> (PathBuf, String) {
    let (folder, prefix) = match path.rfind('/') {
        Some(i) => (&path[..=i], &path[i + 1..]),
        None => ("", path),
    };
    let folder = match (folder.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(folder),
    };
    (cwd.join(folder), prefix.to_string())
}

/// The entries of `folder` whose names start with `prefix`, sorted, each with whether it
/// is a folder (a link to one counts); hidden ones (`.` first) only when `prefix` starts
/// with a dot; names that are not UTF-8 are left out. The error names the folder.
pub fn entries(folder: &Path, prefix: &str) -> Result<Vec<(String, bool)>, String> {
    let read = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut found: Vec<(String, bool)> = read
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let wanted = name.starts_with(prefix) && (prefix.starts_with('.') || !name.starts_with('.'));
            wanted.then(|| (name, entry.path().is_dir()))
        })
        .collect();
    found.sort();
    Ok(found)
}

/// The outcome of a completion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Completed {
    /// The path completed (to the one match, or as far as the matches agree), and, when
    /// several match, the first [`SHOWN`] of them (folders with a `/`) and how many there are.
    Path(String, Vec<String>, usize),
    /// Nothing starts with what was typed.
    Nothing,
}

/// `path` with its last part completed from `matches` (the entries starting with it, as
/// [`entries`] gives them).
pub fn complete(path: &str, matches: &[(String, bool)]) -> Completed {
    let folder = path.rfind('/').map_or("", |i| &path[..=i]);
    let shown = |(name, dir): &(String, bool)| if *dir { format!("{name}/") } else { name.clone() };
    match matches {
        [] => Completed::Nothing,
        [one] => Completed::Path(format!("{folder}{}", shown(one)), Vec::new(), 1),
        [first, rest @ ..] => {
            let mut common = first.0.as_str();
            for (name, _) in rest {
                let same = common.char_indices().zip(name.chars()).find(|((_, a), b)| a != b);
                if let Some(((i, _), _)) = same {
                    common = &common[..i];
                } else if name.len() < common.len() {
                    common = name;
                }
            }
            let listed = matches.iter().take(SHOWN).map(shown).collect();
            Completed::Path(format!("{folder}{common}"), listed, matches.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for file in ["notes-march.md", "notes-may.json", "report.txt", ".hidden.md"] {
            std::fs::write(dir.path().join(file), "x").expect("write");
        }
        std::fs::create_dir(dir.path().join("reports")).expect("folder");
        dir
    }

    fn completed(dir: &Path, typed: &str) -> Completed {
        let (folder, prefix) = split(typed, Some(dir), dir);
        complete(typed, &entries(&folder, &prefix).expect("listed"))
    }

    #[test]
    fn one_match_completes_whole_and_a_folder_takes_a_slash() {
        let dir = folder();
        assert_eq!(completed(dir.path(), "report."), Completed::Path("report.txt".into(), vec![], 1));
        assert_eq!(completed(dir.path(), "reports"), Completed::Path("reports/".into(), vec![], 1));
        assert_eq!(completed(dir.path(), "./notes-mar"), Completed::Path("./notes-march.md".into(), vec![], 1));
    }

    #[test]
    fn several_matches_complete_to_their_common_start_and_are_listed() {
        let dir = folder();
        let both = vec!["notes-march.md".to_string(), "notes-may.json".to_string()];
        assert_eq!(completed(dir.path(), "no"), Completed::Path("notes-ma".into(), both, 2));
        let all = completed(dir.path(), "");
        assert_eq!(
            all,
            Completed::Path(
                "".into(),
                vec!["notes-march.md".into(), "notes-may.json".into(), "report.txt".into(), "reports/".into()],
                4
            ),
            "hidden files left out"
        );
        assert_eq!(completed(dir.path(), ".h"), Completed::Path(".hidden.md".into(), vec![], 1));
        assert_eq!(completed(dir.path(), "zzz"), Completed::Nothing);
    }

    #[test]
    fn the_home_folder_and_absolute_paths_are_listed_and_kept_as_typed() {
        let dir = folder();
        let home = dir.path();
        let (folder, prefix) = split("~/rep", Some(home), Path::new("/elsewhere"));
        assert_eq!((folder, prefix.as_str()), (home.join(""), "rep"));
        let typed = "~/reports";
        let matches = entries(&split(typed, Some(home), Path::new("/")).0, "reports").expect("listed");
        assert_eq!(complete(typed, &matches), Completed::Path("~/reports/".into(), vec![], 1));
        let absolute = format!("{}/rep", home.display());
        let (folder, _) = split(&absolute, None, Path::new("/elsewhere"));
        assert_eq!(folder, home.join(""));
        let missing = entries(&home.join("nope"), "").expect_err("no such folder");
        assert!(missing.contains("nope"), "{missing}");
    }
}
