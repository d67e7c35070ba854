//! Dates, times, durations and sets, normalized to TIMEX3 values.
//!
//! The pass runs in four layers:
//! 1. `scan`: a cheap gate at every word and number token of the headline and body (function
//!    words need a number or a time word soon after them), and the tense cues of each sentence;
//! 2. `rules`: every nom rule that the token's first word or character can open is tried, and
//!    the longest match wins; a rule returns a `Raw` reading (`reading`);
//! 3. `interpret`: the words around the match keep, change or drop the reading (`May` the
//!    verb, `$2019`, `44 years old`);
//! 4. `resolve`: the reading becomes a TIMEX3 value against the reference date, the tense of
//!    the sentence and the date mentioned last (the anchor of `the following day`).
//!
//! Spans follow TimeML: determiners and modifiers that belong to the phrase
//! are inside (`the third quarter`, `the past two months`, `nearly thirty
//! years`), prepositions are outside (`on Friday` tags `Friday`).

mod holidays;
mod interpret;
mod reading;
mod resolve;
mod rules;
mod scan;

use std::borrow::Cow;
use std::ops::Range;

use crate::context::Context;
use crate::date::Date;
use crate::lexicon::{Class, Classes};
use crate::model::{ReferenceDateSource, Role, Timex, TimexType};
use crate::span::Span;
use crate::token::{Token, TokenKind};
use interpret::{Around, interpret};
use reading::{Named, Raw, Unit, Which};
use resolve::{Resolved, State, resolve};
use rules::longest;
use scan::{Gate, Tense, TenseCues, anchored_soon, scan};

/// The scans of the headline and body paragraphs, shared by [`infer_reference`] and [`find`]:
/// neither computes a paragraph's gates and tense cues, or a match at a token, a second time.
#[derive(Default)]
pub(crate) struct Scans {
    /// The gates of the tokens of the paragraphs scanned and not yet released, one paragraph after
    /// the other.
    gates: Vec<Gate>,
    /// Each paragraph's scan once computed, by paragraph index.
    paragraphs: Vec<Option<Scanned>>,
    /// The tense cues of the last paragraph released, whose vectors the next scan fills again.
    spare: TenseCues,
}

/// The scan of one paragraph.
struct Scanned {
    /// Where its tokens' gates stand in [`Scans::gates`].
    gates: Range<usize>,
    /// The tense cues of its sentences.
    tenses: TenseCues,
    /// The longest matches [`infer_reference`] found, by token index in the paragraph, in order.
    matches: Vec<(usize, Option<(usize, Raw)>)>,
}

impl Scans {
    /// The gates and the scan of paragraph `n`, whose tokens are `tokens`, computed on first use.
    fn paragraph(&mut self, ctx: &Context<'_, '_>, n: usize, tokens: &[Token]) -> (&[Gate], &mut Scanned) {
        if self.paragraphs.len() <= n {
            self.paragraphs.resize_with(ctx.paragraphs.len().max(n + 1), || None);
        }
        let Scans { gates, paragraphs, spare } = self;
        let scanned = paragraphs[n].get_or_insert_with(|| {
            let from = gates.len();
            let classes = ctx.paragraph_classes(n);
            let tenses = scan(ctx.text, tokens, classes, gates, std::mem::take(spare));
            Scanned { gates: from..gates.len(), tenses, matches: Vec::new() }
        });
        (&gates[scanned.gates.clone()], scanned)
    }

    /// Forgets paragraph `n`'s scan once [`find`] has read it; its gates are freed when they are
    /// the last ones kept, so that a long document holds the gates of a few paragraphs at a time.
    fn release(&mut self, n: usize) {
        if let Some(scanned) = self.paragraphs.get_mut(n).and_then(Option::take) {
            if scanned.gates.end == self.gates.len() {
                self.gates.truncate(scanned.gates.start);
            }
            self.spare = scanned.tenses;
        }
    }
}

impl Scanned {
    /// The longest match at token `at`, whose text from there is `rest`: the one found before if
    /// there is one, taken out, for [`find`] reads each token once.
    fn longest_at(&mut self, at: usize, rest: &str) -> Option<(usize, Raw)> {
        match self.matches.binary_search_by_key(&at, |&(k, _)| k) {
            Ok(k) => self.matches[k].1.take(),
            Err(_) => longest(rest),
        }
    }
}

/// Finds the temporal expressions of the article.
pub(crate) fn find<'a>(ctx: &Context<'a, '_>, scans: &mut Scans) -> Vec<Timex<'a>> {
    // News prose has about one time for every few dozen tokens: sized for that once rather than
    // grown by doublings that copy it.
    let mut out = Vec::with_capacity(ctx.tokens.len() / 32);
    let mut state = State {
        reference: ctx.reference,
        anchor: None,
        last_day: None,
        sentence: (0, 0),
        last_day_sentence: None,
        lead_day: None,
        quarter: None,
        month: None,
        longer_period: false,
        fiscal: false,
    };
    let lead = ctx.paragraphs.iter().position(|p| p.role == Role::Body);
    for (n, paragraph, tokens) in
        ctx.paragraphs_with_tokens().filter(|(_, p, _)| matches!(p.role, Role::Body | Role::Headline))
    {
        let (gates, scanned) = scans.paragraph(ctx, n, tokens);
        let text = paragraph.span.as_str(ctx.text);
        let mut at = 0;
        while at < tokens.len() {
            let token = tokens[at];
            if !gates[at].starts || !anchored_soon(&gates[at..]) {
                at += 1;
                continue;
            }
            let Some(rest) = text.get(token.span.start - paragraph.span.start..) else { break };
            let Some((len, raw)) = scanned.longest_at(at, rest) else {
                at += 1;
                continue;
            };
            let span = Span::new(token.span.start, token.span.start + len);
            let next = tokens[at..].iter().position(|t| t.span.start >= span.end).map_or(tokens.len(), |n| n + at);
            let word = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map_or("", |t| t.span.as_str(ctx.text));
            let prev = word(at.checked_sub(1));
            let deadline = ["by", "until", "till", "through"].iter().any(|w| w.eq_ignore_ascii_case(prev));
            let around = Around {
                text: span.as_str(ctx.text),
                prev,
                prev2: word(at.checked_sub(2)),
                next: word(Some(next)),
                next2: word(Some(next + 1)),
                after: ctx.text.get(span.end..paragraph.span.end).unwrap_or(""),
                set_ahead: deadline && sets_ahead(ctx, n, tokens, at, &scanned.tenses),
                tense: scanned.tenses.at(span.start),
                headline: paragraph.role == Role::Headline,
                paragraph: text,
            };
            let Some(raw) = interpret(raw, &around) else {
                at += 1;
                continue;
            };
            let possessive = ctx.text.get(span.end..).is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"));
            let ahead = looks_ahead_of(&raw, &around, possessive);
            let tense = if ahead { Tense::Future } else { tense_of_date(&raw, &around) };
            state.sentence = (n, scanned.tenses.sentence_start(span.start));
            if is_reporting_period(&raw, around.text) {
                state.longer_period_named();
            }
            let fiscal = matches!(raw, Raw::Named(Named::Quarter(_), _)) && contains_ci(around.text, "fiscal");
            // `sold on Friday ahead of the weekend`: the first one from the day of the sentence on;
            // a sentence in the past that names no day tells of the day named last (`Smith
            // birdied the last hole to lead into Sunday's round`, after `on Saturday`).
            let reference = state.reference;
            if ahead {
                let told = state.last_day.filter(|_| around.tense == Tense::Past);
                state.reference = state.day_of_sentence().or(told).or(reference);
            }
            let resolved = resolve(&raw, tense, &mut state);
            state.reference = reference;
            if lead == Some(n) && state.lead_day.is_none() && state.last_day_sentence.is_some_and(|(p, _)| p == n) {
                state.lead_day = state.last_day;
            }
            if let Some(mut resolved) = resolved {
                if fiscal && state.quarter.is_some_and(|q| q.value() == resolved.value) {
                    state.fiscal = true;
                }
                if resolved.kind == TimexType::Date {
                    join_range(&mut out, ctx.text, span, &mut resolved);
                }
                out.push(Timex {
                    span,
                    text: Cow::Borrowed(span.as_str(ctx.text)),
                    kind: resolved.kind,
                    value: resolved.value,
                    end: resolved.end,
                    relative: resolved.relative,
                });
            }
            at = next;
        }
        scans.release(n);
    }
    out
}

/// A reference date read from the text when none is given, and where it came from.
///
/// A dateline that gives its month and day without a year (`OSLO, March 3 (Reuters) -`) stays
/// the anchor: the text may only supply its year ([`dateline_year`]), and when it cannot say
/// which, there is no reference. Otherwise the reference is the latest full date (day, month
/// and year) that the lead states in the past tense (`The talks ended on March 3, 2024`), unless
/// the story tells of a later year in the past tense too. A full date further down is seldom the
/// story's own: a date it looks back on (`the borders of March 2, 1958`) or ahead to.
pub(crate) fn infer_reference(ctx: &Context<'_, '_>, scans: &mut Scans) -> Option<(Date, ReferenceDateSource)> {
    let dateline = ctx.meta.dateline.as_ref().and_then(|d| d.date.as_deref()).and_then(month_day);
    let mut latest: Option<Date> = None;
    let mut latest_year: Option<i32> = None;
    let mut years = Years::default();
    // A full date has a year of four digits and opens with a number, a month or a weekday: the
    // scan looks at nothing else, so that an undated article costs little more than a dated one.
    let year = |t: &Token| {
        t.kind == TokenKind::Number
            && t.span.as_str(ctx.text).as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
    };
    let opens = |t: &Token, classes: Classes| {
        t.kind == TokenKind::Number || classes.has_any(&[Class::Month, Class::MonthAbbreviation, Class::Weekday])
    };
    let lead = Lead::of(ctx);
    for (n, paragraph, tokens) in ctx.paragraphs_with_tokens().filter(|(_, p, _)| p.role == Role::Body) {
        if !tokens.iter().any(year) {
            continue;
        }
        let classes = ctx.paragraph_classes(n);
        let (gates, scanned) = scans.paragraph(ctx, n, tokens);
        let text = paragraph.span.as_str(ctx.text);
        for (at, (token, token_classes)) in tokens.iter().zip(classes.iter()).enumerate() {
            let gate = gates[at];
            if !gate.starts || gate.function || !opens(token, token_classes) {
                continue;
            }
            let Some(rest) = text.get(token.span.start - paragraph.span.start..) else { break };
            let found = longest(rest);
            let past = scanned.tenses.at(token.span.start) == Tense::Past;
            let prev = at.checked_sub(1).map_or("", |k| tokens[k].span.as_str(ctx.text));
            if let Some((_, raw)) = &found {
                // `since 1994`: a year the story looks back from.
                if !prev.eq_ignore_ascii_case("since") {
                    years.add(raw);
                }
            }
            let date = found.as_ref().and_then(|(_, raw)| full_date(raw));
            let own = lead.is_some_and(|l| l.span.contains(token.span)) && !tells_of_another_time(prev);
            if let Some(date) = date.filter(|d| d.exists() && past && own) {
                latest = latest.max(Some(date));
            }
            if let Some((_, Raw::Abs(reading::Point::Year(year) | reading::Point::Month(year, _)))) = &found {
                latest_year = latest_year.max(Some(*year).filter(|_| past));
            }
            scanned.matches.push((at, found));
        }
    }
    let weekday = lead.and_then(|lead| lead_weekday(ctx, scans, lead));
    if let Some((month, day)) = dateline {
        let year = dateline_year(month, day, weekday, &years, copyright_year(ctx))?;
        return Some((Date { year, month, day }, ReferenceDateSource::Inferred));
    }
    // `Born on March 3, 1935, … he retired in 2004`: a later year told in the past tense makes
    // the latest full date a date of the past the story looks back on, not the story's own; so
    // does a weekday the lead tells of that is not the date's (`said Friday it would review the
    // sinking`, then `the ferry sank on May 9, 1991`).
    let latest = latest.filter(|d| latest_year.is_none_or(|y| y <= d.year))?;
    let latest = Some(latest).filter(|d| weekday.is_none_or(|w| d.weekday() == w))?;
    Some((latest, ReferenceDateSource::Inferred))
}

/// The years a story names (`in 1997`, `Jan. 27, 1998`, `the 2011/12 harvest`), and the full dates
/// it names, as candidates for the year of its dateline. A few dozen at most are kept.
#[derive(Default)]
struct Years {
    years: Vec<i32>,
    days: Vec<Date>,
}

impl Years {
    const MAX: usize = 64;

    fn add(&mut self, raw: &Raw) {
        if let Some(date) = full_date(raw).filter(|d| d.exists()) {
            if self.days.len() < Self::MAX {
                self.days.push(date);
            }
        }
        if let Some(year) = year_of(raw).filter(|y| !self.years.contains(y)) {
            if self.years.len() < Self::MAX {
                self.years.push(year);
            }
        }
    }
}

/// The year a reading names, if it names one.
fn year_of(raw: &Raw) -> Option<i32> {
    use reading::Point;
    match raw {
        Raw::Day { year, .. } | Raw::DayRange { year, .. } => *year,
        Raw::Abs(Point::Day(date)) => Some(date.year),
        Raw::Abs(
            Point::Week(y, _)
            | Point::Weekend(y, _)
            | Point::Month(y, _)
            | Point::Quarter(y, _)
            | Point::Half(y, _)
            | Point::Year(y),
        ) => Some(*y),
        Raw::Abs(Point::Season(y, _)) => Some(*y),
        Raw::Named(_, Which::Year(y)) | Raw::Holiday(_, Which::Year(y)) => Some(*y),
        Raw::OnWeekday(_, on) | Raw::DayPart(_, on) | Raw::Clock { on: Some(on), .. } => year_of(on),
        _ => None,
    }
}

/// `of March 2, 1958`, `since`, `until`, `a May 5, 2001, accord`: a full date after these
/// words is a date the story speaks of, not the day it tells of.
fn tells_of_another_time(prev: &str) -> bool {
    ["of", "since", "from", "until", "till", "through", "before", "after", "by", "between", "a", "an", "the"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(prev))
}

/// The month and day of a dateline's date without a year: `XXXX-02-20`.
fn month_day(value: &str) -> Option<(u32, u32)> {
    let (month, day) = value.strip_prefix("XXXX-")?.split_once('-')?;
    let (month, day) = (month.parse().ok()?, day.parse().ok()?);
    Date { year: 2000, month, day }.exists().then_some((month, day))
}

/// The lead: the first two sentences of the body, after a first one that reads as a headline the
/// layout did not tell apart (short, with no end mark). Its first sentence is the span's first.
#[derive(Clone, Copy)]
struct Lead {
    first: Span,
    span: Span,
}

impl Lead {
    fn of(ctx: &Context<'_, '_>) -> Option<Lead> {
        let mut sentences =
            ctx.paragraphs_with_tokens().filter(|(_, p, _)| p.role == Role::Body).flat_map(|(_, p, tokens)| {
                p.sentences.iter().map(move |s| {
                    let words = tokens.iter().filter(|t| s.span.contains(t.span) && t.kind == TokenKind::Word).count();
                    let text = s.span.as_str(ctx.text).trim_end();
                    let ended = text.ends_with(['.', '!', '?', '"', '”', '’', '\'']);
                    (s.span, words < 12 && !ended)
                })
            });
        let (mut first, headline) = sentences.next()?;
        if headline {
            first = sentences.next().map_or(first, |(s, _)| s);
        }
        let last = sentences.next().map_or(first, |(s, _)| s);
        Some(Lead { first, span: Span::new(first.start, last.end.max(first.end)) })
    }
}

/// The weekday the lead's first sentence tells of (`spoke with the minister on Tuesday`), when it
/// names one weekday, in no future tense: in a wire story, the day of its dateline.
fn lead_weekday(ctx: &Context<'_, '_>, scans: &mut Scans, lead: Lead) -> Option<u32> {
    let (n, _, tokens) = ctx.paragraphs_with_tokens().find(|(_, p, _)| p.span.contains(lead.first))?;
    let classes = ctx.paragraph_classes(n);
    let (_, scanned) = scans.paragraph(ctx, n, tokens);
    let mut res = None;
    for (token, classes) in tokens.iter().zip(classes.iter()) {
        if !lead.first.contains(token.span) || !classes.has(Class::Weekday) {
            continue;
        }
        let word = token.span.as_str(ctx.text);
        let Some(weekday) = crate::lexicon::weekday_number(word).filter(|_| word.starts_with(char::is_uppercase))
        else {
            continue;
        };
        if scanned.tenses.at(token.span.start) == Tense::Future || res.is_some_and(|w| w != weekday) {
            return None;
        }
        res = Some(weekday);
    }
    res
}

/// The year of a copyright line among the footers (`Copyright 1996 by …`, `Copyright (c) 2001,
/// …`, `© 2024 …`).
fn copyright_year(ctx: &Context<'_, '_>) -> Option<i32> {
    ctx.paragraphs_with_tokens().filter(|(_, p, _)| p.role == Role::Footer).find_map(|(_, _, tokens)| {
        let first = tokens.first()?.span.as_str(ctx.text);
        if !first.eq_ignore_ascii_case("copyright") && first != "©" {
            return None;
        }
        tokens.iter().take(6).find_map(|t| {
            let w = t.span.as_str(ctx.text);
            let year = (t.kind == TokenKind::Number && w.len() == 4).then(|| w.parse::<i32>().ok()).flatten()?;
            (1900..2200).contains(&year).then_some(year)
        })
    })
}

/// The year of a dateline's `month` and `day`, from what the story says. With a weekday in its
/// lead, the one year among those the story names (and its copyright line's) that puts the day
/// on that weekday; without one, the copyright line's year, or the year of a full date the story
/// names within a week of the day. None when the text cannot tell one year: a year left open is
/// better than a wrong one.
fn dateline_year(month: u32, day: u32, weekday: Option<u32>, years: &Years, copyright: Option<i32>) -> Option<i32> {
    let on = |year: i32| Date { year, month, day };
    let fits = |year: i32| on(year).exists() && weekday.is_none_or(|w| on(year).weekday() == w);
    if let Some(year) = copyright.filter(|&y| fits(y)) {
        return Some(year);
    }
    // A full date within a week of the dateline's day, in the year that puts them closest.
    let near = years
        .days
        .iter()
        .filter_map(|d| (d.year - 1..=d.year + 1).find(|&y| on(y).exists() && (on(y).days() - d.days()).abs() <= 7));
    let mut fitting =
        near.chain(weekday.map(|_| years.years.iter().copied()).into_iter().flatten()).filter(|&y| fits(y));
    let year = fitting.next()?;
    fitting.all(|y| y == year).then_some(year)
}
/// True when `text` holds `word`, in any case.
fn contains_ci(text: &str, word: &str) -> bool {
    text.as_bytes().windows(word.len()).any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// `the nine months`, `the first six months`: results reported for more than a quarter, which
/// the comparisons after it (`a year earlier`) follow. `the past six months` runs up to now.
fn is_reporting_period(raw: &Raw, text: &str) -> bool {
    let Raw::Duration { value, .. } = raw else { return false };
    let months = value.strip_prefix('P').and_then(|v| v.strip_suffix('M')).and_then(|n| n.parse::<u32>().ok());
    let mut words = text.split_whitespace();
    let the = words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let rolling = words.next().is_some_and(|w| {
        ["past", "last", "next", "coming", "previous", "final"].iter().any(|r| r.eq_ignore_ascii_case(w))
    });
    the && !rolling && months.is_some_and(|n| (4..12).contains(&n))
}

/// The day of a reading that names day, month and year.
fn full_date(raw: &Raw) -> Option<Date> {
    match raw {
        Raw::Day { year: Some(year), month, day } => Some(Date { year: *year, month: *month, day: *day }),
        Raw::Abs(reading::Point::Day(date)) => Some(*date),
        Raw::OnWeekday(_, on) | Raw::Clock { on: Some(on), .. } => full_date(on),
        _ => None,
    }
}

/// `Aug. 26 to Oct. 20`, `2009-2010`, `from 2019 through 2021`: TimeML tags the two ends apart;
/// the first gets the second's value as its `end`, so that the range is read as one. A second
/// end without a year of its own falls after the first (`from Aug. 26 to Oct. 20` in March is
/// August to October, whatever the tense of the nearest verb).
fn join_range(out: &mut [Timex<'_>], text: &str, next: Span, resolved: &mut Resolved) {
    let Some(first) = out.last_mut() else { return };
    let link = text.get(first.span.end..next.start).unwrap_or("");
    let linked = matches!(link, "-" | "–" | "—" | " – " | " — " | " to " | " through " | " until " | " till ");
    let value = &resolved.value;
    let same_grain = first.value.len() == value.len() && first.value.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if !linked || !same_grain || first.kind != TimexType::Date || first.end.is_some() {
        return;
    }
    if value <= &first.value && resolved.relative {
        let year_on =
            value.get(..4).and_then(|y| y.parse::<i32>().ok()).map(|y| format!("{:04}{}", y + 1, &value[4..]));
        match year_on {
            Some(later) if later > first.value => resolved.value = later,
            _ => return,
        }
    }
    if first.value < resolved.value {
        first.end = Some(resolved.value.clone());
    }
}

/// True when a verb in the sentence before token `at` sets a time ahead: an order, a grant, a
/// delay (`ordered`, `gave`, `extended`) or an expectation (`were expected`), at most a dozen words
/// back.
fn sets_ahead(ctx: &Context<'_, '_>, n: usize, tokens: &[Token], at: usize, tenses: &TenseCues) -> bool {
    let Some(token) = tokens.get(at) else { return false };
    let start = tenses.sentence_start(token.span.start);
    let classes = ctx.paragraph_classes(n);
    (at.saturating_sub(12)..at)
        .rev()
        .take_while(|&k| tokens[k].span.start >= start)
        .any(|k| classes.get(k).has_any(&[Class::DeadlineVerb, Class::FutureCue]))
}

/// `ahead of the weekend`, `into Sunday's final round`: a day or weekend after the time the
/// sentence tells of, whatever its tense (`funds sold ahead of the weekend`). After `into`, only
/// a possessive day (`into Sunday's round`) is ahead: `the talks ran into Sunday` may be past.
fn looks_ahead_of(raw: &Raw, around: &Around<'_>, possessive: bool) -> bool {
    let named = matches!(raw, Raw::Named(Named::Weekday(_) | Named::Weekend, Which::Tense));
    let ahead_of = around.prev.eq_ignore_ascii_case("of") && around.prev2.eq_ignore_ascii_case("ahead");
    let into = around.prev.eq_ignore_ascii_case("into") && possessive;
    named && (ahead_of || into)
}

/// The tense that picks the occurrence of a date: the sentence's, unless the words right before
/// it look ahead. `by May`, `until Nov. 20`, `effective Jan. 1` look ahead whatever the verb's
/// tense, but a period counted up to a month is told in the sentence's tense (`sales were flat
/// this year through May`); a present-tense verb of a scheduled event (`meets Monday`, `resume
/// on Tuesday`) looks ahead.
fn tense_of_date(raw: &Raw, around: &Around<'_>) -> Tense {
    let deadline = ["by", "until", "till", "through", "effective"].iter().any(|w| w.eq_ignore_ascii_case(around.prev));
    let period_to_date = around.prev.eq_ignore_ascii_case("through") && Unit::from_noun(around.prev2).is_some();
    let weekday = matches!(raw, Raw::Named(Named::Weekday(_), _));
    // (`by Monday` looks ahead too, but `had fallen by Monday` tells of a past week.)
    // (`ordered offices closed through Friday`, `a ruling was expected by Thursday` look ahead.)
    if deadline && (!weekday || around.tense != Tense::Past || around.set_ahead) && !period_to_date {
        return Tense::Future;
    }
    // `since May`, `since year-end`: a date already past.
    if around.prev.eq_ignore_ascii_case("since") {
        return Tense::Past;
    }
    // One word may stand between the verb and the date: `on`, or an adverb (`meet separately Monday`).
    let between = around.prev.eq_ignore_ascii_case("on") || around.prev.ends_with("ly");
    let verb = if between { around.prev2 } else { around.prev };
    // `takes effect on Jan. 1`, `goes into effect Monday`: a rule that comes into force, unless
    // the sentence tells it in the past (`took effect on Jan. 1`).
    let into_force = verb.eq_ignore_ascii_case("effect") && around.tense != Tense::Past;
    let scheduled = into_force || verb.starts_with(|c: char| c.is_ascii_lowercase()) && Class::ScheduleVerb.has(verb);
    if scheduled && matches!(raw, Raw::Named(..) | Raw::Day { .. } | Raw::OnWeekday(..) | Raw::DayPart(..)) {
        return Tense::Future;
    }
    around.tense
}

#[cfg(test)]
mod tests;
