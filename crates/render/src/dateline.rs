//! Datelines and agency tags: `MOSCOW (AP)_`, `OSLO, March 14 (Reuters) -`, `HEMPSTEAD,
//! N.Y., Sept. 26 (UPI) —`, `(CNN)`, a place on a line of its own, as the layout gave them
//! or as this module finds them at the start of the first paragraphs.

use newsbrief_parser::{Article, Span};

use crate::text::{squash, word_in_name_case};

/// The dateline of an article: its place, its agency and the span to leave out of excerpts.
pub(crate) struct Found {
    pub(crate) place: Option<String>,
    pub(crate) agency: Option<String>,
    pub(crate) span: Option<Span>,
}

/// A dateline or agency tag found at the start of a text.
#[derive(Debug, PartialEq)]
pub(crate) struct Tag<'t> {
    place: Option<&'t str>,
    pub(crate) agency: Option<&'t str>,
    /// Bytes of the tag, with its separator and the whitespace after it.
    len: usize,
}

/// The parser's dateline, or one it missed at the start of one of the first paragraphs of
/// `body` (its first sentences as `(paragraph, span)`); a paragraph that is only a dateline
/// is set aside.
pub(crate) fn find(article: &Article<'_>, body: &[(usize, Span)], set_aside: &mut [bool]) -> Found {
    let src = article.text();
    let meta = &article.meta;
    let mut place = meta.dateline.as_ref().map(|d| squash(&d.place));
    let mut agency = meta.dateline.as_ref().and_then(|d| d.agency.as_deref()).map(squash);
    // The parser's dateline, or one it missed at the start of one of the first paragraphs.
    let mut dateline = meta.dateline.as_ref().map(|d| d.span);
    let openers: Vec<usize> =
        (0..body.len()).filter(|&k| article.paragraphs[body[k].0].span.start == body[k].1.start).take(3).collect();
    for &k in &openers {
        let (pi, s) = body[k];
        let text = s.as_str(src);
        let next = body.get(k + 1).map(|&(_, n)| n.as_str(src));
        if let Some((p, a)) = dateline_line(text, next).filter(|_| article.paragraphs[pi].span == s) {
            place.get_or_insert_with(|| squash(p));
            agency = agency.or(a.map(squash));
            set_aside[pi] = true;
            continue;
        }
        if dateline.is_some_and(|d| s.contains(Span::new(d.start, d.start))) {
            break;
        }
        if let Some(tag) = dateline_prefix(text) {
            dateline = Some(Span::new(s.start, s.start + tag.len));
            place = place.or(tag.place.map(squash));
            agency = agency.or(tag.agency.map(squash));
            break;
        }
    }
    Found { place, agency, span: dateline }
}

/// True for a token of a dateline's place or date: a capitalized word, a number or date,
/// a slash, or a lower-case particle of a place name (`Rio de Janeiro`).
fn place_token(t: &str) -> bool {
    const PARTICLES: [&str; 12] = ["de", "del", "la", "le", "el", "al", "du", "da", "di", "von", "van", "of"];
    let t = t.trim_end_matches(',');
    t == "/"
        || t.chars().next().is_some_and(char::is_uppercase)
        || t.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '/' || c == '.') && !t.is_empty()
        || PARTICLES.contains(&t)
}

/// True when the words before a separator read as a dateline: place-like tokens, and
/// something only datelines have (a word in capitals, a comma, a number).
fn place_like(head: &str) -> bool {
    let tokens: Vec<&str> = head.split_whitespace().collect();
    let capitals = tokens
        .iter()
        .any(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !t.chars().any(char::is_lowercase));
    !tokens.is_empty()
        && tokens.len() <= 9
        && tokens.iter().all(|t| place_token(t))
        && (capitals || head.contains(',') || head.contains(|c: char| c.is_ascii_digit()))
}

/// An agency name in brackets: one to three capitalized words.
fn agency_in(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('(')?.strip_suffix(')')?.trim();
    let words: Vec<&str> = inner.split_whitespace().collect();
    (!words.is_empty()
        && words.len() <= 3
        && inner.len() <= 30
        && words.iter().all(|w| w.starts_with(char::is_uppercase)))
    .then_some(inner)
}

/// A dateline or agency tag that opens `s`: `MOSCOW (AP)_`, `OSLO, March 14 (Reuters) -`,
/// `HEMPSTEAD, N.Y., Sept. 26 (UPI) —`, `Chicago, March 3 -`, `(CNN) --`.
pub(crate) fn dateline_prefix(s: &str) -> Option<Tag<'_>> {
    let head_end = crate::text::floor_char(s, 120.min(s.len()));
    let head = &s[..head_end];
    // The first separator: a dash or underscore run after a space or a bracket, then a space.
    let mut sep = None;
    for (i, c) in head.char_indices() {
        if matches!(c, '-' | '—' | '–' | '_') {
            let before = head[..i].chars().next_back();
            if before.is_some_and(|b| b.is_whitespace() || b == ')') {
                let run_end =
                    i + head[i..].find(|c: char| !matches!(c, '-' | '—' | '–' | '_')).unwrap_or(head.len() - i);
                if s[run_end..].starts_with(char::is_whitespace) {
                    sep = Some((i, run_end));
                    break;
                }
            }
        }
        // A sentence or a quotation began before any separator; abbreviations are tokens.
        if matches!(c, '!' | '?' | '"' | '“') {
            return None;
        }
        if c == '.' && head[i + 1..].starts_with(' ') {
            let token = head[..i].rsplit(char::is_whitespace).next().unwrap_or("");
            if token.chars().filter(|c| c.is_alphabetic()).count() > 4 {
                return None;
            }
        }
    }
    let Some((sep_start, sep_end)) = sep else { return agency_tag_alone(head) };
    let len = sep_end + s[sep_end..].len() - s[sep_end..].trim_start().len();
    let before = s[..sep_start].trim_end();
    let (head, agency) = match before.rfind('(') {
        Some(k) if before.ends_with(')') => match agency_in(&before[k..]) {
            Some(a) => (before[..k].trim_end(), Some(a)),
            None => return None,
        },
        _ => (before, None),
    };
    let head = head.trim_end_matches(',').trim_end();
    match (head.is_empty(), agency) {
        (true, Some(_)) => Some(Tag { place: None, agency, len }),
        (false, _) if place_like(head) || agency.is_some() && head.split_whitespace().all(place_token) => {
            Some(Tag { place: Some(place_part(head)), agency, len })
        }
        _ => None,
    }
}

/// An agency tag with no dash after it: `(CNN)Amid…`, `LONDON (AFP) The…`. Without the
/// dash only a tag in capitals counts, after nothing or after a place in capitals.
fn agency_tag_alone(s: &str) -> Option<Tag<'_>> {
    let close = s.find(')')?;
    let open = s[..close].rfind('(')?;
    let agency = agency_in(&s[open..=close]).filter(|a| a.len() >= 2 && !a.chars().any(char::is_lowercase))?;
    let head = s[..open].trim_end().trim_end_matches(',').trim_end();
    let capitals = head.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !head.chars().any(char::is_lowercase);
    if !(head.is_empty() || capitals && place_like(head)) {
        return None;
    }
    let rest = &s[close + 1..];
    let len = close + 1 + rest.len() - rest.trim_start().len();
    rest.trim_start().starts_with(char::is_uppercase).then_some(Tag {
        place: (!head.is_empty()).then(|| place_part(head)),
        agency: Some(agency),
        len,
    })
}

/// The place of a dateline's head, without its date (`OSLO, March 14` → `OSLO`).
fn place_part(head: &str) -> &str {
    let mut end = head.len();
    for (i, part) in head.match_indices(',').map(|(i, _)| i).zip(head.split(',').skip(1)) {
        let part = part.trim();
        let month_day = part.split_whitespace().count() <= 2 && part.ends_with(|c: char| c.is_ascii_digit());
        if month_day {
            end = i;
            break;
        }
    }
    let head = &head[..end];
    // `LONDON 1996-08-30`: a date after the place.
    match head.rsplit_once(' ') {
        Some((p, d)) if d.starts_with(|c: char| c.is_ascii_digit()) => p.trim_end_matches(','),
        _ => head,
    }
}

/// The place of a line that is only a dateline: `LONDON 1996-08-30`, `WASHINGTON -`,
/// `WASHINGTON / WILMINGTON, Del. (Reuters)`, or a place alone when the next text opens
/// with an agency tag or a dash.
pub(crate) fn dateline_line<'t>(line: &'t str, next: Option<&str>) -> Option<(&'t str, Option<&'t str>)> {
    let line = line.trim();
    let separated = line.ends_with(['-', '—', '–', '_']);
    let core = line.trim_end_matches(['-', '—', '–', '_']).trim_end();
    let (core, agency) = match core.rfind('(') {
        Some(k) => match agency_in(&core[k..]) {
            Some(a) => (core[..k].trim_end(), Some(a)),
            None => (core, None),
        },
        None => (core, None),
    };
    let next_is_tag = next.is_some_and(|n| {
        let n = n.trim_start();
        n.starts_with(['-', '—', '–', '_']) || dateline_prefix(n).is_some_and(|tag| tag.place.is_none())
    });
    let line_only =
        core.len() <= 60 && place_like(core) && (has_date(core) || separated || agency.is_some() || next_is_tag);
    line_only.then(|| (place_part(core), agency))
}

/// True when a given headline is a dateline split off its lede.
pub(crate) fn headline_is_dateline(h: &str, next: Option<&str>) -> bool {
    h.split_whitespace().count() <= 8 && dateline_line(h, next).is_some()
}

/// True when the text holds a date as datelines write it: `1996-08-30`, `March 14`, `Sept. 26`.
fn has_date(s: &str) -> bool {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let tokens: Vec<&str> = s.split_whitespace().map(|t| t.trim_end_matches(',')).collect();
    let iso = |t: &str| {
        t.len() == 10
            && t.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
    };
    let month = |t: &str| {
        let t = t.trim_end_matches('.').to_lowercase();
        t.len() >= 3 && MONTHS.iter().any(|m| t.starts_with(m)) && t.chars().all(char::is_alphabetic)
    };
    let day = |t: &str| (1..=2).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit());
    tokens.iter().any(|t| iso(t)) || tokens.windows(2).any(|w| month(w[0]) && day(w[1]))
}

/// `WASHINGTON / WILMINGTON, Del.` → `Washington / Wilmington, Del.`: words in capitals
/// read as names; two-letter ones (`DC`, `NY`) and abbreviations (`U.S.`) stay.
pub(crate) fn tidy_place(place: &str) -> String {
    place.split_whitespace().enumerate().map(|(i, w)| word_in_name_case(w, i == 0)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_at_the_start() {
        fn tag(s: &str) -> Option<(Option<&str>, Option<&str>, &str)> {
            dateline_prefix(s).map(|t| (t.place, t.agency, &s[t.len..]))
        }
        assert_eq!(tag("MOSCOW (AP)_ The mayor said."), Some((Some("MOSCOW"), Some("AP"), "The mayor said.")));
        assert_eq!(
            tag("OSLO, March 14 (Reuters) - Dockworkers struck."),
            Some((Some("OSLO"), Some("Reuters"), "Dockworkers struck."))
        );
        assert_eq!(
            tag("HEMPSTEAD, N.Y., Sept. 26 (UPI) — A candidate left."),
            Some((Some("HEMPSTEAD, N.Y."), Some("UPI"), "A candidate left."))
        );
        assert_eq!(tag("Chicago, March 3 - Prices fell."), Some((Some("Chicago"), None, "Prices fell.")));
        assert_eq!(tag("(CNN) -- Rain fell."), Some((None, Some("CNN"), "Rain fell.")));
        assert_eq!(tag("(CNN)Rain fell."), Some((None, Some("CNN"), "Rain fell.")));
        assert_eq!(tag("LONDON (AFP) Rain fell."), Some((Some("LONDON"), Some("AFP"), "Rain fell.")));
        assert_eq!(tag("The plan (PDF) was late."), None);
        assert_eq!(tag("NEW DELHI — Talks began."), Some((Some("NEW DELHI"), None, "Talks began.")));
        // Not datelines: a name before a dash, a sentence with a dash later on.
        assert_eq!(tag("John Smith — the former minister — spoke."), None);
        assert_eq!(tag("Prices rose sharply. Then — at last — they fell."), None);
        assert_eq!(tag("The mayor said on Friday - in a statement - that it was over."), None);
    }

    #[test]
    fn dateline_lines() {
        assert!(dateline_line("LONDON 1996-08-30", None).is_some());
        assert!(dateline_line("WASHINGTON / WILMINGTON, Del. (Reuters) -", None).is_some());
        assert!(dateline_line("WASHINGTON", Some("(Reuters) - The Senate voted.")).is_some());
        assert!(dateline_line("WASHINGTON", Some("The Senate voted.")).is_none());
        assert!(dateline_line("SOCCER - RIVERSIDE EDGE HARBOUR", Some("Riverside won.")).is_none());
        assert!(dateline_line("NATO SUMMIT 2023", None).is_none());
        assert!(dateline_line("Dollar gains on Greenspan speech", None).is_none());
    }

    #[test]
    fn places_read_as_names() {
        assert_eq!(tidy_place("WASHINGTON / WILMINGTON, Del."), "Washington / Wilmington, Del.");
        assert_eq!(tidy_place("KYIV, Ukraine"), "Kyiv, Ukraine");
        assert_eq!(tidy_place("LONDON"), "London");
        assert_eq!(tidy_place("NEW YORK"), "New York");
        assert_eq!(tidy_place("WASHINGTON, DC"), "Washington, DC");
        assert_eq!(tidy_place("RIO DE JANEIRO"), "Rio de Janeiro");
        assert_eq!(tidy_place("N'DJAMENA, Chad"), "N'Djamena, Chad");
        assert_eq!(tidy_place("GAZA/CAIRO"), "Gaza/Cairo");
    }
}
