//! People named in an article: full names found with evidence (a title before them, a cue
//! verb next to them, an apposition, a headline "Name:"), their surnames, every mention,
//! and the main speaker — the person the headline and lead are about.

mod acronyms;
mod after;
mod bodies;
mod clause;
mod cues;
mod documents;
mod evidence;
mod firms;
pub(crate) mod grammar;
mod names;
mod opening;
mod partitives;
mod pronouns;
mod roles;
pub(crate) mod speakers;
mod titled;
mod voices;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use crate::article::Article;
use crate::article::sections::Sections;
use crate::text::language::Language;
use crate::text::word_kinds::Gender;
use crate::text::words::Region;
use evidence::{Evidence, evidence, gender_of};
pub(crate) use names::in_organisation_name;
use names::{extends, hyphenated_syllables, runs};

/// A person: the fullest name seen, and the surname that stands for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// "Jane Roe", or just "Roe" when no fuller name was seen.
    pub name: String,
    /// The last word of the name.
    pub surname: String,
    /// Lower-case role words seen with the name ("minister", "spokesman").
    pub roles: Vec<String>,
    /// The gender a title, a role word or a given name points to, when one does.
    pub(crate) gender: Option<Gender>,
    /// True when a title or role word told the gender; false when only the given name's usual
    /// gender guessed it (or none is known).
    pub(crate) gender_told: bool,
}

impl Person {
    /// A person known so far only by a name and its surname: no role, no gender.
    fn named(name: String, surname: String) -> Self {
        Person { name, surname, roles: Vec::new(), gender: None, gender_told: false }
    }
}

/// A place where a person is named (by full name or surname).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`People::persons`].
    pub person: usize,
    /// Byte range of the (sur)name.
    pub range: Range<usize>,
}

/// The people of one article.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// Everyone named with evidence, in order of first appearance.
    pub persons: Vec<Person>,
    /// Every mention, sorted by start.
    pub mentions: Vec<Mention>,
    /// The person the headline and lead are about.
    pub main: Option<usize>,
}

impl People {
    /// Finds the people named in the title and body of an article.
    pub(crate) fn find(text: &str, article: &Article, sections: &Sections, lang: &Language) -> Self {
        let parsed = &sections.words;
        // (name, surname, words, strong evidence, roles, gender), in text order
        let mut candidates: Vec<Candidate> = Vec::new();
        let body_start = article.paragraphs.first().map_or(text.len(), |p| p.start);
        for (k, region) in parsed.iter().enumerate() {
            let region = region.span();
            let in_title = sections.has_title && k == 0;
            for (i, n) in runs(&region, &sections.aliases[k], lang) {
                let (evidence, roles) = evidence(&region, i, n, lang, in_title);
                let surname = region.word(i + n - 1);
                // a title-case headline capitalises every word: a name there counts only when
                // the body names it too
                if evidence == Evidence::None || (in_title && !text[body_start..].contains(surname)) {
                    continue;
                }
                // a lone plural or role word next to a cue is a group ("Democrats said"); a
                // listed organisation, or a run one starts ("White" of "White House press
                // secretary"), is none of the people, nor is a run that only a cue shows and a
                // state's name ends ("Airservices Australia said")
                let lower = region.kind(i + n - 1).lower;
                let state_ended = evidence == Evidence::Cue && lang.organisation_at(&region, i + n - 1) == Some(1);
                // nor is a run that only a cue shows after the article ("The Hill reported",
                // "the Atlantic wrote"): a person's name takes no article, a title's does
                let article =
                    evidence == Evidence::Cue && i > 0 && region.adjacent(i - 1) && region.lower_is(i - 1, "the");
                // nor is a run that a kind of organisation names before it with a cue only
                // ("the news agency RIA Novosti reported")
                let kind_before = evidence == Evidence::Cue && lang.named_after_organisation_kind(&region, i);
                if n == 1 && evidence == Evidence::Cue && lower.names_speaker()
                    || lang.organisation_at(&region, i).is_some_and(|len| len >= n)
                    || state_ended
                    || article
                    || kind_before
                {
                    continue;
                }
                let name = &text[region.words[i].range.start..region.words[i + n - 1].range.end];
                let gender = gender_of(&region, i, n, &roles, lang);
                candidates.push((name.to_string(), surname.to_string(), n, evidence, roles, gender));
            }
        }
        // nor is a lone word only a cue shows that the article also writes in lower case
        // ("Truckers said" beside "the truckers"): a common noun opening a sentence. Given
        // names are spared ("Bill said" beside "the bill"). The article's words are read once,
        // for all such words together.
        let lone = |c: &Candidate| c.2 == 1 && c.3 == Evidence::Cue && lang.given_name(&c.1).is_none();
        let wanted: HashSet<String> = candidates.iter().filter(|c| lone(c)).map(|c| c.1.to_lowercase()).collect();
        if !wanted.is_empty() {
            let written = written_lower(parsed, &wanted);
            candidates.retain(|c| !(lone(c) && written.contains(c.1.to_lowercase().as_str())));
        }
        let mut people = People::default();
        let mut by_surname: HashMap<String, usize> = HashMap::default();
        // Full names first, then lone words: a lone word that a full name ends with is that
        // person ("Roe" of "Jane Roe"); any other lone word with evidence is a person of its
        // own (places and organisations the gazetteer knows never reach here).
        candidates.sort_by_key(|c| c.2 == 1);
        // a family name written first ("Wang Yi", "Xi Jinping") is how the article names the
        // person later ("Wang said"): the first word of a full name that is no given name,
        // title or other person's surname stands for that person too
        let mut family_first: HashMap<String, usize> = HashMap::default();
        // relatives: a full name whose given name differs from that of the person the surname
        // stands for ("Bill Clinton" after "Hillary Clinton") is another person, named by the
        // given name before the surname; the lone surname stays with the first. (given name,
        // the person the surname stands for, the relative): a few at most.
        let mut relatives: Vec<(String, usize, usize)> = Vec::new();
        let given_name = |w: &str| lang.given_name(w).is_some() && !lang.lower_word(w).particle;
        // a word that may be a given name the table lacks ("Ivanka"): no title, initial,
        // particle or word that is never a name
        let name_like = |w: &str| {
            let cased = lang.cased_word(w);
            w.chars().count() >= 2
                && w.chars().all(char::is_alphabetic)
                && w.chars().skip(1).any(char::is_lowercase)
                && !cased.title
                && !cased.not_name
                && !lang.lower_word(w).particle
        };
        for (name, surname, n, _, roles, gender) in candidates {
            let given = name.split(' ').next().filter(|w| n > 1 && name_like(w));
            let known = by_surname.get(&surname).or_else(|| family_first.get(&surname)).copied();
            // one of the two given names at least is known ("Ivanka Trump" after "Donald
            // Trump"; "Bill Clinton" after "Hillary Clinton"), or the name is set beside a
            // word for a relative ("his sister, Navin Delwani" after "Karzan Delwani")
            let kin = || roles.iter().any(|role| lang.lower_word(role).kin);
            let relative = given.zip(known).filter(|&(given, p)| {
                let first = people.persons[p].name.split(' ').next().filter(|w| *w != people.persons[p].name);
                first.is_some_and(|first| {
                    first != given && name_like(first) && (kin() || given_name(given) || given_name(first))
                })
            });
            let p = match (known, relative) {
                (_, Some((given, first))) => match relatives.iter().find(|r| r.0 == given && r.1 == first) {
                    Some(r) => r.2,
                    None => {
                        people.persons.push(Person::named(name.clone(), surname.clone()));
                        relatives.push((given.to_string(), first, people.persons.len() - 1));
                        people.persons.len() - 1
                    }
                },
                (Some(p), None) => p,
                (None, _) => {
                    by_surname.insert(surname.clone(), people.persons.len());
                    people.persons.push(Person::named(name.clone(), surname));
                    people.persons.len() - 1
                }
            };
            if let Some((first, rest)) = name.split_once(' ').filter(|_| n > 1) {
                let cased = lang.cased_word(first);
                // a given name of two syllables joined by a hyphen, the second in lower case
                // ("Min-jae", "Jong-un"), is written after the family name, even one that is
                // somewhere a given name too ("Park Min-jae")
                let syllables_after = n == 2 && hyphenated_syllables(rest);
                if (lang.given_name(first).is_none() || syllables_after)
                    && !cased.title
                    && !cased.not_name
                    && first.len() >= 2
                {
                    family_first.entry(first.to_string()).or_insert(p);
                }
            }
            // the middle of three words after a given name, when it is none ("Manrique" of
            // "Inés Manrique Salazar", the first of two family names), stands for the person too
            if let [first, middle, _] = name.split(' ').collect::<Vec<_>>()[..]
                && given_name(first)
                && name_like(middle)
                && !given_name(middle)
            {
                family_first.entry(middle.to_string()).or_insert(p);
            }
            if let Some(rest) = lang.without_particle(&people.persons[p].surname) {
                by_surname.entry(rest.to_string()).or_insert(p);
            }
            let person = &mut people.persons[p];
            // the fullest name: "De Blasio" of a headline becomes "Bill de Blasio"
            if n > 1 && (person.name == person.surname || extends(&name, &person.name)) {
                person.name = name;
            }
            // a told gender outweighs a guessed one, the first of each kind stays; a lone word
            // of a full name guesses nothing ("Brennan" of "Aoife Brennan" is no given name)
            let lone_of_full = n == 1 && known.is_some();
            if let Some((g, told)) = gender
                && (person.gender.is_none() && (told || !lone_of_full) || told && !person.gender_told)
            {
                person.gender = Some(g);
                person.gender_told = told;
            }
            for role in roles {
                if !person.roles.contains(&role) {
                    person.roles.push(role);
                }
            }
        }
        for (first, p) in family_first {
            by_surname.entry(first).or_insert(p);
        }
        // the first bytes surnames start with: other words are passed over without hashing
        let mut opens_surname = [false; 256];
        for surname in by_surname.keys() {
            opens_surname[usize::from(surname.as_bytes()[0])] = true;
        }
        for region in parsed {
            for (i, w) in region.words.iter().enumerate() {
                if opens_surname[usize::from(region.text.as_bytes()[w.range.start])]
                    && let Some(&person) = by_surname.get(&region.text[w.range.clone()])
                {
                    // the surname after a relative's given name is the relative's
                    let given = i.checked_sub(1).map(|k| &region.text[region.words[k].range.clone()]);
                    let relative = relatives.iter().find(|r| r.1 == person && given == Some(r.0.as_str()));
                    people.mentions.push(Mention { person: relative.map_or(person, |r| r.2), range: w.range.clone() });
                }
            }
        }
        people.mentions.sort_by_key(|m| m.range.start);
        let in_range =
            |r: &Range<usize>| people.mentions.iter().find(|m| r.start <= m.range.start && m.range.end <= r.end);
        people.main = article
            .title
            .as_ref()
            .and_then(in_range)
            .or_else(|| article.paragraphs.first().and_then(in_range))
            .map(|m| m.person);
        people
    }

    /// The person named last before byte `at` whose roles the role noun `role` covers ("the
    /// minister" is the last person introduced as a minister, "the diplomat" the last
    /// ambassador or minister: [`Language::role_covers`]), if any.
    pub(crate) fn last_with_role(&self, role: &str, at: usize, lang: &Language) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.range.start < at);
        let covers = |p: usize| self.persons[p].roles.iter().any(|r| lang.role_covers(role, r));
        let with_role = self.mentions[..i].iter().rev().find(|m| covers(m.person));
        with_role.map(|m| m.person)
    }

    /// The person named by the word starting at byte `at`, if it is a mention.
    pub fn named_at(&self, at: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.range.start < at);
        self.mentions.get(i).filter(|m| m.range.start == at).map(|m| m.person)
    }
}

/// The words of `wanted` (lower case) that the article's `regions` write as they are.
fn written_lower<'w>(regions: &[Region], wanted: &'w HashSet<String>) -> HashSet<&'w str> {
    let mut written = HashSet::default();
    for region in regions {
        for w in &region.words {
            // a word opening with a capital is never a wanted one
            if !region.text.as_bytes()[w.range.start].is_ascii_uppercase()
                && let Some(found) = wanted.get(&region.text[w.range.clone()])
            {
                written.insert(found.as_str());
            }
        }
    }
    written
}

/// A name found with evidence, before people are told apart: (name, surname, words, evidence,
/// roles, gender and whether it is told).
type Candidate = (String, String, usize, Evidence, Vec<String>, Option<(Gender, bool)>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topics::gazetteer::Gazetteer;

    fn people(t: &str) -> People {
        let lang = Language::bundled();
        let article = Article::parse(t, &lang);
        let gaz = Gazetteer::bundled();
        People::find(t, &article, &Sections::new(t, &article, &lang, |w| gaz.is_alias(w)), &lang)
    }

    #[test]
    fn titles_cues_and_appositions_are_evidence() {
        let t = "Tarvo: talks will go on\n\nDefence Minister Anna Tarvo spoke on Monday about the border and the talks.\n\
                 Later, Piet van Dam said the talks would resume, and Olsen, the chief negotiator, agreed.\n\
                 The Winter Games open soon in Oslo and Bergen with many guests.";
        let p = people(t);
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Anna Tarvo", "Piet van Dam", "Olsen"]);
        assert_eq!(p.main, Some(0));
        // surnames, and the first word of a full name that is no known given name ("Piet"
        // could be a family name written first, as "Wang" of "Wang Yi")
        let mentioned: Vec<&str> = p.mentions.iter().map(|m| &t[m.range.clone()]).collect();
        assert_eq!(mentioned, ["Tarvo", "Tarvo", "Piet", "Dam", "Olsen"]);
    }

    #[test]
    fn a_qualifier_after_a_preposition_and_a_listed_organisation_are_not_people() {
        let p = people("Talks went on.\nMaria Kovac of Kessel said the talks were over, and Twitter said nothing.");
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Maria Kovac"]);
    }

    #[test]
    fn a_capitalised_function_word_or_clause_opener_is_not_a_person() {
        let p = people(
            "Talks went on.\nWhenever asked about the vote, they changed the subject.\n\
             The talks were over, Dana Welk said.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Dana Welk"]);
    }

    #[test]
    fn places_and_acronyms_are_not_people() {
        let p = people("Moscow said on Friday that NATO and the US agreed, Washington added, in a long statement.");
        assert!(p.persons.is_empty(), "{:?}", p.persons);
        assert_eq!(p.main, None);
    }

    #[test]
    fn a_state_of_a_federation_with_a_relative_clause_is_no_person_and_an_age_shows_one() {
        let p = people(
            "Talks went on.\nA nurse from Brownsville, Texas, who was polled, agreed.\n\
             Faxon Reneus, 18, from Kessel County, disagrees.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Faxon Reneus"]);
    }

    #[test]
    fn a_place_after_a_title_and_a_given_name_is_a_surname() {
        let p = people("Talks went on.\nRep. Steve Israel said Clinton called, and Israel agreed with Jordan.");
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Steve Israel", "Clinton"]);
    }

    #[test]
    fn a_lone_surname_that_is_also_a_given_name_guesses_no_gender() {
        let p = people("Talks went on.\nAoife Walsh, the fisheries minister, spoke. Walsh said the talks would go on.");
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Aoife Walsh"]);
        assert_eq!(p.persons[0].gender, None);
    }

    #[test]
    fn a_relative_apposed_to_a_name_is_its_role_and_tells_its_gender() {
        let p = people("Talks went on.\nOn Tuesday, his wife, Xiomara, called for calm.");
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Xiomara"]);
        assert_eq!(p.persons[0].roles, ["wife"]);
        assert_eq!((p.persons[0].gender, p.persons[0].gender_told), (Some(Gender::Female), true));
    }

    #[test]
    fn a_given_name_that_is_also_a_month_opens_a_name_before_a_name_word() {
        let p = people("Talks went on.\nJan Kowalski said on Jan. 14 that the talks were over.");
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Jan Kowalski"]);
    }
}
