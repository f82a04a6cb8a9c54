//! Many articles as one: their analyses joined into a single [`Analysis`] (texts one after
//! another, offsets, paragraph numbers and quote ids shifted, topics merged by label), plus
//! what each article contributed. The reader shows a corpus through it exactly as it shows
//! one article, and can grow it while articles are still being analysed.

use std::collections::HashMap;
use std::ops::Range;

use crate::model::{Analysis, Paragraph, SpeakerKind, Topic};

/// Between two articles' texts in the joined text.
const SEPARATOR: &str = "\n\n";

/// What one article contributed to a [`Joined`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinedArticle {
    /// Where it came from (a path).
    pub source: String,
    /// Its headline, if any.
    pub title: Option<String>,
    /// Its dateline, if any (place and agency).
    pub dateline: Option<String>,
    /// Its publication date, ISO 8601, when the page states one (see [`Analysis::date`]).
    pub date: Option<String>,
    /// Its bytes in the joined text.
    pub text: Range<usize>,
    /// Its paragraph numbers in the joined analysis (1-based, end exclusive).
    pub paragraphs: Range<usize>,
    /// Its quote ids in the joined analysis (1-based, end exclusive).
    pub quotes: Range<usize>,
}

/// Several analyses joined into one.
///
/// Guarantees: `analysis` keeps every invariant of a single analysis (offsets into
/// `analysis.text`, quotes numbered from 1 in order, topics by quote count); `articles` are in
/// the order they were pushed and partition the text, paragraphs and quotes.
#[derive(Debug, Clone)]
pub struct Joined {
    /// The joined analysis.
    pub analysis: Analysis,
    /// Each article's share, in order.
    pub articles: Vec<JoinedArticle>,
    /// For each topic label, the number of articles that name it.
    topic_articles: HashMap<String, usize>,
    /// For each topic label, its index in `analysis.topics` and first-mention order.
    topic_index: HashMap<String, (usize, usize)>,
    /// Speakers by surname: the one full name seen for it (`None` once two differ).
    full_names: HashMap<String, Option<String>>,
    /// Quotes (0-based) whose person speaker is a lone surname no full name covers yet.
    lone_speakers: HashMap<String, Vec<usize>>,
}

impl Default for Joined {
    fn default() -> Self {
        Joined::new()
    }
}

impl Joined {
    /// An empty corpus.
    pub fn new() -> Self {
        let analysis = Analysis {
            source: String::new(),
            decoded_from: None,
            title: None,
            byline: None,
            dateline: None,
            date: None,
            paragraphs: Vec::new(),
            quotes: Vec::new(),
            topics: Vec::new(),
            red_lines: Vec::new(),
            extracted_text: None,
            text: String::new(),
        };
        Joined {
            analysis,
            articles: Vec::new(),
            topic_articles: HashMap::new(),
            topic_index: HashMap::new(),
            full_names: HashMap::new(),
            lone_speakers: HashMap::new(),
        }
    }

    /// Appends one article. Topic order is brought up to date by [`Joined::sort_topics`].
    pub fn push(&mut self, mut a: Analysis) {
        let joined = &mut self.analysis;
        if !joined.text.is_empty() {
            joined.text.push_str(SEPARATOR);
        }
        let offset = joined.text.len();
        joined.text.push_str(&a.text);
        let para_base = joined.paragraphs.len();
        let quote_base = joined.quotes.len();
        let shift_line = |h: &mut crate::RedLine| {
            h.start += offset;
            h.end += offset;
            h.quote = h.quote.map(|id| id + quote_base);
        };
        joined.paragraphs.extend(a.paragraphs.iter().map(|p| Paragraph {
            index: p.index + para_base,
            start: p.start + offset,
            end: p.end + offset,
        }));
        for q in &mut a.quotes {
            q.id += quote_base;
            q.start += offset;
            q.end += offset;
            q.paragraph += para_base;
            q.red_lines.iter_mut().for_each(shift_line);
        }
        a.red_lines.iter_mut().for_each(shift_line);
        joined.quotes.append(&mut a.quotes);
        joined.red_lines.append(&mut a.red_lines);
        for t in a.topics {
            *self.topic_articles.entry(t.label.clone()).or_default() += 1;
            let order = self.topic_index.len();
            let (slot, _) = *self.topic_index.entry(t.label.clone()).or_insert_with(|| {
                joined.topics.push(Topic {
                    label: t.label.clone(),
                    quotes: Vec::new(),
                    paragraphs: Vec::new(),
                    red_lines: 0,
                });
                (joined.topics.len() - 1, order)
            });
            let topic = &mut joined.topics[slot];
            topic.quotes.extend(t.quotes.iter().map(|id| id + quote_base));
            topic.paragraphs.extend(t.paragraphs.iter().map(|p| p + para_base));
            topic.red_lines += t.red_lines;
        }
        self.articles.push(JoinedArticle {
            source: a.source,
            title: a.title,
            dateline: a.dateline,
            date: a.date,
            text: offset..joined.text.len(),
            paragraphs: para_base + 1..joined.paragraphs.len() + 1,
            quotes: quote_base + 1..joined.quotes.len() + 1,
        });
        joined.title = Some(format!("{} articles", self.articles.len()));
        joined.source = format!("{} articles", self.articles.len());
        self.merge_speakers(quote_base);
    }

    /// One person, one speaker: a person named by surname alone in one article ("Roe")
    /// takes the full name another article gives ("Jane Roe") when exactly one full
    /// name has that surname; quotes from `from` (0-based) on are the new ones. A full name
    /// arriving later renames the lone surnames seen before it.
    fn merge_speakers(&mut self, from: usize) {
        let quotes = &mut self.analysis.quotes;
        for i in from..quotes.len() {
            let q = &quotes[i];
            let Some(name) = q.speaker.clone().filter(|_| q.speaker_kind == Some(SpeakerKind::Person)) else {
                continue;
            };
            let name = name.as_str();
            let Some((_, surname)) = name.rsplit_once(' ') else {
                let full = self.full_names.get(name).cloned().flatten();
                match full {
                    Some(full) => quotes[i].speaker = Some(full),
                    None => self.lone_speakers.entry(name.to_string()).or_default().push(i),
                }
                continue;
            };
            let surname = surname.to_string();
            match self.full_names.get(&surname) {
                Some(Some(known)) if known != name => {
                    self.full_names.insert(surname, None);
                }
                Some(_) => {}
                None => {
                    for j in self.lone_speakers.remove(&surname).unwrap_or_default() {
                        quotes[j].speaker = Some(name.to_string());
                    }
                    self.full_names.insert(surname, Some(name.to_string()));
                }
            }
        }
    }

    /// Orders the topics by quote count, then first appearance, as in a single analysis.
    pub fn sort_topics(&mut self) {
        let order = &self.topic_index;
        self.analysis.topics.sort_by_key(|t| (std::cmp::Reverse(t.quotes.len()), order.get(&t.label).map(|o| o.1)));
        for (i, t) in self.analysis.topics.iter().enumerate() {
            if let Some(entry) = self.topic_index.get_mut(&t.label) {
                entry.0 = i;
            }
        }
    }

    /// The number of articles that name a topic.
    pub fn articles_with(&self, label: &str) -> usize {
        self.topic_articles.get(label).copied().unwrap_or(0)
    }

    /// The article holding a quote, by quote id.
    pub fn article_of_quote(&self, id: usize) -> Option<&JoinedArticle> {
        let i = self.articles.partition_point(|a| a.quotes.end <= id);
        self.articles.get(i).filter(|a| a.quotes.contains(&id))
    }

    /// The number of a paragraph within its own article (global 1-based index in, local
    /// 1-based number out).
    pub fn local_paragraph(&self, index: usize) -> usize {
        let i = self.articles.partition_point(|a| a.paragraphs.end <= index);
        self.articles.get(i).map_or(index, |a| index + 1 - a.paragraphs.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Source};

    fn analysis(name: &str, text: &str) -> Analysis {
        Analyzer::bundled().analyze(&Source::from_text(name, text))
    }

    #[test]
    fn joined_offsets_ids_and_topics_stay_valid() {
        let one = analysis("a.txt", "NATO said: \u{201C}We will not wait forever.\u{201D} Talks with NATO went on.");
        let two = analysis(
            "b.txt",
            "A second text is here, with more than eight words in it.\n\nJapan said: \u{201C}NATO must answer within 10 days.\u{201D}",
        );
        let mut c = Joined::new();
        c.push(one.clone());
        c.push(two.clone());
        c.sort_topics();
        let a = &c.analysis;
        assert_eq!(a.quotes.len(), one.quotes.len() + two.quotes.len());
        for (i, q) in a.quotes.iter().enumerate() {
            assert_eq!(q.id, i + 1);
            assert_eq!(&a.text[q.start..q.end], q.text);
            assert!(a.paragraph(q.paragraph).is_some_and(|p| p.start <= q.start && q.end <= p.end));
        }
        for h in &a.red_lines {
            assert_eq!(&a.text[h.start..h.end], h.text);
            if let Some(id) = h.quote {
                assert!(a.quote(id).is_some_and(|q| q.start <= h.start && h.end <= q.end));
            }
        }
        let nato = a.topics.iter().find(|t| t.label == "NATO").expect("NATO topic");
        assert_eq!(nato.quotes.len(), 2);
        assert_eq!(c.articles_with("NATO"), 2);
        assert_eq!(c.articles_with("Japan"), 1);
        assert_eq!(c.article_of_quote(2).map(|x| x.source.as_str()), Some("b.txt"));
        assert_eq!(c.local_paragraph(a.quotes[1].paragraph), 2);
        assert_eq!(a.title.as_deref(), Some("2 articles"));
    }

    #[test]
    fn a_surname_takes_the_full_name_another_article_gives_both_ways() {
        let lone = "Talks resumed on Monday.\n\n\u{201C}We wait,\u{201D} Tarvo said.";
        let full = "Talks resumed on Tuesday.\n\n\u{201C}We act,\u{201D} said Foreign Minister Anna Tarvo.";
        let other = "Talks resumed on Friday.\n\n\u{201C}We see,\u{201D} said Foreign Minister Ben Tarvo.";
        let mut c = Joined::new();
        c.push(analysis("a.txt", lone));
        assert_eq!(c.analysis.quotes[0].speaker.as_deref(), Some("Tarvo"));
        c.push(analysis("b.txt", full));
        c.push(analysis("c.txt", lone));
        let names: Vec<_> = c.analysis.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(names, [Some("Anna Tarvo"); 3]);
        // a second full name with that surname makes it ambiguous: later lone surnames stay
        c.push(analysis("d.txt", other));
        c.push(analysis("e.txt", lone));
        assert_eq!(c.analysis.quotes[4].speaker.as_deref(), Some("Tarvo"));
    }
}
