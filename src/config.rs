//! The configuration file: `$XDG_CONFIG_HOME/redline/config.toml` (`~/.config/redline/` when
//! that is not set), or the file given with `--config PATH`. `DEFAULT` (printed by
//! `redline config`) documents every setting.
//!
//! Guaranteed: a missing file at the default place is no error and gives
//! [`Config::default`]; an unknown key or a bad value is a [`ConfigError`] naming the file,
//! line and column of the value (`config.toml:3:9: reason`); a valid file gives a [`Config`]
//! whose every value has been checked (colours parsed, keys parsed and free of clashes, data
//! paths resolved and existing).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use ratatui::style::Color;
use serde::Deserialize;
use toml::Spanned;

use crate::tui::action::Action;
use crate::tui::clipboard::Clipboard;
use crate::tui::keymap::Key;
use crate::tui::theme::{Base, Choice as ThemeChoice};

mod keys;

pub use keys::{REMAPPED_MODES, action_name, config_name, parse_key};

/// A checked configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The file it was read from; `None` when none was found.
    pub path: Option<PathBuf>,
    /// The reader's palette and the colours of red-line categories by tag, over it.
    pub theme: ThemeChoice,
    /// Actions whose keys are replaced, with their new keys, in the order written.
    pub keys: Vec<(Action, Vec<Key>)>,
    /// The lexicon to use when `--lexicon` is not given.
    pub lexicon: Option<PathBuf>,
    /// The gazetteer to use when `--topics` is not given.
    pub topics: Option<PathBuf>,
    /// The learned red-line model to use when `--model` is not given: a file, or `none`
    /// (the path `none`) for none.
    pub model: Option<PathBuf>,
    /// Whether the reader takes the mouse.
    pub mouse: bool,
    /// How `y` copies.
    pub clipboard: Clipboard,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            path: None,
            theme: ThemeChoice::default(),
            keys: Vec::new(),
            lexicon: None,
            topics: None,
            model: None,
            mouse: true,
            clipboard: Clipboard::Osc52,
        }
    }
}

/// Why the configuration cannot be used. `Display` is one line.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    /// A bad value or an unknown key, at a line and column of the file (1-based).
    #[error("{path}:{line}:{column}: {reason}")]
    At {
        /// The file as named.
        path: String,
        /// Line of the value.
        line: usize,
        /// Column of the value, in characters.
        column: usize,
        /// What is wrong.
        reason: String,
    },
    /// The file could not be read.
    #[error("{path}: {reason}")]
    Unreadable {
        /// The file as named.
        path: String,
        /// Why.
        reason: String,
    },
}

/// Where the configuration file is looked for when `--config` is not given:
/// `$XDG_CONFIG_HOME/redline/config.toml`, else `~/.config/redline/config.toml`; `None` when
/// there is no home folder either.
pub fn default_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    etcetera::choose_base_strategy().ok().map(|s| s.config_dir().join("redline").join("config.toml"))
}

/// Reads the configuration: from `explicit` (`--config`; must exist), else from
/// [`default_path`] when that file exists, else the defaults.
pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
    let path = match explicit {
        Some(path) => path.to_path_buf(),
        None => match default_path().filter(|p| p.exists()) {
            Some(path) => path,
            None => return Ok(Config::default()),
        },
    };
    let unreadable = |e: std::io::Error| ConfigError::Unreadable {
        path: path.display().to_string(),
        reason: match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::IsADirectory => "is a directory, not a file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot read: {e}"),
        },
    };
    let text = std::fs::read_to_string(&path).map_err(unreadable)?;
    parse(&text, &path)
}

/// The raw file, every value with its place.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Raw {
    theme: RawTheme,
    data: RawData,
    reader: RawReader,
    keys: BTreeMap<String, Spanned<KeyList>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RawTheme {
    base: Option<Spanned<String>>,
    colors: BTreeMap<String, Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RawData {
    lexicon: Option<Spanned<String>>,
    topics: Option<Spanned<String>>,
    model: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RawReader {
    mouse: bool,
    clipboard: Option<Spanned<String>>,
    clipboard_command: Option<Spanned<Vec<String>>>,
}

impl Default for RawReader {
    fn default() -> RawReader {
        RawReader { mouse: true, clipboard: None, clipboard_command: None }
    }
}

/// One key or a list of keys.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum KeyList {
    One(String),
    Many(Vec<String>),
}

/// Parses and checks the text of a configuration file read from `path`.
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let at = |span: Range<usize>, reason: String| {
        let before = &text[..span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        ConfigError::At { path: path.display().to_string(), line, column, reason }
    };
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let reason = e.message().trim().replace('\n', " ");
        at(e.span().unwrap_or(0..0), reason)
    })?;
    let mut config = Config { path: Some(path.to_path_buf()), ..Config::default() };
    let one_of = |value: &Spanned<String>, name: &str, allowed: &[&str]| {
        let reason = format!("{name}: {:?} is not one of {}", value.get_ref(), allowed.join(", "));
        at(value.span(), reason)
    };
    config.theme.base = match raw.theme.base.as_ref().map(|b| (b.get_ref().as_str(), b)) {
        None | Some(("dark", _)) => Base::Dark,
        Some(("light", _)) => Base::Light,
        Some((_, value)) => return Err(one_of(value, "theme.base", &["dark", "light"])),
    };
    for (tag, color) in &raw.theme.colors {
        let parsed = color.get_ref().parse::<Color>().map_err(|_| {
            let reason = format!("theme.colors.{tag}: {:?} is not a colour (a name such as \"light-red\", a number 0-255 or \"#rrggbb\")", color.get_ref());
            at(color.span(), reason)
        })?;
        config.theme.colors.push((tag.clone(), parsed));
    }
    let folder = path.parent().unwrap_or(Path::new("."));
    let data = |value: &Option<Spanned<String>>, name: &str| -> Result<Option<PathBuf>, ConfigError> {
        let Some(value) = value else { return Ok(None) };
        let resolved = resolve(value.get_ref(), folder);
        if !resolved.is_file() {
            return Err(at(value.span(), format!("data.{name}: {} is not a file", resolved.display())));
        }
        Ok(Some(resolved))
    };
    config.lexicon = data(&raw.data.lexicon, "lexicon")?;
    config.topics = data(&raw.data.topics, "topics")?;
    config.model = match &raw.data.model {
        Some(none) if none.get_ref() == "none" => Some(PathBuf::from("none")),
        model => data(model, "model")?,
    };
    config.mouse = raw.reader.mouse;
    let method = raw.reader.clipboard.as_ref().map(|m| (m.get_ref().as_str(), m));
    config.clipboard = match (method, &raw.reader.clipboard_command) {
        (None | Some(("osc52", _)), _) => Clipboard::Osc52,
        (Some(("off", _)), _) => Clipboard::Off,
        (Some(("command", _)), Some(command)) if !command.get_ref().is_empty() => {
            Clipboard::Command(command.get_ref().clone())
        }
        (Some(("command", _)), Some(command)) => {
            return Err(at(command.span(), "reader.clipboard_command: give the command and its arguments".into()));
        }
        (Some(("command", value)), None) => {
            let reason = "reader.clipboard = \"command\" needs reader.clipboard_command".to_string();
            return Err(at(value.span(), reason));
        }
        (Some((_, value)), _) => return Err(one_of(value, "reader.clipboard", &["osc52", "command", "off"])),
    };
    config.keys = keys::check(&raw.keys, &at)?;
    Ok(config)
}

/// A path from the file: `~/` is the home folder, a relative path is relative to `folder`.
fn resolve(value: &str, folder: &Path) -> PathBuf {
    let home = || etcetera::home_dir().ok();
    match value.strip_prefix("~/").and_then(|rest| Some(home()?.join(rest))) {
        Some(path) => path,
        None => folder.join(value),
    }
}

/// The configuration file with every setting at its default and what each does: what
/// `redline config` prints. Parsing it gives [`Config::default`].
pub fn default_file() -> String {
    let mut keys = String::new();
    for (action, bound) in keys::defaults() {
        let names: Vec<String> = bound.iter().map(|k| format!("{:?}", keys::config_name(*k))).collect();
        keys.push_str(&format!("{} = [{}]\n", action_name(&action).unwrap_or_default(), names.join(", ")));
    }
    DEFAULT.replace("{keys}", &keys)
}

/// The text of [`default_file`], with `{keys}` standing for the key table.
const DEFAULT: &str = include_str!("config/default.toml");

#[cfg(test)]
mod tests;
