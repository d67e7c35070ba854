//! Shared helpers for the end-to-end tests: the fixture articles and the
//! invariants every parse must hold.

use std::path::{Path, PathBuf};

use newsbrief_parser::{Amount, Article, Span, Timex};
use pulldown_cmark::{Event, Parser, Tag};

/// The folder of fixture articles.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Every fixture article as `(stem, decoded text)`, sorted by name.
pub fn fixtures() -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("fixture readable");
            let text = newsbrief::input::decode(bytes).expect("fixture decodes").text;
            (p.file_stem().expect("file name").to_string_lossy().into_owned(), text)
        })
        .collect()
}

/// True for the characters allowed between paragraphs.
fn is_gap(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// A span inside `text`, on character boundaries.
fn span_holds(text: &str, s: Span, what: &str) -> Result<(), String> {
    if s.start > s.end || s.end > text.len() || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
        return Err(format!("{what} span {s:?} is not a valid span of a {}-byte text", text.len()));
    }
    Ok(())
}

/// Times: valid spans whose text is the span's, and TIMEX3 values.
pub fn times_hold(text: &str, times: &[Timex<'_>]) -> Result<(), String> {
    for t in times {
        span_holds(text, t.span, "time")?;
        if t.span.as_str(text) != t.text {
            return Err(format!("time text {:?} differs from its span", t.text));
        }
        for value in std::iter::once(&t.value).chain(&t.end) {
            if !is_timex3_value(value) {
                return Err(format!("{value:?} (for {:?}) is not a TIMEX3 value", t.text));
            }
        }
    }
    Ok(())
}

/// Amounts: valid spans whose text is the span's, and finite values.
pub fn amounts_hold(text: &str, amounts: &[Amount<'_>]) -> Result<(), String> {
    for m in amounts {
        span_holds(text, m.span, "amount")?;
        if m.span.as_str(text) != m.text {
            return Err(format!("amount text {:?} differs from its span", m.text));
        }
        if !m.value.is_finite() {
            return Err(format!("amount {:?} has the value {}", m.text, m.value));
        }
    }
    Ok(())
}

/// True for a TIMEX3 `value` as TimeML defines it: `PRESENT_REF`, `PAST_REF`,
/// `FUTURE_REF`; a duration (`P3Y`, `PT5H30M`, `PXDE`, `P1.5Y`); or a date
/// (`2023`, `202` a decade, `20` a century, `2023-03`, `2023-03-17`,
/// `2023-W11`, `2023-W11-5`, `2023-W11-WE`, `2023-Q1`, `2023-H2`, `2023-SU`)
/// with `X` for unknown digits and an optional time of day (`T14`, `T14:30`,
/// `T14:30:05`, `TMO`, `TAF`, `TEV`, `TNI`, `TDT`).
pub fn is_timex3_value(v: &str) -> bool {
    matches!(v, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") || is_duration(v) || is_date_time(v)
}

fn is_duration(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('P') else { return false };
    let (date_part, time_part) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let units_ok = |mut s: &str, units: &[&str]| -> Option<usize> {
        let mut n = 0;
        while !s.is_empty() {
            let number_len = if s.starts_with('X') {
                1
            } else {
                let len = s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len());
                let number = &s[..len];
                if number.is_empty()
                    || number.starts_with('.')
                    || number.ends_with('.')
                    || number.matches('.').count() > 1
                {
                    return None;
                }
                len
            };
            s = &s[number_len..];
            let unit = units.iter().find(|u| s.starts_with(**u))?;
            s = &s[unit.len()..];
            n += 1;
        }
        Some(n)
    };
    let Some(n_date) = units_ok(date_part, &["DE", "CE", "ML", "Y", "Q", "M", "W", "D"]) else { return false };
    match time_part {
        None => n_date > 0,
        Some(t) => units_ok(t, &["H", "M", "S"]).is_some_and(|n| n > 0),
    }
}

fn is_date_time(v: &str) -> bool {
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    is_date(date) && time.is_none_or(is_time_of_day)
}

/// `n` characters, each a digit or `X`, whose number (when all digits) is in `range`.
fn field(s: &str, n: usize, range: std::ops::RangeInclusive<u32>) -> bool {
    s.len() == n && (s.bytes().all(|b| b == b'X') || s.parse::<u32>().is_ok_and(|x| range.contains(&x)))
}

fn is_date(d: &str) -> bool {
    let (year, rest) = match d.split_once('-') {
        Some((y, r)) => (y, Some(r)),
        None => (d, None),
    };
    let year_ok = year.bytes().all(|b| b.is_ascii_digit() || b == b'X');
    let Some(rest) = rest else { return year_ok && (2..=4).contains(&year.len()) };
    if !(year_ok && year.len() == 4) {
        return false;
    }
    if let Some(week) = rest.strip_prefix('W') {
        return match week.split_once('-') {
            None => field(week, 2, 1..=53),
            Some((w, day)) => field(w, 2, 1..=53) && (day == "WE" || field(day, 1, 1..=7)),
        };
    }
    if let Some(q) = rest.strip_prefix('Q') {
        return field(q, 1, 1..=4);
    }
    if let Some(h) = rest.strip_prefix('H') {
        return field(h, 1, 1..=2);
    }
    if matches!(rest, "SP" | "SU" | "FA" | "WI") {
        return true;
    }
    match rest.split_once('-') {
        None => field(rest, 2, 1..=12),
        Some((month, day)) => field(month, 2, 1..=12) && field(day, 2, 1..=31),
    }
}

fn is_time_of_day(t: &str) -> bool {
    if matches!(t, "MO" | "AF" | "EV" | "NI" | "DT") {
        return true;
    }
    let mut parts = t.split(':');
    let hour = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    field(hour, 2, 0..=24) && rest.len() <= 2 && rest.iter().all(|p| field(p, 2, 0..=59))
}

/// Checks the model's structural invariants; returns the first broken one.
pub fn invariants(text: &str, a: &Article<'_>) -> Result<(), String> {
    let ok_span = |s: Span, what: &str| span_holds(text, s, what);
    // Lossless: paragraphs plus the whitespace between them cover the input exactly.
    let mut at = 0;
    for (i, p) in a.paragraphs.iter().enumerate() {
        ok_span(p.span, "paragraph")?;
        if p.span.start < at {
            return Err(format!("paragraph {i} overlaps the previous one"));
        }
        if !text[at..p.span.start].chars().all(is_gap) {
            return Err(format!("bytes {at}..{} are in no paragraph and not whitespace", p.span.start));
        }
        if p.span.is_empty() {
            return Err(format!("paragraph {i} is empty"));
        }
        let mut s_at = p.span.start;
        for s in &p.sentences {
            ok_span(s.span, "sentence")?;
            if !p.span.contains(s.span) || s.span.start < s_at || s.span.is_empty() {
                return Err(format!("sentence {:?} is out of order or outside paragraph {i}", s.span));
            }
            if s.span.as_str(text) != s.span.as_str(text).trim() {
                return Err(format!("sentence {:?} has surrounding whitespace", s.span));
            }
            s_at = s.span.end;
        }
        at = p.span.end;
    }
    if !text[at..].chars().all(is_gap) {
        return Err(format!("bytes {at}.. are in no paragraph and not whitespace"));
    }
    let mut prev = 0;
    for t in &a.tokens {
        ok_span(t.span, "token")?;
        if t.span.start < prev || t.span.is_empty() {
            return Err(format!("token {:?} is empty or out of order", t.span));
        }
        prev = t.span.end;
    }
    for e in &a.entities {
        for m in &e.mentions {
            ok_span(m.span, "mention")?;
            if m.span.as_str(text) != m.text {
                return Err(format!("mention text {:?} differs from its span", m.text));
            }
        }
    }
    for q in &a.quotes {
        ok_span(q.span, "quote")?;
    }
    times_hold(text, &a.times)?;
    amounts_hold(text, &a.amounts)?;
    for at in &a.attributions {
        ok_span(at.span, "attribution")?;
    }
    for d in &a.diagnostics {
        ok_span(d.span, "diagnostic")?;
    }
    for k in &a.key_points {
        if a.sentence(k.sentence).is_none() {
            return Err(format!("key point {:?} names no sentence", k.sentence));
        }
    }
    Ok(())
}

/// Article text is escaped, so every `<` in the page opens a tag of our own
/// templates: read each tag's attributes (quoted values may hold spaces) and
/// check their names and values.
pub fn html_is_inert(html: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    if lower.contains("<script") {
        return Err("a script element in the page".into());
    }
    let mut rest = lower.as_str();
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        if rest.starts_with(['!', '/']) {
            continue;
        }
        // Skip the tag name.
        let name_len = rest.find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
        rest = &rest[name_len..];
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let name_len = rest.find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>').unwrap_or(rest.len());
            let name = &rest[..name_len];
            if name.starts_with("on") {
                return Err(format!("an event-handler attribute `{name}`"));
            }
            rest = rest[name_len..].trim_start();
            let Some(after_eq) = rest.strip_prefix('=') else { continue };
            let after_eq = after_eq.trim_start();
            let (value, after) = match after_eq.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after_eq[1..];
                    let end = body.find(q).unwrap_or(body.len());
                    (&body[..end], body.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after_eq.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(after_eq.len());
                    (&after_eq[..end], &after_eq[end..])
                }
            };
            let value = value.trim_start();
            if value.starts_with("javascript:") || value.starts_with("data:") {
                return Err(format!("a script or data URL in attribute `{name}`: {value}"));
            }
            rest = after;
        }
    }
    Ok(())
}

/// Nothing from the article became Markdown markup that a renderer would turn
/// into HTML or a script link: no raw HTML, no `javascript:` or `data:` link.
pub fn markdown_is_inert(md: &str) -> Result<(), String> {
    for event in Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => return Err(format!("raw HTML in the Markdown: {h:?}")),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                let url = dest_url.to_ascii_lowercase();
                if url.starts_with("javascript:") || url.starts_with("data:") {
                    return Err(format!("a script or data URL in the Markdown: {dest_url}"));
                }
            }
            _ => {}
        }
    }
    Ok(())
}
