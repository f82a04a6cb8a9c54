//! Sentence rules, within one sentence and one voice: the escalation rule raises a category
//! when all of its categories occur together (a demand, a threat and a deadline make an
//! ultimatum), and a booster (`make no mistake`, `in any case`) raises the strongest other hit,
//! the nearest among equals. Every change is said in the hit's `why`.

use crate::redlines::Found;
use crate::redlines::Lexicon;

/// Applies the sentence rules to the hits `members` of `found`, which share a sentence and a
/// voice. `text` is the document.
pub(crate) fn apply(lexicon: &Lexicon, text: &str, found: &mut [Found], members: &[usize]) {
    let categories = lexicon.categories();
    if let Some((all_of, raised, to)) = &lexicon.escalation
        && all_of.iter().all(|c| members.iter().any(|&m| found[m].category == *c))
    {
        let names: Vec<String> = all_of.iter().map(|&c| categories[c].name.to_lowercase()).collect();
        for &m in members {
            let f = &mut found[m];
            if f.category == *raised && f.severity < *to {
                f.severity = *to;
                f.why.push(format!("escalation: {} in one sentence → {to}", names.join(", ")));
            }
        }
    }
    let Some((booster, raise)) = lexicon.booster else {
        return;
    };
    let boosts: Vec<usize> = members.iter().copied().filter(|&m| found[m].category == booster).collect();
    if boosts.is_empty() {
        return;
    }
    let distance = |at: usize| boosts.iter().map(|&b| found[b].range.start.abs_diff(at)).min().unwrap_or(usize::MAX);
    let strongest = members
        .iter()
        .copied()
        .filter(|&m| found[m].category != booster && !categories[found[m].category].de_escalation)
        .max_by_key(|&m| (found[m].severity, std::cmp::Reverse(distance(found[m].range.start))));
    let Some(target) = strongest else {
        return;
    };
    let nearest = *boosts.iter().min_by_key(|&&b| found[b].range.start.abs_diff(found[target].range.start)).unwrap();
    let what = format!("booster +{raise} ({})", &text[found[nearest].range.clone()]);
    let raised = format!("raises “{}”", &text[found[target].range.clone()]);
    found[target].severity = (found[target].severity + raise).min(5);
    found[target].why.push(what);
    for b in boosts {
        found[b].raised = true;
        found[b].why.push(raised.clone());
    }
}
