//! Tests of the reader: a small invented article, rendering into a `TestBackend`, and every
//! action of the keymap driven through `update`.

mod corpus;
mod fixture;
mod render;
mod safety;
mod update;
