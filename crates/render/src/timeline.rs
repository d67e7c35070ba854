//! The timeline: dated expressions in calendar order, and a small SVG drawing.

use std::fmt::Write;

use newsbrief_parser::Article;

use crate::annotate::escape_into;
use crate::briefing::{TIMELINE_WORDS, clause_around, on_timeline};

/// One dated event.
#[derive(Clone, Debug)]
pub struct TimelineEntry {
    /// A readable date (`20 Mar 2023`, `20–22 Mar 2023`, `Mar 2023`, `week 12, 2023`).
    pub label: String,
    /// The TIMEX3 value (and end, for a range).
    pub value: String,
    /// The clause of the sentence around the expression.
    pub text: String,
    /// Anchor of its paragraph in the full text.
    pub anchor: String,
    /// Sort key; `None` when the date has unknown parts.
    pub key: Option<(i32, u32, u32)>,
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The timeline of an article.
pub fn entries(article: &Article<'_>) -> Vec<TimelineEntry> {
    let mut out: Vec<TimelineEntry> = Vec::new();
    for t in article.times.iter().filter(|t| on_timeline(t.kind)) {
        if t.value.ends_with("_REF") {
            continue;
        }
        let key = sort_key(&t.value);
        let label = match (&t.end, key) {
            (Some(end), Some(_)) => range_label(&t.value, end),
            _ => label(&t.value),
        };
        let value = match &t.end {
            Some(end) => format!("{} to {end}", t.value),
            None => t.value.clone(),
        };
        let anchor = article.paragraph_at(t.span.start).map_or_else(String::new, |i| format!("p{i}"));
        let text = clause_around(article, t.span, TIMELINE_WORDS);
        // The same date in the same clause once.
        if out.iter().any(|e| e.value == value && e.text == text) {
            continue;
        }
        out.push(TimelineEntry { label, value, text, anchor, key });
    }
    // Known dates in order (stable for ties), unknown ones last.
    out.sort_by_key(|e| (e.key.is_none(), e.key));
    out
}

/// A sortable (year, month, day) for a TIMEX3 date value; 0 stands for "whole".
pub fn sort_key(value: &str) -> Option<(i32, u32, u32)> {
    let date = value.split('T').next().unwrap_or(value);
    if date.contains('X') || date.is_empty() {
        return None;
    }
    let mut parts = date.split('-');
    let y = parts.next()?;
    if !(y.len() == 4 || y.len() == 3) || !y.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = if y.len() == 3 { y.parse::<i32>().ok()? * 10 } else { y.parse().ok()? };
    let Some(second) = parts.next() else { return Some((year, 0, 0)) };
    let (month, day) = if let Some(w) = second.strip_prefix('W') {
        // ISO week: about the week's Thursday.
        let week: u32 = w.parse().ok()?;
        let doy = (week.saturating_sub(1)) * 7 + 4;
        let month = (doy / 31 + 1).min(12);
        (month, (doy % 31).max(1))
    } else if let Some(q) = second.strip_prefix('Q') {
        (q.parse::<u32>().ok()?.saturating_sub(1) * 3 + 1, 0)
    } else if matches!(second, "SP" | "SU" | "FA" | "WI") {
        (
            match second {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => 12,
            },
            0,
        )
    } else if second.starts_with('H') {
        (if second == "H2" { 7 } else { 1 }, 0)
    } else {
        let month: u32 = second.parse().ok()?;
        let day: u32 = parts.next().and_then(|d| d.parse().ok()).unwrap_or(0);
        (month, day)
    };
    Some((year, month, day))
}

/// A readable label for a TIMEX3 date value.
pub fn label(value: &str) -> String {
    let date = value.split('T').next().unwrap_or(value);
    let time = value.split_once('T').map(|(_, t)| t);
    let parts: Vec<&str> = date.split('-').collect();
    let month_name = |m: &str| m.parse::<usize>().ok().filter(|m| (1..=12).contains(m)).map(|m| MONTHS[m - 1]);
    let mut out = match parts.as_slice() {
        [y] if y.len() == 3 => format!("{y}0s"),
        [y, w] if w.starts_with('W') => format!("week {}, {y}", w.trim_start_matches('W')),
        [y, q] if q.starts_with('Q') => format!("{q} {y}"),
        [y, s] if matches!(*s, "SP" | "SU" | "FA" | "WI") => {
            let season = match *s {
                "SP" => "spring",
                "SU" => "summer",
                "FA" => "autumn",
                _ => "winter",
            };
            format!("{season} {y}")
        }
        [y, m] => month_name(m).map_or_else(|| date.to_owned(), |mn| format!("{mn} {y}")),
        [y, m, d] => match month_name(m) {
            Some(mn) => format!("{} {mn} {}", d.trim_start_matches('0'), y.replace("XXXX", "")).trim().to_owned(),
            None => date.to_owned(),
        },
        _ => date.to_owned(),
    };
    if let Some(t) = time {
        out.push_str(&format!(", {t}"));
    }
    out
}

fn range_label(start: &str, end: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (start.split('-').collect(), end.split('-').collect());
    if a.len() == 3 && b.len() == 3 && a[0] == b[0] && a[1] == b[1] {
        if let Some(mn) = a[1].parse::<usize>().ok().filter(|m| (1..=12).contains(m)).map(|m| MONTHS[m - 1]) {
            return format!("{}–{} {mn} {}", a[2].trim_start_matches('0'), b[2].trim_start_matches('0'), a[0]);
        }
    }
    format!("{} – {}", label(start), label(end))
}

/// A horizontal timeline: a dot per dated entry, placed by date, with the first and last years labelled.
pub fn svg(entries: &[TimelineEntry]) -> String {
    let dated: Vec<(&TimelineEntry, f64)> = entries
        .iter()
        .filter_map(|e| {
            e.key.map(|(y, m, d)| (e, f64::from(y) + f64::from(m.max(1) - 1) / 12.0 + f64::from(d) / 372.0))
        })
        .collect();
    if dated.len() < 2 {
        return String::new();
    }
    let (lo, hi) = dated.iter().fold((f64::MAX, f64::MIN), |(lo, hi), (_, x)| (lo.min(*x), hi.max(*x)));
    let span = (hi - lo).max(1e-9);
    let (w, left, right) = (600.0, 20.0, 580.0);
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"timeline-svg\" viewBox=\"0 0 {w} 56\" role=\"img\" aria-label=\"Timeline from {} to {}\">",
        dated[0].0.label.replace('"', ""),
        dated[dated.len() - 1].0.label.replace('"', "")
    );
    let _ = write!(s, "<line x1=\"{left}\" y1=\"24\" x2=\"{right}\" y2=\"24\" class=\"axis\"/>");
    for (e, x) in &dated {
        let cx = left + (x - lo) / span * (right - left);
        let _ = write!(s, "<circle cx=\"{cx:.1}\" cy=\"24\" r=\"6\" class=\"dot\"><title>");
        escape_into(&mut s, &format!("{}: {}", e.label, e.text));
        s.push_str("</title></circle>");
    }
    let first = dated[0].0.key.map_or(0, |k| k.0);
    let last = dated[dated.len() - 1].0.key.map_or(0, |k| k.0);
    let _ = write!(s, "<text x=\"{left}\" y=\"50\" class=\"tick\">{first}</text>");
    let _ = write!(s, "<text x=\"{right}\" y=\"50\" text-anchor=\"end\" class=\"tick\">{last}</text>");
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_order_dates() {
        assert!(sort_key("2013") < sort_key("2022-09"));
        assert!(sort_key("2023-03") < sort_key("2023-03-20"));
        assert!(sort_key("2023-W12") < sort_key("2023-03-22"));
        assert_eq!(sort_key("XXXX-03-20"), None);
        assert_eq!(sort_key("199"), Some((1990, 0, 0)));
    }

    #[test]
    fn labels_read_well() {
        assert_eq!(label("2023-03-20"), "20 Mar 2023");
        assert_eq!(label("2022-09"), "Sep 2022");
        assert_eq!(label("2023-W12"), "week 12, 2023");
        assert_eq!(label("199"), "1990s");
        assert_eq!(range_label("2023-03-20", "2023-03-22"), "20–22 Mar 2023");
    }
}
