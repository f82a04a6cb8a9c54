//! The context of one quote: its whole paragraph with the quote, its red lines and the
//! mention its speaker rests on highlighted, then why the speaker was chosen, then for each
//! red line the category and the cue that fired. The title says the quote's paragraph and
//! how far down the view stands; the view's search (`/`) is highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use redline_analysis::Category;

use super::basis::{basis_sentence, basis_words, speaker_marks, speaker_span};
use super::common::{file_name, fit, percent, red_line_marks, scrolled_view};
use super::text::{Mark, safe, wrap};
use crate::tui::document::Document;
use crate::tui::state::App;
use crate::tui::state::views::Scroll;
use crate::tui::theme::Theme;

/// Draws the context of the quote at `index` of the analysis's quotes over `area`, from
/// line `scroll.top` on.
pub fn render(frame: &mut Frame, area: Rect, app: &App, index: usize, scroll: Scroll) {
    let doc = &app.page().doc;
    let quote = &doc.analysis().quotes[index];
    let weak = if matches!(basis_words(quote), Some((_, true))) { "?" } else { "" };
    let speaker = format!("{}{weak}", quote.speaker.as_deref().unwrap_or("Unattributed"));
    // In a corpus, numbers are within the quote's own article, which is named.
    let title = match (doc.article_of(index), doc.as_corpus()) {
        (Some(article), Some(corpus)) => {
            let name = article.title.as_deref().unwrap_or_else(|| file_name(&article.source));
            let (id, paragraph) =
                (quote.id + 1 - article.quotes.start, corpus.combined.local_paragraph(quote.paragraph));
            format!(" Quote {id} · {speaker} · ¶{paragraph} · {} ·", fit(name, 40))
        }
        _ => format!(" Quote {} · {speaker} · ¶{} ·", quote.id, quote.paragraph),
    };
    let lines = super::find::searched(lines(doc, &app.categories, &app.theme, index, area), app, 0);
    let at = percent(scroll.top, lines.len(), crate::tui::layout::inner_rows(area));
    let title = Line::from(format!("{} {at}% ", safe(&title)));
    scrolled_view(frame, area, &app.theme, title, lines, scroll.top);
}

/// Every line of the context of the quote at `index`, drawn in a box over `area`.
pub fn lines(doc: &Document, categories: &[Category], theme: &Theme, index: usize, area: Rect) -> Vec<Line<'static>> {
    let analysis = doc.analysis();
    let quote = &analysis.quotes[index];
    let width = area.width.saturating_sub(4);
    let para = analysis.paragraph(quote.paragraph).map_or(quote.start..quote.end, |p| p.start..p.end);
    let para = if para.start <= quote.start && quote.end <= para.end { para } else { quote.start..quote.end };
    let mut marks =
        vec![Mark { range: quote.start - para.start..quote.end - para.start, style: theme.quote(), tag: None }];
    marks.extend(red_line_marks(theme, &quote.red_lines, para.clone()));
    marks.extend(speaker_marks(analysis, quote, &para, theme));
    let span = speaker_span(analysis, quote);
    let indent =
        |lines: Vec<Line<'static>>| lines.into_iter().map(|l| Line::from([vec![Span::raw(" ")], l.spans].concat()));
    let mut lines: Vec<Line> = indent(wrap(&analysis.text[para.clone()], &marks, Default::default(), width)).collect();
    lines.push(Line::default());
    if let (Some(speaker), Some(why)) = (&quote.speaker, basis_sentence(quote)) {
        let mention = span.map(|s| {
            let place = analysis.paragraphs.iter().find(|p| p.start <= s.start && s.end <= p.end);
            let text = fit(&analysis.text[s.clone()], 40);
            match place {
                Some(p) if p.start == para.start => format!("; the mention “{text}” is underlined above"),
                Some(p) => format!("; it rests on the mention “{text}” in ¶{}", p.index),
                None => format!("; it rests on the mention “{text}”"),
            }
        });
        let line = format!("Speaker: {speaker} — {why}{}", mention.unwrap_or_default());
        lines.extend(indent(wrap(&line, &[], Default::default(), width)));
        lines.push(Line::default());
    }
    if quote.red_lines.is_empty() {
        lines.push(Line::styled(" No red line in this quote.", theme.dim()));
    } else {
        lines.push(Line::styled(" Why: the red lines of this quote", theme.heading()));
    }
    for r in &quote.red_lines {
        let category = categories.iter().find(|c| c.name == r.category);
        let about = category.map_or(String::new(), |c| format!(": {}", c.description));
        let phrase = format!("[{} {}]", redline_analysis::tags([r]), r.text);
        let adjusted = if r.why.is_empty() { String::new() } else { format!(" ({})", r.why.join("; ")) };
        let why = format!("{phrase} — {} (severity {}){about}; cue: {}{adjusted}", r.category, r.severity, r.cue);
        let tag = Mark { range: 0..phrase.len(), style: theme.tag(&r.category), tag: None };
        lines.extend(indent(wrap(&why, &[tag], Default::default(), width)));
    }
    lines
}
