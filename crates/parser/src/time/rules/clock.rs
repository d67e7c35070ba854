//! Times of day: `9:41 a.m. ET`, `noon Monday`, `this morning`, `Saturday night`.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;

use super::super::reading::{Named, Raw};
use super::dates::month_day;
use super::relative::{day_word, weekday};
use crate::lex::{Res, at_boundary, fail, kw, sp, tag_ci};

/// `a.m.`, `pm`: true for the afternoon.
pub(super) fn meridiem(i: &str) -> Res<'_, bool> {
    let (i, _) = opt(sp).parse(i)?;
    let am = alt((tag_ci("a.m."), tag_ci("am"))).map(|_| false);
    let pm = alt((tag_ci("p.m."), tag_ci("pm"))).map(|_| true);
    let (rest, pm) = alt((am, pm)).parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) { fail(i) } else { Ok((rest, pm)) }
}

/// `9:41 a.m.`, `10 p.m.`, `21:30`, `noon`, `midnight`: hour and minute.
pub(super) fn clock_time(i: &str) -> Res<'_, (u32, Option<u32>)> {
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
    // `1:21.78` is a race time in minutes, seconds and hundredths: no time of day.
    let fraction = rest.strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if h > 24 || m.is_some_and(|m| m > 59) || fraction || !at_boundary(rest) && !rest.starts_with('.') {
        return fail(i);
    }
    Ok((rest, (h, m)))
}

/// `3:07:35`, `1:02:18.052`, a race or clock length in hours, minutes and seconds (a time of day
/// has no seconds here, and is followed by `a.m.` when it does); `1:21.78`, minutes and seconds
/// with their fraction.
pub(super) fn clock_length(i: &str) -> Res<'_, Raw> {
    let two = || take_while_m_n(2, 2, |c: char| c.is_ascii_digit());
    let digits = take_while_m_n(1, 4, |c: char| c.is_ascii_digit());
    let (after, (first, _, second)) =
        (take_while_m_n(1, 2, |c: char| c.is_ascii_digit()), char(':'), two()).parse(i)?;
    let (after, third) = opt((char(':'), two()).map(|(_, s)| s)).parse(after)?;
    let (rest, fraction) = opt((char('.'), digits).map(|(_, f)| f)).parse(after)?;
    let number = |d: &str| d.parse::<u32>().unwrap_or(99);
    // Without hours, only the fraction of a second tells a length from a time of day.
    let (h, m, sec) = match third {
        Some(sec) => (number(first), number(second), number(sec)),
        None if fraction.is_some() => (0, number(first), number(second)),
        None => return fail(i),
    };
    if m > 59 || sec > 59 || !at_boundary(rest) || rest.starts_with(':') || meridiem(rest).is_ok() {
        return fail(i);
    }
    let part = |n: u32, code: char| if n == 0 { String::new() } else { format!("{n}{code}") };
    let seconds = match fraction {
        Some(f) => format!("{sec}.{f}S"),
        None => part(sec, 'S'),
    };
    let value = format!("PT{}{}{seconds}", part(h, 'H'), part(m, 'M'));
    Ok((rest, Raw::Duration { value, bare: false, article: false }))
}

/// ` ET`, ` GMT`, ` local time`.
pub(super) fn time_zone(i: &str) -> Res<'_, &str> {
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

/// `1030 GMT`: the wire's clock of four digits, only before a time zone (alone it is a year).
fn wire_clock(i: &str) -> Res<'_, (u32, Option<u32>)> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    let (h, m) = (digits[..2].parse::<u32>().unwrap_or(99), digits[2..].parse::<u32>().unwrap_or(99));
    if h > 23 || m > 59 || rest.starts_with(|c: char| c.is_ascii_digit()) || time_zone(rest).is_err() {
        return fail(i);
    }
    Ok((rest, (h, Some(m))))
}

/// `around 8:20 p.m.`, `11 p.m. Tuesday`, `noon Monday`, `9:41 a.m. ET`, `1030 GMT`.
pub(super) fn clock(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt((alt((kw("around"), kw("about"))), sp)).parse(i)?;
    let (i, (h, m)) = alt((clock_time, wire_clock)).parse(i)?;
    let (i, _) = opt(time_zone).parse(i)?;
    let on = alt(((opt(char(',')), sp, opt((kw("on"), sp)), alt((weekday, day_word, month_day))).map(|(.., r)| r),));
    let (i, on) = opt(on).parse(i)?;
    Ok((i, Raw::Clock { hour: h, minute: m, on: on.map(Box::new) }))
}

/// `this morning`, `Saturday night`, `yesterday afternoon`, `last night`, `Tuesday nights` (a set).
pub(super) fn day_part(i: &str) -> Res<'_, Raw> {
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
    if let Ok(found) = mid_part(i) {
        return Ok(found);
    }
    let (rest, (day, _, part)) = (day, sp, part).parse(i)?;
    match (day, part) {
        (Raw::Named(Named::Weekday(d), _), "NIS") => Ok((rest, Raw::Set(format!("XXXX-WXX-{d}TNI")))),
        (_, "NIS") => fail(i),
        (day, part) => Ok((rest, Raw::DayPart(part, Box::new(day)))),
    }
}

/// Succeeds before ` night` without consuming it.
pub(super) fn peek_night(i: &str) -> Res<'_, ()> {
    nom::combinator::peek((sp, kw("night"))).map(|_| ()).parse(i)
}

/// `mid-afternoon`, `midmorning yesterday`, `mid afternoon Friday`: the middle of a part of a day,
/// today unless a day follows.
pub(super) fn mid_part(i: &str) -> Res<'_, Raw> {
    let (i, _) = (tag_ci("mid"), opt(alt((tag("-"), sp)))).parse(i)?;
    let mut part = alt((kw("morning").map(|_| "MO"), kw("afternoon").map(|_| "AF"), kw("evening").map(|_| "EV")));
    let (i, part) = part.parse(i)?;
    let (rest, day) = opt((sp, alt((day_word, weekday))).map(|(_, d)| d)).parse(i)?;
    match day {
        Some(Raw::Set(_)) => fail(i),
        day => Ok((rest, Raw::DayPart(part, Box::new(day.unwrap_or(Raw::DayOffset(0)))))),
    }
}
