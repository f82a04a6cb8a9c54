//! Renderings of a selection of quotes for a brief: Markdown, JSON and plain text, and
//! atomic writing of them to a file. (Filled in by the export work.)
