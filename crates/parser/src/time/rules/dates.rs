//! Calendar dates: `March 17, 2023`, `17 March`, `2023-03-17`, `Saturday, April 25`,
//! `September 2022`, `2019`, `nineteen ninety-six`, `the 1990s`, `the 20th century`.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;

use super::super::holidays::holiday_name;
use super::super::reading::{Named, Point, Raw, Which, valid_day};
use super::clock::{clock_time, time_zone};
use super::{number_word_in, ordinal_word, which};
use crate::date::Date;
use crate::lex::{Res, alpha, at_boundary, cardinal, fail, kw, sp, tag_ci};
use crate::lexicon::{self, Class};

/// A capitalized month name (`March`) or abbreviation (`Mar.`, `Sept.`); the flag tells an abbreviation.
pub(in crate::time) fn month_name(i: &str) -> Res<'_, (u32, bool)> {
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
pub(super) fn day_number(i: &str) -> Res<'_, u32> {
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
pub(super) fn year4(i: &str) -> Res<'_, i32> {
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
pub(super) fn year_suffix(i: &str) -> Res<'_, i32> {
    let (i, _) = opt(char(',')).parse(i)?;
    let (i, _) = sp(i)?;
    year4(i)
}

/// `2023-03-17`.
pub(super) fn iso_date(i: &str) -> Res<'_, Raw> {
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
pub(super) fn slash_date(i: &str) -> Res<'_, Raw> {
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
pub(super) fn range_end(i: &str, between: bool) -> Res<'_, (Option<u32>, u32)> {
    let dash = (opt(sp), alt((tag("-"), tag("–"), tag("—"))), opt(sp)).map(|_| true);
    let word = (sp, alt((kw("to"), kw("through"), kw("until"))), sp).map(|_| false);
    let mut and = (sp, kw("and"), sp).map(|_| false);
    let (i, dashed) = if between { and.parse(i)? } else { alt((dash, word)).parse(i)? };
    let (i, m2) = opt((month_name, sp).map(|((m, _), _)| m)).parse(i)?;
    // `May 3 to June 9` is two dates in TimeML; a dash or `between` makes one range.
    if m2.is_some() && !dashed && !between {
        return fail(i);
    }
    let (i, d2) = day_number(i)?;
    Ok((i, (m2, d2)))
}

/// ` and 15` after day 14: the day after, named on its own, ending the phrase.
fn next_day(i: &str, day: u32) -> Option<&str> {
    let (rest, (_, _, _, d2)) = (sp, kw("and"), sp, day_number).parse(i).ok()?;
    let word = rest.trim_start_matches(' ');
    let ends = !word.starts_with(char::is_alphanumeric)
        || word.starts_with(char::is_lowercase) && {
            let w = alpha(word).map_or("", |(_, w)| w);
            Class::FunctionWord.has(w) || Class::PlacePreposition.has(w) || ["at", "and", "for", "with"].contains(&w)
        };
    (d2 == day + 1 && ends).then_some(rest)
}

/// `between March 20 and 22`.
pub(super) fn between_days(i: &str) -> Res<'_, Raw> {
    let (i, _) = (kw("between"), sp).parse(i)?;
    month_day_range(i, true)
}

/// `March 17`, `Mar. 17, 2023`, `March 20-22`, `March 17 at 9:41 a.m.`.
pub(super) fn month_day(i: &str) -> Res<'_, Raw> {
    month_day_range(i, false)
}

/// A month and day with an optional range end; `between` allows `and` as the link.
pub(super) fn month_day_range(i: &str, between: bool) -> Res<'_, Raw> {
    let (i, (m, _)) = month_name(i)?;
    let (i, _) = sp(i)?;
    let (i, d) = day_number(i)?;
    let (i, end) = opt(|i| range_end(i, between)).parse(i)?;
    if between && end.is_none() {
        return fail(i);
    }
    // `December 14 and 15`: two days in a row, one range (but `March 3 and 15 people`).
    let (i, end, joined) = match end {
        Some(end) => (i, Some(end), false),
        None => match next_day(i, d) {
            Some(rest) => (rest, Some((None, d + 1)), true),
            None => (i, None, false),
        },
    };
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
            Raw::DayRange { year: y, month: m, day: d, end_month: m2, end_day: d2 }
        }
        None => Raw::Day { year: y, month: m, day: d },
    };
    // (`December 14 and 15 at noon` is noon on each day, no one time.)
    if joined { Ok((i, raw)) } else { with_clock(i, raw) }
}

/// `17 March 2023`, `17 March`.
pub(super) fn day_month(i: &str) -> Res<'_, Raw> {
    let (i, d) = day_number(i)?;
    let (i, _) = sp(i)?;
    let (i, (m, _)) = month_name(i)?;
    let (i, y) = opt(preceded_sp(year4)).parse(i)?;
    if !valid_day(y, m, d) {
        return fail(i);
    }
    with_clock(i, Raw::Day { year: y, month: m, day: d })
}

pub(super) fn preceded_sp<'a, O>(p: impl Fn(&'a str) -> Res<'a, O>) -> impl Fn(&'a str) -> Res<'a, O> {
    move |i| {
        let (i, _) = sp(i)?;
        p(i)
    }
}

/// An optional ` at 9:41 a.m.` after a date.
pub(super) fn with_clock(i: &str, raw: Raw) -> Res<'_, Raw> {
    if let Ok((rest, (_, _, _, (h, m)))) = (sp, kw("at"), sp, clock_time).parse(i) {
        let (rest, _) = opt(time_zone).parse(rest)?;
        return Ok((rest, Raw::Clock { hour: h, minute: m, on: Some(Box::new(raw)) }));
    }
    Ok((i, raw))
}

/// A capitalized weekday name.
pub(super) fn weekday_name(i: &str) -> Res<'_, u32> {
    let (rest, w) = alpha(i)?;
    match lexicon::weekday_number(w) {
        Some(n) if w.starts_with(char::is_uppercase) => Ok((rest, n)),
        _ => fail(i),
    }
}

/// `Saturday, April 25`: the date decides.
pub(super) fn weekday_date(i: &str) -> Res<'_, Raw> {
    let (i, wd) = weekday_name(i)?;
    let (i, _) = opt(char(',')).parse(i)?;
    let (i, _) = sp(i)?;
    let (rest, raw) = alt((month_day, day_month)).parse(i)?;
    Ok((rest, Raw::OnWeekday(wd, Box::new(raw))))
}

/// `September 2022`, `January this year`, `June last year`, `last April`, `February`.
pub(super) fn month_year(i: &str) -> Res<'_, Raw> {
    let (i, w) = opt((which, sp).map(|(w, _)| w)).parse(i)?;
    let (rest, (m, abbrev)) = month_name(i)?;
    let year = alt((
        (opt(char(',')), opt((sp, kw("of"))), sp, year4).map(|(_, _, _, y)| Which::Year(y)),
        // `January nineteen ninety-seven`.
        (sp, year_in_words).map_opt(|(_, raw)| match raw {
            Raw::Abs(Point::Year(y)) => Some(Which::Year(y)),
            _ => None,
        }),
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

/// `2019`, `fiscal 1989`, `the year 2000`, `from 2019 to 2021` (without `from`), `2009-2010`.
pub(super) fn year_rule(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt(alt(((kw("fiscal"), sp).map(|_| ()), (kw("the"), sp, kw("year"), sp).map(|_| ())))).parse(i)?;
    let (i, y) = year4(i)?;
    let to = (
        alt((
            sp.and(alt((kw("to"), kw("through"), kw("until")))).map(|_| ()),
            tag("–").map(|_| ()),
            tag("-").map(|_| ()),
        )),
        opt(sp),
        year4,
    );
    match to.map(|(_, _, y2)| y2).parse(i) {
        Ok((rest, y2)) if y2 > y => Ok((rest, Raw::YearRange(y, y2))),
        _ => Ok((i, Raw::Abs(Point::Year(y)))),
    }
}

/// `nineteen ninety-six`, `the year two thousand`.
pub(super) fn year_in_words(i: &str) -> Res<'_, Raw> {
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
pub(super) fn decade(i: &str) -> Res<'_, Raw> {
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
    // `the nineties`: a tens word made plural, in the 1900s.
    let words = |i| {
        let (rest, w) = alpha(i)?;
        let tens = w.strip_suffix("ies").map(|stem| format!("{stem}y"));
        match tens.as_deref().and_then(lexicon::number_value) {
            Some(v) if the.is_some() && (20.0..=90.0).contains(&v) && v % 10.0 == 0.0 => {
                Ok((rest, Some(190 + (v / 10.0) as i32)))
            }
            _ => fail(i),
        }
    };
    let (rest, d) = alt((full, short, words)).parse(i)?;
    match d {
        Some(d) if at_boundary(rest) => Ok((rest, Raw::Abs(Point::Decade(d)))),
        _ => {
            let _ = the;
            fail(i)
        }
    }
}

/// `the 20th century`, `the nineteenth century`.
pub(super) fn century(i: &str) -> Res<'_, Raw> {
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

/// `Thanksgiving`, `Christmas Eve`, `last Easter`, `New Year’s Day 2020`.
pub(super) fn holiday(i: &str) -> Res<'_, Raw> {
    let (i, w) = opt((which, sp).map(|(w, _)| w)).parse(i)?;
    let (rest, n) = holiday_name(i)?;
    // `Easter Island`, `the Good Friday Agreement`: a holiday's name inside another name.
    if rest.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase)) {
        return fail(i);
    }
    let year = alt(((opt(char(',')), sp, year4).map(|(.., y)| y), (sp, kw("of"), sp, year4).map(|(.., y)| y)));
    let (rest, y) = opt(year).parse(rest)?;
    Ok((rest, Raw::Holiday(n, y.map(Which::Year).or(w).unwrap_or(Which::Tense))))
}
