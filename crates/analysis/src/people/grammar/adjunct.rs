//! Time adjuncts between a subject and its verb, as wire copy writes them: "Lithuania on
//! Tuesday warned", "the ministry late on Monday said", "Seoul yesterday accused". Reading
//! over one keeps the subject next to its verb. The weekdays and months are the language
//! data's (`page`); the other words are the few that make such an adjunct.

use super::Grammar;
use crate::text::page_words::DateWord;

impl Grammar<'_> {
    /// True when word `k` names a day: a weekday, a month (with its day's number after it, read
    /// as a word of its own), or a day's number before a month ("3 June").
    fn day_word(&self, k: usize) -> bool {
        let r = &self.r;
        match self.lang.page.date_word(&r.lower(k)) {
            DateWord::Weekday | DateWord::Month(_) => true,
            _ => r.word(k).bytes().all(|b| b.is_ascii_digit()) && r.word(k).len() <= 2,
        }
    }

    /// The number of words of a time adjunct starting at word `k` ("on Tuesday", "late on
    /// Monday", "on June 3", "yesterday", "last week"), 0 when none starts there.
    pub(crate) fn time_adjunct_at(&self, k: usize) -> usize {
        let r = &self.r;
        let n = r.words.len();
        let linked = |j: usize| j < n && (j == k || self.gap(j).is_empty());
        if linked(k) && matches!(r.lower(k).as_ref(), "yesterday" | "today" | "tonight") {
            return 1;
        }
        if linked(k + 1)
            && matches!(r.lower(k).as_ref(), "this" | "last")
            && (matches!(r.lower(k + 1).as_ref(), "week" | "month" | "year") || self.day_word(k + 1))
        {
            return 2;
        }
        let on = k + usize::from(matches!(r.lower(k).as_ref(), "late" | "early" | "earlier" | "later"));
        if !(linked(on) && linked(on + 1) && r.lower_is(on, "on") && self.day_word(on + 1)) {
            return 0;
        }
        // the days' words after "on": "on Tuesday", "on June 3", "on 3 June", "on Monday night"
        let mut end = on + 2;
        while end < n && end < on + 4 && linked(end) && (self.day_word(end) || r.lower_is(end, "night")) {
            end += 1;
        }
        end - k
    }

    /// The number of words of a time adjunct ending at word `e` (see
    /// [`Self::time_adjunct_at`]), 0 when none ends there.
    pub(crate) fn time_adjunct_ending_at(&self, e: usize) -> usize {
        (e.saturating_sub(4)..=e)
            .map(|k| (k, self.time_adjunct_at(k)))
            .find(|&(k, len)| k + len == e + 1)
            .map_or(0, |(_, len)| len)
    }
}
