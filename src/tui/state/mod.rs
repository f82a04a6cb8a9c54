//! Everything the screen shows, as plain data. [`App`] is the application's state: the
//! lexicon's categories, the theme, messages, the terminal's area and the pages — the
//! article or corpus the reader opened on, and an article of the corpus opened on its own.
//! A [`Page`] is a document with the user's choices on it; the views' own states (list
//! selections and scrolls, the export dialog's input) are in [`views`].

pub mod corrected;
mod page;
pub mod speakers;
pub mod views;

pub use page::{Filter, Page, Search};

use ratatui::layout::Rect;
use redline_analysis::Category;

use super::clipboard::Clipboard;
use super::corpus_corrections;
use super::document::Document;
use super::loader::Batch;
use super::theme::Theme;
use corrected::Corrected;
use views::Overlay;

/// The reader's whole state.
#[derive(Debug, Clone)]
pub struct App {
    /// The red-line categories of the lexicon, for the legend and the context view.
    pub categories: Vec<Category>,
    /// Colours or modifiers.
    pub theme: Theme,
    /// How `y` copies (OSC 52 unless the configuration says otherwise).
    pub clipboard: Clipboard,
    /// The home folder (`$HOME`), for `~` in the export path.
    pub home: Option<std::path::PathBuf>,
    /// The working folder, which a relative export path is relative to.
    pub cwd: std::path::PathBuf,
    /// True inside tmux (`$TMUX` set): OSC 52 copies go to `tmux load-buffer -w -` instead,
    /// which works whatever tmux's `set-clipboard` says.
    pub tmux: bool,
    /// Warnings from loading the base page's document, shown in the status line while that
    /// page is shown, until a key is pressed there.
    pub warnings: Vec<String>,
    /// A one-off message for the status line (export done, copied, …), until the next key.
    pub message: Option<String>,
    /// The terminal's area, as last reported by `Action::Resize`.
    pub area: Rect,
    /// The page of the article or corpus the reader opened on.
    pub base: Page,
    /// An article of the corpus opened on its own: shown instead of `base` while open;
    /// closing it shows `base` again as it was left.
    pub opened: Option<Box<Page>>,
    /// The position in the corpus of the article in `opened`.
    pub opened_at: usize,
    /// True when quotes were marked since the last export or copy: quitting asks first.
    pub unexported: bool,
}

impl App {
    /// The reader opening on a document: its page with "All quotes" selected.
    pub fn new(doc: Document, categories: Vec<Category>, theme: Theme) -> App {
        App {
            categories,
            theme,
            clipboard: Clipboard::default(),
            tmux: false,
            home: None,
            cwd: std::path::PathBuf::new(),
            warnings: Vec::new(),
            message: None,
            area: Rect::default(),
            base: Page::new(doc),
            opened: None,
            opened_at: 0,
            unexported: false,
        }
    }

    /// The page shown.
    pub fn page(&self) -> &Page {
        self.opened.as_deref().unwrap_or(&self.base)
    }

    /// The page shown, to change.
    pub fn page_mut(&mut self) -> &mut Page {
        self.opened.as_deref_mut().unwrap_or(&mut self.base)
    }

    /// True when the reader opened on a corpus (whether the corpus or one of its articles
    /// is shown).
    pub fn has_corpus(&self) -> bool {
        self.base.doc.as_corpus().is_some()
    }

    /// Takes in a batch of the corpus loader: its warnings, its progress and its articles
    /// go to the base page, whichever page is shown (see [`Page::receive`]).
    pub fn receive(&mut self, batch: Batch) {
        let Batch { total, analyses, stored, warnings, handled, fatal: _ } = batch;
        self.warnings.extend(warnings);
        self.base.receive(total, handled, analyses, stored);
    }

    /// Marks the loading of the corpus as done.
    pub fn finish_loading(&mut self) {
        self.base.doc.finish_loading();
    }

    /// Opens the article at this position of the corpus on its own page (analysed again),
    /// over the corpus, whose page closes its overlay and waits unchanged; nothing happens
    /// outside a corpus or past its end. The article's quotes marked in the corpus are
    /// marked on its page, and its corrections are on it, to change and save.
    pub fn open_article(&mut self, position: usize) {
        if let Some(doc) = self.base.doc.open_article(position) {
            self.base.overlay = Overlay::None;
            // The article's corrections in the corpus: on its page, to change and save.
            let stored = self.base.doc.as_corpus().and_then(|c| c.corrections.get(position)).cloned();
            let corrected = stored.map(|stored| Box::new(Corrected::new(doc.analysis().clone(), stored)));
            let doc = corrected.as_ref().map_or(doc, |c| Document::article(c.analysis()));
            let mut page = Page::new(doc);
            page.corrected = corrected;
            self.opened_at = position;
            page.marks = same_quotes(&self.base, position, &page)
                .filter(|(corpus, _)| self.base.marks.contains(corpus))
                .map(|(_, own)| own)
                .collect();
            self.opened = Some(Box::new(page));
        }
    }

    /// Closes the article opened on its own, showing the corpus again, its marks and its
    /// corrections now those of the article's quotes in the corpus; false when none was open.
    pub fn close_article(&mut self) -> bool {
        let Some(page) = self.opened.take() else {
            return false;
        };
        // Corrections made on the article go back to the corpus.
        if let Some(c) = &page.corrected {
            corpus_corrections::set(&mut self.base.doc, self.opened_at, c.corrections.clone(), &c.analysis());
        }
        for (corpus, own) in same_quotes(&self.base, self.opened_at, &page).collect::<Vec<_>>() {
            if page.marks.contains(&own) {
                self.base.marks.insert(corpus);
            } else {
                self.base.marks.remove(&corpus);
            }
        }
        true
    }

    /// The quote of the opened article that is the quote at this index of the corpus.
    pub fn own_quote(&self, corpus: usize) -> Option<usize> {
        let page = self.opened.as_deref()?;
        same_quotes(&self.base, self.opened_at, page).find(|(c, _)| *c == corpus).map(|(_, own)| own)
    }

    /// The marked quotes of the whole reader: those of the opened article and those of the
    /// rest of the corpus, each quote once.
    pub fn mark_count(&self) -> usize {
        let Some(page) = &self.opened else {
            return self.base.marks.len();
        };
        let range = self.base.doc.articles().get(self.opened_at).map_or(0..0, |a| a.quotes.start - 1..a.quotes.end - 1);
        self.base.marks.iter().filter(|i| !range.contains(i)).count() + page.marks.len()
    }
}

/// The quotes of the article at `position` of the corpus page `base` paired with the same
/// quotes of its own page `own` (index in the corpus, index on `own`), matched by where
/// they start in the article's text.
fn same_quotes<'a>(base: &'a Page, position: usize, own: &'a Page) -> impl Iterator<Item = (usize, usize)> + 'a {
    let article = base.doc.articles().get(position);
    let (quotes, offset) = article.map_or((0..0, 0), |a| (a.quotes.start - 1..a.quotes.end - 1, a.text.start));
    let corpus = &base.analysis().quotes;
    let starts = &own.analysis().quotes;
    quotes.filter_map(move |i| {
        let start = corpus.get(i)?.start.checked_sub(offset)?;
        starts.binary_search_by_key(&start, |q| q.start).ok().map(|j| (i, j))
    })
}
