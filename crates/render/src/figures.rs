//! Key figures: money, percentages and counts of things, each with the clause around it.

use std::collections::HashSet;

use newsbrief_parser::{Amount, AmountKind, Approx};

use crate::briefing::FigureView;
use crate::doc::Doc;
use crate::text::{norm_words, squash};

/// Words of context kept around a figure.
const CLAUSE_WORDS: usize = 24;
/// Figures shown; the rest are counted.
const FIGURES_SHOWN: usize = 12;
/// Figures read for the table, at most.
const FIGURES_READ: usize = 240;

/// The key figures in article order, and how many more were left out.
pub(crate) fn figures(doc: &Doc<'_, '_>) -> (Vec<FigureView>, usize) {
    let mut seen = HashSet::new();
    let mut candidates: Vec<(bool, FigureView)> = Vec::new();
    let mut n_key = 0;
    for a in doc.article.amounts.iter().filter(|a| is_key_figure(a) && doc.in_body(a.span.start)) {
        // Past a few hundred, figures are counted, not read: the table shows a dozen.
        n_key += 1;
        if n_key > FIGURES_READ {
            continue;
        }
        let text = squash(&a.text);
        let context = doc.clause_around(a.span, CLAUSE_WORDS);
        // A row whose context is the figure alone says nothing more than the figure.
        if norm_words(&context).len() <= norm_words(&text).len() || !seen.insert((text.to_lowercase(), context.clone()))
        {
            continue;
        }
        let primary = matches!(a.kind, AmountKind::Money | AmountKind::Percent);
        candidates
            .push((primary, FigureView { value: spelled_value(a), text, context, anchor: doc.anchor(a.span.start) }));
    }
    // Money and percentages first, then counts, each in article order; shown in article order.
    let n_primary = candidates.iter().filter(|c| c.0).count().min(FIGURES_SHOWN);
    let mut room = [FIGURES_SHOWN - n_primary, n_primary];
    let shown: Vec<FigureView> = candidates
        .into_iter()
        .filter_map(|(primary, f)| {
            let left = &mut room[usize::from(primary)];
            (*left > 0).then(|| {
                *left -= 1;
                f
            })
        })
        .collect();
    let more = n_key.saturating_sub(shown.len());
    (shown, more)
}

/// Money and percentages always; counts of things when written in digits or large
/// (`39 times`, `tens of thousands of protesters`), not `two leaders`. Bare numbers
/// (ages, scores, list numbering) and ages are not key figures.
fn is_key_figure(a: &Amount<'_>) -> bool {
    match a.kind {
        AmountKind::Money | AmountKind::Percent => true,
        AmountKind::Count => {
            let age = a.unit.as_deref().is_some_and(|u| u.contains("-old") || u.contains("year-old"));
            !age && (a.text.contains(|c: char| c.is_ascii_digit()) || a.value >= 1000.0)
        }
        _ => false,
    }
}

/// The amount in digits, when the article spells it in words (`Seventy-five million
/// copies`); empty when the text already shows the number or only gives an order of
/// magnitude (`millions of dollars`).
fn spelled_value(a: &Amount<'_>) -> String {
    let vague = ["tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores"];
    let lower = a.text.to_lowercase();
    if a.text.contains(|c: char| c.is_ascii_digit()) || lower.split_whitespace().any(|w| vague.contains(&w)) {
        return String::new();
    }
    readable(a)
}

/// `$18 billion`, `CHF 5 million`, `12.5%`, `0.5 percentage points`, `75 million copies`.
fn readable(a: &Amount<'_>) -> String {
    let approx = match a.approx {
        Some(Approx::MoreThan) => "more than ",
        Some(Approx::LessThan) => "less than ",
        Some(Approx::About) => "about ",
        Some(Approx::UpTo) => "up to ",
        _ => "",
    };
    let n = scaled(a.value);
    match (a.kind, a.currency.as_deref(), a.unit.as_deref()) {
        (AmountKind::Money, Some(c), _) => {
            let symbol = match c {
                "USD" => "$",
                "EUR" => "€",
                "GBP" => "£",
                "JPY" => "¥",
                _ => "",
            };
            if symbol.is_empty() { format!("{approx}{c} {n}") } else { format!("{approx}{symbol}{n}") }
        }
        (AmountKind::Percent, _, Some("percentage_point")) => format!("{approx}{n} percentage points"),
        (AmountKind::Percent, _, _) => format!("{approx}{n}%"),
        (_, _, Some(u)) => format!("{approx}{n} {u}"),
        _ => format!("{approx}{n}"),
    }
}

/// `75000000` → `75 million`; `1250` → `1,250`; `2.5` → `2.5`.
fn scaled(v: f64) -> String {
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if v.abs() >= scale {
            return format!("{} {word}", format_number(v / scale));
        }
    }
    format_number(v)
}

/// `55000000000` → `55,000,000,000`; fractions keep up to two decimals.
pub(crate) fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let neg = v < 0.0;
    let v = (v.abs() * 100.0).round() / 100.0;
    let whole = v.trunc();
    let frac = v - whole;
    let digits = format!("{whole:.0}");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 0.005 {
        let f = format!("{frac:.2}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    if neg { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_format() {
        assert_eq!(format_number(55e9), "55,000,000,000");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(1200.0), "1,200");
        assert_eq!(format_number(-3.25), "-3.25");
        assert_eq!(scaled(75e6), "75 million");
        assert_eq!(scaled(1.6e9), "1.6 billion");
    }

    fn figures_of(text: &str) -> Vec<(String, String)> {
        let a = newsbrief_parser::parse(text);
        let (shown, _) = figures(&Doc { article: &a, dateline: None, set_aside: &[] });
        shown.into_iter().map(|f| (f.text, f.value)).collect()
    }

    #[test]
    fn bare_numbers_and_ages_are_not_key_figures() {
        let got = figures_of(
            "Title line here\nThe council spent $18 billion on roads, Jane Doe, 45, told the 12 members of the panel on Monday.\n",
        );
        assert_eq!(got, [("$18 billion".to_owned(), String::new()), ("12 members".to_owned(), String::new())]);
    }

    #[test]
    fn spelled_amounts_show_their_digits() {
        let got = figures_of(
            "Title line here\nSeventy-five million copies of the rifle have been built since the war ended.\n",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.starts_with("75 million"), "{got:?}");
    }
}
