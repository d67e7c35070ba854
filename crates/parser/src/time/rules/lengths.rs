//! Lengths and recurrences: `three years`, `the past two months`, `weeks`, `two days ago`,
//! `a year earlier`, `every March`, `weekly`.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;

use super::super::reading::{Raw, Unit};
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

/// A cardinal and the `1/2` after it when there is one: `3`, `2 1/2`.
pub(super) fn cardinal_and_fraction(i: &str) -> Res<'_, f64> {
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
pub(super) fn count_unit(i: &str) -> Res<'_, (Option<f64>, Unit, bool)> {
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
pub(super) fn duration_value(n: Option<f64>, u: Unit) -> String {
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
    Ok((rest, Raw::Duration { value: duration_value(n, u), bare: false, article }))
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
    if (dir == 1 || dir == -1) && u.granularity() <= Unit::Week.granularity() {
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

/// `every year`, `each March`, `each Thursday`, `weekly`, `daily`, `annually`.
pub(super) fn set(i: &str) -> Res<'_, Raw> {
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
