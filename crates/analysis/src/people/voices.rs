//! The voice of a place: a place that speaks (`Moscow suggests …`) is the person who speaks
//! for it in the article, when one does.

use std::ops::Range;

use crate::model::{SpeakerBasis, SpeakerKind};
use crate::people::People;
use crate::people::speakers::{Decision, Who};

/// Most bytes between a place and the name of the person it introduces ("Russian Foreign
/// Minister Jane Roe", "Russia's foreign minister, Jane Roe").
const PLACE_TO_NAME: usize = 40;

/// For a decision naming a place as an organisation, the person who speaks for that place in
/// the article: one who is the speaker of a quote of their own (`own`, not carried) and whom a
/// mention of the same place introduces, within a few words before a mention of them and in
/// the same clause. The latest such speaker before `at` is taken, else the first after it.
pub(super) fn voice_of_place(
    text: &str,
    people: &People,
    places: &[(Range<usize>, usize)],
    own: &[Option<Decision>],
    d: &Decision,
    at: usize,
) -> Option<Decision> {
    if d.who != Who::Named(SpeakerKind::Organisation) {
        return None;
    }
    let topic = places.iter().find(|(r, _)| r.start <= d.span.start && d.span.end <= r.end)?.1;
    let introduced = |person: usize| {
        people.mentions.iter().filter(|m| m.person == person).any(|m| {
            let from = m.range.start.saturating_sub(PLACE_TO_NAME);
            places.iter().any(|(r, t)| {
                *t == topic && from <= r.start && r.end <= m.range.start && {
                    let between = &text[r.end..m.range.start];
                    !between.contains(['.', ';', ':', '“', '”', '"', '(', ')'])
                }
            })
        })
    };
    let speakers = own.iter().flatten().filter_map(|o| match o.who {
        Who::Person(p) if o.basis != SpeakerBasis::Carried && introduced(p) => Some((p, o.span.start)),
        _ => None,
    });
    let (before, after): (Vec<_>, Vec<_>) = speakers.partition(|&(_, start)| start < at);
    let (person, _) = before.into_iter().max_by_key(|&(_, start)| start).or_else(|| after.into_iter().next())?;
    Some(Decision { who: Who::Person(person), basis: SpeakerBasis::Pronoun, span: d.span.clone() })
}
