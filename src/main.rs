//! The `redline` binary: parses the command line and hands it to [`redline::cli::run`].
//!
//! Exit status: 0 on success, 2 on any error (one line on stderr, `redline: <what>: <why>`).

use std::process::ExitCode;

use clap::Parser;
use redline::cli;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns transparent huge pages off for the process (Linux; elsewhere nothing). mimalloc asks
/// for them on the memory it maps, and the kernel then zeroes 2 MiB at each first touch: for
/// one article, a short process, that cost more than the fewer TLB misses gain (8.2 ms against
/// 6.4 ms for the whole process, measured), while a corpus run is faster with them (a
/// 10,000-article run took 11–12 % more user time without). The kernel reads the setting at
/// each page fault, so memory mapped before `main` obeys it too.
fn huge_pages_off() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_THP_DISABLE) only sets a flag of the process; it reads no memory.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(cli::usage_error(e)),
    };
    if cli.one_article() {
        huge_pages_off();
    }
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
