//! The annotated full text: highlights for people, organizations, places,
//! quotes, dates and amounts, as HTML built from escaped pieces.

use std::fmt::Write;

use newsbrief_parser::{Article, EntityKind, Span};

use crate::figures::format_number;

/// One highlight.
#[derive(Clone, Debug)]
pub(crate) struct Mark {
    span: Span,
    class: &'static str,
    title: String,
    id: Option<String>,
}

/// Every highlight of the article, outer ones first where they share a start.
pub(crate) fn marks(article: &Article<'_>) -> Vec<Mark> {
    let mut out = Vec::new();
    for e in &article.entities {
        let (class, kind) = match e.kind {
            EntityKind::Person => ("person", "person"),
            EntityKind::Organization => ("org", "organization"),
            EntityKind::Place => ("place", "place"),
            _ => ("entity", "entity"),
        };
        for (k, m) in e.mentions.iter().enumerate() {
            out.push(Mark {
                span: m.span,
                class,
                title: format!("{} ({kind})", e.name),
                id: Some(format!("e{}m{k}", e.id.0)),
            });
        }
    }
    for q in &article.quotes {
        let who = q
            .speaker
            .and_then(|id| article.entity(id))
            .map(|e| e.name.to_string())
            .or_else(|| q.speaker_text.as_deref().map(str::to_owned))
            .unwrap_or_else(|| "unattributed".to_owned());
        out.push(Mark { span: q.span, class: "quote", title: format!("quote: {who}"), id: None });
    }
    for t in &article.times {
        let title = match &t.end {
            Some(end) => format!("{} to {end}", t.value),
            None => t.value.clone(),
        };
        out.push(Mark { span: t.span, class: "time", title, id: None });
    }
    for a in &article.amounts {
        let title = match a.currency.as_deref() {
            Some(c) => format!("{c} {}", format_number(a.value)),
            None => format_number(a.value),
        };
        out.push(Mark { span: a.span, class: "amount", title, id: None });
    }
    out.retain(|m| !m.span.is_empty());
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    out
}

/// The paragraph at `para` as HTML, with the marks inside it nested properly.
///
/// A mark that crosses the edge of an open one is left out rather than mis-nested.
pub(crate) fn html(src: &str, para: Span, marks: &[Mark]) -> String {
    let from = marks.partition_point(|m| m.span.start < para.start);
    let mut out = String::with_capacity(para.len() * 2);
    let mut at = para.start;
    let mut open: Vec<usize> = Vec::new(); // end offsets of open marks
    for m in marks[from..].iter().take_while(|m| m.span.start < para.end) {
        if !para.contains(m.span) {
            continue;
        }
        // Close marks that end before this one starts.
        while let Some(&end) = open.last() {
            if end <= m.span.start {
                escape_into(&mut out, Span::new(at, end).as_str(src));
                at = end;
                out.push_str("</mark>");
                open.pop();
            } else {
                break;
            }
        }
        if open.last().is_some_and(|&end| m.span.end > end) {
            continue;
        }
        escape_into(&mut out, Span::new(at, m.span.start).as_str(src));
        at = m.span.start;
        let _ = write!(out, "<mark class=\"{}\"", m.class);
        if let Some(id) = &m.id {
            let _ = write!(out, " id=\"{id}\"");
        }
        out.push_str(" title=\"");
        escape_into(&mut out, &m.title);
        out.push_str("\">");
        open.push(m.span.end);
    }
    while let Some(end) = open.pop() {
        escape_into(&mut out, Span::new(at, end).as_str(src));
        at = end;
        out.push_str("</mark>");
    }
    escape_into(&mut out, Span::new(at, para.end).as_str(src));
    out
}

/// Appends `s` escaped for HTML text and attribute values.
pub(crate) fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(s: usize, e: usize, class: &'static str) -> Mark {
        Mark { span: Span::new(s, e), class, title: "t<&>".to_owned(), id: None }
    }

    #[test]
    fn nests_and_escapes() {
        let src = "A <b> said “Bob & co”.";
        let q = src.find("Bob").unwrap();
        let marks = vec![mark(q, q + 8, "quote"), mark(q, q + 3, "person")];
        let got = html(src, Span::new(0, src.len()), &marks);
        assert_eq!(
            got,
            "A &lt;b&gt; said “<mark class=\"quote\" title=\"t&lt;&amp;&gt;\"><mark class=\"person\" \
             title=\"t&lt;&amp;&gt;\">Bob</mark> &amp; co</mark>”."
        );
    }

    #[test]
    fn crossing_marks_are_dropped() {
        let src = "abcdefgh";
        let marks = vec![mark(0, 4, "a"), mark(2, 6, "b")];
        assert_eq!(html(src, Span::new(0, 8), &marks), "<mark class=\"a\" title=\"t&lt;&amp;&gt;\">abcd</mark>efgh");
    }
}
