//! The top of the page: the title, the dateline and the bottom line.
//!
//! The parser finds headlines and datelines in the common layouts; this module makes
//! sure that what the biggest type on the page says is a headline, not a dateline or a
//! sentence cut off, and that the bottom line neither opens with a dateline nor repeats
//! the title. It only ever leaves text out or picks another sentence, never invents.

use newsbrief_parser::{Article, Span};

use crate::text::{capitalize, norm_words, squash};

/// Words a title made from a sentence keeps at most.
const TITLE_WORDS: usize = 14;
/// A sentence this short (in words) is taken whole as a title.
const TITLE_WHOLE: usize = 16;
/// Body sentences looked at for the title and the bottom line.
const LOOK_AHEAD: usize = 12;
/// The bottom line takes a second sentence while the two stay under this many words.
const BOTTOM_WORDS: usize = 60;

/// The top of the page.
pub(crate) struct Top {
    /// The headline, or a short title made from the lede.
    pub(crate) title: String,
    /// True when the title was made from the text rather than given.
    pub(crate) title_derived: bool,
    /// The dateline place, when the article has one.
    pub(crate) place: Option<String>,
    /// The agency named in the dateline (`Reuters`).
    pub(crate) agency: Option<String>,
    /// The dateline or agency tag that opens the lede, left out of every excerpt.
    pub(crate) dateline: Option<Span>,
    /// The bottom line.
    pub(crate) bottom: String,
    /// Sentences shown at the top (the title's source and the bottom line), not repeated as key points.
    pub(crate) shown: Vec<Span>,
}

/// A dateline or agency tag found at the start of a text.
#[derive(Debug, PartialEq)]
struct Tag<'t> {
    place: Option<&'t str>,
    agency: Option<&'t str>,
    /// Bytes of the tag, with its separator and the whitespace after it.
    len: usize,
}

/// Decides the top of the page.
pub(crate) fn top(article: &Article<'_>) -> Top {
    let src = article.text();
    let meta = &article.meta;
    let body: Vec<(usize, Span)> =
        article.body().flat_map(|(pi, p)| p.sentences.iter().map(move |s| (pi, s.span))).take(LOOK_AHEAD).collect();
    let mut place = meta.dateline.as_ref().map(|d| squash(&d.place));
    let mut agency = meta.dateline.as_ref().and_then(|d| d.agency.as_deref()).map(squash);
    // The parser's dateline, or one it missed at the start of the first body sentence.
    let mut dateline = meta.dateline.as_ref().map(|d| d.span);
    let mut lines_as_datelines = Vec::new();
    let openers: Vec<usize> =
        (0..body.len()).filter(|&k| article.paragraphs[body[k].0].span.start == body[k].1.start).take(3).collect();
    for &k in &openers {
        let (pi, s) = body[k];
        let text = s.as_str(src);
        let next = body.get(k + 1).map(|&(_, n)| n.as_str(src));
        if let Some(p) = dateline_line(text, next).filter(|_| article.paragraphs[pi].span == s) {
            place.get_or_insert_with(|| squash(p));
            lines_as_datelines.push(s);
            continue;
        }
        if dateline.is_some_and(|d| s.contains(Span::new(d.start, d.start))) {
            break;
        }
        if let Some(tag) = dateline_prefix(text) {
            dateline = Some(Span::new(s.start, s.start + tag.len));
            if place.is_none() {
                place = tag.place.map(squash);
            }
            if agency.is_none() {
                agency = tag.agency.map(squash);
            }
            break;
        }
    }
    // The text of a body sentence as the top shows it: without a dateline.
    let shown_text = |s: Span| -> String {
        match dateline {
            Some(d) if s.start <= d.start && d.end <= s.end => squash(&src[d.end..s.end]),
            _ => squash(s.as_str(src)),
        }
    };
    let next_body = body.iter().find(|(_, s)| !lines_as_datelines.contains(s)).map(|&(_, s)| s);
    let given = meta.headline.as_ref().map(|h| squash(&h.text)).filter(|h| {
        !h.is_empty()
            && place.as_deref().is_none_or(|p| norm_words(p) != norm_words(h))
            && !headline_is_dateline(h, next_body.map(|s| s.as_str(src)))
    });
    if given.is_none() {
        if let Some(h) = &meta.headline {
            if let Some(p) = dateline_line(&h.text, next_body.map(|s| s.as_str(src))).filter(|_| place.is_none()) {
                place = Some(squash(p));
            }
        }
    }
    let candidates: Vec<Span> = body.iter().map(|&(_, s)| s).filter(|s| !lines_as_datelines.contains(s)).collect();
    let (title, title_derived, source) = match given {
        Some(h) => (trim_title(&h), false, None),
        None => match candidates.iter().find(|&&s| n_words(&shown_text(s)) >= 3 && !shown_text(s).ends_with(':')) {
            Some(&s) => (derive_title(&shown_text(s)), true, Some(s)),
            None => ("Untitled article".to_owned(), true, None),
        },
    };
    let informative = |s: Span| {
        let t = shown_text(s);
        Some(s) != source && n_words(&t) >= 6 && !t.ends_with(':') && !t.starts_with('(') && !says_same(&title, &t)
    };
    let mut shown: Vec<Span> = source.into_iter().collect();
    let mut bottom = String::new();
    if let Some(i) = candidates.iter().position(|&s| informative(s)) {
        let first = candidates[i];
        bottom = shown_text(first);
        shown.push(first);
        let same_paragraph = |s: Span| article.paragraph_at(s.start) == article.paragraph_at(first.start);
        if let Some(&next) = candidates.get(i + 1).filter(|&&s| same_paragraph(s) && informative(s)) {
            let more = shown_text(next);
            if n_words(&bottom) + n_words(&more) <= BOTTOM_WORDS {
                bottom = format!("{bottom} {more}");
                shown.push(next);
            }
        }
    } else if let Some(s) = source.filter(|&s| !says_same(&title, &shown_text(s))) {
        bottom = shown_text(s);
    }
    let place = place.map(|p| tidy_place(&p));
    Top { title, title_derived, place, agency, dateline, bottom, shown }
}

fn n_words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// True when `sentence` says what `title` says: it opens with the title's words, or it is
/// hardly longer and holds nearly all of them.
pub(crate) fn says_same(title: &str, sentence: &str) -> bool {
    let (t, s) = (norm_words(title), norm_words(sentence));
    if t.is_empty() {
        return false;
    }
    if s.starts_with(&t) {
        return true;
    }
    let shared = t.iter().filter(|w| s.contains(w)).count();
    s.len() <= t.len() + 6 && shared * 5 >= t.len() * 4
}

/// A headline without the full stop of a sentence (abbreviations keep theirs).
fn trim_title(h: &str) -> String {
    let last = h.split_whitespace().next_back().unwrap_or("");
    let abbreviation = last.trim_end_matches('.').contains('.') || last.len() <= 3 && last.ends_with('.');
    if h.ends_with('.') && !h.ends_with("..") && !abbreviation {
        h[..h.len() - 1].trim_end().to_owned()
    } else {
        h.to_owned()
    }
}

/// Words that open a lead-in phrase ("In Singapore,", "For his part,", "Last month,").
const LEAD_IN: &[&str] = &[
    "after",
    "again",
    "also",
    "although",
    "amid",
    "among",
    "and",
    "as",
    "at",
    "before",
    "but",
    "by",
    "despite",
    "during",
    "earlier",
    "elsewhere",
    "even",
    "following",
    "for",
    "from",
    "here",
    "however",
    "in",
    "indeed",
    "instead",
    "last",
    "later",
    "meanwhile",
    "moreover",
    "next",
    "now",
    "on",
    "once",
    "overall",
    "separately",
    "since",
    "so",
    "still",
    "then",
    "there",
    "this",
    "though",
    "today",
    "under",
    "unlike",
    "until",
    "when",
    "while",
    "with",
    "without",
    "yesterday",
    "yet",
];
/// Words before which a long clause can be cut and still read as a headline.
const CUT_BEFORE: &[&str] = &[
    "according",
    "across",
    "after",
    "against",
    "ahead",
    "amid",
    "and",
    "as",
    "at",
    "because",
    "before",
    "but",
    "by",
    "despite",
    "during",
    "following",
    "for",
    "from",
    "in",
    "including",
    "into",
    "near",
    "on",
    "over",
    "since",
    "than",
    "through",
    "to",
    "under",
    "until",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whose",
    "with",
    "without",
];
/// Words that cannot open what is left after a lead-in: the comma was not the lead-in's end.
const NOT_AFTER_LEAD_IN: &[&str] = &["and", "or", "but", "who", "which", "that", "including", "such", "as", "to", "of"];

fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// A short title made from a sentence: its main clause, at most [`TITLE_WORDS`] words, cut
/// before a preposition or conjunction and never inside a quotation, without an ellipsis.
fn derive_title(sentence: &str) -> String {
    let mut words: Vec<&str> = sentence.split_whitespace().collect();
    // A lead-in phrase ending in a comma within the first words is not the news.
    if words.first().is_some_and(|w| LEAD_IN.contains(&bare(w).as_str())) {
        if let Some(k) = words.iter().take(10).position(|w| w.ends_with(',')) {
            let rest = &words[k + 1..];
            let opener = rest.first().map(|w| bare(w)).unwrap_or_default();
            if rest.len() >= 4
                && !NOT_AFTER_LEAD_IN.contains(&opener.as_str())
                && !opener.ends_with("ing")
                && !opener.ends_with("ed")
            {
                words.drain(..=k);
            }
        }
    }
    if words.len() > TITLE_WHOLE {
        let quoted = quote_depths(&words);
        // The first clause edge, when it leaves a clause of five words or more.
        let edge = (1..words.len())
            .find(|&k| {
                quoted[k] == 0
                    && (words[k - 1].ends_with([',', ';', ':']) || matches!(words[k], "—" | "–" | "-" | "--"))
            })
            .filter(|k| (5..=TITLE_WHOLE).contains(k));
        let cut = edge.unwrap_or_else(|| {
            (6..=TITLE_WORDS.min(words.len() - 1))
                .rev()
                .find(|&k| quoted[k] == 0 && CUT_BEFORE.contains(&bare(words[k]).as_str()))
                .unwrap_or(TITLE_WORDS)
        });
        words.truncate(cut);
    }
    let title = words.join(" ");
    let title = title.trim_end_matches([',', ';', ':', '—', '–', '-', ' ']);
    let title = if title.ends_with('.') { trim_title(title) } else { title.to_owned() };
    if title.is_empty() { "Untitled article".to_owned() } else { capitalize(&title) }
}

/// For each word boundary `k` (before `words[k]`), how many quotations are open there.
fn quote_depths(words: &[&str]) -> Vec<i32> {
    let mut depth = 0;
    let mut out = Vec::with_capacity(words.len() + 1);
    out.push(0);
    for w in words {
        for c in w.chars() {
            match c {
                '“' | '‘' if depth >= 0 => depth += 1,
                '”' => depth = (depth - 1).max(0),
                '"' => depth = if depth > 0 { depth - 1 } else { 1 },
                _ => {}
            }
        }
        out.push(depth);
    }
    out
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
fn dateline_prefix(s: &str) -> Option<Tag<'_>> {
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
    let (sep_start, sep_end) = sep?;
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
fn dateline_line<'t>(line: &'t str, next: Option<&str>) -> Option<&'t str> {
    let line = line.trim();
    let separated = line.ends_with(['-', '—', '–', '_']);
    let core = line.trim_end_matches(['-', '—', '–', '_']).trim_end();
    let (core, agency) = match core.rfind('(') {
        Some(k) if agency_in(&core[k..]).is_some() => (core[..k].trim_end(), true),
        _ => (core, false),
    };
    let next_is_tag = next.is_some_and(|n| {
        let n = n.trim_start();
        n.starts_with(['-', '—', '–', '_']) || dateline_prefix(n).is_some_and(|tag| tag.place.is_none())
    });
    let line_only = core.len() <= 60 && place_like(core) && (has_date(core) || separated || agency || next_is_tag);
    line_only.then(|| place_part(core))
}

/// True when a given headline is a dateline split off its lede.
fn headline_is_dateline(h: &str, next: Option<&str>) -> bool {
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

/// `WASHINGTON / WILMINGTON, Del.` → `Washington / Wilmington, Del.`: words in capitals read
/// as names; short ones (`NY`, `U.S.`) stay.
fn tidy_place(place: &str) -> String {
    let words: Vec<String> = place
        .split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 4 && !w.chars().any(char::is_lowercase) && !w.contains('.') {
                let lower = w.to_lowercase();
                // Each part of a hyphenated name gets its capital.
                lower.split('-').map(capitalize).collect::<Vec<_>>().join("-")
            } else {
                w.to_owned()
            }
        })
        .collect();
    words.join(" ")
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
    fn titles_from_sentences() {
        assert_eq!(
            derive_title(
                "The mayor of Moscow has allocated funds to help build a museum in honor of Mikhail Kalashnikov, the Russian who gave his name to the rifle."
            ),
            "The mayor of Moscow has allocated funds to help build a museum"
        );
        assert_eq!(derive_title("In Singapore, stocks hit a five year low."), "Stocks hit a five year low");
        assert_eq!(derive_title("Major job cuts at the phone company."), "Major job cuts at the phone company");
        assert_eq!(
            derive_title(
                "At least 20 people, including children, were killed when a bus left the road near the pass on Monday night."
            ),
            "At least 20 people, including children, were killed when a bus left the road"
        );
        assert!(!derive_title(&"word ".repeat(40)).ends_with('…'));
    }

    #[test]
    fn the_same_news_twice() {
        assert!(says_same("Leaders agree on corridor", "Leaders agree on corridor."));
        assert!(says_same(
            "Green Party candidate removed from debate site",
            "Green Party candidate removed from debate site by police."
        ));
        assert!(!says_same(
            "Dollar gains on speech",
            "The dollar has hit its highest level against the euro in almost three months."
        ));
    }

    #[test]
    fn places_read_as_names() {
        assert_eq!(tidy_place("WASHINGTON / WILMINGTON, Del."), "Washington / Wilmington, Del.");
        assert_eq!(tidy_place("KYIV, Ukraine"), "Kyiv, Ukraine");
        assert_eq!(tidy_place("LONDON"), "London");
    }
}
