//! An organisation's acronym and its name written out are one speaker in the scores ("IMF"
//! for "the International Monetary Fund"): shared by `accuracy` and `speakers_invented`
//! through `#[path]`.

/// True when `short` is an acronym (two or more capitals, nothing else) whose letters are
/// the initials of the capitalised words of `long`, in order and all of them; the small
/// words between them (of, for, and, the) carry no letter.
pub(crate) fn abbreviates(short: &str, long: &str) -> bool {
    let short = short.trim().trim_start_matches("the ").trim_start_matches("The ");
    if short.len() < 2 || !short.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let initials: String = long
        .split_whitespace()
        .filter(|w| !matches!(*w, "The" | "A" | "An"))
        .filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase))
        .collect();
    initials == short
}

#[cfg(test)]
mod tests {
    use super::abbreviates;

    #[test]
    fn an_acronym_abbreviates_the_name_whose_capitals_it_holds() {
        assert!(abbreviates("IMF", "the International Monetary Fund"));
        assert!(abbreviates("DNC", "Democratic National Committee"));
        assert!(abbreviates("OSCE", "Organization for Security and Co-operation in Europe"));
        assert!(!abbreviates("IMF", "International Fund"));
        assert!(!abbreviates("Fund", "International Monetary Fund"));
        assert!(!abbreviates("PET", "the Danish Security and Intelligence Service"));
    }
}
