//! The grammar: one nom rule per kind of expression, tried where its first word can stand.

mod clock;
mod dates;
mod lengths;
mod relative;

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use nom::Parser;
use nom::branch::alt;

use super::holidays::holidays;
use super::reading::{Raw, Unit, Which};
use crate::lex::{Res, alpha, fail, kw};
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
    /// An ASCII digit.
    Digit,
    /// An ASCII apostrophe (`'90s`).
    Apostrophe,
}

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

/// Every rule, tried at each position where its first word can stand.
pub(super) const RULES: &[Rule] = &[
    Rule { parse: iso_date, words: &[], marks: &[Mark::Digit] },
    Rule { parse: slash_date, words: &[], marks: &[Mark::Digit] },
    Rule { parse: month_day, words: &[MONTHS], marks: &[] },
    Rule { parse: between_days, words: &[W(&["between"])], marks: &[] },
    Rule { parse: day_month, words: &[], marks: &[Mark::Digit] },
    Rule { parse: weekday_date, words: &[WEEKDAYS], marks: &[] },
    Rule { parse: month_year, words: &[WHICH, MONTHS], marks: &[] },
    Rule { parse: year_rule, words: &[W(&["fiscal", "the"])], marks: &[Mark::Digit] },
    Rule { parse: year_in_words, words: &[THE, NUMBER_WORDS], marks: &[] },
    Rule { parse: decade, words: &[THE], marks: &[Mark::Digit, Mark::Apostrophe] },
    Rule { parse: century, words: &[THE, W(&["twenty"]), ORDINALS], marks: &[Mark::Digit] },
    Rule { parse: weekday, words: &[WHICH, WEEKDAYS, WEEKDAY_PLURALS], marks: &[] },
    Rule { parse: day_word, words: &[DAY_WORDS], marks: &[] },
    Rule {
        parse: relative_unit,
        words: &[THE, W(&["this", "current", "next", "coming", "last", "past", "previous"])],
        marks: &[],
    },
    Rule { parse: anchored, words: &[W(&["the", "that"])], marks: &[] },
    Rule { parse: the_weekend, words: &[THE], marks: &[] },
    Rule { parse: the_year, words: &[THE], marks: &[] },
    Rule {
        parse: ago,
        words: &[W(&["nearly", "almost", "about", "some"]), COUNT_WORDS[0], COUNT_WORDS[1]],
        marks: &[Mark::Digit],
    },
    Rule {
        parse: quarter,
        words: &[W(&["the", "year", "this", "last", "next", "fiscal"]), ORDINALS],
        marks: &[Mark::Digit],
    },
    Rule { parse: quarter_words, words: &[W(&["q", "the", "year", "last"])], marks: &[] },
    Rule { parse: season, words: &[WHICH, THE, W(&["spring", "summer", "fall", "autumn", "winter"])], marks: &[] },
    Rule { parse: part_of, words: &[W(&["the", "early", "late", "earlier", "later", "mid"])], marks: &[] },
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
    },
    Rule {
        parse: duration,
        words: &[
            W(&["more", "less", "fewer", "no", "at", "up", "nearly", "almost", "some"]),
            COUNT_WORDS[0],
            COUNT_WORDS[1],
        ],
        marks: &[Mark::Digit],
    },
    Rule { parse: duration_with_the, words: &[THE], marks: &[] },
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
    },
    Rule {
        parse: set,
        words: &[
            W(&["every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "per", "once", "twice"]),
            COUNT_WORDS[1],
        ],
        marks: &[Mark::Digit],
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
        marks: &[Mark::Digit],
    },
    Rule { parse: clock_length, words: &[], marks: &[Mark::Digit] },
    Rule { parse: holiday, words: &[WHICH, Openers::Holidays], marks: &[] },
    Rule { parse: clock, words: &[W(&["around", "about", "noon", "midday", "midnight"])], marks: &[Mark::Digit] },
    Rule {
        parse: day_part,
        words: &[WHICH, DAY_WORDS, WEEKDAYS, WEEKDAY_PLURALS, W(&["mid", "midmorning", "midafternoon", "midevening"])],
        marks: &[],
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
    fn has(self, n: usize) -> bool {
        self.0 & 1 << n != 0
    }
}

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
                    Openers::Holidays => holidays()
                        .iter()
                        .filter_map(|h| h.name.split(|c: char| !c.is_ascii_alphabetic()).next())
                        .map(str::to_ascii_lowercase)
                        .collect(),
                };
                table.extend(words.into_iter().map(|w| (w.into_boxed_str(), RuleSet::one(n))));
            }
        }
        table.sort_unstable();
        table.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 = a.1.union(b.1);
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
        Some(c) if c.is_ascii_digit() => const { with_mark(Mark::Digit) },
        Some(b'\'') => const { with_mark(Mark::Apostrophe) },
        Some(c) if c.is_ascii_alphabetic() => {
            let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            // A letter beyond ASCII continues the word: rare, so every rule is tried.
            if b.get(n).is_some_and(|c| !c.is_ascii()) {
                return RuleSet::ALL;
            }
            // The table's words are lowercase: compare them with the word's letters lowercased.
            let word = &b[..n];
            let table = rules_by_word();
            table
                .binary_search_by(|(w, _)| w.bytes().cmp(word.iter().map(u8::to_ascii_lowercase)))
                .map_or(RuleSet::default(), |k| table[k].1)
        }
        _ => RuleSet::ALL,
    }
}

/// The rules that can open with a mark.
pub(super) const fn with_mark(mark: Mark) -> RuleSet {
    let mut set = RuleSet(0);
    let mut n = 0;
    while n < RULES.len() {
        let marks = RULES[n].marks;
        let mut k = 0;
        while k < marks.len() {
            if marks[k] as u8 == mark as u8 {
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
    longest_of(i, rules_at(i))
}

/// The longest match at the start of `i` of the rules in `rules`.
pub(super) fn longest_of(i: &str, rules: RuleSet) -> Option<(usize, Raw)> {
    let mut best: Option<(usize, Raw)> = None;
    for (n, rule) in RULES.iter().enumerate() {
        if !rules.has(n) {
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
