//! Every action of the keymap driven through `update`, each with a check that can fail.
