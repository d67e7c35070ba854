//! Small text helpers shared by the briefing's sections.
//!
//! Every helper that looks around a span reads a window of at most [`WINDOW`] bytes on
//! each side, so that building a briefing stays linear in the size of the article
//! however long one sentence or one line is.

/// Bytes read on each side of a span when looking for its clause or its context.
pub(crate) const WINDOW: usize = 320;

/// Collapses runs of whitespace to one space.
pub(crate) fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The largest char boundary of `s` at or below `i`.
pub(crate) fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or above `i`.
pub(crate) fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Runs of whitespace as one space; a space at either edge is kept.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Where the first `n` words of `s` end, and whether words follow.
///
/// Reads at most [`WINDOW`] bytes (more for many words); a word cut by the window is left out.
pub(crate) fn first_words_end(s: &str, n: usize) -> (usize, bool) {
    let hi = ceil_char(s, WINDOW.max(n * 16).min(s.len()));
    let (mut end, mut count, mut in_word) = (0, 0, false);
    for (i, c) in s[..hi].char_indices() {
        if !c.is_whitespace() {
            in_word = true;
        } else if in_word {
            (end, count, in_word) = (i, count + 1, false);
            if count >= n {
                return (end, hi < s.len() || !s[i..hi].trim().is_empty());
            }
        }
    }
    match (in_word, hi == s.len()) {
        (true, true) => (s.len(), false),
        (_, whole) => (end, !whole),
    }
}

/// Where the last `n` words of `s` begin, and whether words come before.
///
/// Reads at most [`WINDOW`] bytes (more for many words); a word cut by the window is left out.
pub(crate) fn last_words_start(s: &str, n: usize) -> (usize, bool) {
    let lo = floor_char(s, s.len().saturating_sub(WINDOW.max(n * 16)));
    let (mut start, mut count, mut in_word) = (s.len(), 0, false);
    for (k, c) in s[lo..].char_indices().rev() {
        let i = lo + k;
        if !c.is_whitespace() {
            in_word = true;
        } else if in_word {
            (start, count, in_word) = (i + c.len_utf8(), count + 1, false);
            if count >= n {
                return (start, lo > 0 || !s[lo..i].trim().is_empty());
            }
        }
    }
    match (in_word, lo == 0) {
        (true, true) => (0, false),
        (_, whole) => (start, !whole),
    }
}

/// The first `n` words of `s`, with `…` when words were left out.
pub(crate) fn first_words(s: &str, n: usize) -> String {
    let (end, more) = first_words_end(s, n);
    let mut out = squash(&s[..end]);
    if more && !out.is_empty() {
        out.push('…');
    }
    out
}

/// The last `n` words of `s`, with `…` in front when words were left out.
pub(crate) fn last_words(s: &str, n: usize) -> String {
    let (start, more) = last_words_start(s, n);
    let out = squash(&s[start..]);
    if more && !out.is_empty() { format!("…{out}") } else { out }
}

/// True when `s` ends as a sentence does: a full stop, a question or exclamation mark, or a
/// closing quotation mark or bracket.
pub(crate) fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '"', '”', '’', '\'', ')'])
}

/// True when a sentence reads as one rather than as a heading or a table row: it ends as
/// a sentence does or runs to a dozen words. Reads at most [`WINDOW`] bytes.
pub(crate) fn is_sentence(s: &str) -> bool {
    ends_sentence(s) || s[..floor_char(s, WINDOW)].split_whitespace().nth(11).is_some()
}

/// True when text is mostly words, not numbers: a table row is not.
pub(crate) fn mostly_words(s: &str) -> bool {
    let (mut n, mut numeric) = (0, 0);
    for w in s.split_whitespace() {
        n += 1;
        numeric += usize::from(w.contains(|c: char| c.is_ascii_digit()));
    }
    n >= 3 && numeric * 5 <= n * 2
}

/// Lowercase alphanumeric words of `s`, for comparing two texts.
pub(crate) fn norm_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Words that stand for someone named elsewhere: a speaker or a source shown as one of
/// these says nothing to a reader.
pub(crate) fn is_pronoun(s: &str) -> bool {
    const PRONOUNS: [&str; 20] = [
        "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "him", "them", "who", "whom", "which",
        "that", "this", "these", "those", "one",
    ];
    let s = s.trim();
    PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(s))
}

/// Joins names as `A`, `A and B`, `A, B and C`.
pub(crate) fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `s` with its first letter in upper case.
pub(crate) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A name written all in capitals (`NAIROBI`, `NEW YORK`, `O'NEILL`, from a dateline or a
/// headline) in the case a reader expects (`Nairobi`, `New York`, `O'Neill`). Names with a
/// lowercase letter, abbreviations (`U.S.`) and names of three letters or fewer (`UAE`) stay as
/// written.
pub(crate) fn unshout(name: &str) -> String {
    let shouted = !name.chars().any(char::is_lowercase) && name.split_whitespace().any(|w| w.chars().count() > 3);
    if !shouted || name.contains('.') {
        return name.to_owned();
    }
    name.split(' ').enumerate().map(|(k, w)| word_in_name_case(w, k == 0)).collect::<Vec<_>>().join(" ")
}

/// Lower-case words inside a name written in capitals (`RIO DE JANEIRO`, `ISLE OF MAN`).
const NAME_PARTICLES: [&str; 18] = [
    "de", "del", "da", "do", "dos", "du", "la", "le", "al", "von", "van", "der", "den", "of", "the", "and", "on",
    "upon",
];

/// One word of a name in capitals in a reader's case: `WILMINGTON,` → `Wilmington,`, a letter
/// opening each part (`BOU-KELRA` → `Bou-Kelra`, `O'NEILL` → `O'Neill`, `GAZA/CAIRO` →
/// `Gaza/Cairo`), a particle after the
/// first word in lower case (`de`, `of`). A word with a lowercase letter or a period, or of fewer
/// than three letters (`DC`, `NY`), stays as written.
pub(crate) fn word_in_name_case(w: &str, first: bool) -> String {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || w.chars().any(char::is_lowercase) || w.contains('.') {
        return w.to_owned();
    }
    let lower = w.to_lowercase();
    if !first && NAME_PARTICLES.contains(&lower.as_str()) {
        return lower;
    }
    if letters < 3 {
        return w.to_owned();
    }
    let mut out = String::with_capacity(lower.len());
    let mut up = true;
    for c in lower.chars() {
        if up && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
        if matches!(c, '-' | '\'' | '’' | '/') {
            up = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouted_names_in_a_readers_case() {
        assert_eq!(unshout("NAIROBI"), "Nairobi");
        assert_eq!(unshout("NEW YORK"), "New York");
        assert_eq!(unshout("ISLE OF MAN"), "Isle of Man");
        assert_eq!(unshout("O'NEILL"), "O'Neill");
        assert_eq!(unshout("BOU-KELRA"), "Bou-Kelra");
        assert_eq!(unshout("UAE"), "UAE");
        assert_eq!(unshout("U.S."), "U.S.");
        assert_eq!(unshout("Kelby"), "Kelby");
        assert_eq!(unshout("McKELBY"), "McKELBY");
    }

    #[test]
    fn words_at_either_end() {
        assert_eq!(first_words("a b c d", 2), "a b…");
        assert_eq!(first_words("a b", 2), "a b");
        assert_eq!(last_words("a b c d", 2), "…c d");
        assert_eq!(last_words("a b", 5), "a b");
    }

    #[test]
    fn windows_stay_bounded_and_on_char_boundaries() {
        let long = "é ".repeat(10_000);
        assert!(first_words(&long, 5).ends_with('…'));
        assert_eq!(last_words(&long, 2), "…é é");
        let one_word = "x".repeat(10_000);
        assert_eq!(first_words(&one_word, 3), "");
        assert_eq!(last_words(&one_word, 3), "");
    }

    #[test]
    fn prose_and_table_rows() {
        assert!(is_sentence("And in the capital, a three percent drop."));
        assert!(is_sentence("The leaders last met in the capital in June 2024, when they set up a working group"));
        assert!(!is_sentence("Wk to Aug 28 Chg on wk Chg on yr"));
        assert!(mostly_words("And in the capital, a three percent drop."));
        assert!(!mostly_words("July 96 June 96 July 95"));
    }

    #[test]
    fn names_join() {
        assert_eq!(join_names(&["A"]), "A");
        assert_eq!(join_names(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn pronouns_are_not_names() {
        assert!(is_pronoun("He"));
        assert!(is_pronoun(" they "));
        assert!(!is_pronoun("Helen"));
    }
}
