//! Mistakes on the command line: clap's errors as one line, with its suggestions kept
//! (`--jsn` → `--json`, the valid values of `--format`), and a FILE that does not exist but
//! looks like a mistyped command (`redline exprot` → `export`).

use std::path::PathBuf;

use clap::CommandFactory;
use clap::error::ErrorKind;

use super::{Cli, CliError, output};

/// Prints a clap error as one line (help and version are printed whole) and gives the status
/// to exit with: the error, then clap's tip or list of valid values, joined with `; `.
pub fn usage_error(e: clap::Error) -> u8 {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return 0;
    }
    output::error(&format!("{} (see redline --help)", one_line(&e.render().to_string())));
    2
}

/// clap's rendered message without its usage and "For more information" lines, as one line.
fn one_line(rendered: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut lines = rendered.lines().map(str::trim);
    while let Some(line) = lines.next() {
        if line.starts_with("Usage:") {
            // The usage runs on until a blank line.
            lines.by_ref().take_while(|l| !l.is_empty()).for_each(drop);
        } else if !line.is_empty() && !line.starts_with("For more information") {
            parts.push(line.trim_start_matches("error: "));
        }
    }
    parts.join("; ")
}

/// The command names (and aliases) a mistyped word may have meant.
fn commands() -> Vec<String> {
    let cli = Cli::command();
    cli.get_subcommands()
        .flat_map(|c| std::iter::once(c.get_name()).chain(c.get_all_aliases()))
        .map(String::from)
        .collect()
}

/// Refuses a FILE that does not exist, is a bare word (no folder, no extension) and is close
/// to a command's name: `exprot: no such file, and not a command (did you mean `export`?)`.
pub fn check_not_a_command(files: &[PathBuf]) -> Result<(), CliError> {
    for file in files {
        let Some(word) = file.to_str().filter(|w| !w.contains(['/', '\\', '.']) && !w.is_empty()) else {
            continue;
        };
        if file.exists() {
            continue;
        }
        let best = commands()
            .into_iter()
            .map(|c| (strsim::jaro(word, &c), c))
            .filter(|(score, _)| *score > 0.7)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, command)) = best {
            return Err(CliError::Usage(format!(
                "{word}: no such file, and not a command (did you mean `redline {command}`?)"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_messages_keep_their_tips_on_one_line() {
        let rendered = "error: unexpected argument '--jsn' found\n\n  tip: a similar argument exists: '--json'\n\n\
                        Usage: redline analyze --json [FILE|DIR|-]...\n\nFor more information, try '--help'.\n";
        assert_eq!(one_line(rendered), "unexpected argument '--jsn' found; tip: a similar argument exists: '--json'");
    }

    #[test]
    fn a_missing_file_close_to_a_command_is_refused_with_the_command() {
        let e = check_not_a_command(&["exprot".into()]).unwrap_err().to_string();
        assert_eq!(e, "exprot: no such file, and not a command (did you mean `redline export`?)");
        let e = check_not_a_command(&["analyz".into()]).unwrap_err().to_string();
        assert!(e.ends_with("(did you mean `redline analyze`?)"), "{e}");
        for fine in ["notes.txt", "dir/exprot", "zzzz", "-"] {
            assert!(check_not_a_command(&[fine.into()]).is_ok(), "{fine}");
        }
    }
}
