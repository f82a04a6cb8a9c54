//! The `redline` binary: parses the command line and hands it to [`redline::cli::run`].
//!
//! Exit status: 0 on success, 2 on any error (one line on stderr, `redline: <what>: <why>`).

use std::process::ExitCode;

use clap::Parser;
use redline::cli;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(cli::usage_error(e)),
    };
    // A bug must still end in one line, not a backtrace (the reader chains its own hook).
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("{}", cli::error_line(&format!("internal error{at}: {message}")));
    }));
    match std::panic::catch_unwind(|| cli::run(cli)) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("{}", cli::error_line(&e.to_string()));
            ExitCode::from(2)
        }
        Err(_) => ExitCode::from(2),
    }
}
