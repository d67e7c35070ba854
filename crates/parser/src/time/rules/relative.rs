//! Names and relative expressions: `Friday`, `today`, `next week`, `the following day`,
//! `the third quarter`, `last summer`, `early 2024`, `now`, `recent years`.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;

use super::super::reading::{Named, Point, Raw, Season, Unit, Which};
use super::clock::day_part;
use super::dates::{decade, month_day, month_year, weekday_name, year_in_words, year_rule, year4};
use super::lengths::duration_value;
use super::{ordinal_word, unit_singular, which};
use crate::lex::{Res, alpha, at_boundary, fail, kw, sp, tag_ci};

/// `Friday`, `last Friday`, `next Monday`, `Tuesdays` (a set).
pub(super) fn weekday(i: &str) -> Res<'_, Raw> {
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

/// `the previous Friday`, `the following Monday`, `the preceding Sunday`.
pub(super) fn anchored_weekday(i: &str) -> Res<'_, Raw> {
    let direction = alt((kw("previous").map(|_| -1), kw("preceding").map(|_| -1), kw("following").map(|_| 1)));
    let (rest, (_, _, n, _, d)) = (kw("the"), sp, direction, sp, weekday_name).parse(i)?;
    Ok((rest, Raw::AnchoredWeekday(d, n)))
}

/// `today`, `yesterday`, `tomorrow`, `tonight`.
pub(super) fn day_word(i: &str) -> Res<'_, Raw> {
    alt((
        kw("today").map(|_| Raw::DayOffset(0)),
        kw("yesterday").map(|_| Raw::DayOffset(-1)),
        kw("tomorrow").map(|_| Raw::DayOffset(1)),
        kw("tonight").map(|_| Raw::DayPart("NI", Box::new(Raw::DayOffset(0)))),
    ))
    .parse(i)
}

/// `this week`, `next month`, `last year`, `the past year`, `the current quarter`, `this weekend`.
pub(super) fn relative_unit(i: &str) -> Res<'_, Raw> {
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
    // `rose 0.2% from the previous month`: the month before the one reported on.
    if the.is_some() && n == -1 && u == Unit::Month {
        return Ok((i, Raw::PriorMonth));
    }
    // `the next day` and `the previous year` count from the anchor; `next week` from today. A
    // decade or a century is too long to follow a story's dates: `the next decade` is from today.
    let long = matches!(u, Unit::Decade | Unit::Century);
    if the.is_some() && matches!(n, 1 | -1) && !i.is_empty() && (n == 1 && !long || u == Unit::Day) {
        return Ok((i, Raw::Anchored(u, n)));
    }
    match u {
        Unit::Day | Unit::Second | Unit::Minute | Unit::Hour => fail(i),
        Unit::Weekend => Ok((i, Raw::Named(Named::Weekend, [Which::Last, Which::This, Which::Next][(n + 1) as usize]))),
        _ => Ok((i, Raw::Rel(u, n))),
    }
}

/// `the weekend`, `over the weekend`.
pub(super) fn the_weekend(i: &str) -> Res<'_, Raw> {
    (kw("the"), sp, kw("weekend")).map(|_| Raw::Named(Named::Weekend, Which::Tense)).parse(i)
}

/// `the year ended June 30` (a length), `the full year`, `the fiscal year`, `the current fiscal year`, `for the year`,
/// `year-end`, `year's end`.
pub(super) fn the_year(i: &str) -> Res<'_, Raw> {
    if let Ok((rest, _)) = (kw("year"), alt((tag("-"), sp, tag("'s "), tag("’s "))), kw("end")).parse(i) {
        return Ok((rest, Raw::YearEnd));
    }
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

/// `the following day`, `the day before`, `that year`, `the same day`, `the previous Friday`.
pub(super) fn anchored(i: &str) -> Res<'_, Raw> {
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
    let (rest, raw) = alt((anchored_weekday, following, that, day_before)).parse(i)?;
    match raw {
        Raw::Anchored(Unit::Second | Unit::Minute | Unit::Hour, _) => fail(i),
        _ => Ok((rest, raw)),
    }
}

/// `first`, `2nd`, `third`; a quarter number.
pub(super) fn quarter_ordinal(i: &str) -> Res<'_, u32> {
    let words = |i| ordinal_word(i, 4);
    let digits =
        (take_while_m_n(1, 1, |c: char| ('1'..='4').contains(&c)), alt((tag("st"), tag("nd"), tag("rd"), tag("th"))))
            .map(|(d, _): (&str, _)| d.parse::<u32>().unwrap_or(1));
    alt((words, digits)).parse(i)
}

/// `the third quarter`, `third-quarter`, `the fiscal first quarter`, `the first quarter of 2022`,
/// `this year's third quarter`, `Q3 2022`, `the first half`.
pub(super) fn quarter(i: &str) -> Res<'_, Raw> {
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
    // `the first two quarters of 1990` is its first half (but `the last two quarters` alone runs
    // up to now: a length).
    let two_quarters = (alt((kw("first").map(|_| 1), kw("last").map(|_| 2))), sp, kw("two"), sp, kw("quarters"));
    if let Ok((rest, ((half, ..), which))) = (two_quarters, of_year).parse(i) {
        return Ok((rest, Raw::Named(Named::Half(half), which)));
    }
    let (i, _) = opt((kw("fiscal"), sp)).parse(i)?;
    // `the last half of 1989` is the second half.
    let last_half = (kw("last"), nom::combinator::peek((sp, kw("half")))).map(|_| 2);
    let (i, q) = alt((quarter_ordinal, last_half)).parse(i)?;
    let (i, sep) = alt((sp, tag("-"))).parse(i)?;
    if sep == "-" && the.is_some() && owner.is_none() {
        return fail(i);
    }
    let (i, half) = alt((kw("quarter").map(|_| false), kw("half").map(|_| true))).parse(i)?;
    if half && q > 2 {
        return fail(i);
    }
    // `the last half of the '80s`: a part of the decade, which TimeML values as the decade.
    if let Ok((rest, (.., decade))) = (sp, kw("of"), sp, decade).parse(i) {
        return Ok((rest, decade));
    }
    let year = alt((of_year, (opt(char(',')), sp, year4).map(|(.., y)| Which::Year(y))));
    let (i, y) = opt(year).parse(i)?;
    let which = owner.or(y).unwrap_or(Which::Tense);
    Ok((i, Raw::Named(if half { Named::Half(q) } else { Named::Quarter(q) }, which)))
}

/// ` of 2022`, ` of this year` (or ` of the year`), ` of last year`, ` of next year`.
fn of_year(i: &str) -> Res<'_, Which> {
    let (i, _) = (sp, kw("of"), sp).parse(i)?;
    alt((
        year4.map(Which::Year),
        (alt((kw("this"), kw("the"))), sp, kw("year")).map(|_| Which::YearRel(0)),
        (kw("last"), sp, kw("year")).map(|_| Which::YearRel(-1)),
        (kw("next"), sp, kw("year")).map(|_| Which::YearRel(1)),
    ))
    .parse(i)
}

/// `the quarter`, `the latest quarter`, `the year-ago quarter`, `Q3`, `Q3 2022`.
pub(super) fn quarter_words(i: &str) -> Res<'_, Raw> {
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
    let same = || opt((alt((kw("comparable"), kw("corresponding"), kw("same"))), sp));
    let period = || alt((kw("quarter"), kw("period")));
    // A quarter a year back is that quarter; a `period` a year back is the period under
    // discussion a year back, which is a year when no quarter or month is under discussion
    // (`the first two months … the same period last year`).
    let back = |noun: &str| {
        if noun.eq_ignore_ascii_case("period") { Raw::Ago(Unit::Year, -1) } else { Raw::YearAgoQuarter }
    };
    let year_ago = alt((
        (kw("the"), sp, same(), alt((kw("year-ago"), kw("year-earlier"))), sp, period()).map(|(.., n)| back(n)),
        // `the quarter a year ago`, `the same period a year earlier`, `the corresponding period last year`.
        (
            kw("the"),
            sp,
            same(),
            period(),
            sp,
            alt((
                (kw("a"), sp, kw("year"), sp, alt((kw("ago"), kw("earlier")))).map(|_| ()),
                (kw("last"), sp, kw("year")).map(|_| ()),
            )),
        )
            .map(|(_, _, _, n, ..)| back(n)),
        (kw("last"), sp, tag_ci("year"), alt((tag("'s"), tag("’s"))), sp, period()).map(|(.., n)| back(n)),
    ));
    let year_period =
        (kw("the"), sp, year4, sp, alt((kw("quarter"), kw("period")))).map(|(_, _, y, ..)| Raw::QuarterOfYear(y));
    let adjective = alt((kw("year-ago"), kw("year-earlier"))).map(|_| Raw::Ago(Unit::Year, -1));
    let (rest, raw) = alt((
        quarter_ended,
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

/// `the quarter ended Sept. 30`, `the quarter ending March 31, 2024`: the day it ends says which
/// quarter; the day stays outside the span. (`the period ended` may be a year.)
fn quarter_ended(i: &str) -> Res<'_, Raw> {
    let (rest, _) = (kw("the"), sp, kw("quarter")).parse(i)?;
    let ended = alt((kw("ended").map(|_| true), kw("ending").map(|_| false)));
    match (sp, ended, sp, month_day).parse(rest) {
        Ok((_, (_, ended, _, Raw::Day { year, month, day }))) => {
            Ok((rest, Raw::QuarterEnded { year, month, day, ended }))
        }
        _ => fail(i),
    }
}

/// `summer`, `this summer`, `last fall`, `the winter of 1994`, `spring 2024`.
pub(super) fn season(i: &str) -> Res<'_, Raw> {
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

/// `early 2024`, `mid-March`, `late yesterday`, `earlier this year`, `the end of 1990`, `the middle of October`,
/// `later in the day`.
pub(super) fn part_of(i: &str) -> Res<'_, Raw> {
    // `later in the day`: the day the story is on (but `at the end of the day` is an idiom).
    let mut the_day = (alt((kw("earlier"), kw("later"))), sp, kw("in"), sp, kw("the"), sp, kw("day"));
    if let Ok((rest, _)) = the_day.parse(i) {
        return Ok((rest, Raw::Anchored(Unit::Day, 0)));
    }
    let mut prefix = alt((
        (opt((kw("the"), sp)), kw("early"), sp).map(|_| ()),
        (opt((kw("the"), sp)), kw("late"), sp).map(|_| ()),
        (kw("the"), sp, tag_ci("mid"), alt((tag("-"), sp))).map(|_| ()),
        (alt((kw("earlier"), kw("later"))), sp, kw("in"), sp).map(|_| ()),
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
pub(super) fn vague(i: &str) -> Res<'_, Raw> {
    // Every form opens with a keyword, which matches only a whole run of ASCII letters: only the
    // forms that the first word opens are tried, in the order of their rules.
    let first = &i[..i.bytes().take_while(u8::is_ascii_alphabetic).count()];
    let is = |w: &str| first.eq_ignore_ascii_case(w);
    if is("the") {
        let (i, _) = (kw("the"), sp).parse(i)?;
        return vague_after_the(i);
    }
    if is("recent") {
        return alt((
            (kw("recent"), sp, kw("years")).map(|_| Raw::Ref("PAST_REF")),
            (kw("recent"), sp, alpha).map_opt(|(.., w)| match Unit::from_noun(w) {
                Some((u, true)) => Some(Raw::Duration { value: duration_value(None, u), bare: false, article: false }),
                _ => None,
            }),
            kw("recent").map(|_| Raw::Ref("PAST_REF")),
        ))
        .parse(i);
    }
    if is("coming") {
        return (kw("coming"), sp, plural_unit).map(|_| Raw::Ref("FUTURE_REF")).parse(i);
    }
    if is("then") {
        return (kw("then"), alt((sp, tag("-"))), kw("current")).map(|_| Raw::Ref("PAST_REF")).parse(i);
    }
    if is("right") {
        return (kw("right"), sp, kw("now")).map(|_| Raw::Ref("PRESENT_REF")).parse(i);
    }
    // `at a later date`.
    if is("a") {
        return (kw("a"), sp, kw("later"), sp, kw("date")).map(|_| Raw::Ref("FUTURE_REF")).parse(i);
    }
    // `in past years`: the past, like `in recent years`.
    if is("past") {
        return (kw("past"), sp, kw("years")).map(|_| Raw::Ref("PAST_REF")).parse(i);
    }
    if is("these") {
        return (kw("these"), sp, kw("days")).map(|_| Raw::Ref("PRESENT_REF")).parse(i);
    }
    let one_word = [
        ("current", "PRESENT_REF"),
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("nowadays", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("lately", "PAST_REF"),
        ("soon", "FUTURE_REF"),
    ];
    match one_word.iter().find(|(w, _)| is(w)) {
        Some(&(w, reference)) => kw(w).map(|_| Raw::Ref(reference)).parse(i),
        None => fail(i),
    }
}

/// The forms of [`vague`] that open with `the`, from the word after it: `the coming months`,
/// `the future`, `the near term`, `the years`, `the weeks ahead`, `the past`.
fn vague_after_the(i: &str) -> Res<'_, Raw> {
    alt((
        (kw("coming"), sp, plural_unit).map(|_| Raw::Ref("FUTURE_REF")),
        (opt((kw("near"), sp)), kw("future")).map(|_| Raw::Ref("FUTURE_REF")),
        // `in the near term`.
        (alt((kw("near"), kw("short"))), sp, kw("term")).map(|_| Raw::Ref("FUTURE_REF")),
        // `over the years`: a vague length, kept after `over`, `for` or `in` like `years`.
        alpha.map_opt(|w| match Unit::from_noun(w) {
            Some((u, true)) if matches!(u, Unit::Year | Unit::Decade) && w.starts_with(char::is_lowercase) => {
                Some(Raw::Duration { value: duration_value(None, u), bare: true, article: false })
            }
            _ => None,
        }),
        // `the weeks ahead`, `the months ahead`: a vague length.
        (alpha, sp, kw("ahead")).map_opt(|(w, ..)| match Unit::from_noun(w) {
            Some((u, true)) => Some(Raw::Duration { value: duration_value(None, u), bare: false, article: false }),
            _ => None,
        }),
        kw("past").map(|_| Raw::Ref("PAST_REF")),
    ))
    .parse(i)
}

/// A unit of time in the plural (`months`, `years`).
fn plural_unit(i: &str) -> Res<'_, ()> {
    let (rest, w) = alpha(i)?;
    match Unit::from_noun(w) {
        Some((_, true)) => Ok((rest, ())),
        _ => fail(i),
    }
}
