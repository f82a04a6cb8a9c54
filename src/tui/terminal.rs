//! The terminal: raw mode, alternate screen and mouse on entry; restored on every exit
//! (normal, error, panic, SIGTERM, SIGHUP); Ctrl-Z suspends to the shell and `fg` resumes.

use std::io::{self, IsTerminal, Stdout, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use signal_hook::consts::{SIGHUP, SIGTERM, SIGTSTP};

use super::sgr::Sixteen;
use super::theme::depth::Depth;

/// The terminal the reader draws on: standard output, the sixteen colours written in their
/// classic codes on a terminal of sixteen colours.
pub type Term = Terminal<CrosstermBackend<Sixteen<Stdout>>>;

/// True when standard output is a terminal (the reader needs one).
pub fn stdout_is_terminal() -> bool {
    stdout().is_terminal()
}

/// Whether the terminal is in the reader's modes, so restoring happens once: leaving the
/// alternate screen twice would move the cursor back over what was printed in between.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Whether the reader takes the mouse (the configuration's `reader.mouse`; on by default).
static MOUSE: AtomicBool = AtomicBool::new(true);

/// Sets whether [`enter`] (and resuming after Ctrl-Z) turns mouse reporting on.
pub fn set_mouse(on: bool) {
    MOUSE.store(on, Ordering::SeqCst);
}

/// Whether the reader takes the mouse.
pub fn mouse() -> bool {
    MOUSE.load(Ordering::SeqCst)
}

/// Enters raw mode, the alternate screen and, unless [`set_mouse`] turned it off, mouse
/// reporting.
pub fn enter() -> io::Result<Term> {
    take_over()?;
    let sixteen = Depth::from_env() == Depth::Ansi;
    Terminal::new(CrosstermBackend::new(Sixteen::new(stdout(), sixteen)))
}

fn take_over() -> io::Result<()> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)?;
    if mouse() { execute!(stdout(), EnableMouseCapture) } else { Ok(()) }
}

/// Leaves the alternate screen and raw mode, shows the cursor; does nothing when already done.
pub fn restore() -> io::Result<()> {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    let shown = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, ratatui::crossterm::cursor::Show);
    disable_raw_mode()?;
    shown
}

/// Restores the terminal before the default panic message is printed.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
}

/// Restores the terminal when dropped, so early returns and errors leave it clean.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = restore();
    }
}

/// Signals received and not yet handled by the loop: TERM (leave) and TSTP (suspend).
pub struct Signals(Arc<AtomicUsize>);

impl Signals {
    /// Catches SIGTERM and SIGTSTP so the loop can restore the terminal first, and SIGHUP,
    /// on which a thread leaves at once: the terminal is gone and crossterm would spin
    /// reading its end without returning to the loop.
    pub fn register() -> io::Result<Signals> {
        let mut hangup = signal_hook::iterator::Signals::new([SIGHUP])?;
        std::thread::spawn(move || {
            if hangup.forever().next().is_some() {
                let _ = restore();
                std::process::exit(128 + SIGHUP);
            }
        });
        let flag = Arc::new(AtomicUsize::new(0));
        for sig in [SIGTERM, SIGTSTP] {
            signal_hook::flag::register_usize(sig, Arc::clone(&flag), sig as usize)?;
        }
        Ok(Signals(flag))
    }

    /// The signal received since the last call, if any.
    pub fn take(&self) -> Option<i32> {
        match self.0.swap(0, Ordering::SeqCst) {
            0 => None,
            sig => Some(sig as i32),
        }
    }
}

/// True for the signal that ends the reader (SIGTERM); the other one suspends it.
pub fn is_termination(sig: i32) -> bool {
    sig == SIGTERM
}

/// Hands the terminal back to the shell and stops; on `fg`, takes it again and clears it so
/// the next draw repaints everything.
pub fn suspend(term: &mut Term) -> io::Result<()> {
    restore()?;
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    take_over()?;
    term.clear()
}
