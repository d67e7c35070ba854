//! The grammar: one nom rule per kind of expression, tried where its first word can stand.

mod clock;
mod dates;
mod lengths;
mod relative;

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use nom::Parser;
use nom::branch::alt;

use super::reading::{Raw, Unit, Which};
use crate::lex::{Res, alpha, fail, kw};
use crate::lexicon::{self, Class};
use clock::{clock, day_part};
pub(super) use dates::month_name;
use dates::{
    between_days, century, day_month, decade, iso_date, month_day, month_year, slash_date, weekday_date, year_in_words,
    year_rule,
};
use lengths::{ago, bare_plural, duration, duration_with_the, set};
use relative::{
    anchored, day_word, part_of, quarter, quarter_words, relative_unit, season, the_weekend, the_year, vague, weekday,
};

/// A grammar rule and what its match can start with.
pub(super) struct Rule {
    pub(super) parse: fn(&str) -> Res<'_, Raw>,
    /// The words a match can open with (for a hyphenated word, its letters before the hyphen).
    pub(super) words: &'static [Openers],
    /// The other characters a match can open with: [`DIGIT`], [`APOSTROPHE`].
    pub(super) marks: u8,
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
}

/// An ASCII digit opens the match.
pub(super) const DIGIT: u8 = 1;

/// An ASCII apostrophe opens the match.
pub(super) const APOSTROPHE: u8 = 2;

pub(super) const WHICH: Openers = Openers::Words(&["last", "past", "next", "this", "coming"]);

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

/// Every rule, tried at each position where its first word can stand.
pub(super) const RULES: &[Rule] = &[
    Rule { parse: iso_date, words: &[], marks: DIGIT },
    Rule { parse: slash_date, words: &[], marks: DIGIT },
    Rule { parse: month_day, words: &[MONTHS], marks: 0 },
    Rule { parse: between_days, words: &[W(&["between"])], marks: 0 },
    Rule { parse: day_month, words: &[], marks: DIGIT },
    Rule { parse: weekday_date, words: &[WEEKDAYS], marks: 0 },
    Rule { parse: month_year, words: &[WHICH, MONTHS], marks: 0 },
    Rule { parse: year_rule, words: &[W(&["fiscal", "the"])], marks: DIGIT },
    Rule { parse: year_in_words, words: &[THE, NUMBER_WORDS], marks: 0 },
    Rule { parse: decade, words: &[THE], marks: DIGIT | APOSTROPHE },
    Rule { parse: century, words: &[THE, W(&["twenty"]), ORDINALS], marks: DIGIT },
    Rule { parse: weekday, words: &[WHICH, WEEKDAYS, WEEKDAY_PLURALS], marks: 0 },
    Rule { parse: day_word, words: &[DAY_WORDS], marks: 0 },
    Rule {
        parse: relative_unit,
        words: &[THE, W(&["this", "current", "next", "coming", "last", "past", "previous"])],
        marks: 0,
    },
    Rule { parse: anchored, words: &[W(&["the", "that"])], marks: 0 },
    Rule { parse: the_weekend, words: &[THE], marks: 0 },
    Rule { parse: the_year, words: &[THE], marks: 0 },
    Rule {
        parse: ago,
        words: &[W(&["nearly", "almost", "about", "some"]), COUNT_WORDS[0], COUNT_WORDS[1]],
        marks: DIGIT,
    },
    Rule { parse: quarter, words: &[W(&["the", "year", "this", "last", "next", "fiscal"]), ORDINALS], marks: DIGIT },
    Rule { parse: quarter_words, words: &[W(&["q", "the", "year"])], marks: 0 },
    Rule { parse: season, words: &[WHICH, THE, W(&["spring", "summer", "fall", "autumn", "winter"])], marks: 0 },
    Rule { parse: part_of, words: &[W(&["the", "early", "late", "earlier", "later", "mid"])], marks: 0 },
    Rule {
        parse: vague,
        words: &[W(&[
            "recent",
            "current",
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
        marks: 0,
    },
    Rule {
        parse: duration,
        words: &[
            W(&["more", "less", "fewer", "no", "at", "up", "nearly", "almost", "some"]),
            COUNT_WORDS[0],
            COUNT_WORDS[1],
        ],
        marks: DIGIT,
    },
    Rule { parse: duration_with_the, words: &[THE], marks: 0 },
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
        marks: 0,
    },
    Rule {
        parse: set,
        words: &[W(&["every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "per"])],
        marks: 0,
    },
    Rule { parse: clock, words: &[W(&["around", "about", "noon", "midday", "midnight"])], marks: DIGIT },
    Rule { parse: day_part, words: &[WHICH, DAY_WORDS, WEEKDAYS, WEEKDAY_PLURALS], marks: 0 },
];

/// A set of rules, one bit per index in [`RULES`].
pub(super) type RuleSet = u32;

pub(super) const ALL_RULES: RuleSet = RuleSet::MAX >> (RuleSet::BITS as usize - RULES.len());

/// The rules each opening word can start, sorted by word.
pub(super) fn rules_by_word() -> &'static [(Box<str>, RuleSet)] {
    static TABLE: LazyLock<Vec<(Box<str>, RuleSet)>> = LazyLock::new(|| {
        let mut table: Vec<(Box<str>, RuleSet)> = Vec::new();
        for (n, rule) in RULES.iter().enumerate() {
            for openers in rule.words {
                let words: Vec<String> = match *openers {
                    Openers::Words(words) => words.iter().map(|w| w.to_string()).collect(),
                    Openers::Classes(classes) => {
                        classes.iter().flat_map(|c| c.words()).map(|w| w.to_ascii_lowercase()).collect()
                    }
                    Openers::Plurals(class) => class.words().iter().map(|w| w.to_ascii_lowercase() + "s").collect(),
                };
                table.extend(words.into_iter().map(|w| (w.into_boxed_str(), 1 << n)));
            }
        }
        table.sort_unstable();
        table.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 |= b.1;
            }
            same
        });
        table
    });
    &TABLE
}

/// The rules that can match at the start of `i`, judged by its first character or word.
pub(super) fn rules_at(i: &str) -> RuleSet {
    let b = i.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_digit() => const { with_mark(DIGIT) },
        Some(b'\'') => const { with_mark(APOSTROPHE) },
        Some(c) if c.is_ascii_alphabetic() => {
            let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            // A letter beyond ASCII continues the word: rare, so every rule is tried.
            if b.get(n).is_some_and(|c| !c.is_ascii()) {
                return ALL_RULES;
            }
            // The table's words are lowercase: compare them with the word's letters lowercased.
            let word = &b[..n];
            let table = rules_by_word();
            table
                .binary_search_by(|(w, _)| w.bytes().cmp(word.iter().map(u8::to_ascii_lowercase)))
                .map_or(0, |k| table[k].1)
        }
        _ => ALL_RULES,
    }
}

/// The rules that can open with a mark.
pub(super) const fn with_mark(mark: u8) -> RuleSet {
    let mut set = 0;
    let mut n = 0;
    while n < RULES.len() {
        if RULES[n].marks & mark != 0 {
            set |= 1 << n;
        }
        n += 1;
    }
    set
}

/// The longest match of any rule at the start of `i`: its length and reading.
pub(super) fn longest(i: &str) -> Option<(usize, Raw)> {
    let mut best: Option<(usize, Raw)> = None;
    let rules = rules_at(i);
    for (n, rule) in RULES.iter().enumerate() {
        if rules & 1 << n == 0 {
            continue;
        }
        if let Ok((rest, raw)) = (rule.parse)(i) {
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
