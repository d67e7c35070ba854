//! `Page::to_text`: front matter, headline, paragraphs.

use std::fmt::Write;

use crate::Page;

pub fn to_text(page: &Page) -> String {
    let m = &page.meta;
    let mut fm: Vec<(&str, String)> = Vec::new();
    if let Some(t) = &m.title {
        fm.push(("title", t.value.clone()));
    }
    if !m.authors.is_empty() {
        // The parser splits `author:` at commas, semicolons and ` and `.
        let names: Vec<String> = m.authors.iter().map(|a| a.value.replace([',', ';'], " ")).collect();
        fm.push(("author", names.join(", ")));
    }
    if let Some(p) = &m.published {
        fm.push(("date", p.value.date()));
        if p.value.time.is_some() {
            fm.push(("published_time", p.value.to_string()));
        }
    }
    if let Some(d) = &m.modified {
        fm.push(("modified_time", d.value.to_string()));
    }
    if let Some(p) = &m.publisher {
        fm.push(("source", p.value.clone()));
    }
    // The canonical URL, else the URL the page was read from; http and https only.
    let given = page.url.as_deref().and_then(|u| crate::meta::absolute(u, None));
    if let Some(u) = m.canonical_url.as_ref().map(|u| u.value.clone()).or(given) {
        fm.push(("url", u));
    }
    if let Some(l) = &m.language {
        fm.push(("language", l.value.clone()));
    }
    if let Some(s) = &m.section {
        fm.push(("section", s.value.clone()));
    }
    if let Some(d) = &m.description {
        fm.push(("description", d.value.clone()));
    }
    let mut out = String::new();
    let fm: Vec<(&str, String)> = fm.into_iter().map(|(k, v)| (k, value(&v))).filter(|(_, v)| !v.is_empty()).collect();
    if !fm.is_empty() {
        out.push_str("---\n");
        for (k, v) in fm {
            let _ = writeln!(out, "{k}: {v}");
        }
        out.push_str("---\n");
    }
    if let Some(t) = &m.title {
        let t = line(&t.value);
        if !t.is_empty() {
            let _ = writeln!(out, "# {t}");
        }
    }
    for b in &page.blocks {
        let l = line(&b.text);
        if !l.is_empty() {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

/// One line: control characters, line and paragraph separators become spaces; runs collapse.
fn line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c.is_control() || c == '\u{feff}') {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

/// A front-matter value: one line, and straight quotes at its ends made typographic, since
/// the parser strips straight quotes from both ends of a value.
fn value(s: &str) -> String {
    let mut v = line(s);
    if v.starts_with('"') {
        v.replace_range(..1, "“");
    } else if v.starts_with('\'') {
        v.replace_range(..1, "‘");
    }
    if v.ends_with('"') && v.chars().count() > 1 {
        v.replace_range(v.len() - 1.., "”");
    } else if v.ends_with('\'') && v.chars().count() > 1 {
        v.replace_range(v.len() - 1.., "’");
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_stay_on_one_line() {
        assert_eq!(value("A\nurl: javascript:alert(1)\r\n---"), "A url: javascript:alert(1) ---");
        assert_eq!(value("\"Quoted\" title"), "“Quoted\" title");
        assert_eq!(value("'Tis the season'"), "‘Tis the season’");
        assert_eq!(line("a\u{2028}b\u{85}c\u{0}d"), "a b c d");
    }
}
