//! Lengths and recurrences: `three years`, `the past two months`, `weeks`, `two days ago`,
//! `a year earlier`, `every March`, `weekly`.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;

use super::super::reading::{Raw, Unit, push_padded};
use super::dates::{month_name, weekday_name};
use super::unit_singular;
use crate::lex::{Res, alpha, at_boundary, cardinal, fail, kw, sp};
use crate::lexicon::{self, Class};

/// A count before a unit: a number, `a`, `a few`, `several`, `a couple of`; `None` when vague.
pub(super) fn count(i: &str) -> Res<'_, (Option<f64>, bool)> {
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
pub(super) fn opens_count(i: &str) -> bool {
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

/// ` and a half`, which adds a half to the count before it (`one and a half`, `a minute and a half`).
pub(super) fn and_a_half(i: &str) -> Res<'_, f64> {
    (sp, kw("and"), sp, alt((kw("a"), kw("one"))), sp, kw("half")).map(|_| 0.5).parse(i)
}

/// A cardinal and the `1/2` or ` and a half` after it when there is one: `3`, `2 1/2`, `one and a half`.
pub(super) fn cardinal_and_fraction(i: &str) -> Res<'_, f64> {
    let (after, n) = cardinal(i)?;
    if let Ok((rest, half)) = and_a_half(after) {
        return Ok((rest, n + half));
    }
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
pub(super) fn count_unit(i: &str) -> Res<'_, (Option<f64>, Unit, bool)> {
    let (i, (n, article)) = count(i)?;
    let (i, sep) = alt((sp, tag("-"))).parse(i)?;
    // `20 more years`, `an additional year`, `eight trading days`: a word between count and unit.
    let between = alt((kw("more"), kw("additional"), kw("extra"), kw("trading"), kw("business"), kw("working")));
    let (i, _) = if sep == "-" { Ok((i, None)) } else { opt((between, sp)).parse(i) }?;
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
    // `a few week` is not English; a vague count needs the plural, except before a hyphen (`several-year`).
    if n.is_none() && !plural && !hyphen {
        return fail(i);
    }
    Ok((rest, (n, u, article)))
}

/// The TIMEX3 duration value of a count of units.
pub(in crate::time) fn duration_value(n: Option<f64>, u: Unit) -> String {
    let (code, mul, time) = u.duration_code();
    let t = if time { "T" } else { "" };
    match n {
        None => {
            let code = match u {
                Unit::Decade => "DE",
                Unit::Century => "CE",
                _ => code,
            };
            ["P", t, "X", code].concat()
        }
        Some(n) => {
            let v = n * mul;
            // `two thousand years` is two millennia.
            if code == "Y" && !time && v >= 1000.0 && v % 1000.0 == 0.0 {
                return whole_count("", v as i64 / 1000, "L");
            }
            if v.fract() == 0.0 {
                return whole_count(t, v as i64, code);
            }
            // `2 1/2 years` is P2Y6M, `5 1/2 hours` PT5H30M: the rest in the next smaller unit.
            let smaller = match u {
                Unit::Year => Some((12.0, "M", "")),
                Unit::Day => Some((24.0, "H", "T")),
                Unit::Hour | Unit::Minute => Some((60.0, if u == Unit::Hour { "M" } else { "S" }, "")),
                _ => None,
            };
            match smaller {
                Some((per, sub, sub_t)) if (v.fract() * per).fract() == 0.0 => {
                    let whole = v.trunc() as i64;
                    let rest = (v.fract() * per) as i64;
                    let head = if whole == 0 { String::new() } else { format!("{whole}{code}") };
                    format!("P{t}{head}{sub_t}{rest}{sub}")
                }
                _ => format!("P{t}{v}{code}"),
            }
        }
    }
}

/// `P{t}{n}{code}`, the value of a whole count, put together without the formatting machinery.
fn whole_count(t: &str, n: i64, code: &str) -> String {
    let mut value = String::with_capacity(16);
    value.push('P');
    value.push_str(t);
    push_padded(&mut value, n, 0);
    value.push_str(code);
    value
}

/// A modifier that TimeML keeps inside a duration's span.
pub(super) fn duration_modifier(i: &str) -> Res<'_, ()> {
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
pub(super) fn duration(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt((duration_modifier, sp)).parse(i)?;
    let (rest, (n, u, article)) = count_unit(i)?;
    // `a minute and a half`, `an hour and a half`.
    if let (Some(n), Ok((after, half))) = (n, and_a_half(rest)) {
        return Ok((after, Raw::Duration { value: duration_value(Some(n + half), u), bare: false, article: false }));
    }
    if let Some((after, value)) = n.and_then(|n| clock_units(n, u, rest)) {
        return Ok((after, Raw::Duration { value, bare: false, article: false }));
    }
    Ok((rest, Raw::Duration { value: duration_value(n, u), bare: false, article }))
}

/// `1 hour 02 minutes 13.448 seconds`, `1 minute 21.45 seconds`: a length told in hours, minutes
/// and seconds, from the coarsest down, is one length. `n` of unit `u` has been read, and `i`
/// follows; only the seconds may have a fraction.
fn clock_units(n: f64, u: Unit, i: &str) -> Option<(&str, String)> {
    let code = |u: Unit| match u {
        Unit::Hour => Some('H'),
        Unit::Minute => Some('M'),
        Unit::Second => Some('S'),
        _ => None,
    };
    code(u)?;
    let (mut rest, mut last, mut n) = (i, u, n);
    let mut value = String::from("PT");
    loop {
        let whole = n.fract() == 0.0;
        let next = (sp, count_unit).parse(rest).ok().filter(|(_, (_, (m, v, article)))| {
            !article && m.is_some() && code(*v).is_some() && v.granularity() < last.granularity() && whole
        });
        if n.fract() != 0.0 && last != Unit::Second {
            return None;
        }
        let code = code(last)?;
        // A whole count is written by its digits, as the format writes it; any other through the format.
        if n.fract() == 0.0 && n.is_sign_positive() && n < 1e15 {
            push_padded(&mut value, n as i64, 0);
        } else {
            value.push_str(&format!("{n}"));
        }
        value.push(code);
        match next {
            Some((after, (_, (Some(m), v, _)))) => (rest, last, n) = (after, v, m),
            _ => break,
        }
    }
    // One unit alone is the plain length.
    (rest.len() < i.len()).then_some((rest, value))
}

/// `the past two months`, `the first nine months`, `the nine months`, `the next two weeks`, `the last few days`.
pub(super) fn duration_with_the(i: &str) -> Res<'_, Raw> {
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
pub(super) fn bare_plural(i: &str) -> Res<'_, Raw> {
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
pub(super) fn ago(i: &str) -> Res<'_, Raw> {
    let (i, _) = opt((alt((kw("nearly"), kw("almost"), kw("about"), kw("some"))), sp)).parse(i)?;
    let (unit_end, (n, u, _)) = count_unit(i)?;
    // `a week or so ago`.
    let (i, _) = opt((sp, kw("or"), sp, kw("so"))).parse(unit_end)?;
    let (i, _) = sp(i)?;
    let (rest, dir) = alt((
        kw("ago").map(|_| 0),
        kw("earlier").map(|_| -1),
        kw("before").map(|_| -1),
        kw("later").map(|_| 1),
        (kw("from"), sp, kw("now")).map(|_| 2),
    ))
    .parse(i)?;
    let length = || Raw::Duration { value: duration_value(n, u), bare: false, article: false };
    // `a month earlier than usual`: a length that compares, not a date.
    if dir != 0 && dir != 2 && (sp, kw("than")).parse(rest).is_ok() {
        return Ok((unit_end, length()));
    }
    let Some(n) = n.filter(|n| n.fract() == 0.0) else {
        // `a few days later`, `several months before`: a vague length, its direction outside the span.
        if n.is_none() && (dir == 1 || dir == -1) {
            return Ok((unit_end, length()));
        }
        return Ok((rest, Raw::Ref(if dir == 2 || dir == 1 { "FUTURE_REF" } else { "PAST_REF" })));
    };
    if (dir == 1 || dir == -1) && u.granularity() <= Unit::Week.granularity() {
        return Ok((rest, Raw::Duration { value: duration_value(Some(n), u), bare: false, article: false }));
    }
    let n = n as i64;
    Ok((
        rest,
        match dir {
            // `six weeks ago` is a week, `four years ago` a year: the unit's granularity.
            0 => Raw::Ago(u, -n),
            2 => Raw::Rel(u, n),
            d => Raw::Anchored(u, d * n),
        },
    ))
}

/// `every year`, `each March`, `each Thursday`, `weekly`, `daily`, `annually`.
pub(super) fn set(i: &str) -> Res<'_, Raw> {
    let every = (alt((kw("every"), kw("each"))), sp);
    let target = alt((
        unit_singular.map(|u| duration_value(Some(1.0), u)),
        month_name.map(|(m, _)| format!("XXXX-{m:02}")),
        weekday_name.map(|d| format!("XXXX-WXX-{d}")),
    ));
    let adverb = alt((
        kw("daily").map(|_| "P1D"),
        kw("weekly").map(|_| "P1W"),
        kw("monthly").map(|_| "P1M"),
        kw("annually").map(|_| "P1Y"),
        kw("yearly").map(|_| "P1Y"),
        kw("hourly").map(|_| "PT1H"),
    ));
    let per = (kw("per"), sp, unit_singular)
        .map_opt(|(.., u)| (!matches!(u, Unit::Second | Unit::Minute)).then(|| duration_value(Some(1.0), u)));
    // `every other week`.
    let every_other = (alt((kw("every"), kw("each"))), sp, kw("other"), sp, unit_singular)
        .map(|(.., u)| duration_value(Some(2.0), u));
    // `twice a week`, `three times a year`, `once per month`: how often in a unit.
    let times = alt((
        kw("once").map(|_| ()),
        kw("twice").map(|_| ()),
        (cardinal, sp, kw("times")).map(|_| ()),
        (kw("several"), sp, kw("times")).map(|_| ()),
    ));
    let rate = (times, sp, alt((kw("a"), kw("an"), kw("per"), kw("each"), kw("every"))), sp, unit_singular)
        .map_opt(|(.., u)| (!matches!(u, Unit::Quarter)).then(|| duration_value(Some(1.0), u)));
    alt((
        every_other.map(Raw::Set),
        (every, target).map(|(_, v)| Raw::Set(v)),
        rate.map(Raw::Set),
        adverb.map(|v| Raw::Set(v.to_string())),
        per.map(Raw::Set),
    ))
    .parse(i)
}

/// `decades-long`, `a two-year-long`, `month-long`: a length as a hyphenated adjective.
pub(super) fn long_compound(i: &str) -> Res<'_, Raw> {
    let vague = (alpha, tag("-"), kw("long")).map_opt(|(w, ..): (&str, _, _)| match Unit::from_noun(w) {
        Some((u, true)) if u != Unit::Second => Some(duration_value(None, u)),
        Some((u, false)) if u != Unit::Second => Some(duration_value(Some(1.0), u)),
        _ => None,
    });
    let counted = (count_unit, tag("-"), kw("long")).map_opt(|((n, u, _), ..)| n.map(|n| duration_value(Some(n), u)));
    let (rest, value) = alt((counted, vague)).parse(i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, Raw::Duration { value, bare: false, article: false }))
}
