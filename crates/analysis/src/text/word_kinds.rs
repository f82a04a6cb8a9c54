//! What a word is in the word lists of [`Language`](crate::text::language::Language): the
//! answers of its look-ups, found once for each word of an article when it is split
//! ([`WordKind`]) and read by every stage after. Kept apart from the lists themselves so that
//! the words of a text ([`crate::text::words`]) can carry them without importing the lists.

/// The grammatical gender a word or given name points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// He.
    Male,
    /// She.
    Female,
}

/// What a lower-case word is in the lists of [`Language`](crate::text::language::Language).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct LowerWord {
    /// A one-word cue verb ("said").
    pub cue: bool,
    /// The first word of a two-word cue ("according" of "according to").
    pub cue_first: bool,
    /// A pronoun that can be a speaker.
    pub pronoun: bool,
    /// A role noun ("minister").
    pub role: bool,
    /// A role noun with an `s` added ("ministers").
    pub role_plural: bool,
    /// A particle allowed inside a name ("van").
    pub particle: bool,
    /// A noun that can head an unnamed speaker ("sources", "police").
    pub speaker_noun: bool,
    /// A determiner or possessive that opens a described speaker ("the", "a", "his"):
    /// before a cue, "the moderator said", any lower-case noun after it names one.
    pub description_opener: bool,
    /// A form of "be" before a cue: the cue is passive ("the plan was called"), and the
    /// noun before it is no speaker.
    pub passive_auxiliary: bool,
    /// The gender the word points to ("she", "mrs", "spokesman"), if any.
    pub gender: Option<Gender>,
    /// An adverb or auxiliary that may stand between a subject and its cue ("Roe has
    /// repeatedly said": "has", "repeatedly").
    pub cue_modifier: bool,
    /// A word after which a quote is a title or name ("called", "show").
    pub title_cue: bool,
    /// A noun after which a quoted term or name is its name (the "Northern Shield" *drills*,
    /// a "third neighbour" *policy*).
    pub term_noun: bool,
    /// A word that, among the three before a quote, makes it a caption: a headline, a title,
    /// the words on a banner ("carried the *headline*", "*banners* reading").
    pub caption: bool,
    /// A preposition, conjunction, determiner or relative word: never the verb after a
    /// subject.
    pub function: bool,
    /// A word opening a subordinate clause ("that", "who", "because"): a name after it is
    /// no main clause's subject.
    pub clause_opener: bool,
    /// A coordinating conjunction ("and", "but"): a noun phrase after it may be a subject,
    /// unlike one after a preposition.
    pub coordinator: bool,
    /// A preposition that may open an absolute clause ("with Roe calling it …"): a name
    /// after it, before a participle or a dash, is that clause's subject.
    pub absolute_opener: bool,
    /// A preposition that may tie a qualifier to a described speaker ("a spokesman *for* the
    /// ministry", "officials *at* the embassy").
    pub qualifier_preposition: bool,
    /// An adjective that ties a qualifier to a described speaker with the preposition after
    /// it ("a source *familiar* with the talks", "a person *close* to the family").
    pub qualifier_adjective: bool,
    /// A preposition that also opens an adjunct of a cue verb ("said *in* a statement", "*at*
    /// a briefing"): after a cue it qualifies a speaker only after a qualifier adjective.
    pub adjunct_preposition: bool,
    /// A document that speaks for whoever issued it ("the *statement* said"): the issuer is
    /// named where the article mentioned it before ("the ministry said in a statement").
    pub document: bool,
    /// A kind of business that speaks for the one the article named ("the *company* said",
    /// "the *fund* said"): the name is read back where the article last gave it.
    pub firm: bool,
    /// A body that speaks under its kind (`the bloc said`, `the group said`, `the agency
    /// said`): the organisation that opens the sentence before, as `it` would stand for.
    pub collective: bool,
    /// A word for a relative ("sister", "husband"): a name set beside it that shares a
    /// surname with a person named before is another person of that family.
    pub kin: bool,
    /// A cue verb whose object follows it ("told", "urged", "accusing"): a name right after
    /// it is who is spoken to or of, not the speaker.
    pub object_cue: bool,
    /// An article or possessive that is never an object pronoun ("the", "their"; not "her",
    /// as in "an aide close to her said"): a cue word right after it is a noun ("the *states*
    /// suing the agency", "their *notes*"), not a verb.
    pub noun_marker: bool,
    /// A verb of saying or reporting that a publication or body takes ("reported", "wrote",
    /// "condemned"): a capitalised name after "the" and before it is the title of one ("The
    /// Hill reported"), never a person.
    pub title_verb: bool,
    /// A small word an organisation's name holds between its capitalised words ("Ministry
    /// *of* Foreign Affairs", "Center *for* Policy Studies").
    pub organisation_connector: bool,
    /// A word after which a lower-case word is a verb's bare form ("to", "would", "can"): a
    /// name right after that verb is its object ("to nominate Roe", "would replace Roe").
    pub verb_marker: bool,
    /// An irregular past form of a verb ("went", "took"): a finite verb after a subject.
    pub past_form: bool,
    /// A participle that names a document's author before `by` ("signed", "written"): "The
    /// letter was signed by Roe" is Roe's.
    pub signing: bool,
}

impl LowerWord {
    /// A function word that neither joins nor opens a clause: a preposition or determiner,
    /// which makes the name after it its object ("in Roe's town", "from Roe").
    pub fn governs(&self) -> bool {
        self.function && !self.coordinator && !self.clause_opener
    }

    /// A noun that names a speaker: a role ("minister"), a role's plural ("ministers") or a
    /// speaker noun ("police", "the statement").
    pub fn names_speaker(&self) -> bool {
        self.role || self.role_plural || self.speaker_noun
    }
}

/// What a word, as written, is in the case-keeping lists of
/// [`Language`](crate::text::language::Language).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CasedWord {
    /// A title ("President").
    pub title: bool,
    /// A title when a dot follows it ("Gen" of "Gen.").
    pub title_with_dot: bool,
    /// A word that is never part of a person's name.
    pub not_name: bool,
    /// A word that ends an organisation's name ("Ministry", "Times").
    pub organisation_head: bool,
    /// The first word of a named organisation ("White" of "White House").
    pub organisation_start: bool,
    /// A common word that is a surname after a given name ("May" of "Theresa May").
    pub surname_word: bool,
    /// A generational suffix after a name ("Jr" of "Martin Luther King Jr.", "III"): no part
    /// of the surname, and its dot ends no sentence.
    pub name_suffix: bool,
    /// An initial of two letters, a dot after it ("Ts" of "Ts. Munkh", "Yu" of "Yu. Roe"):
    /// as "J." is, part of the name it opens.
    pub name_initial: bool,
    /// A word of a minister's portfolio ("Trade", "Fisheries"): never part of a person's
    /// name, so the name after a title's portfolio is found ("Minister for Trade and Fisheries
    /// Jane Roe"), and no bar to a name after it, as a word that is never a name is ("New
    /// York").
    pub portfolio: bool,
    /// A word that ends a business's name ("Mining", "Capital", "Corp"): `the company` of a
    /// later cue is that business.
    pub firm_head: bool,
}

/// What one word of an article is in every list: found once when the article is split into
/// words (`Language::classify`) and shared by people, speakers and topics, which would
/// otherwise look each word up again at every rule that reads it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordKind {
    /// What the word is once lower-cased (`Language::lower_word`).
    pub lower: LowerWord,
    /// What the word is as written (`Language::cased_word`).
    pub cased: CasedWord,
}

/// What finds a word's [`WordKind`]: the word lists (`Language`).
pub(crate) trait Classify {
    /// What `word` is in every list.
    fn classify(&self, word: &str) -> WordKind;
}
