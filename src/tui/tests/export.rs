//! The export dialog: `~` expanded, the folder it writes into shown, the format switched by
//! a key.

use std::path::PathBuf;

use super::fixture::{apply, render, screen, state};
use crate::tui::action::{Action, Effect};
use crate::tui::update::update;

#[test]
fn the_export_path_expands_the_home_folder_and_the_dialog_names_the_folder() {
    let mut s = state();
    (s.home, s.cwd) = (Some(PathBuf::from("/home/ann")), PathBuf::from("/work/news"));
    apply(&mut s, [Action::OpenExport]);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("Folder: /work/news"), "relative to the working folder: {shown}");
    apply(&mut s, [Action::ClearField]);
    apply(&mut s, "~/briefs/out.txt".chars().map(Action::Type).collect::<Vec<_>>());
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("Folder: /home/ann/briefs") && shown.contains("Format: plain text"), "{shown}");
    let Some(Effect::WriteExport { path, .. }) = update(&mut s, Action::Submit) else { panic!("no export") };
    assert_eq!(path, PathBuf::from("/home/ann/briefs/out.txt"));
    // `~user` is left alone.
    apply(&mut s, [Action::OpenExport, Action::ClearField]);
    apply(&mut s, "~bob/x.md".chars().map(Action::Type).collect::<Vec<_>>());
    let Some(Effect::WriteExport { path, .. }) = update(&mut s, Action::Submit) else { panic!("no export") };
    assert_eq!(path, PathBuf::from("~bob/x.md"));
}
