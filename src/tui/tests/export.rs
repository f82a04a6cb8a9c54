//! The export dialog: `~` expanded, the folder it writes into shown, the format switched by
//! a key, Tab completing the path.

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

/// The dialog's path, cursor and listed choices.
fn field(s: &crate::tui::state::App) -> (String, usize, Vec<String>) {
    match &s.page().overlay {
        crate::tui::state::views::Overlay::Export(d) => (d.path.clone(), d.cursor, d.choices.clone()),
        other => panic!("no export dialog: {other:?}"),
    }
}

/// Presses Tab and answers the listing as the event loop does.
pub fn tab(s: &mut crate::tui::state::App) {
    let Some(Effect::ListFolder { folder, prefix }) = update(s, Action::Complete) else {
        panic!("Tab lists no folder")
    };
    update(s, Action::Completions(crate::tui::complete::entries(&folder, &prefix)));
}

#[test]
fn tab_completes_the_path_from_its_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("briefs")).expect("folder");
    for file in ["briefs/march.md", "briefs/may.md", "briefs/mayday.json"] {
        std::fs::write(dir.path().join(file), "x").expect("write");
    }
    let mut s = state();
    (s.home, s.cwd) = (Some(dir.path().join("briefs")), dir.path().to_path_buf());
    apply(&mut s, [Action::OpenExport, Action::ClearField, Action::Type('b')]);
    tab(&mut s);
    assert_eq!(field(&s), ("briefs/".into(), 7, vec![]), "a folder completes with a slash");
    apply(&mut s, [Action::Type('m')]);
    tab(&mut s);
    assert_eq!(field(&s).0, "briefs/ma", "several complete to what they share");
    assert_eq!(field(&s).2, ["march.md", "may.md", "mayday.json"]);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("Matches: march.md  may.md  mayday.json"), "{shown}");
    apply(&mut s, [Action::Type('r')]);
    assert!(field(&s).2.is_empty(), "typing drops the list");
    tab(&mut s);
    assert_eq!(field(&s), ("briefs/march.md".into(), 15, vec![]));
    // `~/` is the home folder, and stays as typed.
    apply(&mut s, [Action::ClearField, Action::Type('~')]);
    assert_eq!(update(&mut s, Action::Complete), None);
    assert_eq!(field(&s).0, "~/");
    apply(&mut s, [Action::Type('m'), Action::Type('a'), Action::Type('y'), Action::Type('d')]);
    tab(&mut s);
    assert_eq!(field(&s).0, "~/mayday.json");
    // Nothing matching, or no such folder: the field stays, the dialog says why.
    apply(&mut s, [Action::Type('x')]);
    tab(&mut s);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("Nothing in that folder starts with “mayday.jsonx”"), "{shown}");
    apply(&mut s, [Action::ClearField]);
    apply(&mut s, "nowhere/a".chars().map(Action::Type).collect::<Vec<_>>());
    tab(&mut s);
    assert_eq!(field(&s).0, "nowhere/a");
    assert!(screen(&render(&mut s, 100, 30)).contains("Cannot complete:"), "the reason is shown");
}
