//! The data model: the whole analysis of one article as plain data with byte ranges.
//!
//! This is the bottom layer: every stage builds these types and none of them depends on a
//! stage. The serialised form of [`Analysis`] is the JSON contract of `redline analyze
//! --json`; field names are stable.

use serde::{Deserialize, Serialize};

/// Everything the reader and the exports know about one article.
///
/// Guarantees: for every quote and red line, `text[start..end] == the reported text`;
/// quotes are sorted by start and numbered from 1 in that order; no quote crosses a
/// paragraph boundary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Where the text came from: a path, `-` for stdin, or `bundled:article.txt`.
    pub source: String,
    /// The encoding the text was decoded from when it was not UTF-8 (e.g. `windows-1252`,
    /// `utf-16le`); offsets are then into the decoded text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decoded_from: Option<String>,
    /// The headline, when the page has one.
    pub title: Option<String>,
    /// The author or outlet named in a "By …" / "Written by …" line.
    pub byline: Option<String>,
    /// The place and agency opening the first paragraph, e.g. `MOSCOW (TASS)`.
    pub dateline: Option<String>,
    /// The publication date the page states, ISO 8601: a date (`2022-02-27`), or a date and
    /// time with its offset (`2022-02-27T20:14:00-05:00`) when the page gives a time and a
    /// zone. Never guessed from relative days ("on Sunday").
    #[serde(default)]
    pub date: Option<String>,
    /// Body paragraphs (page chrome excluded), in order.
    pub paragraphs: Vec<Paragraph>,
    /// Direct quotes, in order of their opening marks.
    pub quotes: Vec<Quote>,
    /// Topics, most quoted first, then by first appearance.
    pub topics: Vec<Topic>,
    /// Every red-line hit in the title and the body, in text order.
    pub red_lines: Vec<RedLine>,
    /// The analysed text itself; serialised only when it is not the input as read
    /// (HTML or Markdown input), see [`Analysis::with_text_in_json`].
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "text")]
    pub extracted_text: Option<String>,
    /// The full text the offsets refer to.
    #[serde(skip)]
    pub text: String,
}

/// One body paragraph: `text[start..end]`, without its line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// 1-based number of the paragraph in the body, shown as `¶N`.
    pub index: usize,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// How a quote stands in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted sentence or clause standing on its own.
    Full,
    /// A fragment woven into the reporter's sentence (including scare quotes).
    Partial,
    /// A quote inside another quote.
    Nested,
    /// A quoted title or name — a programme, book, slogan or nickname (`on CNN’s “State of
    /// the Union”`, `a plan called “Fair Share”`) — or a term after a term cue (`known as the
    /// “mackerel war”`): not anybody's words, so no speaker.
    Title,
}

/// How the speaker of a quote was decided, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerBasis {
    /// A cue ("said", "according to", "told", a dash signature, …) whose subject names the
    /// speaker — in the quote's own sentence, in the sentence that introduces it with a
    /// colon, or in another quote of the same paragraph or of the quote it continues.
    Cue,
    /// No cue verb: the subject that opens the quote's sentence, whose verb frames the
    /// quote ("Reid has gone after Trump as a “…”", "The report found “…”").
    Subject,
    /// A pronoun, role noun, described office or place subject ("he", "the minister",
    /// "Turkey’s defence minister", "Moscow") resolved to the person it stands for: the last
    /// person in subject position agreeing in gender, the last person introduced with that
    /// role, the one person named with that office as a title or apposition anywhere in the
    /// article, a document's issuer where it was last mentioned ("the statement said" after
    /// "the ministry said in a statement"), an organisation's acronym the name spelt out for
    /// it ("Joint Chiefs of Staff (JCS)"), or the person introduced with that place who
    /// speaks elsewhere in the article ("Russian Foreign Minister Jane Roe").
    Pronoun,
    /// No cue of its own: the speaker of the quotes before it, carried over paragraphs
    /// while no other person is named in between. A weaker basis, marked as such.
    Carried,
    /// No cue: the person the headline and lead are about, who speaks elsewhere in the
    /// article. The weakest basis.
    MainSpeaker,
}

/// What kind of speaker a quote has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named person; `speaker` is the fullest form of the name in the article.
    Person,
    /// A named organisation or institution (`the Kremlin`, `Russia’s Foreign Ministry`,
    /// `NATO`); `speaker` is its name as written, without a leading article.
    Organisation,
    /// An unnamed speaker described by a noun phrase (`a spokesperson`, `police`, `senior
    /// officials`); `speaker` is the phrase as written.
    Description,
}

/// A byte range of the article's text, `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ByteSpan {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// A direct quote: the text between its marks, without the marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// 1-based, in order of start.
    pub id: usize,
    /// `text[start..end]` of the article.
    pub text: String,
    /// Byte offset of the first character inside the marks.
    pub start: usize,
    /// Byte offset just past the last character inside the marks.
    pub end: usize,
    /// The [`Paragraph::index`] of the paragraph holding the quote.
    pub paragraph: usize,
    /// Full, partial, nested or a title.
    pub kind: QuoteKind,
    /// The speaker: a person's full name, an organisation or a description (see
    /// `speaker_kind`), when one could be decided. Nested quotes and titles have none.
    pub speaker: Option<String>,
    /// How `speaker` was decided; `None` exactly when `speaker` is `None` or `corrected`.
    pub speaker_basis: Option<SpeakerBasis>,
    /// What kind of speaker it is; `None` exactly when `speaker` is `None`.
    #[serde(default)]
    pub speaker_kind: Option<SpeakerKind>,
    /// The mention the attribution rests on — the cue's subject (`Roe` of `Roe said`), the
    /// antecedent of a pronoun, or that of the quote carried from; `text[start..end]` is that
    /// mention. `None` exactly when `speaker` is `None` or `corrected`.
    #[serde(default)]
    pub speaker_span: Option<ByteSpan>,
    /// True when a reader set the speaker by hand (see [`crate::Corrections`]): `speaker`
    /// and `speaker_kind` are then the reader's, and `speaker_basis` and `speaker_span` are
    /// `None` (the analysis did not decide it). Serialised only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub corrected: bool,
    /// Labels of the topics mentioned in the quote or in its paragraph.
    pub topics: Vec<String>,
    /// The red-line hits lying inside the quote.
    pub red_lines: Vec<RedLine>,
}

/// A topic and where it occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// The gazetteer label, or the entity's own spelling for a recurring name.
    pub label: String,
    /// Ids of the quotes that belong to the topic.
    pub quotes: Vec<usize>,
    /// Indices of the paragraphs that mention it.
    pub paragraphs: Vec<usize>,
    /// Number of red-line hits inside the topic's quotes.
    pub red_lines: usize,
}

/// The `cue` of a red line the learned model found, in place of a lexicon pattern: a guess
/// no cue spells out, written `TAG~severity` where a cue's hit is `TAG:severity`.
pub const LEARNED_CUE: &str = "(learned model)";

/// One red-line hit: a phrase of coercive-diplomacy language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedLine {
    /// `text[start..end]` of the article.
    pub text: String,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The lexicon category, e.g. `ULTIMATUM`.
    pub category: String,
    /// The category's short tag, e.g. `UL`.
    pub tag: String,
    /// 0–5, after sentence-level adjustments.
    pub severity: u8,
    /// The lexicon pattern that fired, or [`LEARNED_CUE`] for a guess of the learned model.
    pub cue: String,
    /// The adjustments applied to the hit, in order, for the reader to show: the sense rule
    /// it passed (`sense: …`), `negated (not) → refusal`, `intensifier +1 (very)`,
    /// `hedged −1 (could)`, `booster +1 (in any case)`, `escalation: … → 5`, and for a booster
    /// the hit it `raises`. Empty for a plain cue.
    #[serde(default)]
    pub why: Vec<String>,
    /// Id of the innermost quote holding the hit, if any.
    pub quote: Option<usize>,
}

impl RedLine {
    /// True for a guess of the learned model ([`LEARNED_CUE`]) rather than a cue's hit.
    pub fn is_learned(&self) -> bool {
        self.cue == LEARNED_CUE
    }
}

impl Analysis {
    /// Marks the analysed text for inclusion in the JSON as `"text"` (used when the text was
    /// extracted from HTML or Markdown, so offsets can be checked against it).
    pub fn with_text_in_json(mut self) -> Self {
        self.extracted_text = Some(self.text.clone());
        self
    }

    /// The quote with this id, if any.
    pub fn quote(&self, id: usize) -> Option<&Quote> {
        id.checked_sub(1).and_then(|i| self.quotes.get(i))
    }

    /// The paragraph with this 1-based index, if any.
    pub fn paragraph(&self, index: usize) -> Option<&Paragraph> {
        index.checked_sub(1).and_then(|i| self.paragraphs.get(i))
    }
}
