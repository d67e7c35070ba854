//! The briefing: what the reader sees, built from the article model.
//!
//! Strings here are raw article text; the templates escape them.

use newsbrief_parser::{Article, Role};

/// The content of a briefing, in reading order.
#[derive(Clone, Debug)]
pub struct Briefing {
    /// The headline, or a title derived from the lede.
    pub title: String,
    /// True when `title` was derived from the lede rather than given.
    pub title_derived: bool,
    /// Meta items: date, dateline place, byline, source, reading time.
    pub meta: Vec<MetaItem>,
    /// The bottom line: the lede's first one or two sentences.
    pub lede: String,
    /// The article's paragraphs, annotated.
    pub paragraphs: Vec<ParagraphView>,
    /// People named in the footer.
    pub contacts: Vec<ContactView>,
}

/// One item of the meta line.
#[derive(Clone, Debug)]
pub struct MetaItem {
    /// What it is (`Date`, `By`).
    pub label: &'static str,
    /// Its value.
    pub value: String,
}

/// A paragraph of the full text.
#[derive(Clone, Debug)]
pub struct ParagraphView {
    /// Anchor id (`p3`).
    pub id: String,
    /// Layout role in snake case (`body`, `footer`).
    pub role: &'static str,
    /// The text, as segments that may be highlighted.
    pub segments: Vec<Segment>,
}

/// A run of text, plain or highlighted.
#[derive(Clone, Debug)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// CSS class of the highlight, if any.
    pub class: Option<&'static str>,
    /// Tooltip: canonical name or normalized value.
    pub title: Option<String>,
}

/// A footer contact.
#[derive(Clone, Debug)]
pub struct ContactView {
    /// Name as written.
    pub name: String,
    /// E-mail address, when given.
    pub email: Option<String>,
    /// What the footer says the person did.
    pub role: &'static str,
}

/// Words a derived title keeps.
const TITLE_WORDS: usize = 12;

impl Briefing {
    /// Builds the briefing of an article.
    pub fn new(article: &Article<'_>) -> Briefing {
        let src = article.text();
        let first_body = article.paragraphs.iter().find(|p| p.role == Role::Body && !p.sentences.is_empty());
        let lede = first_body
            .map(|p| {
                let n = p.sentences.len().min(2);
                let span = p.sentences[0].span.join(p.sentences[n - 1].span);
                squash(span.as_str(src))
            })
            .unwrap_or_default();
        let (title, title_derived) = match &article.meta.headline {
            Some(h) => (squash(&h.text), false),
            None => (derive_title(first_body.map_or("", |p| p.sentences[0].span.as_str(src))), true),
        };

        let m = &article.meta;
        let mut meta = Vec::new();
        if let Some(d) = m.published.as_deref().or(m.reference_date.as_deref()) {
            meta.push(MetaItem { label: "Date", value: d.to_owned() });
        }
        if let Some(d) = &m.dateline {
            meta.push(MetaItem { label: "Dateline", value: squash(&d.place) });
        }
        if !m.byline.is_empty() {
            let names: Vec<&str> = m.byline.iter().map(|n| n.name.as_ref()).collect();
            meta.push(MetaItem { label: "By", value: join_names(&names) });
        }
        if let Some(s) = &m.source {
            meta.push(MetaItem { label: "Source", value: squash(s) });
        }
        meta.push(MetaItem {
            label: "Reading time",
            value: format!("{} min read ({} words)", m.reading_minutes.max(1), m.word_count),
        });

        let paragraphs = article
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.role != Role::FrontMatter)
            .map(|(i, p)| ParagraphView {
                id: format!("p{i}"),
                role: role_name(p.role),
                segments: vec![Segment { text: p.span.as_str(src).to_owned(), class: None, title: None }],
            })
            .collect();
        let contacts = m
            .contacts
            .iter()
            .map(|c| ContactView {
                name: c.name.to_string(),
                email: c.email.as_deref().map(str::to_owned),
                role: match c.role {
                    newsbrief_parser::ContactRole::Reporting => "reporting",
                    newsbrief_parser::ContactRole::Editing => "editing",
                    _ => "contact",
                },
            })
            .collect();
        Briefing { title, title_derived, meta, lede, paragraphs, contacts }
    }
}

/// Joins names as `A`, `A and B`, `A, B and C`.
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Collapses runs of whitespace to one space.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn derive_title(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.is_empty() {
        return "Untitled article".to_owned();
    }
    if words.len() <= TITLE_WORDS {
        return words.join(" ").trim_end_matches(['.', ',', ';', ':']).to_owned();
    }
    let cut = words[..TITLE_WORDS].join(" ");
    format!("{}…", cut.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Headline => "headline",
        Role::Byline => "byline",
        Role::Dateline => "dateline",
        Role::Timestamp => "timestamp",
        Role::Footer => "footer",
        Role::FrontMatter => "front_matter",
        _ => "body",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_join() {
        assert_eq!(join_names(&["A"]), "A");
        assert_eq!(join_names(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn title_from_lede() {
        let b = Briefing::new(&newsbrief_parser::parse(
            "Officials in the capital said on Monday that the long-delayed bridge would finally open next spring. More text.",
        ));
        assert!(b.title_derived);
        assert_eq!(b.title, "Officials in the capital said on Monday that the long-delayed bridge would…");
    }
}
