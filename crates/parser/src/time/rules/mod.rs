//! The grammar: one nom rule per kind of expression, tried where its first word can stand.

mod clock;
mod dates;
mod lengths;
mod relative;

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use nom::Parser;
use nom::branch::alt;
use rustc_hash::FxHashMap;

use super::holidays::holidays;
use super::reading::{Raw, Unit, Which};
use crate::lex::{Res, alpha, fail, first_letter, kw, letters_len};
use crate::lexicon::{self, Class};
use clock::{clock, clock_length, day_part};
pub(super) use dates::month_name;
use dates::{
    between_days, century, day_month, decade, holiday, iso_date, month_day, month_year, slash_date, weekday_date,
    year_in_words, year_rule,
};
pub(super) use lengths::duration_value;
use lengths::{ago, bare_plural, duration, duration_with_the, long_compound, set};
use relative::{
    anchored, day_word, part_of, quarter, quarter_words, relative_unit, season, the_weekend, the_year, vague, weekday,
};

/// A grammar rule and what its match can start with.
pub(super) struct Rule {
    pub(super) parse: fn(&str) -> Res<'_, Raw>,
    /// The words a match can open with (for a hyphenated word, its letters before the hyphen).
    pub(super) words: &'static [Openers],
    /// The other characters a match can open with.
    pub(super) marks: &'static [Mark],
    /// What the words after the first must hold for a match ([`Needs`]).
    pub(super) needs: Needs,
}

/// Words a rule's match can open with.
#[derive(Clone, Copy)]
pub(super) enum Openers {
    /// These words.
    Words(&'static [&'static str]),
    /// The words of lexicon classes.
    Classes(&'static [Class]),
    /// The words of a lexicon class with an `s` added (`Tuesdays`).
    Plurals(Class),
    /// The first words of the holidays' names.
    Holidays,
}

/// A character other than a letter that can open a match.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    /// A run of `min` to `max` ASCII digits, followed by the character `then` when it is not 0.
    Digits { min: u8, max: u8, then: u8 },
    /// An ASCII apostrophe (`'90s`).
    Apostrophe,
}

/// Any number in digits.
const DIGITS: Mark = Mark::Digits { min: 1, max: u8::MAX, then: 0 };

/// A day of the month or an hour: one or two digits.
const DAY: Mark = Mark::Digits { min: 1, max: 2, then: 0 };

/// A year: four digits.
const YEAR: Mark = Mark::Digits { min: 4, max: 4, then: 0 };

/// What the words after a rule's first word must hold for it to match: a screen much cheaper
/// than the grammar, which never drops a rule that could match (it may keep one that cannot).
/// Words are runs of letters, as the grammar's `alpha` reads them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Needs {
    /// Nothing: the first word or character decides.
    Nothing,
    /// A unit of time (`years`, `week`) as the first word that is neither a number word nor a
    /// [`Class::TimeCountWord`]: a length (`nearly thirty years`, `the past two months`); when
    /// the list is not empty, one of its words comes next (`ago` in `two days ago`).
    Unit(&'static [&'static str]),
    /// One of these words as that first other word (`times` in `three times a year`).
    FirstOther(&'static [&'static str]),
    /// One of these words among the first [`WITHIN`] words (`quarter` in `the fiscal third quarter`).
    Within(&'static [&'static str]),
    /// After this first word, one of these words as the second (`the weekend`); any other first
    /// word is not screened.
    SecondAfter(&'static str, &'static [&'static str]),
}

/// How many words a [`Needs::Within`] screen reads.
const WITHIN: usize = 8;

/// How many words a [`Needs::Unit`] screen reads before it gives up and keeps the rule.
const COUNT_LIMIT: usize = 16;

/// The classes of the words a length may have before its unit.
pub(super) const COUNT_CLASSES: &[Class] = &[Class::TimeCountWord, Class::NumberUnderTwenty, Class::Tens, Class::Scale];

const WHICH: Openers = Openers::Words(&["last", "past", "next", "this", "coming"]);

pub(super) const THE: Openers = Openers::Words(&["the"]);

pub(super) const MONTHS: Openers = Openers::Classes(&[Class::Month, Class::MonthAbbreviation]);

pub(super) const WEEKDAYS: Openers = Openers::Classes(&[Class::Weekday]);

pub(super) const WEEKDAY_PLURALS: Openers = Openers::Plurals(Class::Weekday);

pub(super) const DAY_WORDS: Openers = Openers::Classes(&[Class::DayWord]);

/// The words of [`count`]: articles, vague counts and the number words of [`cardinal`].
pub(super) const COUNT_WORDS: [Openers; 2] = [
    Openers::Words(&["a", "an"]),
    Openers::Classes(&[Class::VagueCount, Class::NumberUnderTwenty, Class::Tens, Class::Scale]),
];

/// Number words, which open a year in words (`nineteen ninety-six`).
pub(super) const NUMBER_WORDS: Openers = Openers::Classes(&[Class::NumberUnderTwenty, Class::Tens]);

pub(super) const ORDINALS: Openers = Openers::Classes(&[Class::Ordinal]);

use Openers::Words as W;

/// The words after a count that make it a recurrence (`three times a year`), and the first
/// words of the other recurrences (`every`, `twice`, `weekly`, `per`).
const SET_WORDS: &[&str] =
    &["times", "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "per", "once", "twice"];

/// Every rule, tried at each position where its first word can stand.
pub(super) const RULES: &[Rule] = &[
    Rule { parse: iso_date, words: &[], marks: &[Mark::Digits { min: 4, max: 4, then: b'-' }], needs: Needs::Nothing },
    Rule {
        parse: slash_date,
        words: &[],
        marks: &[Mark::Digits { min: 1, max: 2, then: b'/' }],
        needs: Needs::Nothing,
    },
    Rule { parse: month_day, words: &[MONTHS], marks: &[], needs: Needs::Nothing },
    Rule { parse: between_days, words: &[W(&["between"])], marks: &[], needs: Needs::Nothing },
    Rule { parse: day_month, words: &[], marks: &[DAY], needs: Needs::Nothing },
    Rule { parse: weekday_date, words: &[WEEKDAYS], marks: &[], needs: Needs::Nothing },
    Rule { parse: month_year, words: &[WHICH, MONTHS], marks: &[], needs: Needs::Nothing },
    Rule {
        parse: year_rule,
        words: &[W(&["fiscal", "the"])],
        marks: &[YEAR],
        needs: Needs::SecondAfter("the", &["year"]),
    },
    Rule { parse: year_in_words, words: &[THE, NUMBER_WORDS], marks: &[], needs: Needs::SecondAfter("the", &["year"]) },
    Rule { parse: decade, words: &[THE], marks: &[YEAR, Mark::Apostrophe], needs: Needs::Nothing },
    Rule { parse: century, words: &[THE, W(&["twenty"]), ORDINALS], marks: &[DAY], needs: Needs::Within(&["century"]) },
    Rule { parse: weekday, words: &[WHICH, WEEKDAYS, WEEKDAY_PLURALS], marks: &[], needs: Needs::Nothing },
    Rule { parse: day_word, words: &[DAY_WORDS], marks: &[], needs: Needs::Nothing },
    Rule {
        parse: relative_unit,
        words: &[THE, W(&["this", "current", "next", "coming", "last", "past", "previous"])],
        marks: &[],
        needs: Needs::SecondAfter("the", &["this", "current", "next", "coming", "last", "past", "previous"]),
    },
    Rule {
        parse: anchored,
        words: &[W(&["the", "that"])],
        marks: &[],
        needs: Needs::SecondAfter("the", &["previous", "preceding", "following", "same", "day"]),
    },
    Rule { parse: the_weekend, words: &[THE], marks: &[], needs: Needs::SecondAfter("the", &["weekend"]) },
    Rule {
        parse: the_year,
        words: &[THE, W(&["year"])],
        marks: &[],
        needs: Needs::SecondAfter("the", &["current", "latest", "full", "fiscal", "year"]),
    },
    Rule {
        parse: ago,
        words: &[W(&["nearly", "almost", "about", "some"]), COUNT_WORDS[0], COUNT_WORDS[1]],
        marks: &[DIGITS],
        needs: Needs::Unit(&["ago", "earlier", "before", "later", "from", "or"]),
    },
    Rule {
        parse: quarter,
        words: &[W(&["the", "year", "this", "last", "next", "fiscal"]), ORDINALS],
        marks: &[Mark::Digits { min: 1, max: 4, then: 0 }],
        needs: Needs::Within(&["quarter", "half", "quarters"]),
    },
    Rule {
        parse: quarter_words,
        words: &[W(&["q", "the", "year", "last"])],
        marks: &[],
        needs: Needs::Within(&["quarter", "period", "year", "q"]),
    },
    Rule {
        parse: season,
        words: &[WHICH, THE, W(&["spring", "summer", "fall", "autumn", "winter"])],
        marks: &[],
        needs: Needs::SecondAfter("the", &["spring", "summer", "fall", "autumn", "winter"]),
    },
    Rule {
        parse: part_of,
        words: &[W(&["the", "early", "late", "earlier", "later", "mid"])],
        marks: &[],
        needs: Needs::SecondAfter("the", &["early", "late", "mid", "middle", "end", "beginning", "start"]),
    },
    Rule {
        parse: vague,
        words: &[W(&[
            "recent",
            "current",
            "then",
            "a",
            "past",
            "right",
            "the",
            "coming",
            "now",
            "currently",
            "nowadays",
            "these",
            "recently",
            "lately",
            "soon",
        ])],
        marks: &[],
        needs: Needs::Nothing,
    },
    Rule {
        parse: duration,
        words: &[
            W(&["more", "less", "fewer", "no", "at", "up", "nearly", "almost", "some"]),
            COUNT_WORDS[0],
            COUNT_WORDS[1],
        ],
        marks: &[DIGITS],
        needs: Needs::Unit(&[]),
    },
    Rule { parse: duration_with_the, words: &[THE], marks: &[], needs: Needs::Unit(&[]) },
    Rule {
        parse: bare_plural,
        words: &[W(&[
            "seconds",
            "minutes",
            "hours",
            "days",
            "weeks",
            "weekends",
            "months",
            "quarters",
            "years",
            "decades",
            "centurys",
            "centuries",
        ])],
        marks: &[],
        needs: Needs::Nothing,
    },
    Rule {
        parse: set,
        words: &[
            W(&["every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "per", "once", "twice"]),
            COUNT_WORDS[1],
        ],
        marks: &[DIGITS],
        needs: Needs::FirstOther(SET_WORDS),
    },
    Rule {
        parse: long_compound,
        words: &[
            W(&[
                "second",
                "minute",
                "hour",
                "day",
                "week",
                "month",
                "year",
                "decade",
                "century",
                "seconds",
                "minutes",
                "hours",
                "days",
                "weeks",
                "months",
                "years",
                "decades",
                "centuries",
            ]),
            COUNT_WORDS[0],
            COUNT_WORDS[1],
        ],
        marks: &[DIGITS],
        needs: Needs::Unit(&["long"]),
    },
    Rule {
        parse: clock_length,
        words: &[],
        marks: &[Mark::Digits { min: 1, max: 2, then: b':' }],
        needs: Needs::Nothing,
    },
    Rule { parse: holiday, words: &[WHICH, Openers::Holidays], marks: &[], needs: Needs::Nothing },
    Rule {
        parse: clock,
        words: &[W(&["around", "about", "noon", "midday", "midnight"])],
        marks: &[DAY, YEAR],
        needs: Needs::Nothing,
    },
    Rule {
        parse: day_part,
        words: &[WHICH, DAY_WORDS, WEEKDAYS, WEEKDAY_PLURALS, W(&["mid", "midmorning", "midafternoon", "midevening"])],
        marks: &[],
        needs: Needs::Nothing,
    },
];

/// A set of rules, by their index in [`RULES`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct RuleSet(u32);

const _: () = assert!(RULES.len() <= 32, "a RuleSet holds at most 32 rules");

impl RuleSet {
    /// Every rule.
    pub(super) const ALL: RuleSet = RuleSet(u32::MAX >> (u32::BITS as usize - RULES.len()));

    /// The set of the one rule at index `n`.
    const fn one(n: usize) -> RuleSet {
        RuleSet(1 << n)
    }

    /// Both sets.
    const fn union(self, other: RuleSet) -> RuleSet {
        RuleSet(self.0 | other.0)
    }

    /// True when the set holds the rule at index `n`.
    #[cfg(test)]
    pub(super) fn has(self, n: usize) -> bool {
        self.0 & 1 << n != 0
    }

    /// The indices of the rules in the set, in order: a few of the 32 at most positions, so the
    /// others are skipped by their bits rather than tested one by one.
    fn indices(self) -> impl Iterator<Item = usize> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            let n = bits.trailing_zeros() as usize;
            bits &= bits.wrapping_sub(1);
            (n < RULES.len()).then_some(n)
        })
    }
}

/// The rules each opening word can start, by the word's [`letters_key`].
pub(super) fn rules_by_word() -> &'static FxHashMap<u128, RuleSet> {
    static TABLE: LazyLock<FxHashMap<u128, RuleSet>> = LazyLock::new(|| {
        let mut table: FxHashMap<u128, RuleSet> = FxHashMap::default();
        for (n, rule) in RULES.iter().enumerate() {
            for &openers in rule.words {
                // A word with other characters than letters is never the run of letters looked up;
                // none of letters only is too long for a key (a test holds this).
                for key in opening_words(openers).iter().filter_map(|w| letters_key(w.as_bytes())) {
                    let rules = table.entry(key).or_default();
                    *rules = rules.union(RuleSet::one(n));
                }
            }
        }
        table
    });
    &TABLE
}

/// The words of `openers`, in lowercase.
pub(super) fn opening_words(openers: Openers) -> Vec<String> {
    match openers {
        Openers::Words(words) => words.iter().map(|w| w.to_string()).collect(),
        Openers::Classes(classes) => classes.iter().flat_map(|c| c.words()).map(|w| w.to_ascii_lowercase()).collect(),
        Openers::Plurals(class) => class.words().iter().map(|w| w.to_ascii_lowercase() + "s").collect(),
        Openers::Holidays => holidays()
            .iter()
            .filter_map(|h| h.name.split(|c: char| !c.is_ascii_alphabetic()).next())
            .map(str::to_ascii_lowercase)
            .collect(),
    }
}

/// The longest run of letters that has a [`letters_key`].
const KEY_LEN: usize = 16;

/// A run of ASCII letters in lowercase, packed into one number (zeros after it): a look-up by
/// it hashes one integer, where a search of sorted words compares them letter by letter. `None`
/// for a longer run, or one with another byte than a letter.
pub(super) fn letters_key(letters: &[u8]) -> Option<u128> {
    let mut bytes = [0u8; KEY_LEN];
    let buf = bytes.get_mut(..letters.len())?;
    for (to, &c) in buf.iter_mut().zip(letters) {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        *to = c.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(bytes))
}

/// The rules that can match at the start of `i`, judged by its first character or word.
pub(super) fn rules_at(i: &str) -> RuleSet {
    let b = i.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_digit() => {
            let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
            let after = b.get(n).copied().unwrap_or(0);
            let then = THEN.iter().position(|&c| c == after).unwrap_or(0);
            let table = const { by_digits() };
            table[n.min(MAX_DIGITS)][then]
        }
        Some(b'\'') => const { with_apostrophe() },
        Some(c) if c.is_ascii_alphabetic() => {
            let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            // A letter beyond ASCII continues the word: rare, so every rule is tried.
            if b.get(n).is_some_and(|c| !c.is_ascii()) {
                return RuleSet::ALL;
            }
            // No word of the table is longer than a key: a longer run opens no rule.
            letters_key(&b[..n]).and_then(|key| rules_by_word().get(&key).copied()).unwrap_or_default()
        }
        _ => RuleSet::ALL,
    }
}

/// The characters after a run of digits that a [`Mark::Digits`] may ask for (0: any other).
const THEN: [u8; 4] = [0, b'-', b'/', b':'];

/// The longest run of digits told apart from a longer one.
const MAX_DIGITS: usize = 5;

/// The rules that can open with a run of digits, by its length (up to [`MAX_DIGITS`]) and the
/// character after it (by its index in [`THEN`]).
const fn by_digits() -> [[RuleSet; THEN.len()]; MAX_DIGITS + 1] {
    let mut table = [[RuleSet(0); THEN.len()]; MAX_DIGITS + 1];
    let mut n = 0;
    while n < RULES.len() {
        let marks = RULES[n].marks;
        let mut k = 0;
        while k < marks.len() {
            if let Mark::Digits { min, max, then } = marks[k] {
                let mut len = 1;
                while len <= MAX_DIGITS {
                    // A run of MAX_DIGITS stands for any longer one too.
                    let fits = len >= min as usize && (len <= max as usize || len == MAX_DIGITS);
                    let mut t = 0;
                    while t < THEN.len() {
                        if fits && (then == 0 || then == THEN[t]) {
                            table[len][t] = table[len][t].union(RuleSet::one(n));
                        }
                        t += 1;
                    }
                    len += 1;
                }
            }
            k += 1;
        }
        n += 1;
    }
    table
}

/// The rules that can open with an apostrophe.
const fn with_apostrophe() -> RuleSet {
    let mut set = RuleSet(0);
    let mut n = 0;
    while n < RULES.len() {
        let marks = RULES[n].marks;
        let mut k = 0;
        while k < marks.len() {
            if let Mark::Apostrophe = marks[k] {
                set = set.union(RuleSet::one(n));
            }
            k += 1;
        }
        n += 1;
    }
    set
}

/// The longest match of any rule at the start of `i`: its length and reading.
pub(super) fn longest(i: &str) -> Option<(usize, Raw)> {
    longest_of(i, candidates(i))
}

/// The rules that can match at the start of `i`: those its first character or word can open
/// ([`rules_at`]) whose [`Needs`] the words of `i` meet.
pub(super) fn candidates(i: &str) -> RuleSet {
    let opened = rules_at(i);
    // A number, a month or a weekday opens rules that need nothing after it: no word ahead
    // is read, nor the buffer for them set up.
    if opened.0 & !const { needing_nothing() }.0 == 0 {
        return opened;
    }
    let mut met = RuleSet::default();
    let mut ahead = Ahead::new(i);
    for n in opened.indices() {
        let rule = &RULES[n];
        let is_one_of = |w: &str, words: &[&str]| words.iter().any(|x| x.eq_ignore_ascii_case(w));
        let meets = match rule.needs {
            Needs::Nothing => true,
            // A word not read because the screen stopped reading may be anything; one past the
            // end of the text is not there.
            Needs::Unit(then) => match ahead.first_other() {
                Some((k, unit)) => {
                    let mut next = || ahead.word(k + 1).map_or(!ahead.ended, |w| is_one_of(w, then));
                    unit && (then.is_empty() || next())
                }
                None => !ahead.ended,
            },
            Needs::FirstOther(words) => match ahead.first_other() {
                Some((k, _)) => ahead.word(k).is_some_and(|w| is_one_of(w, words)),
                None => !ahead.ended,
            },
            Needs::Within(words) => (0..WITHIN).map_while(|k| ahead.word(k)).any(|w| is_one_of(w, words)),
            Needs::SecondAfter(first, words) => {
                // The first word of `i` itself, not a later one after digits.
                let opens = ahead.word(0).is_some_and(|w| w.as_ptr() == i.as_ptr() && w.eq_ignore_ascii_case(first));
                !opens || ahead.word(1).map_or(!ahead.ended, |w| is_one_of(w, words))
            }
        };
        if meets {
            met = met.union(RuleSet::one(n));
        }
    }
    met
}

/// The rules whose [`Needs`] is [`Needs::Nothing`].
const fn needing_nothing() -> RuleSet {
    let mut set = RuleSet(0);
    let mut n = 0;
    while n < RULES.len() {
        if let Needs::Nothing = RULES[n].needs {
            set = set.union(RuleSet::one(n));
        }
        n += 1;
    }
    set
}

/// The first words of a text, read as the screens of [`Needs`] ask for them.
struct Ahead<'a> {
    /// What is left to read.
    rest: &'a str,
    /// The words read so far.
    words: [&'a str; COUNT_LIMIT],
    len: usize,
    /// True once the text has no more words.
    ended: bool,
    /// The index of the first word other than a count's and whether it is a unit of time, once
    /// looked for: `None` inside when there is none among the first [`COUNT_LIMIT`] words.
    first_other: Option<Option<(usize, bool)>>,
}

impl<'a> Ahead<'a> {
    fn new(text: &'a str) -> Ahead<'a> {
        Ahead { rest: text, words: [""; COUNT_LIMIT], len: 0, ended: false, first_other: None }
    }

    /// The `k`th run of letters (the grammar's `alpha` reads words so), up to [`COUNT_LIMIT`].
    /// The screens ask for the same words again and again: one read already is returned inline.
    #[inline]
    fn word(&mut self, k: usize) -> Option<&'a str> {
        if k < self.len {
            return self.words.get(k).copied();
        }
        self.read_to(k)
    }

    /// Reads words up to the `k`th, and returns it.
    fn read_to(&mut self, k: usize) -> Option<&'a str> {
        while self.len <= k && self.len < COUNT_LIMIT {
            let Some(start) = first_letter(self.rest) else {
                self.ended = true;
                return None;
            };
            let word = &self.rest[start..];
            let end = letters_len(word);
            self.words[self.len] = &word[..end];
            self.len += 1;
            self.rest = &word[end..];
        }
        self.words.get(..self.len)?.get(k).copied()
    }

    /// The index of the first word that is neither a number word nor a [`Class::TimeCountWord`],
    /// and whether it is a unit of time.
    fn first_other(&mut self) -> Option<(usize, bool)> {
        if let Some(found) = self.first_other {
            return found;
        }
        // No unit of time is a count's word (a test holds this), so the first word that is not
        // one is the first other word, unit or not.
        let found = (0..COUNT_LIMIT)
            .map_while(|k| self.word(k).map(|w| (k, w)))
            .find(|(_, w)| !lexicon::classes_among(w, COUNT_CLASSES).has_any(COUNT_CLASSES))
            .map(|(k, w)| (k, Unit::from_noun(w).is_some()));
        self.first_other = Some(found);
        found
    }
}

/// The longest match at the start of `i` of the rules in `rules`.
pub(super) fn longest_of(i: &str, rules: RuleSet) -> Option<(usize, Raw)> {
    let mut best: Option<(usize, Raw)> = None;
    for n in rules.indices() {
        if let Ok((rest, raw)) = (RULES[n].parse)(i) {
            let len = i.len() - rest.len();
            let mid_compound = rest.strip_prefix(['-', '‑']).is_some_and(|r| r.starts_with(char::is_alphabetic));
            if len > 0 && !mid_compound && best.as_ref().is_none_or(|(l, _)| len > *l) {
                best = Some((len, raw));
            }
        }
    }
    best
}

/// A number word whose value lies in `range`, with its value.
pub(super) fn number_word_in(i: &str, range: RangeInclusive<f64>) -> Res<'_, f64> {
    let (rest, w) = alpha(i)?;
    match lexicon::number_value(w) {
        Some(v) if range.contains(&v) => Ok((rest, v)),
        _ => fail(i),
    }
}

/// An ordinal word below `limit` (`first`, `third`), with its value.
pub(super) fn ordinal_word(i: &str, limit: u32) -> Res<'_, u32> {
    let (rest, w) = alpha(i)?;
    match Class::Ordinal.position(w) {
        Some(n) if (n as u32) < limit => Ok((rest, n as u32 + 1)),
        _ => fail(i),
    }
}

/// `last`, `next` or `this` before a name.
pub(super) fn which(i: &str) -> Res<'_, Which> {
    alt((
        kw("last").map(|_| Which::Last),
        kw("past").map(|_| Which::Last),
        kw("next").map(|_| Which::Next),
        kw("this").map(|_| Which::This),
        kw("coming").map(|_| Which::Next),
    ))
    .parse(i)
}

/// A calendar unit noun in the singular: `week`, `month`, `year`, `decade`.
pub(super) fn unit_singular(i: &str) -> Res<'_, Unit> {
    let (rest, w) = alpha(i)?;
    match Unit::from_noun(w) {
        Some((u, false)) => Ok((rest, u)),
        _ => fail(i),
    }
}
