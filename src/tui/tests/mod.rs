//! Tests of the reader: a small invented article, rendering into a `TestBackend`, every
//! action of the keymap driven through `update`, a corpus, and the pages and geometry of the
//! state.

mod clipboard;
mod corpus;
mod corpus_corrections;
mod corrections;
mod export;
mod fixture;
mod kinds;
mod lists;
mod pages;
mod quitting;
mod render;
mod safety;
mod search;
mod speakers;
mod timeline;
mod update;
mod views;
