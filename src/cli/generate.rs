//! `redline completions SHELL` and `redline man`: generated from the command-line definition
//! by clap_complete and clap_mangen, so they always match the options.

use clap::CommandFactory;

use super::Cli;

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "redline", &mut out);
    out
}

/// The manual page, redline(1), in roff.
pub fn man() -> Vec<u8> {
    let mut out = Vec::new();
    // Cannot fail: written to memory.
    clap_mangen::Man::new(Cli::command()).render(&mut out).expect("a man page renders to memory");
    out
}
