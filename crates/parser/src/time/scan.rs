//! The scan's gates and tense cues: which tokens may open an expression, and which way
//! the sentence's verbs point.

use crate::bytes::short_alpha;
use crate::context::ClassesOf;
use crate::lexicon::{self, Class, Classes};
use crate::token::{Token, TokenKind};

/// How many tokens after a function word may hold the word that makes it temporal.
pub(super) const ANCHOR_WINDOW: usize = 6;

/// What the scan needs to know about a token before trying the grammar there.
///
/// Three bytes: the gates of every dated paragraph are kept from [`super::infer_reference`] to
/// [`super::find`], so the token's classes are not copied in (read them from the context).
#[derive(Clone, Copy, Default)]
pub(super) struct Gate {
    /// It may open an expression ([`may_start`]).
    pub(super) starts: bool,
    /// It is a function word from [`FUNCTION_STARTERS`], which needs an anchor soon after it.
    pub(super) function: bool,
    /// It makes a function word before it temporal: a number or a time word.
    pub(super) anchors: bool,
}

/// The classes the gate asks about a plural's singular.
const SINGULAR_CLASSES: &[Class] = &[Class::TimeOpener, Class::TimeUnitWord];

impl Gate {
    /// The gate of a token of kind `kind` whose text is `text`, with its lexicon classes.
    pub(super) fn of(kind: TokenKind, text: &str, classes: Classes) -> Gate {
        // Only a word's text is read: the other kinds decide by themselves.
        let word = if kind == TokenKind::Word { text } else { "" };
        match kind {
            TokenKind::Number | TokenKind::Apostrophe => Gate { starts: true, function: false, anchors: true },
            TokenKind::Word if short_alpha(word.as_bytes()) => {
                // A plain word, the common case: no possessive, no hyphen, and no other form to look up
                // but the singular.
                let singular = match word.as_bytes().last() {
                    Some(b's' | b'S') => lexicon::classes_among(&word[..word.len() - 1], SINGULAR_CLASSES),
                    _ => Classes::default(),
                };
                let mid = word.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("mid"));
                let holiday = classes.has(Class::HolidayOpener) && word.as_bytes()[0].is_ascii_uppercase();
                let starts = mid || holiday || classes.has(Class::TimeOpener) || singular.has(Class::TimeOpener);
                let function = classes.has(Class::TimeFunctionWord);
                // The anchor test strips a lowercase `s` only.
                let unit = classes.has(Class::TimeUnitWord) || word.ends_with('s') && singular.has(Class::TimeUnitWord);
                Gate { starts, function, anchors: starts && !function || unit }
            }
            TokenKind::Word => {
                let starts = may_start(kind, word);
                let function = classes.has(Class::TimeFunctionWord);
                let w = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
                let head = w.split(['-', '‑']).next_back().unwrap_or(w);
                let singular = head.strip_suffix('s').unwrap_or(head);
                let opens = if w.len() == word.len() {
                    starts && !function
                } else {
                    may_start(kind, w) && !Class::TimeFunctionWord.has(w)
                };
                let anchors = opens || Class::TimeUnitWord.has(head) || Class::TimeUnitWord.has(singular);
                Gate { starts, function, anchors }
            }
            _ => Gate { starts: false, function: false, anchors: false },
        }
    }
}

/// A cheap gate before the grammar: a function word (`the`, `a`, `two`) opens a temporal
/// expression only when a number or a time word follows within a few tokens.
pub(super) fn anchored_soon(gates: &[Gate]) -> bool {
    let Some(first) = gates.first() else { return false };
    !first.function || gates[1..].iter().take(ANCHOR_WINDOW).any(|g| g.anchors)
}

/// True when a token may open a temporal expression: a number, `’90s`, or a time opener.
pub(super) fn may_start(kind: TokenKind, word: &str) -> bool {
    match kind {
        TokenKind::Number | TokenKind::Apostrophe => true,
        TokenKind::Word => {
            // `Friday's`, `today's`: the possessive does not count. A word that is ASCII but for
            // a final `’s` is lowercased without allocating.
            let capital = word.starts_with(char::is_uppercase);
            let curly = word.strip_suffix("’s").or_else(|| word.strip_suffix("’S"));
            let stem = curly.unwrap_or(word);
            let ascii = stem.is_ascii().then(|| {
                lexicon::with_ascii_lowercase(stem, |lower| {
                    let lower = if curly.is_some() { lower } else { lower.strip_suffix("'s").unwrap_or(lower) };
                    opens_expression(lower, capital)
                })
            });
            if let Some(Some(opens)) = ascii {
                return opens;
            }
            let lower = word.to_lowercase();
            opens_expression(lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(&lower), capital)
        }
        _ => false,
    }
}

/// True when a lowercase word, without its possessive, may open a temporal expression; a
/// holiday's first word opens one only when it was `capital`ized.
pub(super) fn opens_expression(lower: &str, capital: bool) -> bool {
    // `mid-March`, `Third-quarter`, `two-week`: the part before the hyphen decides.
    let head = lower.split(['-', '‑']).next().unwrap_or("");
    // `Tuesdays`, `nights`: a plural opens what its singular opens.
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    // The word is lowercase already, so the case-insensitive lookup is an exact one.
    head.starts_with("mid")
        || Class::TimeOpener.has(lower)
        || Class::TimeOpener.has(singular)
        || Class::TimeOpener.has(head)
        || capital && (Class::HolidayOpener.has(lower) || Class::HolidayOpener.has(head))
}

/// The tense that decides which `Friday` is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Tense cues of a paragraph, by position; a sentence boundary resets them.
#[derive(Default)]
pub(super) struct TenseCues {
    /// Each cue's position, tense, and whether it only reaches the words after it (a modal:
    /// `could come Tuesday`, but not `warnings on Tuesday that strikes could follow`).
    pub(super) cues: Vec<(usize, Tense, bool)>,
    pub(super) bounds: Vec<usize>,
}

/// Scans a paragraph's tokens, with their lexicon classes (none for a token that is no word):
/// pushes the gate of each to `gates` and returns the tense cues. One walk for both, so that
/// each token's text is sliced out of the document once. The cues are written into `spare`,
/// emptied first: the vectors of a paragraph already read are filled again rather than
/// allocated anew for each paragraph.
pub(super) fn scan(
    text: &str,
    toks: &[Token],
    classes: ClassesOf<'_>,
    gates: &mut Vec<Gate>,
    spare: TenseCues,
) -> TenseCues {
    gates.reserve(toks.len());
    let TenseCues { mut cues, mut bounds } = spare;
    cues.clear();
    bounds.clear();
    let (mut prev, mut prev2) = ("", "");
    // Tokens left in which `of`, `that` or `to` opens what a verb of anticipation reports.
    let mut ahead = 0;
    for (t, classes) in toks.iter().zip(classes.iter()) {
        let w = t.span.as_str(text);
        gates.push(Gate::of(t.kind, w, classes));
        if matches!(w, "." | "!" | "?") {
            bounds.push(t.span.start);
            ahead = 0;
        }
        if ahead > 0 {
            ahead -= 1;
            if matches!(w, "of" | "that" | "to") {
                cues.push((t.span.start, Tense::Future, true));
                ahead = 0;
            }
        }
        if classes.has(Class::AnticipationVerb) {
            ahead = 4;
        }
        if t.kind == TokenKind::Word {
            // `as planned`, `as previously scheduled`: a manner, not a plan still ahead.
            let as_clause = || {
                prev.eq_ignore_ascii_case("as")
                    || prev2.eq_ignore_ascii_case("as") && prev.len() > 2 && prev.ends_with("ly")
            };
            if let Some(tense) = tense_of(w, classes, prev).filter(|_| !classes.has(Class::FutureCue) || !as_clause()) {
                cues.push((t.span.start, tense, Class::ModalVerb.has(w)));
            }
        }
        (prev2, prev) = (prev, w);
    }
    TenseCues { cues, bounds }
}

impl TenseCues {
    /// The start of the sentence around `pos`: the position of the boundary before it, or 0.
    pub(super) fn sentence_start(&self, pos: usize) -> usize {
        let b = self.bounds.partition_point(|&b| b < pos);
        if b == 0 { 0 } else { self.bounds[b - 1] }
    }

    /// The tense of the nearest cue in the same sentence.
    pub(super) fn at(&self, pos: usize) -> Tense {
        let b = self.bounds.partition_point(|&b| b < pos);
        let lo = self.sentence_start(pos);
        let hi = self.bounds.get(b).copied().unwrap_or(usize::MAX);
        let c = self.cues.partition_point(|&(p, ..)| p < pos);
        let before = c.checked_sub(1).map(|j| self.cues[j]).filter(|&(p, ..)| p > lo).map(|(p, t, _)| (p, t));
        let after =
            self.cues[c..].iter().find(|&&(.., forward)| !forward).filter(|&&(p, ..)| p < hi).map(|&(p, t, _)| (p, t));
        match (before, after) {
            (Some((p, t)), Some((q, u))) => {
                if pos - p <= q - pos {
                    t
                } else {
                    u
                }
            }
            (Some((_, t)), None) | (None, Some((_, t))) => t,
            (None, None) => Tense::Unknown,
        }
    }
}

/// The tense a word signals, given its lexicon classes and the word before it.
pub(super) fn tense_of(w: &str, classes: Classes, prev: &str) -> Option<Tense> {
    let is = |a: &str| a.eq_ignore_ascii_case(w);
    let ends_with = |suffix: &str| {
        w.len() >= suffix.len() && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    // Most words signal nothing: only a cue's class, `-ll`, `-ed`, `be`, `to` and `for` can.
    if !classes.has_any(&[Class::FutureCue, Class::ModalVerb, Class::PastCue])
        && !ends_with("ll")
        && !ends_with("ed")
        && !is("be")
        && !is("to")
        && !is("for")
    {
        return None;
    }
    if classes.has(Class::FutureCue) {
        let after_past_aux = ["was", "were", "been", "had"].iter().any(|a| a.eq_ignore_ascii_case(prev));
        return Some(if after_past_aux { Tense::Past } else { Tense::Future });
    }
    if ends_with("'ll") || ends_with("’ll") {
        return Some(Tense::Future);
    }
    if prev.eq_ignore_ascii_case("to") && is("be") {
        return Some(Tense::Future);
    }
    // `set to`, `poised to`, `going to`; a modal (`could come Tuesday`), but not `May` the month.
    let ahead_of_to = ["set", "poised", "going"].iter().any(|a| a.eq_ignore_ascii_case(prev));
    let modal = classes.has(Class::ModalVerb) && (w.starts_with(char::is_lowercase) || !is("may"));
    // `set for Friday`, like `set to`.
    let set_for = is("for") && prev.eq_ignore_ascii_case("set");
    if is("to") && ahead_of_to || set_for || modal {
        return Some(Tense::Future);
    }
    // A participle after an auxiliary takes its tense from the auxiliary: `will be held`, `was held`.
    let after_aux = || Class::TenseAuxiliary.has(prev);
    if classes.has(Class::PastCue) && (!after_aux() || ["was", "were", "had", "did"].iter().any(|a| is(a))) {
        return Some(Tense::Past);
    }
    let letters = w.bytes().all(|b| b.is_ascii_alphabetic());
    if letters
        && w.len() > 4
        && ends_with("ed")
        && !classes.has(Class::NotPastTense)
        && !w.starts_with(char::is_uppercase)
        && !after_aux()
        // `a still unspecified date`, `the revised plan`: an adjective in a noun phrase.
        && !Class::Determiner.has(prev)
        && !prev.eq_ignore_ascii_case("still")
    {
        return Some(Tense::Past);
    }
    None
}
