//! The reader's modules, all but its event loop and tests, for the reader benchmark.

#[path = "../src/tui/action.rs"]
pub mod action;
#[path = "../src/tui/corpus.rs"]
pub mod corpus;
#[path = "../src/tui/keymap.rs"]
pub mod keymap;
#[path = "../src/tui/loader.rs"]
pub mod loader;
#[path = "../src/tui/state.rs"]
pub mod state;
#[path = "../src/tui/theme.rs"]
pub mod theme;
#[path = "../src/tui/update.rs"]
pub mod update;
#[path = "../src/tui/view/mod.rs"]
pub mod view;
