//! Dates, times, durations and sets, normalized to TIMEX3 values.
//!
//! The scan visits every word and number token of the headline and body and
//! tries there each grammar rule that the token's first word or character can
//! open (see `rules_at`); the longest match wins. A rule returns a
//! `Raw` reading, which `resolve` turns into a TIMEX3 value against the
//! reference date, the tense of the sentence and the date mentioned last
//! (the anchor of `the following day` or `a year earlier`).
//!
//! Spans follow TimeML: determiners and modifiers that belong to the phrase
//! are inside (`the third quarter`, `the past two months`, `nearly thirty
//! years`), prepositions are outside (`on Friday` tags `Friday`).

use std::borrow::Cow;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;

use crate::context::Context;
use crate::date::Date;
use crate::lex::{Res, alpha, at_boundary, cardinal, fail, is_count_noun, is_people_noun, kw, sp, tag_ci};
use crate::lexicon::{self, Class, Classes};
use crate::model::{Role, Timex, TimexType};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// Finds the temporal expressions of the article.
pub fn find<'a>(ctx: &Context<'a, '_>) -> Vec<Timex<'a>> {
    let mut out = Vec::new();
    let mut state = State { reference: ctx.reference, anchor: None, last_day: None };
    let mut gates = Vec::new();
    for p in ctx.paragraphs.iter().filter(|p| matches!(p.role, Role::Body | Role::Headline)) {
        let toks = ctx.tokens_in(p.span);
        gates.clear();
        gates.extend(toks.iter().map(|t| Gate::of(ctx.text, t)));
        let tenses = TenseCues::of(ctx.text, toks, &gates);
        let para = p.span.as_str(ctx.text);
        let mut k = 0;
        while k < toks.len() {
            let t = toks[k];
            if !gates[k].starts || !anchored_soon(&gates[k..]) {
                k += 1;
                continue;
            }
            let Some(rest) = para.get(t.span.start - p.span.start..) else { break };
            let Some((len, raw)) = longest(rest) else {
                k += 1;
                continue;
            };
            let span = Span::new(t.span.start, t.span.start + len);
            let next = toks[k..].iter().position(|u| u.span.start >= span.end).map_or(toks.len(), |n| n + k);
            let around = Around {
                text: span.as_str(ctx.text),
                prev: k.checked_sub(1).map(|j| toks[j].span.as_str(ctx.text)).unwrap_or(""),
                prev2: k.checked_sub(2).map(|j| toks[j].span.as_str(ctx.text)).unwrap_or(""),
                next: toks.get(next).map(|u| u.span.as_str(ctx.text)).unwrap_or(""),
                tense: tenses.at(span.start),
            };
            let Some(raw) = interpret(raw, &around) else {
                k += 1;
                continue;
            };
            // `by May`, `until Nov. 20`, `through January` look ahead whatever the verb's tense.
            let deadline = ["by", "until", "till", "through"].iter().any(|w| w.eq_ignore_ascii_case(around.prev));
            let tense =
                if deadline && !matches!(raw, Raw::Named(Named::Weekday(_), _)) { Tense::Future } else { around.tense };
            if let Some(r) = resolve(&raw, tense, &mut state) {
                out.push(Timex {
                    span,
                    text: Cow::Borrowed(span.as_str(ctx.text)),
                    kind: r.kind,
                    value: r.value,
                    end: r.end,
                    relative: r.relative,
                });
            }
            k = next;
        }
    }
    out
}

/// How many tokens after a function word may hold the word that makes it temporal.
const ANCHOR_WINDOW: usize = 6;

/// What the scan needs to know about a token before trying the grammar there.
#[derive(Clone, Copy, Default)]
struct Gate {
    /// It may open an expression ([`may_start`]).
    starts: bool,
    /// It is a function word from [`FUNCTION_STARTERS`], which needs an anchor soon after it.
    function: bool,
    /// It makes a function word before it temporal: a number or a time word.
    anchors: bool,
    /// The lexicon classes of a word token.
    classes: Classes,
}

impl Gate {
    /// The gate of a token of `text`.
    fn of(text: &str, t: &Token) -> Gate {
        let word = t.span.as_str(text);
        match t.kind {
            TokenKind::Number | TokenKind::Apostrophe => {
                Gate { starts: true, function: false, anchors: true, classes: Classes::default() }
            }
            TokenKind::Word if word.len() <= 16 && word.bytes().all(|c| c.is_ascii_alphabetic()) => {
                // A plain word, the common case: no possessive, no hyphen, and no other form to look up
                // but the singular.
                let classes = lexicon::classes(word);
                let singular = match word.as_bytes().last() {
                    Some(b's' | b'S') => lexicon::classes(&word[..word.len() - 1]),
                    _ => Classes::default(),
                };
                let mid = word.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("mid"));
                let starts = mid || classes.has(Class::TimeOpener) || singular.has(Class::TimeOpener);
                let function = classes.has(Class::TimeFunctionWord);
                // The anchor test strips a lowercase `s` only.
                let unit = classes.has(Class::TimeUnitWord) || word.ends_with('s') && singular.has(Class::TimeUnitWord);
                Gate { starts, function, anchors: starts && !function || unit, classes }
            }
            TokenKind::Word => {
                let classes = lexicon::classes(word);
                let starts = may_start(t.kind, word);
                let function = classes.has(Class::TimeFunctionWord);
                let w = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
                let head = w.split(['-', '‑']).next_back().unwrap_or(w);
                let singular = head.strip_suffix('s').unwrap_or(head);
                let opens = if w.len() == word.len() {
                    starts && !function
                } else {
                    may_start(t.kind, w) && !Class::TimeFunctionWord.has(w)
                };
                let anchors = opens || Class::TimeUnitWord.has(head) || Class::TimeUnitWord.has(singular);
                Gate { starts, function, anchors, classes }
            }
            _ => Gate { starts: false, function: false, anchors: false, classes: Classes::default() },
        }
    }
}

/// A cheap gate before the grammar: a function word (`the`, `a`, `two`) opens a temporal
/// expression only when a number or a time word follows within a few tokens.
fn anchored_soon(gates: &[Gate]) -> bool {
    let Some(first) = gates.first() else { return false };
    !first.function || gates[1..].iter().take(ANCHOR_WINDOW).any(|g| g.anchors)
}

/// True when a token may open a temporal expression: a number, `’90s`, or a time opener.
fn may_start(kind: TokenKind, word: &str) -> bool {
    match kind {
        TokenKind::Number | TokenKind::Apostrophe => true,
        TokenKind::Word => {
            // `Friday's`, `today's`: the possessive does not count. A word that is ASCII but for
            // a final `’s` is lowercased without allocating.
            let curly = word.strip_suffix("’s").or_else(|| word.strip_suffix("’S"));
            let stem = curly.unwrap_or(word);
            let ascii = stem.is_ascii().then(|| {
                lexicon::with_ascii_lowercase(stem, |lower| {
                    let lower = if curly.is_some() { lower } else { lower.strip_suffix("'s").unwrap_or(lower) };
                    opens_expression(lower)
                })
            });
            if let Some(Some(opens)) = ascii {
                return opens;
            }
            let lower = word.to_lowercase();
            opens_expression(lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(&lower))
        }
        _ => false,
    }
}

/// True when a lowercase word, without its possessive, may open a temporal expression.
fn opens_expression(lower: &str) -> bool {
    // `mid-March`, `Third-quarter`, `two-week`: the part before the hyphen decides.
    let head = lower.split(['-', '‑']).next().unwrap_or("");
    // `Tuesdays`, `nights`: a plural opens what its singular opens.
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    // The word is lowercase already, so the case-insensitive lookup is an exact one.
    head.starts_with("mid")
        || Class::TimeOpener.has(lower)
        || Class::TimeOpener.has(singular)
        || Class::TimeOpener.has(head)
}

/// A calendar unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The unit named by a singular or plural noun.
    fn from_noun(w: &str) -> Option<(Unit, bool)> {
        lexicon::with_ascii_lowercase(w, Unit::from_lowercase_noun).flatten()
    }

    fn from_lowercase_noun(w: &str) -> Option<(Unit, bool)> {
        let (stem, plural) = match w {
            "centuries" => ("century", true),
            s if s.ends_with('s') => (&s[..s.len() - 1], true),
            s => (s, false),
        };
        let unit = match stem {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        };
        Some((unit, plural))
    }

    /// The TIMEX3 duration letter(s) and a multiplier: decades are counted in years.
    fn duration_code(self) -> (&'static str, f64, bool) {
        match self {
            Unit::Second => ("S", 1.0, true),
            Unit::Minute => ("M", 1.0, true),
            Unit::Hour => ("H", 1.0, true),
            Unit::Day => ("D", 1.0, false),
            Unit::Week | Unit::Weekend => ("W", 1.0, false),
            Unit::Month => ("M", 1.0, false),
            Unit::Quarter => ("Q", 1.0, false),
            Unit::Half => ("M", 6.0, false),
            Unit::Season => ("M", 3.0, false),
            Unit::Year => ("Y", 1.0, false),
            Unit::Decade => ("Y", 10.0, false),
            Unit::Century => ("Y", 100.0, false),
        }
    }
}

/// A season; the winter of a year starts in its December.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    fn index(self) -> i64 {
        match self {
            Season::Spring => 0,
            Season::Summer => 1,
            Season::Fall => 2,
            Season::Winter => 3,
        }
    }

    /// The season of a date and the year it is counted in (January is the previous year's winter).
    fn of(d: Date) -> (i32, Season) {
        match d.month {
            3..=5 => (d.year, Season::Spring),
            6..=8 => (d.year, Season::Summer),
            9..=11 => (d.year, Season::Fall),
            12 => (d.year, Season::Winter),
            _ => (d.year - 1, Season::Winter),
        }
    }
}

/// A resolved calendar value at some granularity.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Point {
    Day(Date),
    Week(i32, u32),
    Weekend(i32, u32),
    Month(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    Season(i32, Season),
    Year(i32),
    Decade(i32),
    Century(i32),
}

impl Point {
    /// The point of granularity `unit` that contains `d`.
    fn of(unit: Unit, d: Date) -> Point {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Point::Day(d),
            Unit::Week => {
                let (y, w) = d.iso_week();
                Point::Week(y, w)
            }
            Unit::Weekend => {
                let (y, w) = d.iso_week();
                Point::Weekend(y, w)
            }
            Unit::Month => Point::Month(d.year, d.month),
            Unit::Quarter => Point::Quarter(d.year, (d.month - 1) / 3 + 1),
            Unit::Half => Point::Half(d.year, (d.month - 1) / 6 + 1),
            Unit::Season => {
                let (y, s) = Season::of(d);
                Point::Season(y, s)
            }
            Unit::Year => Point::Year(d.year),
            Unit::Decade => Point::Decade(d.year.div_euclid(10)),
            Unit::Century => Point::Century(d.year.div_euclid(100)),
        }
    }

    fn unit(self) -> Unit {
        match self {
            Point::Day(_) => Unit::Day,
            Point::Week(..) => Unit::Week,
            Point::Weekend(..) => Unit::Weekend,
            Point::Month(..) => Unit::Month,
            Point::Quarter(..) => Unit::Quarter,
            Point::Half(..) => Unit::Half,
            Point::Season(..) => Unit::Season,
            Point::Year(_) => Unit::Year,
            Point::Decade(_) => Unit::Decade,
            Point::Century(_) => Unit::Century,
        }
    }

    /// The first day of the point.
    fn start(self) -> Date {
        let ymd = |year, month, day| Date { year, month, day };
        match self {
            Point::Day(d) => d,
            Point::Week(y, w) => Date::week_monday(y, w),
            Point::Weekend(y, w) => Date::week_monday(y, w).add_days(5),
            Point::Month(y, m) => ymd(y, m, 1),
            Point::Quarter(y, q) => ymd(y, q * 3 - 2, 1),
            Point::Half(y, h) => ymd(y, h * 6 - 5, 1),
            Point::Season(y, s) => ymd(y, [3, 6, 9, 12][s.index() as usize], 1),
            Point::Year(y) => ymd(y, 1, 1),
            Point::Decade(d) => ymd(d * 10, 1, 1),
            Point::Century(c) => ymd(c * 100, 1, 1),
        }
    }

    /// The point `n` units later, kept at its own granularity.
    fn shift(self, unit: Unit, n: i64) -> Point {
        let s = self.start();
        let moved = match unit {
            Unit::Second | Unit::Minute | Unit::Hour => s,
            Unit::Day => s.add_days(n),
            Unit::Week | Unit::Weekend => s.add_days(7 * n),
            Unit::Month => s.add_months(n),
            Unit::Quarter | Unit::Season => s.add_months(3 * n),
            Unit::Half => s.add_months(6 * n),
            Unit::Year => s.add_months(12 * n),
            Unit::Decade => s.add_months(120 * n),
            Unit::Century => s.add_months(1200 * n),
        };
        Point::of(self.unit(), moved)
    }

    /// The TIMEX3 value.
    fn value(self) -> String {
        match self {
            Point::Day(d) => d.to_string(),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Season(y, s) => format!("{y:04}-{}", s.code()),
            Point::Year(y) => format!("{y:04}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
        }
    }

    /// The value with every part replaced by X, for an unresolved relative expression.
    fn masked(unit: Unit) -> &'static str {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Half => "XXXX-HX",
            Unit::Season => "XXXX-XX",
            Unit::Year => "XXXX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
        }
    }
}

/// A name that recurs on the calendar: a month, weekday, season, quarter or half.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Named {
    Month(u32),
    Weekday(u32),
    Season(Season),
    Quarter(u32),
    Half(u32),
    Weekend,
}

/// Which occurrence of a [`Named`] is meant.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Which {
    /// From the tense of the sentence.
    Tense,
    /// `last April`: the one before the current one.
    Last,
    /// `next Friday`.
    Next,
    /// `this summer`.
    This,
    /// `September 2022`, `the third quarter of 2022`.
    Year(i32),
    /// `last year's third quarter` (-1), `this year's` (0).
    YearRel(i64),
}

/// The grammar's reading of an expression, before resolution.
#[derive(Clone, Debug, PartialEq)]
enum Raw {
    /// A day of a month, with the year when written: `March 17, 2023`, `March 17`.
    Day { y: Option<i32>, m: u32, d: u32 },
    /// A date named with its weekday, which picks the year when none is written: `Saturday, April 25`.
    OnWeekday(u32, Box<Raw>),
    /// A span of days: `March 20-22`, `March 30 to April 2`.
    DayRange { y: Option<i32>, m: u32, d: u32, m2: u32, d2: u32 },
    /// An absolute point: `2019`, `the 1990s`, `2023-03-17`.
    Abs(Point),
    /// `from 2019 to 2021`.
    YearRange(i32, i32),
    /// A recurring name: `Friday`, `in February`, `the third quarter`, `last summer`.
    Named(Named, Which),
    /// `today` (0), `yesterday` (-1), `tomorrow` (1).
    DayOffset(i64),
    /// `this week` (0), `next month` (1), `last year` (-1), `two years ago` (-2, year).
    Rel(Unit, i64),
    /// `the following day` (1), `a year earlier` (-1), `that year` (0): from the anchor.
    Anchored(Unit, i64),
    /// `a year ago`: from the reference date, at the anchor's granularity when it is finer.
    Ago(Unit, i64),
    /// `the quarter`, `the latest quarter`: the quarter under discussion.
    CurrentQuarter,
    /// `the year-ago quarter`.
    YearAgoQuarter,
    /// `the year` alone: a date only after `for`, `during`, `of` or `through`.
    TheYear,
    /// `the 1988 period`: the quarter under discussion, in another year.
    QuarterOfYear(i32),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A length of time; `bare` marks a plural noun without a count (`weeks`).
    Duration { value: String, bare: bool, article: bool },
    /// A recurrence: `every year` (`P1Y`), `each March` (`XXXX-03`).
    Set(String),
    /// A clock time, on a day when one is given.
    Clock { h: u32, m: Option<u32>, on: Option<Box<Raw>> },
    /// A part of a day: `this morning`, `Saturday night`.
    DayPart(&'static str, Box<Raw>),
}

/// Words around a match, for the checks the grammar cannot make alone.
struct Around<'t> {
    text: &'t str,
    prev: &'t str,
    prev2: &'t str,
    next: &'t str,
    tense: Tense,
}

/// The tense that decides which `Friday` is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// What the scan remembers from one expression to the next.
struct State {
    reference: Option<Date>,
    anchor: Option<Point>,
    last_day: Option<Date>,
}

/// A resolved expression.
struct Resolved {
    kind: TimexType,
    value: String,
    end: Option<String>,
    relative: bool,
}

// ---------------------------------------------------------------------------
// Tense.

/// Tense cues of a paragraph, by position; a sentence boundary resets them.
struct TenseCues {
    cues: Vec<(usize, Tense)>,
    bounds: Vec<usize>,
}

impl TenseCues {
    /// The cues of a paragraph's tokens, with their [`Gate`]s.
    fn of(text: &str, toks: &[Token], gates: &[Gate]) -> TenseCues {
        let mut cues = Vec::new();
        let mut bounds = Vec::new();
        let mut prev = "";
        for (t, g) in toks.iter().zip(gates) {
            let w = t.span.as_str(text);
            if matches!(w, "." | "!" | "?") {
                bounds.push(t.span.start);
            }
            if t.kind == TokenKind::Word {
                if let Some(tense) = tense_of(w, g.classes, prev) {
                    cues.push((t.span.start, tense));
                }
            }
            prev = w;
        }
        TenseCues { cues, bounds }
    }

    /// The tense of the nearest cue in the same sentence.
    fn at(&self, pos: usize) -> Tense {
        let b = self.bounds.partition_point(|&b| b < pos);
        let lo = if b == 0 { 0 } else { self.bounds[b - 1] };
        let hi = self.bounds.get(b).copied().unwrap_or(usize::MAX);
        let c = self.cues.partition_point(|&(p, _)| p < pos);
        let before = c.checked_sub(1).map(|j| self.cues[j]).filter(|&(p, _)| p > lo);
        let after = self.cues.get(c).copied().filter(|&(p, _)| p < hi);
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
fn tense_of(w: &str, classes: Classes, prev: &str) -> Option<Tense> {
    let is = |a: &str| a.eq_ignore_ascii_case(w);
    let ends_with = |suffix: &str| {
        w.len() >= suffix.len() && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
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
    {
        return Some(Tense::Past);
    }
    None
}

// ---------------------------------------------------------------------------
// Grammar.

/// A grammar rule and what its match can start with.
struct Rule {
    parse: fn(&str) -> Res<'_, Raw>,
    /// The words a match can open with (for a hyphenated word, its letters before the hyphen).
    words: &'static [Openers],
    /// The other characters a match can open with: [`DIGIT`], [`APOSTROPHE`].
    marks: u8,
}

/// Words a rule's match can open with.
#[derive(Clone, Copy)]
enum Openers {
    /// These words.
    Words(&'static [&'static str]),
    /// The words of lexicon classes.
    Classes(&'static [Class]),
    /// The words of a lexicon class with an `s` added (`Tuesdays`).
    Plurals(Class),
}

/// An ASCII digit opens the match.
const DIGIT: u8 = 1;
/// An ASCII apostrophe opens the match.
const APOSTROPHE: u8 = 2;

const WHICH: Openers = Openers::Words(&["last", "past", "next", "this", "coming"]);
const THE: Openers = Openers::Words(&["the"]);
const MONTHS: Openers = Openers::Classes(&[Class::Month, Class::MonthAbbreviation]);
const WEEKDAYS: Openers = Openers::Classes(&[Class::Weekday]);
const WEEKDAY_PLURALS: Openers = Openers::Plurals(Class::Weekday);
const DAY_WORDS: Openers = Openers::Classes(&[Class::DayWord]);
/// The words of [`count`]: articles, vague counts and the number words of [`cardinal`].
const COUNT_WORDS: [Openers; 2] = [
    Openers::Words(&["a", "an"]),
    Openers::Classes(&[Class::VagueCount, Class::NumberUnderTwenty, Class::Tens, Class::Scale]),
];
/// Number words, which open a year in words (`nineteen ninety-six`).
const NUMBER_WORDS: Openers = Openers::Classes(&[Class::NumberUnderTwenty, Class::Tens]);
const ORDINALS: Openers = Openers::Classes(&[Class::Ordinal]);
use Openers::Words as W;

/// Every rule, tried at each position where its first word can stand.
const RULES: &[Rule] = &[
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
type RuleSet = u32;

const ALL_RULES: RuleSet = RuleSet::MAX >> (RuleSet::BITS as usize - RULES.len());

/// The rules each opening word can start, sorted by word.
fn rules_by_word() -> &'static [(Box<str>, RuleSet)] {
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
fn rules_at(i: &str) -> RuleSet {
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
const fn with_mark(mark: u8) -> RuleSet {
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
fn longest(i: &str) -> Option<(usize, Raw)> {
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
fn number_word_in(i: &str, range: RangeInclusive<f64>) -> Res<'_, f64> {
    let (rest, w) = alpha(i)?;
    match lexicon::number_value(w) {
        Some(v) if range.contains(&v) => Ok((rest, v)),
        _ => fail(i),
    }
}

/// An ordinal word below `limit` (`first`, `third`), with its value.
fn ordinal_word(i: &str, limit: u32) -> Res<'_, u32> {
    let (rest, w) = alpha(i)?;
    match Class::Ordinal.position(w) {
        Some(n) if (n as u32) < limit => Ok((rest, n as u32 + 1)),
        _ => fail(i),
    }
}

/// A capitalized month name (`March`) or abbreviation (`Mar.`, `Sept.`); the flag tells an abbreviation.
fn month_name(i: &str) -> Res<'_, (u32, bool)> {
    let (rest, w) = alpha(i)?;
    if !w.starts_with(char::is_uppercase) {
        return fail(i);
    }
    match lexicon::month_number(w) {
        Some((n, false)) => Ok((rest, (n, false))),
        Some((n, true)) => {
            let (rest, _) = opt(char('.')).parse(rest)?;
            Ok((rest, (n, true)))
        }
        None => fail(i),
    }
}

/// A day of the month: `17`, `17th`, `1st`.
fn day_number(i: &str) -> Res<'_, u32> {
    let (rest, ds) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
    let (rest, _) = opt(alt((tag_ci("st"), tag_ci("nd"), tag_ci("rd"), tag_ci("th")))).parse(rest)?;
    match ds.parse::<u32>() {
        Ok(d) if (1..=31).contains(&d) && at_boundary(rest) && !rest.starts_with([':', '.', ',']) => Ok((rest, d)),
        Ok(d) if (1..=31).contains(&d) && at_boundary(rest) && !rest[1..].starts_with(|c: char| c.is_ascii_digit()) => {
            Ok((rest, d))
        }
        _ => fail(i),
    }
}

/// A four-digit year from 1000 to 2199, ending at a boundary.
fn year4(i: &str) -> Res<'_, i32> {
    let (rest, ds) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit())(i)?;
    match ds.parse::<i32>() {
        Ok(y) if (1000..2200).contains(&y) && at_boundary(rest) && !rest.starts_with([',', '.', '%']) => Ok((rest, y)),
        Ok(y) if (1000..2200).contains(&y) && at_boundary(rest) => {
            // `2019,` and `2019.` end a sentence or clause; `2,019` or `2019.5` do not occur here.
            let digit_follows = rest.get(1..).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            if digit_follows || rest.starts_with('%') { fail(i) } else { Ok((rest, y)) }
        }
        _ => fail(i),
    }
}

/// `, 2023` or ` 2023` after a day.
fn year_suffix(i: &str) -> Res<'_, i32> {
    let (i, _) = opt(char(',')).parse(i)?;
    let (i, _) = sp(i)?;
    year4(i)
}

/// Checks a day against the month, counting February 29 as possible when the year is unknown.
fn valid_day(y: Option<i32>, m: u32, d: u32) -> bool {
    d >= 1 && d <= Date { year: y.unwrap_or(2000), month: m, day: 1 }.days_in_month()
}

/// `2023-03-17`.
fn iso_date(i: &str) -> Res<'_, Raw> {
    let (rest, (y, _, m, _, d)) = (
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    )
        .parse(i)?;
    let date = Date::parse_iso(&i[..10]);
    match date {
        Some(date) if at_boundary(rest) && y.len() + m.len() + d.len() == 8 => Ok((rest, Raw::Abs(Point::Day(date)))),
        _ => fail(i),
    }
}

/// `3/17/2023` (US order).
fn slash_date(i: &str) -> Res<'_, Raw> {
    let digits = |n| take_while_m_n(1, n, |c: char| c.is_ascii_digit());
    let (rest, (m, _, d, _, y)) =
        (digits(2), char('/'), digits(2), char('/'), take_while_m_n(4, 4, |c: char| c.is_ascii_digit())).parse(i)?;
    let (Ok(m), Ok(d), Ok(y)) = (m.parse::<u32>(), d.parse::<u32>(), y.parse::<i32>()) else { return fail(i) };
    if !at_boundary(rest) || !(1..=12).contains(&m) || !valid_day(Some(y), m, d) {
        return fail(i);
    }
    Ok((rest, Raw::Abs(Point::Day(Date { year: y, month: m, day: d }))))
}

/// The end of a day range: `-22`, ` to 22`, ` through April 2`, ` and 22`.
fn range_end(i: &str, between: bool) -> Res<'_, (Option<u32>, u32)> {
    let dash = (opt(sp), alt((tag("-"), tag("–"), tag("—"))), opt(sp)).map(|_| true);
    let word = (sp, alt((kw("to"), kw("through"), kw("until"))), sp).map(|_| false);
    let mut and = (sp, kw("and"), sp).map(|_| false);
    let (i, dashed) = if between { and.parse(i)? } else { alt((dash, word)).parse(i)? };
    let (i, m2) = opt((month_name, sp).map(|((m, _), _)| m)).parse(i)?;
    // `Aug. 26 to Oct. 20` is two dates in TimeML; a dash or `between` makes one range.
    if m2.is_some() && !dashed && !between {
        return fail(i);
    }
    let (i, d2) = day_number(i)?;
    Ok((i, (m2, d2)))
}

/// `between March 20 and 22`.
fn between_days(i: &str) -> Res<'_, Raw> {
    let (i, _) = (kw("between"), sp).parse(i)?;
    month_day_range(i, true)
}

/// `March 17`, `Mar. 17, 2023`, `March 20-22`, `March 17 at 9:41 a.m.`.
fn month_day(i: &str) -> Res<'_, Raw> {
    month_day_range(i, false)
}

/// A month and day with an optional range end; `between` allows `and` as the link.
fn month_day_range(i: &str, between: bool) -> Res<'_, Raw> {
    let (i, (m, _)) = month_name(i)?;
    let (i, _) = sp(i)?;
    let (i, d) = day_number(i)?;
    let (i, end) = opt(|i| range_end(i, between)).parse(i)?;
    if between && end.is_none() {
        return fail(i);
    }
    let (i, y) = opt(year_suffix).parse(i)?;
    if !valid_day(y, m, d) {
        return fail(i);
    }
    let raw = match end {
        Some((m2, d2)) => {
            let m2 = m2.unwrap_or(m);
            if !valid_day(y, m2, d2) || (m2 == m && d2 <= d) {
                return fail(i);
            }
            Raw::DayRange { y, m, d, m2, d2 }
        }
        None => Raw::Day { y, m, d },
    };
    with_clock(i, raw)
}

/// `17 March 2023`, `17 March`.
fn day_month(i: &str) -> Res<'_, Raw> {
    let (i, d) = day_number(i)?;
    let (i, _) = sp(i)?;
    let (i, (m, _)) = month_name(i)?;
    let (i, y) = opt(preceded_sp(year4)).parse(i)?;
    if !valid_day(y, m, d) {
        return fail(i);
    }
    with_clock(i, Raw::Day { y, m, d })
}

fn preceded_sp<'a, O>(p: impl Fn(&'a str) -> Res<'a, O>) -> impl Fn(&'a str) -> Res<'a, O> {
    move |i| {
        let (i, _) = sp(i)?;
        p(i)
    }
}

/// An optional ` at 9:41 a.m.` after a date.
fn with_clock(i: &str, raw: Raw) -> Res<'_, Raw> {
    if let Ok((rest, (_, _, _, (h, m)))) = (sp, kw("at"), sp, clock_time).parse(i) {
        let (rest, _) = opt(time_zone).parse(rest)?;
        return Ok((rest, Raw::Clock { h, m, on: Some(Box::new(raw)) }));
    }
    Ok((i, raw))
}

/// A capitalized weekday name.
fn weekday_name(i: &str) -> Res<'_, u32> {
    let (rest, w) = alpha(i)?;
    match lexicon::weekday_number(w) {
        Some(n) if w.starts_with(char::is_uppercase) => Ok((rest, n)),
        _ => fail(i),
    }
}

/// `Saturday, April 25`: the date decides.
fn weekday_date(i: &str) -> Res<'_, Raw> {
    let (i, wd) = weekday_name(i)?;
    let (i, _) = opt(char(',')).parse(i)?;
    let (i, _) = sp(i)?;
    let (rest, raw) = alt((month_day, day_month)).parse(i)?;
    Ok((rest, Raw::OnWeekday(wd, Box::new(raw))))
}

/// `last`, `next` or `this` before a name.
fn which(i: &str) -> Res<'_, Which> {
    alt((
        kw("last").map(|_| Which::Last),
        kw("past").map(|_| Which::Last),
        kw("next").map(|_| Which::Next),
        kw("this").map(|_| Which::This),
        kw("coming").map(|_| Which::Next),
    ))
    .parse(i)
}

/// `September 2022`, `January this year`, `June last year`, `last April`, `February`.
fn month_year(i: &str) -> Res<'_, Raw> {
    let (i, w) = opt((which, sp).map(|(w, _)| w)).parse(i)?;
    let (rest, (m, abbrev)) = month_name(i)?;
    let year = alt((
        (opt(char(',')), opt((sp, kw("of"))), sp, year4).map(|(_, _, _, y)| Which::Year(y)),
        (sp, kw("this"), sp, kw("year")).map(|_| Which::YearRel(0)),
        (sp, kw("last"), sp, kw("year")).map(|_| Which::YearRel(-1)),
        (sp, kw("next"), sp, kw("year")).map(|_| Which::YearRel(1)),
    ));
    match (opt(year).parse(rest)?, w) {
        ((rest, Some(y)), None) => Ok((rest, Raw::Named(Named::Month(m), y))),
        (_, Some(w)) if !abbrev => Ok((rest, Raw::Named(Named::Month(m), w))),
        ((rest, None), None) if !abbrev => Ok((rest, Raw::Named(Named::Month(m), Which::Tense))),
        _ => fail(i),
    }
}

/// `2019`, `fiscal 1989`, `the year 2000`, `from 2019 to 2021` (without `from`).
fn year_rule(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt(alt(((kw("fiscal"), sp).map(|_| ()), (kw("the"), sp, kw("year"), sp).map(|_| ())))).parse(i)?;
    let (i, y) = year4(i)?;
    let to =
        (alt((sp.and(alt((kw("to"), kw("through"), kw("until")))).map(|_| ()), tag("–").map(|_| ()))), opt(sp), year4);
    match to.map(|(_, _, y2)| y2).parse(i) {
        Ok((rest, y2)) if y2 > y => Ok((rest, Raw::YearRange(y, y2))),
        _ => Ok((i, Raw::Abs(Point::Year(y)))),
    }
}

/// `nineteen ninety-six`, `the year two thousand`.
fn year_in_words(i: &str) -> Res<'_, Raw> {
    let (i, the_year) = opt((kw("the"), sp, kw("year"), sp)).parse(i)?;
    // `ten` to `twenty` for the century, a tens word, and `one` to `nine`.
    let century = |i| number_word_in(i, 10.0..=20.0);
    let tens = |i| number_word_in(i, 20.0..=90.0).map(|(rest, v)| (rest, v / 10.0 - 2.0));
    let unit = |i| number_word_in(i, 1.0..=9.0);
    if let Ok((rest, (hi, _, tens, unit))) =
        (century, sp, tens, opt((alt((tag("-"), sp)), unit).map(|(_, u)| u))).parse(i)
    {
        let y = hi as i32 * 100 + (tens as i32 + 2) * 10 + unit.map_or(0, |u| u as i32);
        return Ok((rest, Raw::Abs(Point::Year(y))));
    }
    if the_year.is_some() {
        if let Ok((rest, v)) = cardinal(i) {
            if (1000.0..2200.0).contains(&v) && v.fract() == 0.0 {
                return Ok((rest, Raw::Abs(Point::Year(v as i32))));
            }
        }
    }
    fail(i)
}

/// `the 1990s`, `1990s`, `the ’90s`, `the nineties`.
fn decade(i: &str) -> Res<'_, Raw> {
    let (i, the) = opt((kw("the"), sp)).parse(i)?;
    let full = (take_while_m_n(3, 3, |c: char| c.is_ascii_digit()), char('0'), opt(char('\'')), char('s'))
        .map(|(d, ..): (&str, _, _, _)| d.parse::<i32>().ok());
    let short = (
        alt((char('’'), char('\''), char('‘'))),
        take_while_m_n(1, 1, |c: char| c.is_ascii_digit()),
        char('0'),
        char('s'),
    )
        .map(|(_, d, ..): (_, &str, _, _)| d.parse::<i32>().ok().map(|d| 190 + d - if d < 3 { -10 } else { 0 }));
    let (rest, d) = alt((full, short)).parse(i)?;
    match d {
        Some(d) if at_boundary(rest) => Ok((rest, Raw::Abs(Point::Decade(d)))),
        _ => {
            let _ = the;
            fail(i)
        }
    }
}

/// `the 20th century`, `the nineteenth century`.
fn century(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt((kw("the"), sp)).parse(i)?;
    let digits =
        (take_while_m_n(1, 2, |c: char| c.is_ascii_digit()), alt((tag("st"), tag("nd"), tag("rd"), tag("th"))))
            .map(|(d, _): (&str, _)| d.parse::<i32>().unwrap_or(0));
    let twenty_first = (kw("twenty"), tag("-"), kw("first")).map(|_| 21);
    let words = (|i| ordinal_word(i, 21)).map(|n| n as i32);
    let (i, n) = alt((digits, twenty_first, words)).parse(i)?;
    let (i, _) = (sp, kw("century")).parse(i)?;
    if (1..=22).contains(&n) { Ok((i, Raw::Abs(Point::Century(n - 1)))) } else { fail(i) }
}

/// `Friday`, `last Friday`, `next Monday`, `Tuesdays` (a set).
fn weekday(i: &str) -> Res<'_, Raw> {
    let (i, w) = opt((which, sp).map(|(w, _)| w)).parse(i)?;
    // `on Tuesdays`: the plural recurs.
    let (rest, word) = alpha(i)?;
    if let Some(stem) = word.strip_suffix('s').filter(|_| w.is_none()) {
        if let Ok(("", d)) = weekday_name(stem) {
            return Ok((rest, Raw::Set(format!("XXXX-WXX-{d}"))));
        }
    }
    let (rest, d) = weekday_name(i)?;
    Ok((rest, Raw::Named(Named::Weekday(d), w.unwrap_or(Which::Tense))))
}

/// `today`, `yesterday`, `tomorrow`, `tonight`.
fn day_word(i: &str) -> Res<'_, Raw> {
    alt((
        kw("today").map(|_| Raw::DayOffset(0)),
        kw("yesterday").map(|_| Raw::DayOffset(-1)),
        kw("tomorrow").map(|_| Raw::DayOffset(1)),
        kw("tonight").map(|_| Raw::DayPart("NI", Box::new(Raw::DayOffset(0)))),
    ))
    .parse(i)
}

/// A calendar unit noun in the singular: `week`, `month`, `year`, `decade`.
fn unit_singular(i: &str) -> Res<'_, Unit> {
    let (rest, w) = alpha(i)?;
    match Unit::from_noun(w) {
        Some((u, false)) => Ok((rest, u)),
        _ => fail(i),
    }
}

/// `this week`, `next month`, `last year`, `the past year`, `the current quarter`, `this weekend`.
fn relative_unit(i: &str) -> Res<'_, Raw> {
    let (i, the) = opt((kw("the"), sp)).parse(i)?;
    let word = alt((
        kw("this").map(|_| 0),
        kw("current").map(|_| 0),
        kw("next").map(|_| 1),
        kw("coming").map(|_| 1),
        kw("last").map(|_| -1),
        kw("past").map(|_| -1),
        kw("previous").map(|_| -1),
    ));
    let (i, (n, _, u)) = (word, sp, unit_singular).parse(i)?;
    // `the next day` and `the previous year` count from the anchor; `next week` from today.
    if the.is_some() && matches!(n, 1 | -1) && !i.is_empty() && (n == 1 || u == Unit::Day) {
        return Ok((i, Raw::Anchored(u, n)));
    }
    match u {
        Unit::Day | Unit::Second | Unit::Minute | Unit::Hour => fail(i),
        Unit::Weekend => Ok((i, Raw::Named(Named::Weekend, [Which::Last, Which::This, Which::Next][(n + 1) as usize]))),
        _ => Ok((i, Raw::Rel(u, n))),
    }
}

/// `the weekend`, `over the weekend`.
fn the_weekend(i: &str) -> Res<'_, Raw> {
    (kw("the"), sp, kw("weekend")).map(|_| Raw::Named(Named::Weekend, Which::Tense)).parse(i)
}

/// `the year ended June 30` (a length), `the full year`, `the fiscal year`, `the current fiscal year`, `for the year`.
fn the_year(i: &str) -> Res<'_, Raw> {
    let (i, _) = (kw("the"), sp).parse(i)?;
    let adjective = alt((
        (kw("current"), sp, kw("fiscal"), sp).map(|_| 0),
        (kw("latest"), sp, kw("fiscal"), sp).map(|_| -1),
        (kw("full"), sp).map(|_| 0),
        (kw("fiscal"), sp).map(|_| 0),
        (kw("current"), sp).map(|_| 0),
    ));
    let (i, adj) = opt(adjective).parse(i)?;
    let (rest, _) = kw("year").parse(i)?;
    if let Ok((_, _)) = (sp, alt((kw("ended"), kw("ending"), kw("ends")))).parse(rest) {
        return Ok((rest, Raw::Duration { value: "P1Y".to_string(), bare: false, article: false }));
    }
    match adj {
        Some(n) => Ok((rest, Raw::Rel(Unit::Year, n))),
        None => Ok((rest, Raw::TheYear)),
    }
}

/// `the following day`, `the day before`, `that year`, `a year earlier`, `the same day`.
fn anchored(i: &str) -> Res<'_, Raw> {
    let following = (
        kw("the"),
        sp,
        alt((kw("following").map(|_| 1), kw("previous").map(|_| -1), kw("same").map(|_| 0))),
        sp,
        unit_singular,
    )
        .map(|(_, _, n, _, u)| Raw::Anchored(u, n));
    let that = (kw("that"), sp, unit_singular).map(|(_, _, u)| Raw::Anchored(u, 0));
    let day_before = (kw("the"), sp, kw("day"), sp, alt((kw("before").map(|_| -1), kw("after").map(|_| 1))))
        .map(|(.., n)| Raw::Anchored(Unit::Day, n));
    let (rest, raw) = alt((following, that, day_before)).parse(i)?;
    match raw {
        Raw::Anchored(Unit::Second | Unit::Minute | Unit::Hour, _) => fail(i),
        _ => Ok((rest, raw)),
    }
}

/// A count before a unit: a number, `a`, `a few`, `several`, `a couple of`; `None` when vague.
fn count(i: &str) -> Res<'_, (Option<f64>, bool)> {
    // Only a digit or a word from [`COUNT_WORDS`] opens a count.
    if !i.starts_with(|c: char| c.is_ascii_digit()) && !opens_count(i) {
        return fail(i);
    }
    alt((
        (kw("a"), sp, kw("few")).map(|_| (None, false)),
        (kw("a"), sp, kw("couple"), sp, kw("of")).map(|_| (Some(2.0), false)),
        (kw("couple"), sp, kw("of")).map(|_| (Some(2.0), false)),
        kw("few").map(|_| (None, false)),
        kw("several").map(|_| (None, false)),
        kw("many").map(|_| (None, false)),
        (kw("a"), sp, kw("number"), sp, kw("of")).map(|_| (None, false)),
        cardinal_and_fraction.map(|v| (Some(v), false)),
        kw("a").map(|_| (Some(1.0), true)),
        kw("an").map(|_| (Some(1.0), true)),
    ))
    .parse(i)
}

/// True when the word that opens `i` may open a count: one of [`COUNT_WORDS`]; a word that goes
/// on with a letter beyond ASCII is let through to the grammar, which decides.
fn opens_count(i: &str) -> bool {
    let b = i.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    match b.get(n) {
        Some(c) if !c.is_ascii() => true,
        _ => {
            let w = &i[..n];
            w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") || {
                let classes = lexicon::classes(w);
                classes.has_any(&[Class::VagueCount, Class::NumberUnderTwenty, Class::Tens, Class::Scale])
            }
        }
    }
}

/// A cardinal and the `1/2` after it when there is one: `3`, `2 1/2`.
fn cardinal_and_fraction(i: &str) -> Res<'_, f64> {
    let (after, n) = cardinal(i)?;
    let mut half =
        (sp, take_while_m_n(1, 1, |c: char| c == '1'), char('/'), take_while_m_n(1, 1, |c: char| c.is_ascii_digit()));
    match half.parse(after) {
        Ok((rest, (.., d))) => match d.parse::<f64>() {
            Ok(d) if d > 0.0 && at_boundary(rest) => Ok((rest, n + 1.0 / d)),
            _ => Ok((after, n)),
        },
        Err(_) => Ok((after, n)),
    }
}

/// A count and a unit: `three years`, `two-week`, `90 minutes`, `a decade`; the flag tells an article count.
fn count_unit(i: &str) -> Res<'_, (Option<f64>, Unit, bool)> {
    let (i, (n, article)) = count(i)?;
    let (i, sep) = alt((sp, tag("-"))).parse(i)?;
    let (rest, w) = alpha(i)?;
    let Some((u, plural)) = Unit::from_noun(w) else { return fail(i) };
    let hyphen = sep == "-";
    // `a second` and `a quarter` are an ordinal and a fraction; so are `three-quarters` and `the 1988 second`.
    if matches!(u, Unit::Second | Unit::Quarter)
        && (article || hyphen && plural || !plural && !hyphen && n != Some(1.0))
    {
        return fail(i);
    }
    // `five year low` is a duration; `2015 quarter` is not.
    if !plural && !hyphen && n.is_some_and(|n| n >= 100.0) {
        return fail(i);
    }
    // `a week` is singular; `three weeks` plural; `two-week` hyphenated singular; `one days` is wrong.
    if n == Some(1.0) && plural || u == Unit::Weekend {
        return fail(i);
    }
    // `a few week` is not English; a vague count needs the plural.
    if n.is_none() && !plural {
        return fail(i);
    }
    Ok((rest, (n, u, article)))
}

/// The TIMEX3 duration value of a count of units.
fn duration_value(n: Option<f64>, u: Unit) -> String {
    let (code, mul, time) = u.duration_code();
    let t = if time { "T" } else { "" };
    match n {
        None => format!(
            "P{t}X{}",
            if u == Unit::Decade {
                "DE"
            } else if u == Unit::Century {
                "CE"
            } else {
                code
            }
        ),
        Some(n) => {
            let v = n * mul;
            if v.fract() == 0.0 { format!("P{t}{}{code}", v as i64) } else { format!("P{t}{v}{code}") }
        }
    }
}

/// A modifier that TimeML keeps inside a duration's span.
fn duration_modifier(i: &str) -> Res<'_, ()> {
    alt((
        (kw("more"), sp, kw("than")).map(|_| ()),
        (kw("less"), sp, kw("than")).map(|_| ()),
        (kw("fewer"), sp, kw("than")).map(|_| ()),
        (kw("no"), sp, kw("more"), sp, kw("than")).map(|_| ()),
        (kw("at"), sp, kw("least")).map(|_| ()),
        (kw("up"), sp, kw("to")).map(|_| ()),
        kw("nearly").map(|_| ()),
        kw("almost").map(|_| ()),
        kw("some").map(|_| ()),
    ))
    .parse(i)
}

/// `three years`, `nearly thirty years`, `a five year low` (`five year`), `90 minutes`.
fn duration(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt((duration_modifier, sp)).parse(i)?;
    let (rest, (n, u, article)) = count_unit(i)?;
    Ok((rest, Raw::Duration { value: duration_value(n, u), bare: false, article }))
}

/// `the past two months`, `the first nine months`, `the nine months`, `the next two weeks`, `the last few days`.
fn duration_with_the(i: &str) -> Res<'_, Raw> {
    let (i, _) = (kw("the"), sp).parse(i)?;
    let adjective = alt((
        kw("past"),
        kw("last"),
        kw("next"),
        kw("first"),
        kw("coming"),
        kw("previous"),
        kw("final"),
        kw("latest"),
        kw("year-earlier"),
        kw("year-ago"),
    ));
    let (i, adj) = opt((adjective, sp)).parse(i)?;
    let (rest, (n, u, article)) = count_unit(i)?;
    // `the nine months` keeps its article, `the two-week crisis` does not.
    let phrase = &i[..i.len() - rest.len()];
    let plural_noun = !phrase.contains('-') && phrase.ends_with('s');
    if article || adj.is_none() && !plural_noun {
        return fail(i);
    }
    Ok((rest, Raw::Duration { value: duration_value(n, u), bare: false, article: false }))
}

/// `weeks`, `years`, `decades`: kept only after `for`, `in` or `within`.
fn bare_plural(i: &str) -> Res<'_, Raw> {
    let (rest, w) = alpha(i)?;
    match Unit::from_noun(w) {
        Some((u, true))
            if !matches!(u, Unit::Second | Unit::Weekend | Unit::Quarter) && w.starts_with(char::is_lowercase) =>
        {
            Ok((rest, Raw::Duration { value: duration_value(None, u), bare: true, article: false }))
        }
        _ => fail(i),
    }
}

/// `two days ago`, `a year earlier`, `three weeks later`, `six months before`.
fn ago(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt((alt((kw("nearly"), kw("almost"), kw("about"), kw("some"))), sp)).parse(i)?;
    let (i, (n, u, _)) = count_unit(i)?;
    let (i, _) = sp(i)?;
    let (rest, dir) = alt((
        kw("ago").map(|_| 0),
        kw("earlier").map(|_| -1),
        kw("before").map(|_| -1),
        kw("later").map(|_| 1),
        (kw("from"), sp, kw("now")).map(|_| 2),
    ))
    .parse(i)?;
    let Some(n) = n.filter(|n| n.fract() == 0.0) else {
        return Ok((rest, Raw::Ref(if dir == 2 || dir == 1 { "FUTURE_REF" } else { "PAST_REF" })));
    };
    if (dir == 1 || dir == -1) && granularity(u) <= granularity(Unit::Week) {
        return Ok((rest, Raw::Duration { value: duration_value(Some(n), u), bare: false, article: false }));
    }
    let n = n as i64;
    Ok((
        rest,
        match dir {
            0 => Raw::Ago(if u == Unit::Week { Unit::Day } else { u }, -n * if u == Unit::Week { 7 } else { 1 }),
            2 => Raw::Rel(u, n),
            d => Raw::Anchored(u, d * n),
        },
    ))
}

/// `first`, `2nd`, `third`; a quarter number.
fn quarter_ordinal(i: &str) -> Res<'_, u32> {
    let words = |i| ordinal_word(i, 4);
    let digits =
        (take_while_m_n(1, 1, |c: char| ('1'..='4').contains(&c)), alt((tag("st"), tag("nd"), tag("rd"), tag("th"))))
            .map(|(d, _): (&str, _)| d.parse::<u32>().unwrap_or(1));
    alt((words, digits)).parse(i)
}

/// `the third quarter`, `third-quarter`, `the fiscal first quarter`, `the first quarter of 2022`,
/// `this year's third quarter`, `Q3 2022`, `the first half`.
fn quarter(i: &str) -> Res<'_, Raw> {
    let (i, the) = opt((kw("the"), sp)).parse(i)?;
    let year_owner = alt((
        (alt((kw("year-ago"), kw("year-earlier")))).map(|_| Which::YearRel(-1)),
        (kw("this"), sp, tag_ci("year's")).map(|_| Which::YearRel(0)),
        (kw("last"), sp, tag_ci("year's")).map(|_| Which::YearRel(-1)),
        (kw("next"), sp, tag_ci("year's")).map(|_| Which::YearRel(1)),
        (year4, tag("'s")).map(|(y, _)| Which::Year(y)),
        year4.map(Which::Year),
    ));
    let (i, owner) = opt((year_owner, sp).map(|(w, _)| w)).parse(i)?;
    let (i, _) = opt((kw("fiscal"), sp)).parse(i)?;
    let (i, q) = quarter_ordinal(i)?;
    let (i, sep) = alt((sp, tag("-"))).parse(i)?;
    if sep == "-" && the.is_some() && owner.is_none() {
        return fail(i);
    }
    let (i, half) = alt((kw("quarter").map(|_| false), kw("half").map(|_| true))).parse(i)?;
    if half && q > 2 {
        return fail(i);
    }
    let year = alt((
        (sp, kw("of"), sp, year4).map(|(.., y)| Which::Year(y)),
        (opt(char(',')), sp, year4).map(|(.., y)| Which::Year(y)),
        (sp, kw("of"), sp, kw("this"), sp, kw("year")).map(|_| Which::YearRel(0)),
        (sp, kw("of"), sp, kw("last"), sp, kw("year")).map(|_| Which::YearRel(-1)),
        (sp, kw("of"), sp, kw("next"), sp, kw("year")).map(|_| Which::YearRel(1)),
    ));
    let (i, y) = opt(year).parse(i)?;
    let which = owner.or(y).unwrap_or(Which::Tense);
    Ok((i, Raw::Named(if half { Named::Half(q) } else { Named::Quarter(q) }, which)))
}

/// `the quarter`, `the latest quarter`, `the year-ago quarter`, `Q3`, `Q3 2022`.
fn quarter_words(i: &str) -> Res<'_, Raw> {
    let q_code = (tag("Q"), take_while_m_n(1, 1, |c: char| ('1'..='4').contains(&c)), opt((sp, year4).map(|(_, y)| y)))
        .map(|(_, q, y): (_, &str, _)| {
            let q = q.parse::<u32>().unwrap_or(1);
            Raw::Named(Named::Quarter(q), y.map_or(Which::Tense, Which::Year))
        });
    let the_quarter = (
        kw("the"),
        sp,
        opt((alt((kw("latest"), kw("recent"), kw("most recent"), kw("fiscal"))), sp)),
        alt((kw("quarter"), (kw("period")))),
    )
        .map(|(_, _, adj, noun)| (adj.is_some(), noun));
    let year_ago = (kw("the"), sp, alt((kw("year-ago"), kw("year-earlier"))), sp, alt((kw("quarter"), kw("period"))))
        .map(|_| Raw::YearAgoQuarter);
    let year_period =
        (kw("the"), sp, year4, sp, alt((kw("quarter"), kw("period")))).map(|(_, _, y, ..)| Raw::QuarterOfYear(y));
    let adjective = alt((kw("year-ago"), kw("year-earlier"))).map(|_| Raw::Ago(Unit::Year, -1));
    let (rest, raw) = alt((
        q_code,
        year_ago,
        year_period,
        adjective,
        the_quarter.map_opt(|(adj, noun): (bool, &str)| {
            (adj || noun.eq_ignore_ascii_case("quarter")).then_some(Raw::CurrentQuarter)
        }),
    ))
    .parse(i)?;
    if at_boundary(rest) { Ok((rest, raw)) } else { fail(i) }
}

/// `summer`, `this summer`, `last fall`, `the winter of 1994`, `spring 2024`.
fn season(i: &str) -> Res<'_, Raw> {
    let (i, w) = opt(alt(((which, sp).map(|(w, _)| Some(w)), (kw("the"), sp).map(|_| None)))).parse(i)?;
    let mut name = alt((
        kw("spring").map(|_| Season::Spring),
        kw("summer").map(|_| Season::Summer),
        kw("fall").map(|_| Season::Fall),
        kw("autumn").map(|_| Season::Fall),
        kw("winter").map(|_| Season::Winter),
    ));
    // `the Winter Olympics`, `the Spring Festival`: a name.
    if w.is_some() && i.starts_with(char::is_uppercase) {
        return fail(i);
    }
    let (i, s) = name.parse(i)?;
    let year = alt((
        (sp, kw("of"), sp, year4).map(|(.., y)| y),
        (sp, kw("of"), sp, year_in_words).map(|(.., r)| match r {
            Raw::Abs(Point::Year(y)) => y,
            _ => 0,
        }),
        (sp, year4).map(|(_, y)| y),
    ));
    let (i, y) = opt(year).parse(i)?;
    let which = match (w, y) {
        (_, Some(y)) => Which::Year(y),
        (Some(Some(w)), None) => w,
        _ => Which::Tense,
    };
    Ok((i, Raw::Named(Named::Season(s), which)))
}

/// `early 2024`, `mid-March`, `late yesterday`, `earlier this year`, `the end of 1990`, `the middle of October`.
fn part_of(i: &str) -> Res<'_, Raw> {
    let mut prefix = alt((
        (opt((kw("the"), sp)), kw("early"), sp).map(|_| ()),
        (opt((kw("the"), sp)), kw("late"), sp).map(|_| ()),
        (kw("the"), sp, tag_ci("mid"), alt((tag("-"), sp))).map(|_| ()),
        (kw("earlier"), sp).map(|_| ()),
        (kw("later"), sp).map(|_| ()),
        (tag_ci("mid"), alt((tag("-"), sp))).map(|_| ()),
        (kw("the"), sp, alt((kw("middle"), kw("end"), kw("beginning"), kw("start"))), sp, kw("of"), sp).map(|_| ()),
    ));
    let (i, _) = prefix.parse(i)?;
    let the_unit = (kw("the"), sp, alt((kw("week"), kw("month"), kw("year"))))
        .map(|(.., w): (_, _, &str)| Raw::Rel(Unit::from_noun(w).map_or(Unit::Year, |(u, _)| u), 0));
    let (rest, raw) =
        alt((month_year, year_rule, decade, relative_unit, day_word, weekday, season, quarter, day_part, the_unit))
            .parse(i)?;
    match raw {
        Raw::Set(_) | Raw::YearRange(..) => fail(i),
        _ => Ok((rest, raw)),
    }
}

/// `now`, `currently`, `recently`, `the past`, `the future`, `soon`, `recent years`, `the coming months`.
fn vague(i: &str) -> Res<'_, Raw> {
    let plural_unit = |i| {
        let (rest, w) = alpha(i)?;
        match Unit::from_noun(w) {
            Some((_, true)) => Ok((rest, ())),
            _ => fail(i),
        }
    };
    alt((
        (kw("recent"), sp, kw("years")).map(|_| Raw::Ref("PAST_REF")),
        (kw("recent"), sp, alpha).map_opt(|(.., w)| match Unit::from_noun(w) {
            Some((u, true)) => Some(Raw::Duration { value: duration_value(None, u), bare: false, article: false }),
            _ => None,
        }),
        kw("recent").map(|_| Raw::Ref("PAST_REF")),
        kw("current").map(|_| Raw::Ref("PRESENT_REF")),
        (kw("right"), sp, kw("now")).map(|_| Raw::Ref("PRESENT_REF")),
        (opt((kw("the"), sp)), kw("coming"), sp, plural_unit).map(|_| Raw::Ref("FUTURE_REF")),
        (kw("the"), sp, opt((kw("near"), sp)), kw("future")).map(|_| Raw::Ref("FUTURE_REF")),
        (kw("the"), sp, kw("past")).map(|_| Raw::Ref("PAST_REF")),
        kw("now").map(|_| Raw::Ref("PRESENT_REF")),
        kw("currently").map(|_| Raw::Ref("PRESENT_REF")),
        kw("nowadays").map(|_| Raw::Ref("PRESENT_REF")),
        (kw("these"), sp, kw("days")).map(|_| Raw::Ref("PRESENT_REF")),
        kw("recently").map(|_| Raw::Ref("PAST_REF")),
        kw("lately").map(|_| Raw::Ref("PAST_REF")),
        kw("soon").map(|_| Raw::Ref("FUTURE_REF")),
    ))
    .parse(i)
}

/// `every year`, `each March`, `each Thursday`, `weekly`, `daily`, `annually`.
fn set(i: &str) -> Res<'_, Raw> {
    let every = (alt((kw("every"), kw("each"))), sp);
    let target = alt((
        unit_singular.map(|u| duration_value(Some(1.0), u)),
        month_name.map(|(m, _)| format!("XXXX-{m:02}")),
        weekday_name.map(|d| format!("XXXX-WXX-{d}")),
    ));
    let adverb = alt((
        kw("daily").map(|_| "XXXX-XX-XX"),
        kw("weekly").map(|_| "P1W"),
        kw("monthly").map(|_| "P1M"),
        kw("annually").map(|_| "P1Y"),
        kw("yearly").map(|_| "P1Y"),
        kw("hourly").map(|_| "PT1H"),
    ));
    let per = (kw("per"), sp, unit_singular)
        .map_opt(|(.., u)| (!matches!(u, Unit::Second | Unit::Minute)).then(|| duration_value(Some(1.0), u)));
    alt(((every, target).map(|(_, v)| Raw::Set(v)), adverb.map(|v| Raw::Set(v.to_string())), per.map(Raw::Set)))
        .parse(i)
}

/// `a.m.`, `pm`: true for the afternoon.
fn meridiem(i: &str) -> Res<'_, bool> {
    let (i, _) = opt(sp).parse(i)?;
    let am = alt((tag_ci("a.m."), tag_ci("am"))).map(|_| false);
    let pm = alt((tag_ci("p.m."), tag_ci("pm"))).map(|_| true);
    let (rest, pm) = alt((am, pm)).parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) { fail(i) } else { Ok((rest, pm)) }
}

/// `9:41 a.m.`, `10 p.m.`, `21:30`, `noon`, `midnight`: hour and minute.
fn clock_time(i: &str) -> Res<'_, (u32, Option<u32>)> {
    let num = |n| take_while_m_n(1, n, |c: char| c.is_ascii_digit());
    let hm = (num(2), char(':'), take_while_m_n(2, 2, |c: char| c.is_ascii_digit()), opt(meridiem))
        .map(|(h, _, m, pm): (&str, _, &str, _)| (h.parse::<u32>().unwrap_or(99), m.parse::<u32>().ok(), pm));
    let h_only = (num(2), meridiem).map(|(h, pm): (&str, _)| (h.parse::<u32>().unwrap_or(99), None, Some(pm)));
    let (rest, (h, m, pm)) = alt((
        hm,
        h_only,
        kw("noon").map(|_| (12, Some(0), None)),
        kw("midday").map(|_| (12, Some(0), None)),
        kw("midnight").map(|_| (24, None, None)),
    ))
    .parse(i)?;
    let h = match pm {
        Some(true) if (1..12).contains(&h) => h + 12,
        Some(false) if h == 12 => 0,
        Some(_) if h > 12 || h == 0 => 99,
        _ => h,
    };
    if h > 24 || m.is_some_and(|m| m > 59) || !at_boundary(rest) && !rest.starts_with('.') {
        return fail(i);
    }
    Ok((rest, (h, m)))
}

/// ` ET`, ` GMT`, ` local time`.
fn time_zone(i: &str) -> Res<'_, &str> {
    let (i, _) = sp(i)?;
    alt((
        kw("ET"),
        kw("EST"),
        kw("EDT"),
        kw("GMT"),
        kw("UTC"),
        kw("BST"),
        kw("CET"),
        kw("PT"),
        kw("PST"),
        kw("PDT"),
        kw("CT"),
        kw("CST"),
        (kw("local"), sp, kw("time")).map(|(a, ..)| a),
    ))
    .parse(i)
}

/// `around 8:20 p.m.`, `11 p.m. Tuesday`, `noon Monday`, `9:41 a.m. ET`.
fn clock(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt((alt((kw("around"), kw("about"))), sp)).parse(i)?;
    let (i, (h, m)) = clock_time(i)?;
    let (i, _) = opt(time_zone).parse(i)?;
    let on = alt(((opt(char(',')), sp, opt((kw("on"), sp)), alt((weekday, day_word, month_day))).map(|(.., r)| r),));
    let (i, on) = opt(on).parse(i)?;
    Ok((i, Raw::Clock { h, m, on: on.map(Box::new) }))
}

/// `this morning`, `Saturday night`, `yesterday afternoon`, `last night`, `Tuesday nights` (a set).
fn day_part(i: &str) -> Res<'_, Raw> {
    let day = alt((
        kw("this").map(|_| Raw::DayOffset(0)),
        (kw("last"), peek_night).map(|_| Raw::DayOffset(-1)),
        day_word,
        weekday,
    ));
    let part = alt((
        kw("morning").map(|_| "MO"),
        kw("afternoon").map(|_| "AF"),
        kw("evening").map(|_| "EV"),
        kw("night").map(|_| "NI"),
        kw("nights").map(|_| "NIS"),
    ));
    let (rest, (day, _, part)) = (day, sp, part).parse(i)?;
    match (day, part) {
        (Raw::Named(Named::Weekday(d), _), "NIS") => Ok((rest, Raw::Set(format!("XXXX-WXX-{d}TNI")))),
        (_, "NIS") => fail(i),
        (day, part) => Ok((rest, Raw::DayPart(part, Box::new(day)))),
    }
}

/// Succeeds before ` night` without consuming it.
fn peek_night(i: &str) -> Res<'_, ()> {
    nom::combinator::peek((sp, kw("night"))).map(|_| ()).parse(i)
}

// ---------------------------------------------------------------------------
// Checks that need the surrounding words.

/// Keeps, changes or drops a reading once the words around it are known.
fn interpret(raw: Raw, around: &Around<'_>) -> Option<Raw> {
    let prev = around.prev.to_ascii_lowercase();
    match raw {
        // A bare month: `May` and `March` are also a verb and a noun, so they need a cue.
        Raw::Named(Named::Month(m), Which::Tense) if m == 3 || m == 5 => Class::MonthCue.has(&prev).then_some(raw),
        // A bare season needs a determiner or preposition: `in the spring`, not `prices fall`.
        Raw::Named(Named::Season(_), Which::Tense) => {
            let the = around.text.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the "));
            // `the fall in prices`, `the spring of discontent`: a noun.
            let noun = matches!(around.next, "in" | "of");
            (the && !noun || Class::SeasonCue.has(&prev)).then_some(raw)
        }
        // `soon after`, `as soon as`: a conjunction.
        Raw::Ref("FUTURE_REF") if around.text.eq_ignore_ascii_case("soon") => {
            (prev != "as" && !around.next.eq_ignore_ascii_case("after")).then_some(raw)
        }
        // `quarterly dividend`, `daily volume`: an adjective, not a recurrence.
        Raw::Set(_) if !around.text.contains(' ') && around.text.ends_with("ly") => {
            let noun_follows =
                around.next.starts_with(char::is_lowercase) && !Class::ClauseLink.has_as_written(around.next);
            (!noun_follows).then_some(raw)
        }
        // A bare year is not money (`$2019`), a count (`2019 people`) or an address number.
        Raw::Abs(Point::Year(y)) => {
            let money = matches!(around.prev, "$" | "€" | "£" | "¥" | "#" | "No" | "no" | "No.");
            let approx =
                matches!(prev.as_str(), "than" | "about" | "nearly" | "almost" | "some" | "roughly" | "approximately");
            let unit = is_people_noun(around.next) || around.next == "%" || approx;
            let cue = Class::MonthCue.has(&prev);
            let plain = (1900..=2100).contains(&y) || cue || around.text.contains(' ');
            // `Orion 1980`, `Windows 2000`: a capitalized name before the number.
            let opens = matches!(around.prev2, "" | "." | "!" | "?" | ":" | "“" | "\"" | "‘");
            let name = around.prev.starts_with(char::is_uppercase)
                && !cue
                && !opens
                && month_name(around.prev).is_err()
                && !around.text.contains(' ');
            (!money && !unit && plain && !name).then_some(raw)
        }
        // `weeks` alone is a duration only as the object of `for`, `in` or `within`.
        Raw::Duration { bare: true, .. } => matches!(prev.as_str(), "for" | "within" | "over").then_some(raw),
        // `a year` after an amount or `once`, `twice` is a rate (`$5 a year`, `twice a week`): the amount keeps it.
        Raw::Duration { article: true, .. } => {
            let rate = matches!(prev.as_str(), "times" | "once" | "twice" | "million" | "billion" | "thousand")
                || around.prev.starts_with(|c: char| c.is_ascii_digit())
                || is_count_noun(around.prev) && !matches!(prev.as_str(), "for" | "of");
            (!rate).then_some(raw)
        }
        Raw::TheYear => matches!(prev.as_str(), "for" | "during" | "of" | "through" | "throughout").then_some(raw),
        // `barrels per day`: a rate that the amount keeps.
        Raw::Set(_) if around.text.starts_with("per ") => {
            let rate = around.prev.starts_with(|c: char| c.is_ascii_digit())
                || is_count_noun(around.prev)
                || matches!(prev.as_str(), "million" | "billion" | "thousand");
            (!rate).then_some(raw)
        }
        // `44 years old` is an age.
        Raw::Duration { .. } if around.next.eq_ignore_ascii_case("old") => None,
        // A duration after `in` in a future sentence is a date: `in three weeks`.
        Raw::Duration { bare: false, ref value, .. }
            if prev == "in" && around.tense == Tense::Future && !around.prev2.eq_ignore_ascii_case("the") =>
        {
            in_future(value).or(Some(raw))
        }
        _ => Some(raw),
    }
}

/// `in three weeks`: the date that many units from now, at the unit's granularity.
fn in_future(value: &str) -> Option<Raw> {
    let body = value.strip_prefix('P')?;
    let (n, code) = body.split_at(body.find(|c: char| !c.is_ascii_digit())?);
    let n: i64 = n.parse().ok()?;
    let unit = match code {
        "D" => Unit::Day,
        "W" => Unit::Week,
        "M" => Unit::Month,
        "Y" => Unit::Year,
        _ => return None,
    };
    Some(Raw::Rel(unit, n))
}

// ---------------------------------------------------------------------------
// Resolution.

/// Chooses among occurrences by their signed distance from the reference (in the name's own unit).
fn pick(cands: &[(i64, Point)], which: Which, tense: Tense, default: Tense) -> Option<Point> {
    let before =
        |strict: bool| cands.iter().filter(|(d, _)| if strict { *d < 0 } else { *d <= 0 }).max_by_key(|(d, _)| *d);
    let after =
        |strict: bool| cands.iter().filter(|(d, _)| if strict { *d > 0 } else { *d >= 0 }).min_by_key(|(d, _)| *d);
    let nearest = || cands.iter().min_by_key(|(d, _)| (d.abs(), *d > 0));
    let tense = if tense == Tense::Unknown { default } else { tense };
    let found = match which {
        Which::Last => before(true),
        Which::Next => after(true),
        Which::This => after(false),
        Which::Tense => match tense {
            Tense::Past => before(false),
            Tense::Future => after(false),
            Tense::Unknown => nearest(),
        },
        Which::Year(_) | Which::YearRel(_) => None,
    };
    found.map(|(_, p)| *p)
}

/// The nearest occurrence, counting `penalty` extra units against one on the wrong side of the tense.
fn lean(cands: &[(i64, Point)], tense: Tense, penalty: i64) -> Option<Point> {
    let cost = |d: i64| {
        let wrong = match tense {
            Tense::Past => d > 0,
            Tense::Future => d < 0,
            Tense::Unknown => false,
        };
        (d.abs() + if wrong { penalty } else { 0 }, d > 0)
    };
    cands.iter().min_by_key(|(d, _)| cost(*d)).map(|(_, p)| *p)
}

/// The occurrences of a name around the reference date, with their distances.
fn occurrences(named: Named, r: Date) -> Vec<(i64, Point)> {
    let mut out = Vec::new();
    match named {
        Named::Weekday(w) => {
            for k in -7..=7 {
                let d = r.add_days(k);
                if d.weekday() == w {
                    out.push((k, Point::Day(d)));
                }
            }
        }
        Named::Weekend => {
            for k in -7..=7 {
                let d = r.add_days(k);
                if d.weekday() == 6 {
                    let (y, w) = d.iso_week();
                    // The weekend under way counts as the present one.
                    let dist = if (0..=1).contains(&-k) { 0 } else { k };
                    out.push((dist, Point::Weekend(y, w)));
                }
            }
        }
        _ => {
            for y in r.year - 1..=r.year + 1 {
                if let Some(p) = named_in_year(named, y) {
                    let here = Point::of(p.unit(), r);
                    out.push((distance(here, p), p));
                }
            }
        }
    }
    out
}

/// A month, season, quarter or half of a given year.
fn named_in_year(named: Named, y: i32) -> Option<Point> {
    Some(match named {
        Named::Month(m) => Point::Month(y, m),
        Named::Season(s) => Point::Season(y, s),
        Named::Quarter(q) => Point::Quarter(y, q),
        Named::Half(h) => Point::Half(y, h),
        Named::Weekday(_) | Named::Weekend => return None,
    })
}

/// The signed distance from `a` to `b` in `a`'s unit (months, quarters, seasons or halves).
fn distance(a: Point, b: Point) -> i64 {
    let ord = |p: Point| match p {
        Point::Month(y, m) => i64::from(y) * 12 + i64::from(m),
        Point::Quarter(y, q) => i64::from(y) * 4 + i64::from(q),
        Point::Half(y, h) => i64::from(y) * 2 + i64::from(h),
        Point::Season(y, s) => i64::from(y) * 4 + s.index(),
        p => p.start().days(),
    };
    ord(b) - ord(a)
}

/// A day with an unknown year: the occurrence that fits the tense, else the nearest.
fn day_in_context(m: u32, d: u32, r: Date, tense: Tense) -> Date {
    let mut cands = Vec::new();
    for y in r.year - 1..=r.year + 1 {
        if valid_day(Some(y), m, d) {
            let date = Date { year: y, month: m, day: d };
            cands.push((date.days() - r.days(), Point::Day(date)));
        }
    }
    match lean(&cands, tense, 200) {
        Some(Point::Day(date)) => date,
        _ => Date { year: r.year, month: m, day: d },
    }
}

/// Turns a reading into a TIMEX3 value and updates the anchor.
fn resolve(raw: &Raw, tense: Tense, st: &mut State) -> Option<Resolved> {
    let date = |value: String, relative| Resolved { kind: TimexType::Date, value, end: None, relative };
    let r = st.reference;
    let res = match raw {
        Raw::Abs(p) => {
            st.anchor = Some(*p);
            if let Point::Day(d) = p {
                st.last_day = Some(*d);
            }
            date(p.value(), false)
        }
        Raw::YearRange(a, b) => {
            st.anchor = Some(Point::Year(*b));
            Resolved { end: Some(format!("{b:04}")), ..date(format!("{a:04}"), false) }
        }
        Raw::Day { y, m, d } => match (y, r) {
            (Some(y), _) => {
                let day = Date { year: *y, month: *m, day: *d };
                st.anchor = Some(Point::Day(day));
                st.last_day = Some(day);
                date(day.to_string(), false)
            }
            (None, Some(r)) => {
                let day = day_in_context(*m, *d, r, tense);
                st.anchor = Some(Point::Day(day));
                st.last_day = Some(day);
                date(day.to_string(), true)
            }
            (None, None) => date(format!("XXXX-{m:02}-{d:02}"), true),
        },
        Raw::OnWeekday(wd, inner) => match (inner.as_ref(), r) {
            (&Raw::Day { y: None, m, d }, Some(r)) => {
                let fits = |y: i32| valid_day(Some(y), m, d) && Date { year: y, month: m, day: d }.weekday() == *wd;
                let year = [r.year, r.year - 1, r.year + 1].into_iter().find(|&y| fits(y));
                match year {
                    Some(y) => {
                        resolve(&Raw::Day { y: Some(y), m, d }, tense, st).map(|x| Resolved { relative: true, ..x })?
                    }
                    None => resolve(inner, tense, st)?,
                }
            }
            _ => resolve(inner, tense, st)?,
        },
        Raw::DayRange { y, m, d, m2, d2 } => {
            let start = resolve(&Raw::Day { y: *y, m: *m, d: *d }, tense, st)?;
            let year = start.value.get(..4).unwrap_or("XXXX").to_string();
            // The end falls in the start's year, or the next one across New Year.
            let wraps = (*m2, *d2) < (*m, *d);
            let end_year = year.parse::<i32>().map_or(year.clone(), |y| format!("{:04}", y + i32::from(wraps)));
            Resolved { end: Some(format!("{end_year}-{m2:02}-{d2:02}")), ..start }
        }
        Raw::Named(named, which) => resolve_named(*named, *which, tense, st)?,
        Raw::DayOffset(n) => match r {
            Some(r) => {
                let day = r.add_days(*n);
                st.anchor = Some(Point::Day(day));
                st.last_day = Some(day);
                date(day.to_string(), true)
            }
            None => date(Point::masked(Unit::Day).to_string(), true),
        },
        Raw::Rel(u, n) => match r {
            Some(r) => {
                let p = Point::of(*u, r).shift(*u, *n);
                st.anchor = Some(p);
                if let Point::Day(d) = p {
                    st.last_day = Some(d);
                }
                date(p.value(), true)
            }
            None => date(Point::masked(*u).to_string(), true),
        },
        Raw::Ago(u, n) => match r {
            Some(r) => {
                // `a year ago` in a story about a quarter means that quarter a year before.
                let here = match st.anchor {
                    Some(a @ (Point::Quarter(..) | Point::Month(..) | Point::Half(..)))
                        if *u == Unit::Year && a.start().year == r.year =>
                    {
                        a
                    }
                    _ => Point::of(*u, r),
                };
                let p = here.shift(*u, *n);
                date(p.value(), true)
            }
            None => date(Point::masked(*u).to_string(), true),
        },
        Raw::Anchored(u, n) => {
            let base = match (u, st.last_day, st.anchor, r) {
                (Unit::Day, Some(d), _, _) => Some(Point::Day(d)),
                (_, _, Some(a), _)
                    if *u != Unit::Day && a.unit() != Unit::Day && granularity(a.unit()) <= granularity(*u) =>
                {
                    Some(a)
                }
                (_, _, Some(a), _) => Some(Point::of(*u, a.start())),
                (_, _, None, Some(r)) => Some(Point::of(*u, r)),
                _ => None,
            };
            match base {
                Some(b) => {
                    let p = b.shift(*u, *n);
                    // `the following year` moves the story on; `a year earlier` is a comparison.
                    if *n > 0 || *u == Unit::Day {
                        st.anchor = Some(p);
                    }
                    if let Point::Day(d) = p {
                        st.last_day = Some(d);
                    }
                    date(p.value(), true)
                }
                None => date(Point::masked(*u).to_string(), true),
            }
        }
        Raw::CurrentQuarter => match (st.anchor, r) {
            (Some(a @ Point::Quarter(..)), _) => date(a.value(), true),
            (_, Some(r)) => {
                let p = Point::of(Unit::Quarter, r).shift(Unit::Quarter, -1);
                st.anchor = Some(p);
                date(p.value(), true)
            }
            (_, None) => date(Point::masked(Unit::Quarter).to_string(), true),
        },
        Raw::TheYear => resolve(&Raw::Rel(Unit::Year, 0), tense, st)?,
        Raw::QuarterOfYear(y) => match st.anchor {
            Some(Point::Quarter(_, q)) => date(Point::Quarter(*y, q).value(), false),
            _ => date(Point::Year(*y).value(), false),
        },
        Raw::YearAgoQuarter => match (st.anchor, r) {
            (Some(a @ Point::Quarter(..)), _) => date(a.shift(Unit::Year, -1).value(), true),
            (_, Some(r)) => date(Point::of(Unit::Quarter, r).shift(Unit::Quarter, -5).value(), true),
            (_, None) => date(Point::masked(Unit::Quarter).to_string(), true),
        },
        Raw::Ref(v) => date(v.to_string(), true),
        Raw::Duration { value, .. } => {
            Resolved { kind: TimexType::Duration, value: value.clone(), end: None, relative: false }
        }
        Raw::Set(v) => Resolved { kind: TimexType::Set, value: v.clone(), end: None, relative: false },
        Raw::Clock { h, m, on } => {
            let day = match on {
                Some(on) => resolve(on, tense, st).map(|r| r.value),
                None => r.map(|r| r.to_string()),
            };
            let day = day.unwrap_or_else(|| "XXXX-XX-XX".to_string());
            let day = day.get(..10).unwrap_or(&day).to_string();
            // `5 p.m.` is `T17:00`; only midnight keeps the bare hour (`T24`).
            let clock = match m {
                Some(m) => format!("T{h:02}:{m:02}"),
                None if *h == 24 => "T24".to_string(),
                None => format!("T{h:02}:00"),
            };
            Resolved { kind: TimexType::Time, value: format!("{day}{clock}"), end: None, relative: on.is_none() }
        }
        Raw::DayPart(part, on) => {
            let day = resolve(on, tense, st)?;
            Resolved { kind: TimexType::Time, value: format!("{}T{part}", day.value), ..day }
        }
    };
    Some(res)
}

/// Orders units from fine to coarse.
fn granularity(u: Unit) -> u8 {
    match u {
        Unit::Second => 0,
        Unit::Minute => 1,
        Unit::Hour => 2,
        Unit::Day => 3,
        Unit::Week | Unit::Weekend => 4,
        Unit::Month => 5,
        Unit::Quarter | Unit::Season => 6,
        Unit::Half => 7,
        Unit::Year => 8,
        Unit::Decade => 9,
        Unit::Century => 10,
    }
}

/// Resolves `Friday`, `in February`, `the third quarter`, `last summer`.
fn resolve_named(named: Named, which: Which, tense: Tense, st: &mut State) -> Option<Resolved> {
    let date = |value: String, relative| Resolved { kind: TimexType::Date, value, end: None, relative };
    let explicit = match which {
        Which::Year(y) => Some((y, false)),
        Which::YearRel(k) => st.reference.map(|r| (r.year + k as i32, true)),
        _ => None,
    };
    if let Some((y, relative)) = explicit {
        let p = named_in_year(named, y)?;
        st.anchor = Some(p);
        return Some(date(p.value(), relative));
    }
    let Some(r) = st.reference else {
        let v = match named {
            Named::Month(m) => format!("XXXX-{m:02}"),
            Named::Weekday(d) => format!("XXXX-WXX-{d}"),
            Named::Season(s) => format!("XXXX-{}", s.code()),
            Named::Quarter(q) => format!("XXXX-Q{q}"),
            Named::Half(h) => format!("XXXX-H{h}"),
            Named::Weekend => "XXXX-WXX-WE".to_string(),
        };
        return Some(date(v, true));
    };
    // Weekdays, quarters and weekends lean to the past in news; months and seasons go to the nearest.
    let default = match named {
        Named::Weekday(_) | Named::Quarter(_) | Named::Half(_) | Named::Weekend => Tense::Past,
        Named::Month(_) | Named::Season(_) => Tense::Unknown,
    };
    if let (Named::Quarter(_) | Named::Half(_), Which::Tense) = (named, which) {
        let here = named_in_year(named, r.year)?;
        let ahead = distance(Point::of(here.unit(), r), here) > 0;
        let p = if ahead && tense != Tense::Future { here.shift(Unit::Year, -1) } else { here };
        st.anchor = Some(p);
        return Some(date(p.value(), true));
    }
    let which = match (named, which) {
        (Named::Weekday(_), Which::This) => Which::Tense,
        (Named::Month(_) | Named::Season(_) | Named::Quarter(_) | Named::Half(_), Which::This) => {
            return {
                let p = named_in_year(named, r.year)?;
                st.anchor = Some(p);
                Some(date(p.value(), true))
            };
        }
        (_, w) => w,
    };
    let cands = occurrences(named, r);
    let p = match (named, which) {
        (Named::Month(_), Which::Tense) => lean(&cands, tense, 9)?,
        (Named::Season(_), Which::Tense) => lean(&cands, tense, 2)?,
        _ => pick(&cands, which, tense, default)?,
    };
    st.anchor = Some(p);
    if let Point::Day(d) = p {
        st.last_day = Some(d);
    }
    Some(date(p.value(), true))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest match when every rule is tried, as [`longest`] did before it chose rules by the first word.
    fn longest_of_all_rules(i: &str) -> Option<(usize, Raw)> {
        let mut best: Option<(usize, Raw)> = None;
        for rule in RULES {
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

    #[test]
    fn rules_chosen_by_first_word_find_what_all_rules_find() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("fixtures folder")
            .flatten()
            .filter_map(|e| std::fs::read(e.path()).ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .collect();
        texts.push(
            "The 1990s, the ’90s, the '90s, Q3 2022, mid-March, MID-2019, the year-ago quarter, \
             Tuesdays, TUESDAY nights, 9:41 A.M. ET, noon Monday, three-quarters, the twenty-first century, \
             nineteen ninety-six, a couple of weeks, 3 1/2 years, fiscal 1989, between March 20 and 22, \
             weeK, \u{212A}ey, \u{a0}now, mid\u{a0}May, İn 2020, théatre, 2019–2021"
                .to_string(),
        );
        for text in &texts {
            let mut toks = Vec::new();
            crate::token::tokenize(text, 0, &mut toks);
            for t in &toks {
                let rest = &text[t.span.start..];
                assert_eq!(
                    longest(rest),
                    longest_of_all_rules(rest),
                    "at {:?}",
                    rest.chars().take(40).collect::<String>()
                );
            }
        }
    }

    /// Parses `text` with the reference date and returns `(text, type, value, end)` for every timex.
    fn run(text: &str, reference: Option<&str>) -> Vec<(String, String, String, Option<String>)> {
        let options = crate::Options::default().with_reference_date(reference.and_then(Date::parse_iso));
        let article = crate::parse_with(text, &options);
        article
            .times
            .iter()
            .map(|t| {
                let kind = format!("{:?}", t.kind).to_lowercase();
                (t.text.to_string(), kind, t.value.clone(), t.end.clone())
            })
            .collect()
    }

    /// Checks the `(text, value)` pairs found in a body sentence, with reference date 2023-03-17 (a Friday).
    fn check(text: &str, expect: &[(&str, &str)]) {
        let body = format!("Headline here\n\n{text}\n");
        let got: Vec<(String, String)> =
            run(&body, Some("2023-03-17")).into_iter().filter(|t| t.0 != "Headline here").map(|t| (t.0, t.2)).collect();
        let want: Vec<(String, String)> = expect.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn absolute_dates() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The deal was signed on March 17, 2023, in Paris.", &[("March 17, 2023", "2023-03-17")]),
            ("It closed on 17 March 2023.", &[("17 March 2023", "2023-03-17")]),
            ("Talks resumed on Mar. 9 in Geneva.", &[("Mar. 9", "2023-03-09")]),
            ("The vote is due Sept. 30.", &[("Sept. 30", "2023-09-30")]),
            ("Results came on Dec. 15.", &[("Dec. 15", "2022-12-15")]),
            ("Prices rose in 2019 and fell in 2021.", &[("2019", "2019"), ("2021", "2021")]),
            ("Output peaked in October 2021.", &[("October 2021", "2021-10")]),
            ("Output peaked in June of 2020.", &[("June of 2020", "2020-06")]),
            ("The rules changed in the 1990s.", &[("the 1990s", "199")]),
            ("It was a hit in the ’90s.", &[("the ’90s", "199")]),
            ("It was popular in the 1980s and 1990s.", &[("the 1980s", "198"), ("1990s", "199")]),
            ("The filing is dated 2023-03-17.", &[("2023-03-17", "2023-03-17")]),
            ("The filing is dated 3/17/2023.", &[("3/17/2023", "2023-03-17")]),
            ("A deal is expected in early 2024.", &[("early 2024", "2024")]),
            ("Shipments resume in mid-March.", &[("mid-March", "2023-03")]),
            ("He was born in the 20th century.", &[("the 20th century", "19")]),
            ("Its fiscal 1989 results were weak.", &[("fiscal 1989", "1989")]),
            ("By the end of 1990 it was over.", &[("the end of 1990", "1990")]),
            ("Talks were held Saturday, Jan. 14.", &[("Saturday, Jan. 14", "2023-01-14")]),
            ("The vote is on Tuesday, April 25.", &[("Tuesday, April 25", "2023-04-25")]),
            ("The vote was on Monday, April 25.", &[("Monday, April 25", "2022-04-25")]),
            ("The plant opened in July last year.", &[("July last year", "2022-07")]),
            ("The plant opened in January this year.", &[("January this year", "2023-01")]),
            ("The sale closed in the first quarter of 2022.", &[("the first quarter of 2022", "2022-Q1")]),
            ("Revenue in Q3 2022 rose.", &[("Q3 2022", "2022-Q3")]),
            ("The museum was founded in the year two thousand.", &[("the year two thousand", "2000")]),
            ("He arrived in nineteen ninety-six.", &[("nineteen ninety-six", "1996")]),
            ("It was built in 1066 by the king.", &[("1066", "1066")]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn ranges() {
        let got = run("Headline\n\nThe summit will run April 4-6 in Vienna.\n", Some("2023-03-17"));
        assert_eq!(got, [("April 4-6".into(), "date".into(), "2023-04-04".into(), Some("2023-04-06".into()))]);
        let got = run("Headline\n\nThe fair runs March 20 to 22.\n", Some("2023-03-17"));
        assert_eq!(got[0].3.as_deref(), Some("2023-03-22"));
        let got = run("Headline\n\nThe fair runs between March 20 and 22.\n", Some("2023-03-17"));
        assert_eq!((got[0].0.as_str(), got[0].3.as_deref()), ("between March 20 and 22", Some("2023-03-22")));
        let got = run("Headline\n\nThe index rose from 2019 to 2021.\n", Some("2023-03-17"));
        assert_eq!((got[0].0.as_str(), got[0].2.as_str(), got[0].3.as_deref()), ("2019 to 2021", "2019", Some("2021")));
        let got = run("Headline\n\nThe fair runs Dec. 30-Jan. 2.\n", Some("2023-12-20"));
        assert_eq!((got[0].2.as_str(), got[0].3.as_deref()), ("2023-12-30", Some("2024-01-02")));
    }

    #[test]
    fn relative_dates() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The ministry said Friday that talks would go on.", &[("Friday", "2023-03-17")]),
            ("The ministry said Tuesday that talks would go on.", &[("Tuesday", "2023-03-14")]),
            ("The president will travel to Rome on Tuesday.", &[("Tuesday", "2023-03-21")]),
            ("Officials met last Friday in Vienna.", &[("last Friday", "2023-03-10")]),
            ("The board meets next Monday.", &[("next Monday", "2023-03-20")]),
            ("The envoy hopes to reach Cairo next week.", &[("next week", "2023-W12")]),
            ("Sales fell last week.", &[("last week", "2023-W10")]),
            ("Prices rose this week.", &[("this week", "2023-W11")]),
            ("Sales fell last year.", &[("last year", "2022")]),
            ("Sales will rise next year.", &[("next year", "2024")]),
            ("The mayor was reelected this month.", &[("this month", "2023-03")]),
            ("He won a third term last month.", &[("last month", "2023-02")]),
            ("Rates are likely to peak this year.", &[("this year", "2023")]),
            ("The vote took place today.", &[("today", "2023-03-17")]),
            ("The vote took place yesterday.", &[("yesterday", "2023-03-16")]),
            ("The vote will take place tomorrow.", &[("tomorrow", "2023-03-18")]),
            ("The ship sank two days ago.", &[("two days ago", "2023-03-15")]),
            ("The ship sank two years ago.", &[("two years ago", "2021")]),
            ("The ship sank six weeks ago.", &[("six weeks ago", "2023-02-03")]),
            ("The rally will be held in three weeks.", &[("three weeks", "2023-W14")]),
            ("Exports rose sharply earlier this year.", &[("earlier this year", "2023")]),
            ("A ruling is expected later this month.", &[("later this month", "2023-03")]),
            ("The agency published a report in February.", &[("February", "2023-02")]),
            ("Trade talks will resume in December.", &[("December", "2023-12")]),
            ("Trade talks broke down in December.", &[("December", "2022-12")]),
            ("The firm was sold last April.", &[("last April", "2022-04")]),
            ("The firm was sold this September.", &[("this September", "2023-09")]),
            ("Trading was slow over the weekend.", &[("the weekend", "2023-W10-WE")]),
            ("The team will play this weekend.", &[("this weekend", "2023-W11-WE")]),
            ("Prices rose in the past year.", &[("the past year", "2022")]),
            ("The camp opens this summer.", &[("this summer", "2023-SU")]),
            ("The camp closed last fall.", &[("last fall", "2022-FA")]),
            ("The camp will reopen in the spring.", &[("the spring", "2023-SP")]),
            ("Late yesterday the army pulled back.", &[("Late yesterday", "2023-03-16")]),
            ("Fighting flared earlier Sunday near the town.", &[("earlier Sunday", "2023-03-12")]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn anchored_dates() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The ministers will meet on April 3 and sign the accord the following day.",
                &[("April 3", "2023-04-03"), ("the following day", "2023-04-04")],
            ),
            (
                "The ceasefire began on March 2 and collapsed the next day.",
                &[("March 2", "2023-03-02"), ("the next day", "2023-03-03")],
            ),
            ("The bridge opened in 2015. That year, traffic doubled.", &[("2015", "2015"), ("That year", "2015")]),
            ("He resigned in 2014 and died the following year.", &[("2014", "2014"), ("the following year", "2015")]),
            (
                "It filed on May 3, 2021, after the vote. The day before, it had warned.",
                &[("May 3, 2021", "2021-05-03"), ("The day before", "2021-05-02")],
            ),
            (
                "Third-quarter profit rose to $5 million from $4 million a year earlier.",
                &[("Third-quarter", "2022-Q3"), ("a year earlier", "2021-Q3")],
            ),
            (
                "Profit in the third quarter rose. In the year-ago quarter it fell.",
                &[("the third quarter", "2022-Q3"), ("the year-ago quarter", "2021-Q3")],
            ),
            ("Net income rose 5% in the quarter.", &[("the quarter", "2022-Q4")]),
            ("Sales were flat a year ago.", &[("a year ago", "2022")]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn durations_sets_and_references() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The war has lasted three years.", &[("three years", "P3Y")]),
            ("It took six months to build.", &[("six months", "P6M")]),
            ("The feud lasted a decade.", &[("a decade", "P10Y")]),
            ("A two-week trip began.", &[("two-week", "P2W")]),
            ("The meeting ran for 90 minutes.", &[("90 minutes", "PT90M")]),
            ("The currency sank to a five year low.", &[("five year", "P5Y")]),
            ("She served nearly thirty years on the bench.", &[("nearly thirty years", "P30Y")]),
            ("The talks lasted more than four hours.", &[("more than four hours", "PT4H")]),
            ("Sales fell in the past two months.", &[("the past two months", "P2M")]),
            ("Sales rose in the first nine months.", &[("the first nine months", "P9M")]),
            ("He waited a few days.", &[("a few days", "PXD")]),
            ("They have been friends for several years.", &[("several years", "PXY")]),
            ("The strike went on for weeks.", &[("weeks", "PXW")]),
            ("The retrofit took 3 1/2 years.", &[("3 1/2 years", "P3.5Y")]),
            ("The index is updated every year.", &[("every year", "P1Y")]),
            ("The magazine appears weekly.", &[("weekly", "P1W")]),
            ("The fair is held each March.", &[("each March", "XXXX-03")]),
            ("The club meets each Thursday.", &[("each Thursday", "XXXX-WXX-4")]),
            ("It pumps 1.2 million barrels a day.", &[]),
            ("It takes about a week.", &[("a week", "P1W")]),
            ("Prices are now higher.", &[("now", "PRESENT_REF")]),
            ("He is currently abroad.", &[("currently", "PRESENT_REF")]),
            ("She recently moved.", &[("recently", "PAST_REF")]),
            ("Prices will rise soon.", &[("soon", "FUTURE_REF")]),
            ("Rainfall has dropped in recent decades.", &[("recent decades", "PXDE")]),
            ("It was common in the past.", &[("the past", "PAST_REF")]),
            ("It may change in the future.", &[("the future", "FUTURE_REF")]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn times_of_day() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The quake struck March 17 at 9:41 a.m. ET.", &[("March 17 at 9:41 a.m. ET", "2023-03-17T09:41")]),
            ("The polls close at 8 p.m.", &[("8 p.m.", "2023-03-17T20:00")]),
            ("The ceremony starts at noon.", &[("noon", "2023-03-17T12:00")]),
            ("The curfew begins at midnight.", &[("midnight", "2023-03-17T24")]),
            ("The tender will close at 4 p.m. EST, Oct. 9.", &[("4 p.m. EST, Oct. 9", "2023-10-09T16:00")]),
            ("The hearing was adjourned at noon Monday.", &[("noon Monday", "2023-03-13T12:00")]),
            ("The fire started around 8:20 p.m.", &[("around 8:20 p.m.", "2023-03-17T20:20")]),
            ("The bill passed this morning.", &[("this morning", "2023-03-17TMO")]),
            ("Shelling resumed Saturday night.", &[("Saturday night", "2023-03-11TNI")]),
            ("Shelling resumed last night.", &[("last night", "2023-03-16TNI")]),
            ("The show airs Tuesday nights.", &[("Tuesday nights", "XXXX-WXX-2TNI")]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn not_times() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The two envoys have met 14 times since 2016.", &[("2016", "2016")]),
            ("He paid $2019 for the car.", &[]),
            ("She may leave the party.", &[]),
            ("May said the vote would go ahead.", &[("would", "")][..0]),
            ("Thousands joined a protest march in the capital.", &[]),
            ("March organizers said 2000 people came.", &[]),
            ("The deal was struck in May.", &[("May", "2022-05")]),
            ("The report was due by March.", &[("March", "2023-03")]),
            ("Its third term began.", &[]),
            ("The group has 2500 members.", &[]),
            ("The fall in prices hurt farmers.", &[]),
            ("She won gold at the Winter Olympics.", &[]),
            ("Prices tend to fall in spring.", &[("spring", "2023-SP")]),
            ("The company reported 1,500 new orders.", &[]),
            ("He still runs Windows 2000 at home.", &[]),
            ("He won 1,500 votes.", &[]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn wire_sentences() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The central bank raised rates on Wednesday.", &[("Wednesday", "2023-03-15")]),
            ("The central bank will decide on Thursday.", &[("Thursday", "2023-03-23")]),
            ("Lawmakers are expected to vote on Monday.", &[("Monday", "2023-03-20")]),
            ("Officials had met on Sunday.", &[("Sunday", "2023-03-12")]),
            ("The strike ended on Jan. 3.", &[("Jan. 3", "2023-01-03")]),
            ("The company will report earnings on April 27.", &[("April 27", "2023-04-27")]),
            ("The court ruled on Nov. 30 that the law stood.", &[("Nov. 30", "2022-11-30")]),
            ("Shares have fallen 20% since January.", &[("January", "2023-01")]),
            ("The talks stalled in October.", &[("October", "2022-10")]),
            ("The plant will close in October.", &[("October", "2023-10")]),
            ("The deal should close by June.", &[("June", "2023-06")]),
            ("The truce held until May 2021.", &[("May 2021", "2021-05")]),
            ("The figures cover 2020 through 2022.", &[("2020 through 2022", "2020")]),
            ("He led the firm from 1998 until 2004.", &[("1998 until 2004", "1998")]),
            ("Output fell in the second half.", &[("the second half", "2022-H2")]),
            ("Output rose in the first half of 2021.", &[("the first half of 2021", "2021-H1")]),
            ("Growth slowed in the fourth quarter.", &[("the fourth quarter", "2022-Q4")]),
            ("Growth will pick up in the fourth quarter.", &[("the fourth quarter", "2023-Q4")]),
            ("Last year's fourth quarter was weak.", &[("Last year's fourth quarter", "2022-Q4")]),
            ("The bank expects a rebound next quarter.", &[("next quarter", "2023-Q2")]),
            ("Prices fell last quarter.", &[("last quarter", "2022-Q4")]),
            (
                "The bill passed last month and takes effect next month.",
                &[("last month", "2023-02"), ("next month", "2023-04")],
            ),
            ("The index hit a record earlier this month.", &[("earlier this month", "2023-03")]),
            ("The vote is set for later this year.", &[("later this year", "2023")]),
            ("The deal closed three months ago.", &[("three months ago", "2022-12")]),
            ("The rebels seized the town 10 days ago.", &[("10 days ago", "2023-03-07")]),
            ("The company was founded a decade ago.", &[("a decade ago", "201")]),
            ("He stepped down last decade.", &[("last decade", "201")]),
            ("It was the worst crisis of the century.", &[]),
            (
                "Talks resumed on Monday. The following day, they broke down.",
                &[("Monday", "2023-03-13"), ("The following day", "2023-03-14")],
            ),
            (
                "The ship docked on March 1. The next day, it left.",
                &[("March 1", "2023-03-01"), ("The next day", "2023-03-02")],
            ),
            (
                "The vote was held in 2018. The following year, he resigned.",
                &[("2018", "2018"), ("The following year", "2019")],
            ),
            ("The mine has produced gold for decades.", &[("decades", "PXDE")]),
            ("The firm cut 300 jobs over the past three years.", &[("the past three years", "P3Y")]),
            ("Exports will grow over the next five years.", &[("the next five years", "P5Y")]),
            ("The drought has lasted 18 months.", &[("18 months", "P18M")]),
            ("The rover worked for 15 years.", &[("15 years", "P15Y")]),
            ("The flight took 11 hours.", &[("11 hours", "PT11H")]),
            ("The ceasefire lasted 72 hours.", &[("72 hours", "PT72H")]),
            ("A 30-day review began.", &[("30-day", "P30D")]),
            ("She signed a three-year contract.", &[("three-year", "P3Y")]),
            ("He was jailed for a year.", &[("a year", "P1Y")]),
            ("The mission lasted almost a month.", &[("almost a month", "P1M")]),
            ("The visa allows stays of up to 90 days.", &[("up to 90 days", "P90D")]),
            ("Results are published monthly.", &[("monthly", "P1M")]),
            ("The rate is reviewed annually.", &[("annually", "P1Y")]),
            ("The board meets every month.", &[("every month", "P1M")]),
            ("He jogs every Sunday.", &[("every Sunday", "XXXX-WXX-7")]),
            ("The market opens on Tuesdays.", &[("Tuesdays", "XXXX-WXX-2")]),
            ("The newspaper pays a quarterly dividend.", &[]),
            ("Average daily volume rose.", &[]),
            ("There is no deal for now.", &[("now", "PRESENT_REF")]),
            ("Right now the talks are stuck.", &[("Right now", "PRESENT_REF")]),
            ("The current crisis began in the spring.", &[("current", "PRESENT_REF"), ("the spring", "2023-SP")]),
            ("Stocks fell in recent weeks.", &[("recent weeks", "PXW")]),
            ("The company will report results in the coming weeks.", &[("the coming weeks", "FUTURE_REF")]),
            ("The strike ended at midnight Sunday.", &[("midnight Sunday", "2023-03-12T24")]),
            ("The blast hit at 6:15 a.m. local time.", &[("6:15 a.m. local time", "2023-03-17T06:15")]),
            ("Voting ends at 20:00 on Sunday.", &[("20:00 on Sunday", "2023-03-12T20:00")]),
            ("Protests continued overnight and into Friday morning.", &[("Friday morning", "2023-03-17TMO")]),
            ("The minister spoke yesterday afternoon.", &[("yesterday afternoon", "2023-03-16TAF")]),
            ("The leaders will dine tonight.", &[("tonight", "2023-03-17TNI")]),
            ("The law dates from the 1970s.", &[("the 1970s", "197")]),
            ("It was built in the early 1900s.", &[("the early 1900s", "190")]),
            ("He moved there in mid-2019.", &[("mid-2019", "2019")]),
            ("The bridge opened in late 2020.", &[("late 2020", "2020")]),
            ("Work starts in early April.", &[("early April", "2023-04")]),
            ("The bond matures on 2030-06-30.", &[("2030-06-30", "2030-06-30")]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn more_traps() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The march drew thousands.", &[]),
            ("Protesters will march on parliament.", &[]),
            ("Ms. May said the plan was fair.", &[]),
            ("It may rain later.", &[]),
            ("They met 12 times in 2019.", &[("2019", "2019")]),
            ("The firm has 1999 employees.", &[("1999", "1999")]),
            ("He stayed in Room 2019.", &[]),
            ("He scored 2,019 points.", &[]),
            ("The score was 3-2 at the break.", &[]),
            ("A 737 MAX jet crashed.", &[]),
            ("Sales hit 1.5 million units.", &[]),
            ("He was 44 years old when he retired.", &[]),
            ("The 120-year-old mill closed.", &[]),
            ("Each of the two sides lost.", &[]),
            ("Every one of them agreed.", &[]),
            ("It was the second time this week.", &[("this week", "2023-W11")]),
            ("Spring Street was closed.", &[]),
            ("The Summer Palace reopened.", &[]),
            ("Production will fall next year.", &[("next year", "2024")]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn without_reference_date() {
        let text = "Headline\n\nThe ministry said Friday it would act next week, as it did on March 20 and in 2019.\n";
        let got: Vec<(String, String)> = run(text, None).into_iter().map(|t| (t.0, t.2)).collect();
        let want = [("Friday", "XXXX-WXX-5"), ("next week", "XXXX-WXX"), ("March 20", "XXXX-03-20"), ("2019", "2019")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    proptest::proptest! {
        #[test]
        fn spans_are_valid(text in "\\PC{0,200}") {
            let article = crate::parse_with(&text, &crate::Options::default().with_reference_date(Date::parse_iso("2023-03-17")));
            for t in &article.times {
                proptest::prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            }
        }

        #[test]
        fn dates_never_panic(words in proptest::collection::vec(
            "(March|May|Friday|the|last|next|2019|20|1990s|’90s|a|year|ago|quarter|third|-|,|at|9:41|p\\.m\\.|early|mid-|in|weeks|\\$|%)",
            0..12,
        )) {
            let text = words.join(" ");
            let _ = crate::parse(&text);
            let _ = crate::parse_with(&text, &crate::Options::default().with_reference_date(Date::parse_iso("2024-02-29")));
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in ["", "—", "’", "Mar.", "March 99", "9:99 p.m.", "the 9990s", "Q9", "2 1/0 years", "éé 2019é"]
        {
            let _ = run(text, Some("2023-03-17"));
            let _ = run(text, None);
        }
    }
}
