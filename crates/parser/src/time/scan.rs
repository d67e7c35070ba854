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

/// Which dates a tense cue speaks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reach {
    /// The dates before and after it, whichever cue is nearer.
    Both,
    /// Only the dates after it, and those whatever follows them: a participle (`the deal,
    /// announced Friday, will close`, but not `in August, aimed at schools`) or the `to` of a
    /// verb of anticipation.
    After,
    /// Only the dates after it, and those whatever follows them: a modal (`could come Tuesday`,
    /// but not `warnings on Tuesday that strikes could follow`).
    Modal,
    /// The dates on both sides, and those after it whatever follows them: `will`, `would`
    /// (`will resume on Saturday, after a pause last weekend`).
    Auxiliary,
}

impl Reach {
    /// The cue decides the tense of a date after it, whatever cue comes after the date.
    fn governs(self) -> bool {
        !matches!(self, Reach::Both)
    }

    /// The cue speaks for a date before it.
    fn reaches_back(self) -> bool {
        matches!(self, Reach::Both | Reach::Auxiliary)
    }
}

/// Tense cues of a paragraph, by position; a sentence boundary resets them.
#[derive(Default)]
pub(super) struct TenseCues {
    /// Each cue's position, tense, and how far it reaches.
    pub(super) cues: Vec<(usize, Tense, Reach)>,
    pub(super) bounds: Vec<usize>,
    /// The quotation marks after a punctuation mark, which close a quoted clause or open one
    /// (`, “`): a quotation tells its own tense (`“Rates fall in the first quarter,” he said` is
    /// no past), but a phrase in quotation marks is part of its sentence (`there had been “three
    /// incidents” since May`).
    pub(super) quotes: Vec<usize>,
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
    let TenseCues { mut cues, mut bounds, mut quotes } = spare;
    cues.clear();
    bounds.clear();
    quotes.clear();
    let (mut prev, mut prev2) = ("", "");
    // Tokens left in which `of`, `that` or `to` opens what a verb of anticipation reports.
    let mut ahead = 0;
    for (k, (t, classes)) in toks.iter().zip(classes.iter()).enumerate() {
        let w = t.span.as_str(text);
        gates.push(Gate::of(t.kind, w, classes));
        if matches!(w, "." | "!" | "?") {
            bounds.push(t.span.start);
            ahead = 0;
        }
        if t.kind == TokenKind::Quote && matches!(prev, "," | "." | "?" | "!" | ":" | ";") {
            quotes.push(t.span.start);
        }
        if ahead > 0 {
            ahead -= 1;
            if matches!(w, "of" | "that" | "to") {
                cues.push((t.span.start, Tense::Future, Reach::After));
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
            let next = |n: usize| toks.get(k + n).map_or("", |t| t.span.as_str(text));
            let tense = tense_of(w, classes, prev)
                .filter(|_| !classes.has(Class::FutureCue) || !as_clause() && !seen_coming(w, prev2))
                .filter(|&tense| tense != Tense::Past || !is_name(w, classes, prev));
            if let Some(tense) = tense {
                let reach = if Class::ModalVerb.has(w) {
                    Reach::Modal
                } else if ["will", "would", "shall"].iter().any(|a| a.eq_ignore_ascii_case(w))
                    || w.ends_with("'ll")
                    || w.ends_with("’ll")
                {
                    Reach::Auxiliary
                } else if tense == Tense::Past && is_participle(w, classes, prev, next(1), next(2)) {
                    Reach::After
                } else {
                    Reach::Both
                };
                cues.push((t.span.start, tense, reach));
            }
            // `she was to sail on Wednesday`, `Lund is to meet Monday`: a person's plan, ahead of the
            // time it is told in; but not `the rise was to 5%`, `was to the north` or `the
            // offence was to write a letter in May`.
            let person = Class::SubjectPronoun.has(prev2) || prev2.starts_with(char::is_uppercase);
            let planned = w == "to"
                && person
                && ["was", "were", "is", "are"].iter().any(|a| a.eq_ignore_ascii_case(prev))
                && !next(1).is_empty()
                && next(1).bytes().all(|b| b.is_ascii_lowercase())
                && !Class::Determiner.has(next(1));
            if planned {
                cues.push((t.span.start, Tense::Future, Reach::After));
            }
        }
        (prev2, prev) = (prev, w);
    }
    TenseCues { cues, bounds, quotes }
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
        let q = self.quotes.partition_point(|&q| q < pos);
        let lo = self.sentence_start(pos).max(q.checked_sub(1).map_or(0, |q| self.quotes[q]));
        let hi =
            self.bounds.get(b).copied().unwrap_or(usize::MAX).min(self.quotes.get(q).copied().unwrap_or(usize::MAX));
        let c = self.cues.partition_point(|&(p, ..)| p < pos);
        let before = c.checked_sub(1).map(|j| self.cues[j]).filter(|&(p, ..)| p > lo);
        let after = self.cues[c..].iter().find(|&&(.., reach)| reach.reaches_back()).filter(|&&(p, ..)| p < hi);
        let before = match before {
            // `will resume on Saturday, after a pause last weekend`: what a modal, `will` or a
            // participle opens runs on to the date after it, whatever is told after the date.
            Some((_, t, reach)) if reach.governs() => return t,
            before => before.map(|(p, t, _)| (p, t)),
        };
        match (before, after.map(|&(p, t, _)| (p, t))) {
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

/// True when `w`, which looks like a verb in the past tense, is a participle, which tells the
/// tense of the dates after it only: `a pause, caused by a shortage`, `in August, aimed at
/// schools`, but `the deal, announced Friday`. A participle opens a phrase after a comma or
/// takes its agent with `by` (but `rose by 5%` is a verb and its amount).
fn is_participle(w: &str, classes: Classes, prev: &str, next: &str, next2: &str) -> bool {
    let regular = w.len() > 4 && w.ends_with("ed") && !classes.has(Class::PastCue);
    let agent = next.eq_ignore_ascii_case("by") && !next2.starts_with(|c: char| c.is_ascii_digit() || c == '$');
    let phrase = prev == "," && !Class::Determiner.has(next);
    regular && (agent || phrase)
}

/// `saw this coming`, `kept planning`: the `-ing` form of a future cue after a past verb and its
/// object tells of the past verb's time, not of a plan.
fn seen_coming(w: &str, prev2: &str) -> bool {
    w.len() > 3 && w.ends_with("ing") && Class::PastCue.has(prev2)
}

/// True when a past form is a name inside its sentence: `the Fed`, `Led by`.
fn is_name(w: &str, classes: Classes, prev: &str) -> bool {
    let opens = prev.is_empty() || matches!(prev, "." | "!" | "?" | "\"" | "“" | "‘" | "'");
    w.starts_with(char::is_uppercase) && !opens && classes.has(Class::PastCue)
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
