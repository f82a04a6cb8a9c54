//! The learned red-line model's file format, read in one place: by the library for a user's
//! model (`RedLineModel::from_tsv`) and by the build script for the bundled one (a module of
//! `build.rs` by `#[path]`), which writes what it reads as Rust arrays; so both read a file
//! the same way.
//!
//! The file: `#` comment lines and blank lines anywhere, then `@classes`, `@scale`,
//! `@threshold`, `@bias` and, optionally, `@reporter_threshold` lines (a key, a tab,
//! tab-separated values; no feature starts with `@`), then one line per feature, sorted by its
//! bytes: the feature, a tab, and its weights times `scale` as integers from −127 to 127, comma
//! separated, one per class in the order of `@classes`.

/// A model file, read and checked.
pub struct ModelFile<'a> {
    /// `NONE` first, then category tags.
    pub classes: Vec<&'a str>,
    pub scale: f32,
    /// The bar for a clause in a quote.
    pub threshold: f32,
    /// The bar for a clause in the reporter's own words; none: such clauses are not read.
    pub reporter_threshold: Option<f32>,
    /// One per class.
    pub bias: Vec<f32>,
    /// The features, sorted.
    pub features: Vec<&'a str>,
    /// The weights of each feature in turn, one per class.
    pub weights: Vec<i8>,
}

impl ModelFile<'_> {
    /// How the model holds its features, for the build script and the run-time reader alike:
    /// the features in one text, a line each, the end of each in it, and their slot table
    /// ([`slots`]).
    pub fn layout(&self) -> (String, Vec<u32>, Vec<u32>) {
        let mut text = String::new();
        let mut ends = Vec::with_capacity(self.features.len());
        for feature in &self.features {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(feature);
            ends.push(u32::try_from(text.len()).expect("a model file is smaller than 4 GiB"));
        }
        (text, ends, slots(&self.features))
    }
}

/// The hash of a feature that places it in the slot table ([`slots`]): 32-bit FNV-1a over
/// its bytes, the same in the build script and at run time.
pub fn hash(feature: &str) -> u32 {
    feature.bytes().fold(0x811c_9dc5, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// The slot table of `features`: a power of two at least twice their number, each slot 0
/// (empty) or a feature's index plus one, placed at its [`hash`] or the first empty slot
/// after it (linear probing). Half of it at least is empty, so a search for a feature it
/// lacks ends at an empty slot.
fn slots(features: &[&str]) -> Vec<u32> {
    let size = (features.len() * 2).next_power_of_two().max(2);
    let mut slots = vec![0u32; size];
    for (i, feature) in features.iter().enumerate() {
        let mut at = hash(feature) as usize & (size - 1);
        while slots[at] != 0 {
            at = (at + 1) & (size - 1);
        }
        slots[at] = u32::try_from(i + 1).expect("a model has fewer than 4 billion features");
    }
    slots
}

/// Reads a model file; an error is its 1-based line and what is wrong there.
pub fn read(text: &str) -> Result<ModelFile<'_>, (usize, String)> {
    let (mut classes, mut scale, mut threshold, mut bias) = (None, None, None, None);
    let mut reporter_threshold = None;
    let (mut features, mut weights): (Vec<&str>, Vec<i8>) = (Vec::new(), Vec::new());
    let mut last = 0;
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        last = number;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (key, value) = line.split_once('\t').ok_or((number, "a line is a key, a tab, values".to_string()))?;
        let float = |v: &str| v.trim().parse::<f32>().map_err(|_| (number, format!("`{v}` is not a number")));
        if !features.is_empty() || !key.starts_with('@') {
            let classes: &Vec<&str> =
                classes.as_ref().ok_or((number, "the `@` lines come before the features".to_string()))?;
            if features.last().is_some_and(|p| *p >= key) {
                return Err((number, format!("`{key}` is out of order (the features are sorted)")));
            }
            let needs = || (number, format!("`{key}` needs one weight per class, each from -127 to 127"));
            let before = weights.len();
            for w in value.split(',') {
                weights.push(w.trim().parse::<i8>().map_err(|_| needs())?);
            }
            if weights.len() - before != classes.len() {
                return Err(needs());
            }
            features.push(key);
            continue;
        }
        match key {
            "@classes" => classes = Some(value.split('\t').collect::<Vec<_>>()),
            "@scale" => scale = Some(float(value)?),
            "@threshold" => threshold = Some(float(value)?),
            "@reporter_threshold" => reporter_threshold = Some(float(value)?),
            "@bias" => bias = Some(value.split('\t').map(float).collect::<Result<Vec<_>, _>>()?),
            _ => {
                let keys = "@classes, @scale, @threshold, @reporter_threshold, @bias";
                return Err((number, format!("`{key}` is none of {keys}")));
            }
        }
    }
    let missing = |what: &str| (last, format!("no {what} line"));
    let classes = classes.ok_or_else(|| missing("`@classes`"))?;
    let scale = scale.filter(|s| *s > 0.0).ok_or_else(|| missing("positive `@scale`"))?;
    let threshold = threshold.ok_or_else(|| missing("`@threshold`"))?;
    let bias = bias.filter(|b| b.len() == classes.len()).ok_or_else(|| missing("`@bias` with one value per class"))?;
    Ok(ModelFile { classes, scale, threshold, reporter_threshold, bias, features, weights })
}
