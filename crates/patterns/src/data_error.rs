//! The one error of every data file the analysis loads (lexicon, gazetteer, language data):
//! a position in the file as the user named it, for an editor to jump to.

/// Why a data file (lexicon, gazetteer or language data) could not be used: `file:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct DataError {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What was wrong or expected.
    pub message: String,
}

impl DataError {
    /// A JSON syntax or shape error.
    pub fn from_json(file: &str, e: &serde_json::Error) -> Self {
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        DataError { file: file.to_string(), line: e.line().max(1), column: e.column().max(1), message }
    }

    /// An error inside a string value of `source`, located by searching for the string.
    pub fn in_string(file: &str, source: &str, value: &str, column_in_value: usize, message: String) -> Self {
        let quoted = serde_json::to_string(value).unwrap_or_default();
        let at = source.find(&quoted).map_or(0, |i| i + 1);
        let line = source[..at].matches('\n').count() + 1;
        let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        let column = source[line_start..at].chars().count() + column_in_value + 1;
        DataError { file: file.to_string(), line, column, message }
    }
}
