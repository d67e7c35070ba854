//! The timeline: the article's dates in calendar words and calendar order, same-day
//! mentions grouped, dates the article gives only relative to publication in its own
//! words, and a small SVG on a real scale.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use newsbrief_parser::TimexType;

use crate::annotate::escape_into;
use crate::briefing::{TimelineGroup, TimelineItem};
use crate::calendar::{Day, MONTHS};
use crate::doc::Doc;
use crate::text::{capitalize, mostly_words, norm_words, squash};

/// Words of context kept in a timeline entry.
const TIMELINE_WORDS: usize = 16;
/// Mentions shown under one date; the rest are counted.
const ITEMS_SHOWN: usize = 3;
/// Mentions of one date read to find the ones shown; past them, mentions are only counted.
const ITEMS_READ: usize = 8;

/// The timeline of an article.
pub(crate) struct Timeline {
    /// Dated groups in calendar order.
    pub(crate) dated: Vec<TimelineGroup>,
    /// Dates given only relative to publication, in article order.
    pub(crate) relative: Vec<TimelineGroup>,
}

/// How precisely a period is known, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Grain {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// A TIMEX3 date value read as a stretch of the calendar.
#[derive(Clone, Debug, PartialEq)]
struct Period {
    first: Day,
    last: Day,
    grain: Grain,
    label: String,
}

/// Builds the timeline.
pub(crate) fn timeline(doc: &Doc<'_, '_>) -> Timeline {
    let article = doc.article;
    let reference = article.meta.reference_date.map(Day::from);
    let mut dated: Vec<TimelineGroup> = Vec::new();
    let mut relative: Vec<TimelineGroup> = Vec::new();
    let mut index: HashMap<(bool, String), usize> = HashMap::new();
    let mut seen: HashSet<(usize, bool, String)> = HashSet::new();
    let mut tries: HashMap<(bool, String), usize> = HashMap::new();
    for (k, t) in article.times.iter().enumerate() {
        // The second end of a range ("Aug. 26 to Oct. 20") is shown in the first's entry.
        let ends_range = k > 0 && article.times[k - 1].end.as_deref() == Some(t.value.as_str());
        // The dateline's date is the header's; vague references ("now", "recently") date nothing.
        let in_dateline = doc.dateline.is_some_and(|d| d.contains(t.span));
        if !matches!(t.kind, TimexType::Date | TimexType::Time)
            || ends_range
            || t.value.ends_with("_REF")
            || in_dateline
            || !doc.in_body(t.span.start)
        {
            continue;
        }
        let (date, time) = t.value.split_once('T').unwrap_or((&t.value, ""));
        let period = period(date).filter(|p| fits_words(p.grain, &t.text));
        let end =
            t.end.as_deref().and_then(period_of_value).filter(|e| period.as_ref().is_some_and(|p| e.first >= p.first));
        let (is_relative, label, first_day, last_day) = match (&period, &end) {
            (Some(p), _) if t.relative && is_vague(p, reference) => continue,
            (Some(p), Some(e)) => (false, capitalize(&range_label(p, e)), Some(p.first.number()), e.last.number()),
            (Some(p), None) => (false, capitalize(&p.label), Some(p.first.number()), p.last.number()),
            (None, _) if date.chars().any(|c| c.is_ascii_digit()) || !has_word(&t.text, &["this", "these"]) => {
                (true, capitalize(&relative_label(date, &t.text)), None, 0)
            }
            (None, _) => continue,
        };
        let key = (is_relative, if is_relative { label.to_lowercase() } else { label.clone() });
        let list = if is_relative { &mut relative } else { &mut dated };
        // Past the first few mentions of a date, the others are only counted.
        let read = tries.entry(key.clone()).or_insert(0);
        *read += 1;
        if *read > ITEMS_READ {
            if let Some(&gi) = index.get(&key) {
                list[gi].more += 1;
            }
            continue;
        }
        let text = doc.clause_around(t.span, TIMELINE_WORDS);
        // A bare stamp ("7 p.m.") or a table row says nothing about what happened.
        if norm_words(&text).len() <= norm_words(&t.text).len() + 2 || !mostly_words(&text) || !doc.in_sentence(t.span)
        {
            continue;
        }
        let gi = *index.entry(key).or_insert_with(|| {
            list.push(TimelineGroup {
                label,
                value: t.value.clone(),
                start: period.as_ref().map(|p| (p.first.year, p.first.month, p.first.day)),
                items: Vec::new(),
                more: 0,
                first_day,
                last_day,
                first_at: t.span.start,
            });
            list.len() - 1
        });
        if !seen.insert((gi, is_relative, text.clone())) {
            list[gi].more += 1;
            continue;
        }
        // A relative date is shown in the article's own words, time of day included.
        let (when, minute) = if is_relative { (String::new(), -1) } else { time_of_day(time) };
        let group = &mut list[gi];
        if group.items.len() < ITEMS_SHOWN {
            group.items.push(TimelineItem { when, text, anchor: doc.anchor(t.span.start), minute });
        } else {
            group.more += 1;
        }
    }
    // Coarser periods before the days inside them; same-day mentions by time of day.
    dated.sort_by_key(|g| (g.first_day, std::cmp::Reverse(g.last_day), g.first_at));
    for g in &mut dated {
        g.items.sort_by_key(|i| i.minute);
    }
    Timeline { dated, relative }
}

/// True for a reference to the period the article was written in, coarser than a week
/// ("this year", "this month"): it dates nothing.
fn is_vague(p: &Period, reference: Option<Day>) -> bool {
    p.grain > Grain::Week && reference.is_some_and(|r| p.first <= r && r <= p.last)
}

/// A period named by a granularity word only when the text says that word: a value read
/// as a quarter from "the past quarter century" is a misreading, not a quarter.
fn fits_words(grain: Grain, text: &str) -> bool {
    let centuries = has_word(text, &["century", "centuries"]);
    match grain {
        Grain::Quarter => has_word(text, &["quarter", "q1", "q2", "q3", "q4"]) && !centuries,
        Grain::Half => has_word(text, &["half", "h1", "h2"]) && !centuries,
        Grain::Week => text.to_lowercase().contains("week"),
        _ => true,
    }
}

fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

fn period_of_value(value: &str) -> Option<Period> {
    period(value.split('T').next().unwrap_or(value))
}

/// Reads the date part of a TIMEX3 value; `None` when any part is unknown.
fn period(date: &str) -> Option<Period> {
    if date.contains('X') || date.is_empty() {
        return None;
    }
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(parts[0]) {
        return None;
    }
    let y: i32 = parts[0].parse().ok()?;
    let year_span = |a: i32, b: i32| Some((Day::new(a, 1, 1)?, Day::new(b, 12, 31)?));
    let month_span =
        |y: i32, a: u32, b: u32| Some((Day::new(y, a, 1)?, Day::new(y, b, crate::calendar::days_in_month(y, b))?));
    let (first, last, grain, label) = match parts.as_slice() {
        [c] if c.len() == 2 => {
            let (a, b) = year_span(y * 100, y * 100 + 99)?;
            (a, b, Grain::Century, format!("{} century", ordinal(y + 1)))
        }
        [d] if d.len() == 3 => {
            let (a, b) = year_span(y * 10, y * 10 + 9)?;
            (a, b, Grain::Decade, format!("{}0s", d))
        }
        [yy] if yy.len() == 4 => {
            let (a, b) = year_span(y, y)?;
            (a, b, Grain::Year, y.to_string())
        }
        [_, q] if q.len() == 2 && q.starts_with('Q') => {
            let n: u32 = q[1..].parse().ok().filter(|n| (1..=4).contains(n))?;
            let (a, b) = month_span(y, n * 3 - 2, n * 3)?;
            (a, b, Grain::Quarter, format!("{} quarter of {y}", ["first", "second", "third", "fourth"][n as usize - 1]))
        }
        [_, h] if h.len() == 2 && h.starts_with('H') => {
            let n: u32 = h[1..].parse().ok().filter(|n| (1..=2).contains(n))?;
            let (a, b) = month_span(y, n * 6 - 5, n * 6)?;
            (a, b, Grain::Half, format!("{} half of {y}", ["first", "second"][n as usize - 1]))
        }
        [_, s @ ("SP" | "SU" | "FA" | "WI")] => {
            let (name, a, b) = match *s {
                "SP" => ("spring", 3, 5),
                "SU" => ("summer", 6, 8),
                "FA" => ("autumn", 9, 11),
                _ => ("winter", 12, 12),
            };
            let (first, last) = month_span(y, a, b)?;
            (first, last, Grain::Season, format!("{name} {y}"))
        }
        [_, m] if m.len() == 2 && digits(m) => {
            let n: u32 = m.parse().ok()?;
            let (a, b) = month_span(y, n, n)?;
            (a, b, Grain::Month, format!("{} {y}", MONTHS[n as usize - 1]))
        }
        [_, w] if w.len() == 3 && w.starts_with('W') => {
            let monday = Day::iso_week_monday(y, w[1..].parse().ok()?)?;
            (monday, Day::from_number(monday.number() + 6), Grain::Week, format!("Week of {}", monday.words()))
        }
        [_, w, we] if w.len() == 3 && w.starts_with('W') && *we == "WE" => {
            let monday = Day::iso_week_monday(y, w[1..].parse().ok()?)?;
            let (sat, sun) = (Day::from_number(monday.number() + 5), Day::from_number(monday.number() + 6));
            (sat, sun, Grain::Week, format!("Weekend of {}", days_label(sat, sun)))
        }
        [_, w, d] if w.len() == 3 && w.starts_with('W') && d.len() == 1 && digits(d) => {
            let monday = Day::iso_week_monday(y, w[1..].parse().ok()?)?;
            let n: i64 = d.parse().ok().filter(|n| (1..=7).contains(n))?;
            let day = Day::from_number(monday.number() + n - 1);
            (day, day, Grain::Day, day.words_with_weekday())
        }
        [_, m, d] if m.len() == 2 && d.len() == 2 && digits(m) && digits(d) => {
            let day = Day::new(y, m.parse().ok()?, d.parse().ok()?)?;
            (day, day, Grain::Day, day.words_with_weekday())
        }
        _ => return None,
    };
    Some(Period { first, last, grain, label })
}

/// A date relative to publication in words: the article's own, except a quarter or half
/// written as a code (`Q3`), which is spelled out.
fn relative_label(date: &str, text: &str) -> String {
    const NTH: [&str; 4] = ["first", "second", "third", "fourth"];
    let code = |prefix: char, max: usize| {
        let part = date.rsplit('-').next()?.strip_prefix(prefix)?;
        part.parse::<usize>().ok().filter(|n| (1..=max).contains(n)).map(|n| NTH[n - 1])
    };
    let coded = text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let mut c = w.chars();
        matches!(c.next(), Some('Q' | 'H' | 'W')) && !c.as_str().is_empty() && c.all(|d| d.is_ascii_digit())
    });
    match (code('Q', 4), code('H', 2)) {
        (Some(n), _) if coded => format!("{n} quarter"),
        (_, Some(n)) if coded => format!("{n} half"),
        _ => squash(text),
    }
}

/// `20–22 March 2023`, `30 March – 2 April 2023`, `30 December 2022 – 2 January 2023`.
fn days_label(a: Day, b: Day) -> String {
    if a == b {
        a.words()
    } else if (a.year, a.month) == (b.year, b.month) {
        format!("{}–{} {} {}", a.day, b.day, MONTHS[a.month as usize - 1], a.year)
    } else if a.year == b.year {
        format!("{} {} – {}", a.day, MONTHS[a.month as usize - 1], b.words())
    } else {
        format!("{} – {}", a.words(), b.words())
    }
}

fn range_label(a: &Period, b: &Period) -> String {
    match (a.grain, b.grain) {
        (Grain::Day, Grain::Day) => days_label(a.first, b.last),
        (Grain::Month, Grain::Month) if a.first.year == b.first.year => {
            format!("{} – {} {}", MONTHS[a.first.month as usize - 1], MONTHS[b.first.month as usize - 1], a.first.year)
        }
        _ => format!("{} – {}", a.label, b.label),
    }
}

/// `7 p.m.`, `7:05 a.m.`, `noon`, `evening`, with minutes since midnight for sorting.
fn time_of_day(time: &str) -> (String, i32) {
    let part = |name: &str, minute: i32| (name.to_owned(), minute);
    match time {
        "" => (String::new(), -1),
        "MO" => part("morning", 9 * 60),
        "MI" => part("midday", 12 * 60),
        "AF" => part("afternoon", 15 * 60),
        "EV" => part("evening", 19 * 60),
        "NI" => part("night", 22 * 60),
        _ => {
            let mut it = time.split(':');
            let h: Option<i32> = it.next().and_then(|h| h.parse().ok()).filter(|h| (0..24).contains(h));
            let m: i32 = it.next().and_then(|m| m.get(..2)).and_then(|m| m.parse().ok()).unwrap_or(0);
            match h {
                Some(12) if m == 0 => part("noon", 12 * 60),
                Some(0) if m == 0 => part("midnight", 0),
                Some(h) => {
                    let (h12, half) = match h {
                        0 => (12, "a.m."),
                        1..=11 => (h, "a.m."),
                        12 => (12, "p.m."),
                        _ => (h - 12, "p.m."),
                    };
                    let text = if m == 0 { format!("{h12} {half}") } else { format!("{h12}:{m:02} {half}") };
                    (text, h * 60 + m)
                }
                None => (String::new(), -1),
            }
        }
    }
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A horizontal axis on a real scale with a dot per dated group, or nothing when fewer
/// than two dates differ.
pub(crate) fn svg(groups: &[TimelineGroup]) -> String {
    let points: Vec<(i64, &TimelineGroup)> = groups.iter().filter_map(|g| Some((g.first_day?, g))).collect();
    let (Some(lo), Some(hi)) = (points.iter().map(|p| p.0).min(), points.iter().map(|p| p.0).max()) else {
        return String::new();
    };
    if lo == hi {
        return String::new();
    }
    let (left, right) = (40.0, 560.0);
    let x = |day: i64| left + (day - lo) as f64 / (hi - lo) as f64 * (right - left);
    let mut s = String::new();
    let (first, last) = (Day::from_number(lo), Day::from_number(hi));
    s.push_str("<svg class=\"timeline-svg\" viewBox=\"0 0 600 60\" role=\"img\" aria-label=\"");
    escape_into(&mut s, &format!("Timeline from {} to {}", first.words(), last.words()));
    s.push_str("\">");
    let _ = write!(s, "<line x1=\"{left}\" y1=\"22\" x2=\"{right}\" y2=\"22\" class=\"axis\"/>");
    for (day, label) in ticks(lo, hi) {
        let tx = x(day);
        let _ = write!(s, "<line x1=\"{tx:.1}\" y1=\"16\" x2=\"{tx:.1}\" y2=\"28\" class=\"tickmark\"/>");
        let _ = write!(s, "<text x=\"{tx:.1}\" y=\"50\" text-anchor=\"middle\" class=\"tick\">");
        escape_into(&mut s, &label);
        s.push_str("</text>");
    }
    for (day, g) in &points {
        let _ = write!(s, "<circle cx=\"{:.1}\" cy=\"22\" r=\"6\" class=\"dot\"><title>", x(*day));
        let what = g.items.first().map_or("", |i| i.text.as_str());
        escape_into(&mut s, &format!("{}: {what}", g.label));
        s.push_str("</title></circle>");
    }
    s.push_str("</svg>");
    s
}

/// Up to about six labelled ticks between two day numbers: years, months or days.
fn ticks(lo: i64, hi: i64) -> Vec<(i64, String)> {
    let (a, b) = (Day::from_number(lo), Day::from_number(hi));
    let days = hi - lo;
    let mut out = Vec::new();
    if days >= 3 * 365 {
        let years = i64::from(b.year - a.year).max(1);
        let step =
            [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].into_iter().find(|s| years / s <= 5).unwrap_or(1000);
        let mut y = i64::from(a.year).div_euclid(step) * step;
        while y <= i64::from(b.year) {
            if let Some(d) = Day::new(y as i32, 1, 1).map(Day::number).filter(|d| (lo..=hi).contains(d)) {
                out.push((d, y.to_string()));
            }
            y += step;
        }
    } else if days >= 60 {
        let months = i64::from((b.year - a.year) * 12) + i64::from(b.month) - i64::from(a.month);
        let step = [1, 2, 3, 6, 12].into_iter().find(|s| months / s <= 5).unwrap_or(12);
        let (mut y, mut m) = (a.year, a.month);
        while let Some(d) = Day::new(y, m, 1).filter(|d| d.number() <= hi) {
            if d.number() >= lo && (i64::from(m) - 1) % step == 0 {
                out.push((d.number(), format!("{} {y}", &MONTHS[m as usize - 1][..3])));
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
    } else {
        let step = [1, 2, 7, 14].into_iter().find(|s| days / s <= 6).unwrap_or(14);
        let mut d = lo;
        while d <= hi {
            let day = Day::from_number(d);
            out.push((d, format!("{} {}", day.day, &MONTHS[day.month as usize - 1][..3])));
            d += step;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(value: &str) -> Option<String> {
        period(value).map(|p| p.label)
    }

    #[test]
    fn values_read_as_calendar_words() {
        assert_eq!(label("2023-03-17").as_deref(), Some("Friday 17 March 2023"));
        assert_eq!(label("2022-09").as_deref(), Some("September 2022"));
        assert_eq!(label("2023-W12").as_deref(), Some("Week of 20 March 2023"));
        assert_eq!(label("2016-W38-WE").as_deref(), Some("Weekend of 24–25 September 2016"));
        assert_eq!(label("2023-Q3").as_deref(), Some("third quarter of 2023"));
        assert_eq!(label("2010-FA").as_deref(), Some("autumn 2010"));
        assert_eq!(label("199").as_deref(), Some("1990s"));
        assert_eq!(label("19").as_deref(), Some("20th century"));
        assert_eq!(label("XXXX-WXX-5"), None);
        assert_eq!(label("XXXX-03-17"), None);
    }

    #[test]
    fn coded_quarters_are_spelled_out() {
        assert_eq!(relative_label("XXXX-Q3", "Q3"), "third quarter");
        assert_eq!(relative_label("XXXX-Q3", "the third quarter"), "the third quarter");
        assert_eq!(relative_label("XXXX-WXX-5", "Friday"), "Friday");
    }

    #[test]
    fn ranges_stay_ranges() {
        let (a, b) = (period("2023-03-20").unwrap(), period("2023-03-22").unwrap());
        assert_eq!(range_label(&a, &b), "20–22 March 2023");
        let (a, b) = (period("2023-03-30").unwrap(), period("2023-04-02").unwrap());
        assert_eq!(range_label(&a, &b), "30 March – 2 April 2023");
    }

    #[test]
    fn granularity_words_must_be_in_the_text() {
        assert!(!fits_words(Grain::Quarter, "the past quarter century"));
        assert!(fits_words(Grain::Quarter, "the third quarter"));
        assert!(!fits_words(Grain::Week, "recently"));
    }

    #[test]
    fn times_of_day_read_well() {
        assert_eq!(time_of_day("19:00").0, "7 p.m.");
        assert_eq!(time_of_day("07:05").0, "7:05 a.m.");
        assert_eq!(time_of_day("12:00").0, "noon");
        assert_eq!(time_of_day("NI").0, "night");
    }

    #[test]
    fn ticks_follow_the_span() {
        let d = |s| Day::parse_iso(s).unwrap().number();
        let years: Vec<String> = ticks(d("2013-05-01"), d("2023-03-20")).into_iter().map(|t| t.1).collect();
        assert_eq!(years, ["2014", "2016", "2018", "2020", "2022"]);
        let months: Vec<String> = ticks(d("2023-01-10"), d("2023-06-20")).into_iter().map(|t| t.1).collect();
        assert_eq!(months[0], "Feb 2023");
        assert!(ticks(d("2023-03-01"), d("2023-03-05")).len() == 5);
    }
}
