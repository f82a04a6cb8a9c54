//! Printing into a closed pipe (`… | head`): the harnesses end quietly, as `cat` or `grep`
//! do, instead of panicking in `println!`.

/// Restores the default action of SIGPIPE, which Rust's runtime sets to "ignore" (so that a
/// write to a closed pipe returns an error, and `println!` panics on it): the process then
/// ends at that write. Call it first thing in `main`.
pub fn end_quietly_on_closed_pipe() {
    // SAFETY: called at the start of `main`, before any other thread runs; `signal` with
    // `SIG_DFL` only resets the signal's disposition, and no handler of ours is replaced.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
