//! Why a quote has its speaker, as the reader shows it: the basis in words for quote
//! headers, a sentence for the context view, and the marks of the mention the speaker rests
//! on and of the cue verb next to it.

use std::ops::Range;
use std::sync::LazyLock;

use redline_analysis::{Analysis, Language, Quote, SpeakerBasis, SpeakerKind};

use super::text::Mark;
use crate::tui::theme::Theme;

/// The bundled language data, for telling cue verbs apart.
static LANGUAGE: LazyLock<Language> = LazyLock::new(Language::bundled);

/// How far from the mention, in bytes, a cue verb is looked for (`Roe, the envoy, said`).
const CUE_REACH: usize = 48;

/// How a quote's speaker was decided, in words (`said`, `subject`, `pronoun`, `carried`,
/// `main speaker`, with `organisation` or `description` when the speaker is no person), and whether
/// the basis is a weaker one (carried, main speaker) that gets a visible `?`.
pub fn basis_words(quote: &Quote) -> Option<(String, bool)> {
    let (words, weak) = match quote.speaker_basis? {
        SpeakerBasis::Cue => ("said", false),
        SpeakerBasis::Subject => ("subject", false),
        SpeakerBasis::Pronoun => ("pronoun", false),
        SpeakerBasis::Carried => ("carried", true),
        SpeakerBasis::MainSpeaker => ("main speaker", true),
    };
    let kind = match quote.speaker_kind {
        Some(SpeakerKind::Organisation) => ", organisation",
        Some(SpeakerKind::Description) => ", description",
        _ => "",
    };
    Some((format!("{words}{kind}"), weak))
}

/// A sentence on why the quote has its speaker, for the context view.
pub fn basis_sentence(quote: &Quote) -> Option<String> {
    let why = match quote.speaker_basis? {
        SpeakerBasis::Cue => "named by a cue (said, told, according to…)",
        SpeakerBasis::Subject => "the subject of the sentence the quote sits in, no cue verb",
        SpeakerBasis::Pronoun => "resolved from a pronoun, role, office, document, acronym or place",
        SpeakerBasis::Carried => "? carried from the quotes before it, no cue of its own (weaker)",
        SpeakerBasis::MainSpeaker => "? the person the article is about, no cue (weakest)",
    };
    Some(why.to_string())
}

/// The mention a quote's speaker rests on, when it is a non-empty range of the text.
pub fn speaker_span(analysis: &Analysis, quote: &Quote) -> Option<Range<usize>> {
    let s = quote.speaker_span?;
    (s.start < s.end && analysis.text.get(s.start..s.end).is_some()).then_some(s.start..s.end)
}

/// The marks of the speaker's mention and, for a speaker named by a cue, of the cue verb
/// nearest to it, both inside `para` (offsets relative to `para.start`); nothing outside it.
pub fn speaker_marks(analysis: &Analysis, quote: &Quote, para: &Range<usize>, theme: &Theme) -> Vec<Mark> {
    let Some(span) = speaker_span(analysis, quote).filter(|s| para.start <= s.start && s.end <= para.end) else {
        return Vec::new();
    };
    let local = |r: Range<usize>| r.start - para.start..r.end - para.start;
    let mut marks = vec![Mark { range: local(span.clone()), style: theme.speaker(), tag: None }];
    if quote.speaker_basis == Some(SpeakerBasis::Cue)
        && let Some(cue) = cue_near(&analysis.text, para, &span)
    {
        marks.push(Mark { range: local(cue), style: theme.cue(), tag: None });
    }
    marks
}

/// The cue word nearest to `span` within `CUE_REACH` bytes on either side, inside `para`.
fn cue_near(text: &str, para: &Range<usize>, span: &Range<usize>) -> Option<Range<usize>> {
    let floor = |i: usize| (para.start..=i).rev().find(|&j| text.is_char_boundary(j)).unwrap_or(para.start);
    let ceil = |i: usize| (i..=para.end).find(|&j| text.is_char_boundary(j)).unwrap_or(para.end);
    let from = floor(span.start.saturating_sub(CUE_REACH).max(para.start));
    let to = ceil((span.end + CUE_REACH).min(para.end));
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text[from..to].char_indices().map(|(i, c)| (i + from, c)).chain([(to, ' ')]) {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    let distance =
        |w: &Range<usize>| if w.start >= span.end { w.start - span.end } else { span.start.saturating_sub(w.end) };
    words
        .into_iter()
        .filter(|w| (w.end <= span.start || w.start >= span.end) && LANGUAGE.is_cue_word(&text[w.clone()]))
        .min_by_key(distance)
}
