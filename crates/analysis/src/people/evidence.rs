//! How strongly the words around a capitalised run show that it names a person, the role
//! words attached to it and the gender they point to: what [`super::People::find`] keeps a
//! run on.

use super::names::{in_organisation_name, initial, is_title, joined};
use crate::text::language::Language;
use crate::text::word_kinds::Gender;
use crate::text::words::{Span, is_capitalized, ly_adverb};

/// Most words of a relative clause ("who works at the mill") between a name and its cue.
const MAX_RELATIVE_WORDS: usize = 24;

/// Most words of an organisation's name qualifying a person ("of the Martin Center for
/// Policy Studies").
const MAX_QUALIFIER_WORDS: usize = 8;

/// Most words from a role to the name apposed after its qualifier ("ambassador to the
/// IAEA, Jane Roe").
const MAX_QUALIFIED_ROLE: usize = 6;

/// Most lower-case descriptors between an inverted cue and the name ("said opposition
/// lawmaker Jane Roe").
const MAX_DESCRIPTORS: usize = 2;

/// How strongly the words around a run show it is a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Evidence {
    None,
    /// Only a cue verb next to it (a place the gazetteer lacks could stand there).
    Cue,
    /// A title, a role noun, an apposition or a headline "Name:".
    Strong,
}

/// How the run at words `i..i + n` is shown to be a person, and the role words attached to
/// it ("minister" in "Foreign Minister Jane Roe" or "Jane Roe, the foreign minister,").
pub(super) fn evidence(r: &Span, i: usize, n: usize, lang: &Language, in_title: bool) -> (Evidence, Vec<String>) {
    // "Jane Roe II, a lawyer, said", "Jane Roe Jr. said": what follows the name is read after
    // its generational suffix (and the suffix's dot)
    let suffixed = i + n < r.words.len() && r.adjacent(i + n - 1) && r.kind(i + n).cased.name_suffix;
    let end = i + n + usize::from(suffixed);
    let gap_after =
        |k: usize| if suffixed && k == end { r.gap(k).trim_start_matches('.').trim_start() } else { r.gap(k) };
    let before = |k: usize| i >= k && (1..=k).all(|j| r.adjacent(i - j));
    // "said Ohio pollster Jane Roe": a run that a role or speaker noun follows qualifies it,
    // whoever the cue names, and whatever role stands before it ("the ambassador, Spanish
    // diplomat Jane Roe"); so does one before a title and a name ("said Kisumu Senator Jane
    // Roe"), and one before lower-case descriptors, a role and a name ("said Idaho
    // nutritional-supplement executive Jane Roe")
    let role_at = |k: usize| {
        let kind = r.kind(k).lower;
        !is_capitalized(r.word(k)) && kind.names_speaker()
    };
    // a lower-case descriptor: no function word, cue or pronoun
    let descriptor = |k: usize| {
        let kind = r.kind(k).lower;
        !is_capitalized(r.word(k)) && !kind.function && !kind.cue && !kind.pronoun && !kind.cue_modifier
    };
    let described_role = (1..=MAX_DESCRIPTORS).any(|d| {
        let role = end + d;
        role + 1 < r.words.len()
            && (end..role).all(|k| r.adjacent(k) && descriptor(k))
            && role_at(role)
            && r.adjacent(role)
            && is_capitalized(r.word(role + 1))
    });
    let qualifies = r.adjacent(end - 1) && {
        let titled = is_title(r, end) && joined(r, end) && end + 1 < r.words.len() && is_capitalized(r.word(end + 1));
        titled || role_at(end) || described_role
    };
    let mut roles = Vec::new();
    let title_before = i >= 1 && joined(r, i - 1) && is_title(r, i - 1);
    if title_before {
        roles.push(r.lower(i - 1).into_owned());
    }
    // "Secretary of the Treasury Jane Roe", "Minister for Trade and Fisheries Jane Roe": a
    // title, then its portfolio
    let portfolio_title = (i >= 1 && joined(r, i - 1)).then(|| portfolio_title(r, i - 1)).flatten();
    if let Some(title) = portfolio_title {
        roles.push(r.lower(title).into_owned());
    }
    let title_before = title_before || portfolio_title.is_some() || titled_comma(r, i);
    // "foreign minister Jane Roe", "the opposition leader, Jane Roe,"
    let role_before = i >= 1
        && !qualifies
        && matches!(r.gap(i), "" | ",")
        && !is_capitalized(r.word(i - 1))
        && r.kind(i - 1).lower.role;
    if role_before {
        roles.push(r.lower(i - 1).into_owned());
    }
    // "Iran's ambassador to the IAEA, Jane Roe,": a role, its qualifier, then the name after a
    // comma
    let qualified_role = (i >= 3 && r.gap(i) == ",")
        .then(|| {
            (i.saturating_sub(MAX_QUALIFIED_ROLE)..i - 2).rev().find(|&k| {
                let role = !is_capitalized(r.word(k)) && r.kind(k).lower.role;
                role && r.kind(k + 1).lower.qualifier_preposition && (k + 1..i - 1).all(|j| r.adjacent(j))
            })
        })
        .flatten();
    if let Some(k) = qualified_role.filter(|_| !role_before) {
        roles.push(r.lower(k).into_owned());
    }
    // "said Roe", not "calling Mexican border-crossers …": a cue whose object follows it;
    // nor "said in Kessel": a cue that ends in a preposition has that preposition's object
    // after it ("according to Roe" has its subject there)
    let ends_governing =
        |k: usize, len: usize| len > 1 && r.kind(k + len - 1).lower.governs() && !r.lower_is(k, "according");
    let subject_cue =
        |k: usize| lang.cue_at(r, k).filter(|&len| !r.kind(k).lower.object_cue && !ends_governing(k, len));
    // "said pharmacist Jane Roe", "said opposition lawmaker Jane Roe": the cue, then
    // lower-case descriptors (the `descriptor` above)
    let described =
        (1..=MAX_DESCRIPTORS).any(|k| before(k + 1) && (i - k..i).all(descriptor) && subject_cue(i - k - 1) == Some(1));
    let cue_before = !qualifies
        && (before(1) && subject_cue(i - 1) == Some(1) || before(2) && subject_cue(i - 2) == Some(2) || described);
    // "Roe of Ohio said": a run after a preposition qualifies a noun before it; the cue
    // after it is not its own
    let qualifier = before(1) && matches!(r.lower(i - 1).as_ref(), "of" | "from" | "in" | "at");
    // "many Asian states", "the Republican claims": after a determiner or quantifier, a cue
    // word with a plural's ending is the noun the run qualifies
    let plural_noun = before(1)
        && end < r.words.len()
        && r.word(end).ends_with('s')
        && matches!(
            r.lower(i - 1).as_ref(),
            "many"
                | "some"
                | "several"
                | "all"
                | "most"
                | "other"
                | "both"
                | "these"
                | "those"
                | "few"
                | "the"
                | "their"
        );
    let cue_after = !qualifier
        && !plural_noun
        && end < r.words.len()
        && matches!(gap_after(end), "" | ",")
        && (lang.cue_at(r, end).is_some()
            || (end + 1 < r.words.len()
                && r.adjacent(end)
                && ly_adverb(r.word(end))
                && lang.cue_at(r, end + 1).is_some()));
    // "Jane Roe, 25, said", "Jane Roe, of Ohio, said": a short apposition, then the cue; "Jane
    // Roe, who works at the mill, said": a relative clause on a person, of any length
    let who = end < r.words.len() && (r.lower_is(end, "who") || r.lower_is(end, "whose"));
    let apposition_words = if who { MAX_RELATIVE_WORDS } else { 4 };
    let cue_after = cue_after
        || (!qualifier
            && end < r.words.len()
            && gap_after(end) == ","
            && (end + 1..(end + apposition_words).min(r.words.len()))
                .any(|k| r.gap(k) == "," && lang.cue_at(r, k).is_some()));
    // "a letter from Jane Roe, director of the port, who …": after a preposition, a name of
    // two words or more whose apposition opens with a lower-case role (after at most one
    // descriptor) that `of` qualifies; a place's comma opens its clause instead ("in Porto
    // Velho, the mayor said")
    let role_of = |k: usize| {
        k + 1 < r.words.len()
            && r.kind(k).lower.role
            && r.lower_is(k + 1, "of")
            && !is_capitalized(r.word(k))
            && (end..k).all(|j| r.adjacent(j) && descriptor(j))
    };
    let apposed_after_preposition = || n >= 2 && (end..end + 2).any(role_of);
    // nor is the role after its comma ("in Kessel, the mayor said")
    if end < r.words.len() && gap_after(end) == "," && (!qualifier || apposed_after_preposition()) {
        // "Jane Roe, one of the organizers, said": a plural role names the person's role too
        // "Jane Roe, whose husband and son, …": another's role after `whose`, not hers ("Roe,
        // his chief of staff," is Roe's)
        let anothers = |k: usize| (end..k).any(|j| r.lower_is(j, "whose"));
        let appositive = (end..(end + 5).min(r.words.len())).filter(|&k| {
            let kind = r.kind(k).lower;
            !anothers(k)
                && (kind.role || kind.role_plural && k >= 2 && r.lower_is(k - 1, "the") && r.lower_is(k - 2, "of"))
        });
        roles.extend(appositive.map(|k| {
            let role = r.lower(k);
            if r.kind(k).lower.role { role.into_owned() } else { role.strip_suffix('s').unwrap_or(&role).to_string() }
        }));
    }
    // "Jane Roe of the Martin Center for Policy Studies said": a run an organisation's name
    // qualifies, then the cue
    let qualified =
        end + 1 < r.words.len() && r.adjacent(end - 1) && matches!(r.lower(end).as_ref(), "of" | "from" | "at") && {
            let last = (end + 1..(end + 1 + MAX_QUALIFIER_WORDS).min(r.words.len()))
                .take_while(|&k| r.adjacent(k - 1) && in_organisation_name(r, k))
                .last();
            last.is_some_and(|k| {
                is_capitalized(r.word(k))
                    && k + 1 < r.words.len()
                    && matches!(r.gap(k + 1), "" | ",")
                    && lang.cue_at(r, k + 1).is_some()
            })
        };
    // "“…” ― Jane Roe": a signature, a dash right after a quote's closing mark
    let signature = i >= 1 && {
        let lead = r.gap(i);
        let before_dash = lead.trim_end_matches(['—', '―', '–', '-']).trim_end();
        before_dash.len() < lead.len() && before_dash.ends_with(['”', '"'])
    };
    // "Jane Roe, 34, a nurse": an age set off by commas is only ever a person's
    let aged = end + 1 < r.words.len()
        && gap_after(end) == ","
        && r.gap(end + 1) == ","
        && r.word(end).len() <= 3
        && r.word(end).bytes().all(|b| b.is_ascii_digit());
    // "Jane Roe, who handles the talks, rejected": a name of two words or more that a
    // relative clause on a person follows; not a place a preposition opens, whose clause is
    // on the noun before it ("a police officer in Porto Velho, who asked not to be named")
    let relative = n >= 2 && who && gap_after(end) == "," && !qualifier;
    let apposition = roles.len() > usize::from(title_before) + usize::from(role_before) || aged;
    let headline = in_title && i == 0 && r.text[r.words[end - 1].range.end..].starts_with(':');
    // a known given name opening a run of two or more words ("Hillary Clinton"), after
    // any initials ("J. Edgar Hoover")
    let given = (i..end - 1).find(|&k| !initial(r, k));
    let given_name = n >= 2 && given.is_some_and(|k| lang.given_name(r.word(k)).is_some());
    // "Sanitation" of "Secretary for Water, Sanitation and Wetlands, Jane Roe": a lone word
    // going on with a title's portfolio is one of its words
    let in_portfolio = n == 1 && portfolio_opened(r, i, true).is_some();
    let evidence = if closes_organisation_name(r, i) || in_portfolio {
        Evidence::None
    } else if title_before || role_before || apposition || headline || given_name {
        Evidence::Strong
    } else if cue_before || cue_after || signature || qualified || relative {
        Evidence::Cue
    } else {
        Evidence::None
    };
    (evidence, roles)
}

/// True when a capitalised title, or a title and its portfolio, stands before the run at
/// word `i` with a comma between, after `the` or a possessive ("the Minister, Jane Roe",
/// "Nigeria's Minister of State for Petroleum, Jane Roe"): the title is the person's, as
/// "the minister, Jane Roe" is.
fn titled_comma(r: &Span, i: usize) -> bool {
    if i < 2 || r.gap(i) != "," {
        return false;
    }
    let mut k = portfolio_title(r, i - 1).unwrap_or(i - 1);
    if !(is_title(r, k) && is_capitalized(r.word(k))) {
        return false;
    }
    // back over the title's capitalised words ("the Deputy Prime Minister")
    let first = k.saturating_sub(MAX_TITLE_WORDS);
    while k > first && r.adjacent(k - 1) && is_capitalized(r.word(k - 1)) {
        k -= 1;
    }
    let before = r.text[..r.words[k].range.start].trim_end();
    let the = k >= 1 && r.adjacent(k - 1) && r.lower_is(k - 1, "the");
    the || before.ends_with("'s") || before.ends_with("’s")
}

/// True when the run opening at word `i` closes an organisation's name that a head word
/// opens, over a connector ("Metohija" of "the Office for Kosovo and Metohija, Jane Roe,
/// said"), with no title in the capitalised words before it (the "Jeh Johnson" of
/// "Department of Homeland Security Secretary Jeh Johnson" and of "Secretary of State for
/// Foreign Affairs Jeh Johnson" is a person).
fn closes_organisation_name(r: &Span, i: usize) -> bool {
    let (mut connector, mut head) = (false, false);
    let mut j = i;
    while j >= 1 && i - j < MAX_QUALIFIER_WORDS && r.adjacent(j - 1) && in_organisation_name(r, j - 1) {
        j -= 1;
        let kind = r.kind(j);
        if is_title(r, j) {
            return false;
        }
        head |= connector && kind.cased.organisation_head && !kind.cased.portfolio && is_capitalized(r.word(j));
        connector |= kind.lower.organisation_connector;
    }
    head
}

/// Most capitalised words of a title before its last ("Deputy Prime Minister").
const MAX_TITLE_WORDS: usize = 3;

/// Most words of a title's portfolio, from its preposition ("of the Treasury", "for
/// Enterprise, Trade and Employment").
const MAX_PORTFOLIO_WORDS: usize = 8;

/// The title word whose portfolio ends at word `k` ("Secretary" of "Secretary of the
/// Treasury", "Minister" of "Minister for Trade and Fisheries"): back from a word of the
/// language's `portfolio_words` over more of them, conjunctions, commas and `the` to `for`
/// or `of` right after a title, or after a portfolio word to read on over ("Minister of
/// State for Petroleum").
fn portfolio_title(r: &Span, k: usize) -> Option<usize> {
    if !r.kind(k).cased.portfolio {
        return None;
    }
    portfolio_opened(r, k, false)
}

/// The title word whose portfolio goes on to word `k`, whatever `k` is: [`portfolio_title`]'s
/// walk back from the word before `k`, over capitalised words the language does not list
/// too when `any_capital` ("Secretary" of "Secretary for Water, Sanitation and Wetlands").
fn portfolio_opened(r: &Span, k: usize, any_capital: bool) -> Option<usize> {
    let mut j = k;
    while j >= 2 && k - j < MAX_PORTFOLIO_WORDS && matches!(r.gap(j), "" | ",") {
        j -= 1;
        if r.lower_is(j, "for") || r.lower_is(j, "of") {
            if r.gap(j).is_empty() && is_title(r, j - 1) {
                return Some(j - 1);
            }
            // "Minister of State for Petroleum": a portfolio inside the title's own, read on
            if !(r.gap(j).is_empty() && r.kind(j - 1).cased.portfolio) {
                return None;
            }
            continue;
        }
        let kind = r.kind(j);
        let capital = any_capital && is_capitalized(r.word(j));
        if !(kind.cased.portfolio || capital || kind.lower.coordinator || r.lower_is(j, "the")) {
            return None;
        }
    }
    None
}

/// The gender the run at words `i..i + n` points to, and whether it is told: a title's or
/// role word's ("Mrs.", "spokeswoman") is, before the given name's usual gender, which is
/// only a guess ("Patrice" is mostly a woman's name in the US, a man's in Kinshasa).
pub(super) fn gender_of(r: &Span, i: usize, n: usize, roles: &[String], lang: &Language) -> Option<(Gender, bool)> {
    // a lone given name ("his wife, Kathryn,") is its own guess
    let first = if n == 1 { Some(i) } else { (i..i + n - 1).find(|&k| !initial(r, k)) };
    let given = first.and_then(|k| lang.given_name(r.word(k)).flatten());
    let title = (i >= 1 && joined(r, i - 1)).then(|| r.kind(i - 1).lower.gender).flatten();
    let role = || roles.iter().find_map(|role| lang.lower_word(role).gender);
    title.or_else(role).map(|g| (g, true)).or(given.map(|g| (g, false)))
}
