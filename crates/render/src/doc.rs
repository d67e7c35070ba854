//! The article as the briefing's sections read it: sentences, clauses and anchors,
//! with the dateline left out of every excerpt.

use newsbrief_parser::{Article, Role, Span};

use crate::text::{WINDOW, ceil_char, first_words, floor_char, last_words};

/// An article and the span of its dateline or agency tag, when it has one.
pub(crate) struct Doc<'d, 'a> {
    /// The parsed article.
    pub(crate) article: &'d Article<'a>,
    /// The dateline that opens the lede (`OSLO, March 14 (Reuters) -`), left out of excerpts.
    pub(crate) dateline: Option<Span>,
    /// By paragraph: body lines that are not the story (captions, credits), left out.
    pub(crate) set_aside: &'d [bool],
}

impl Doc<'_, '_> {
    /// The article's text.
    pub(crate) fn text(&self) -> &str {
        self.article.text()
    }

    /// True when byte `at` lies in a body paragraph of the story.
    pub(crate) fn in_body(&self, at: usize) -> bool {
        self.article.paragraph_at(at).is_some_and(|i| {
            self.article.paragraphs[i].role == Role::Body && !self.set_aside.get(i).copied().unwrap_or(false)
        })
    }

    /// The anchor of the paragraph holding byte `at` in the full text (`p3`).
    pub(crate) fn anchor(&self, at: usize) -> String {
        self.article.paragraph_at(at).map_or_else(String::new, |i| format!("p{i}"))
    }

    /// The sentence that holds `span`, without the dateline; `span` itself when no sentence does.
    pub(crate) fn sentence_span(&self, span: Span) -> Span {
        let article = self.article;
        let sentence = |span: Span| article.sentence_at(span).and_then(|id| article.sentence(id)).map(|s| s.span);
        // A span across a sentence boundary (a quote split by the sentence splitter) runs
        // from the start of its first sentence to the end of its last.
        let s = sentence(span).unwrap_or_else(|| {
            let first = sentence(Span::new(span.start, span.start)).map_or(span.start, |s| s.start.min(span.start));
            let last = sentence(Span::new(span.end, span.end)).map_or(span.end, |s| s.end.max(span.end));
            Span::new(first, last)
        });
        match self.dateline {
            Some(d) if s.contains(Span::new(d.start, d.start)) && d.end <= s.end => {
                let start = self.text()[d.end..s.end].find(|c: char| !c.is_whitespace()).map_or(s.end, |k| d.end + k);
                Span::new(start, s.end)
            }
            _ => s,
        }
    }

    /// True when the sentence holding `span` reads as a sentence, not a heading or a table
    /// row (reads a bounded window of it).
    pub(crate) fn in_sentence(&self, span: Span) -> bool {
        crate::text::is_sentence(self.sentence_span(span).as_str(self.text()))
    }

    /// The clause of its sentence that holds `span`, at most `max_words` words, with `…`
    /// where words were left out.
    ///
    /// Clauses end at `;`, `:`, dashes and brackets, and at commas when that still leaves
    /// a clause of a few words. A comma or dash between digits (`96,000`, `20–22`) is part
    /// of a number, never an edge. Only [`WINDOW`] bytes on each side are read.
    pub(crate) fn clause_around(&self, span: Span, max_words: usize) -> String {
        const MIN_CLAUSE_WORDS: usize = 5;
        let src = self.text();
        let sentence = self.sentence_span(span);
        let lo = floor_char(src, span.start.saturating_sub(WINDOW).max(sentence.start).min(span.start));
        let hi = ceil_char(src, (span.end + WINDOW).min(sentence.end).max(span.end));
        let (cut_lo, cut_hi) = (lo > sentence.start, hi < sentence.end);
        let text = &src[lo..hi];
        let (at, end_at) = (span.start - lo, span.end - lo);

        // One scan each way: the nearest strong edge, and the nearest comma before it.
        let b = text.as_bytes();
        let (mut start, mut cs) = (0, None);
        for i in (0..at).rev() {
            match edge(b, i) {
                Some((true, len)) => {
                    start = i + len;
                    break;
                }
                Some((false, len)) => {
                    cs = cs.or(Some(i + len));
                }
                None => {}
            }
        }
        let (mut end, mut ce) = (text.len(), None);
        for i in end_at..text.len() {
            match edge(b, i) {
                Some((true, _)) => {
                    end = i;
                    break;
                }
                Some((false, _)) => {
                    ce = ce.or(Some(i));
                }
                None => {}
            }
        }
        let (cs, ce) = (cs.unwrap_or(start), ce.unwrap_or(end));
        let (start, end) =
            if text[cs..ce].split_whitespace().count() >= MIN_CLAUSE_WORDS { (cs, ce) } else { (start, end) };
        // A word cut by the window is left out, and the cut shows.
        let (start, open) = if start == 0 && cut_lo {
            (text[..at].find(char::is_whitespace).unwrap_or(at), true)
        } else {
            (start, false)
        };
        let (end, close) = if end == text.len() && cut_hi {
            (text[end_at..].rfind(char::is_whitespace).map_or(end_at, |k| end_at + k), true)
        } else {
            (end, false)
        };
        let n_words = text[start..end].split_whitespace().count();
        if n_words <= max_words {
            let mut out = String::new();
            if open {
                out.push('…');
            }
            out.push_str(&crate::text::squash(&text[start..end]));
            if close {
                out.push('…');
            }
            return out;
        }
        // Too long: a window of words around the span.
        let n_before = text[start..at].split_whitespace().count().min(max_words / 2);
        let before = if n_before == 0 { String::new() } else { last_words(&text[start..at], n_before) };
        let after = first_words(&text[at..end], max_words - n_before);
        let before = if open && !before.starts_with('…') { format!("…{before}") } else { before };
        let after = if close && !after.ends_with('…') { format!("{after}…") } else { after };
        format!("{before} {after}").trim().to_owned()
    }
}

/// The clause edge starting at byte `i`, if one does: whether it is a strong edge
/// (`;`, `:`, a dash, a bracket) rather than a comma, and its length in bytes.
///
/// A comma or colon edge is followed by a space; a hyphen stands between spaces; an en
/// dash or comma between digits (`20–22`, `96,000`) belongs to a number.
fn edge(b: &[u8], i: usize) -> Option<(bool, usize)> {
    let spaced = |j: usize| b.get(j).is_none_or(u8::is_ascii_whitespace);
    let digit = |j: Option<usize>| j.and_then(|j| b.get(j)).is_some_and(u8::is_ascii_digit);
    match b[i] {
        b';' | b'(' | b')' | b'[' | b']' => Some((true, 1)),
        b':' if spaced(i + 1) => Some((true, 1)),
        b'-' if spaced(i + 1) && i > 0 && b[i - 1].is_ascii_whitespace() => Some((true, 1)),
        b',' if spaced(i + 1) => Some((false, 1)),
        // U+2014 em dash and U+2013 en dash.
        0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
            Some(0x94) => Some((true, 3)),
            Some(0x93) if !(digit(i.checked_sub(1)) && digit(Some(i + 3))) => Some((true, 3)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(text: &str, target: &str) -> String {
        let a = newsbrief_parser::parse(text);
        let at = text.find(target).unwrap();
        Doc { article: &a, dateline: None, set_aside: &[] }.clause_around(Span::new(at, at + target.len()), 22)
    }

    #[test]
    fn clause_is_cut_at_semicolons_and_dashes() {
        let text = "Trade rose sharply; exports hit $40 billion in March — a record. Other news.";
        assert_eq!(clause(text, "$40 billion"), "exports hit $40 billion in March");
    }

    #[test]
    fn numbers_are_never_cut() {
        let text = "Farmers shipped 96,000 tonnes of wheat last month, up from 70,000 tonnes a year earlier.";
        assert_eq!(clause(text, "70,000 tonnes"), "up from 70,000 tonnes a year earlier.");
        let text = "The talks ran on 20–22 March in the capital, officials said on the last day.";
        assert_eq!(clause(text, "20–22 March"), "The talks ran on 20–22 March in the capital");
    }

    #[test]
    fn long_sentences_are_read_through_a_window() {
        let text = format!("{} the ministry paid $5 million to {} today.", "word ".repeat(3000), "more ".repeat(3000));
        let got = clause(&text, "$5 million");
        assert!(got.starts_with('…') && got.ends_with('…') && got.contains("$5 million"), "{got}");
        assert!(got.split_whitespace().count() <= 23, "{got}");
    }
}
