//! The messages of the reader's loop: every user intent (and event) `update` understands,
//! named as a verb, and the effects `update` asks the loop to carry out.

use std::path::PathBuf;

use ratatui::layout::Size;
use redline_analysis::Corrections;

/// One pane of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The topic list on the left.
    Topics,
    /// The quote list on the right.
    Quotes,
}

/// An intent, produced by the keymap (or the event loop) and applied by `update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Move the selection (or the open view) up one step.
    MoveUp,
    /// Move the selection (or the open view) down one step.
    MoveDown,
    /// Go to the first item.
    GoTop,
    /// Go to the last item.
    GoBottom,
    /// Move one page up.
    PageUp,
    /// Move one page down.
    PageDown,
    /// Focus the other pane.
    FocusNext,
    /// Focus the other pane (backwards; there are two panes, so the same as `FocusNext`).
    FocusPrev,
    /// Focus the topic list.
    FocusTopics,
    /// Focus the quote list.
    FocusQuotes,
    /// Open the highlighted quote in its paragraph (or, from Topics, focus the quotes).
    OpenContext,
    /// Open the whole article.
    OpenReading,
    /// Open the help with the legend.
    OpenHelp,
    /// Close whatever is open: dialog, view, search.
    Close,
    /// Cycle the severity filter: all → ≥ 3 → ≥ 4 → all.
    CycleFilter,
    /// Hide or show again the quotes of three words or fewer.
    ToggleShort,
    /// Jump to the next shown quote holding a red line.
    NextRedLine,
    /// Jump to the previous shown quote holding a red line.
    PrevRedLine,
    /// Start typing a search (of the quotes listed, or of the open view's text).
    StartSearch,
    /// Go to the next search match, round the list (or the view).
    NextMatch,
    /// Go to the previous search match, round the list (or the view).
    PrevMatch,
    /// List only the quotes the search matches, or all of them again (`&`).
    NarrowSearch,
    /// Mark or unmark the highlighted quote.
    ToggleMark,
    /// Mark every shown quote.
    MarkAllShown,
    /// Clear all marks.
    ClearMarks,
    /// Open the speaker list (in it: close it).
    OpenSpeakers,
    /// Open the article list of the corpus (in it, or in an article opened from it: back to
    /// the corpus).
    OpenArticles,
    /// Open the escalation timeline of the selected topic (in the speaker list: of the
    /// highlighted speaker) in a corpus.
    OpenTimeline,
    /// Sort the article list by publication date, or back by path.
    SortArticles,
    /// Sort the open list in its next order (articles: path, date, strongest red line,
    /// quotes; speakers: quotes, escalation, balance, name).
    CycleOrder,
    /// Complete the last part of the export path from the files of its folder (Tab).
    Complete,
    /// The files of a folder whose names start with the last part of the export path, for
    /// its completion: each name, and whether it is a folder; or why the folder could not
    /// be read.
    Completions(Result<Vec<(String, bool)>, String>),
    /// Open the export dialog.
    OpenExport,
    /// Copy the marked quotes as Markdown to the clipboard.
    CopyMarked,
    /// Open the speaker picker over the highlighted quote (`S`).
    OpenPicker,
    /// Mark the highlighted quote "not a quote", or unmark it (`x`).
    ToggleNotAQuote,
    /// Take back the correction of the highlighted quote (`U`).
    UndoCorrection,
    /// The corrections were saved: what changed, for the status line.
    CorrectionsSaved(String),
    /// The corrections could not be saved, with the reason.
    CorrectionsFailed(String),
    /// Suspend the reader to the shell (Ctrl-Z).
    Suspend,
    /// `q`: back one level (close the open view, list or search, or the article opened
    /// from the corpus); at the top level leave the reader, first asking when marked quotes
    /// have not been exported or copied.
    Quit,
    /// Leave the reader at once (Ctrl-C), whatever is open or marked.
    QuitNow,
    /// Type a character into the search or the path field.
    Type(char),
    /// Delete the character before the cursor.
    Backspace,
    /// Move the text cursor left.
    CursorLeft,
    /// Move the text cursor right.
    CursorRight,
    /// Clear the text field.
    ClearField,
    /// Switch the export path's format: md → json → txt.
    NextFormat,
    /// Accept the search or write the export.
    Submit,
    /// Answer yes to "overwrite?" or "quit?".
    ConfirmYes,
    /// Answer no to "overwrite?" or "quit?".
    ConfirmNo,
    /// Select the topic at this index (0 is "All quotes"), e.g. by a click.
    SelectTopic(usize),
    /// Select the shown quote at this position, e.g. by a click.
    SelectQuote(usize),
    /// Scroll a pane by the mouse wheel: negative is up.
    Scroll(Pane, i8),
    /// The export was written: the path and how many quotes.
    ExportWritten(PathBuf),
    /// The export target exists: ask before overwriting.
    ExportExists,
    /// The export failed, with the reason.
    ExportFailed(String),
    /// The clipboard copy was made (sent with OSC 52, or taken by the clipboard command).
    Copied,
    /// The clipboard command failed: why, in one line naming the command.
    CopyFailed(String),
    /// The terminal has this size (sent before the first draw and whenever it changes).
    Resize(Size),
}

/// Something that touches the world, carried out by the event loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave the reader.
    Quit,
    /// Suspend to the shell; redraw fully on resume.
    Suspend,
    /// Write an export atomically; on an existing file, replace it only if `overwrite`.
    WriteExport {
        /// The target.
        path: PathBuf,
        /// The rendered export.
        contents: String,
        /// Whether the user agreed to replace an existing file.
        overwrite: bool,
    },
    /// Save an article's corrections to its sidecar (see [`crate::store::save`]); the loop
    /// answers with `Action::CorrectionsSaved(done)` or `Action::CorrectionsFailed`.
    SaveCorrections {
        /// The sidecar.
        path: PathBuf,
        /// All the corrections of the article.
        corrections: Corrections,
        /// What changed, in words.
        done: String,
    },
    /// List the entries of `folder` whose names start with `prefix`, for the completion of
    /// the export path; the loop answers with `Action::Completions`.
    ListFolder {
        /// The folder.
        folder: PathBuf,
        /// The start of the names wanted.
        prefix: String,
    },
    /// Put this text on the terminal's clipboard with OSC 52.
    Copy(String),
    /// Pipe this text to the clipboard command (a program and its arguments); the loop
    /// answers with `Action::Copied` or `Action::CopyFailed`.
    Pipe {
        /// The program and its arguments.
        command: Vec<String>,
        /// The text for its standard input.
        text: String,
    },
}
