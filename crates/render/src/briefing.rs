//! The briefing: what the reader sees, built from the article model.
//!
//! Strings here are raw article text; the templates escape them. The one
//! exception is [`ParagraphView::html`], markup built by [`crate::annotate`]
//! from escaped pieces.

use std::collections::HashMap;

use newsbrief_parser::{Article, EntityId, EntityKind, QuoteKind, Role, Span, TimexType};

use crate::annotate;
use crate::timeline::{self, TimelineEntry};

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
    /// The key points, in article order.
    pub key_points: Vec<KeyPointView>,
    /// People, most central first.
    pub people: Vec<EntityView>,
    /// Organizations, most mentioned first.
    pub organizations: Vec<EntityView>,
    /// Places, most mentioned first.
    pub places: Vec<EntityView>,
    /// Quotes grouped by speaker; the unattributed group comes last.
    pub quote_groups: Vec<QuoteGroup>,
    /// Dated events in calendar order; undated ones at the end.
    pub timeline: Vec<TimelineEntry>,
    /// The inline SVG drawing of the timeline (built from numbers and escaped labels).
    pub timeline_svg: String,
    /// Amounts with the phrase around them.
    pub figures: Vec<FigureView>,
    /// Who said or reported what, most frequent first.
    pub sources: Vec<SourceView>,
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

/// A key point.
#[derive(Clone, Debug)]
pub struct KeyPointView {
    /// The sentence.
    pub text: String,
    /// Why it was chosen (`lead, central`).
    pub why: String,
    /// Anchor of its paragraph in the full text.
    pub anchor: String,
}

/// A person, organization or place in the who's who.
#[derive(Clone, Debug)]
pub struct EntityView {
    /// Canonical name.
    pub name: String,
    /// Role phrases joined with `; `.
    pub role: String,
    /// Other names used.
    pub aliases: String,
    /// Number of mentions.
    pub mentions: usize,
    /// Anchor of the first mention in the full text.
    pub anchor: String,
}

/// The quotes of one speaker.
#[derive(Clone, Debug)]
pub struct QuoteGroup {
    /// The speaker's name, or how the article refers to them; `None` when unattributed.
    pub speaker: Option<String>,
    /// The speaker's role, when known.
    pub role: String,
    /// The quotes, in article order.
    pub quotes: Vec<QuoteView>,
}

/// One quote.
#[derive(Clone, Debug)]
pub struct QuoteView {
    /// The quoted words.
    pub text: String,
    /// For a partial quote: words before it in its sentence.
    pub before: String,
    /// For a partial quote: words after it in its sentence.
    pub after: String,
    /// True for a partial quote.
    pub partial: bool,
    /// Anchor of its paragraph.
    pub anchor: String,
}

/// An amount with its context.
#[derive(Clone, Debug)]
pub struct FigureView {
    /// The amount as written.
    pub text: String,
    /// The normalized value (`USD 55,000,000,000`).
    pub value: String,
    /// The clause around it.
    pub context: String,
    /// Anchor of its paragraph.
    pub anchor: String,
}

/// A cited source.
#[derive(Clone, Debug)]
pub struct SourceView {
    /// Who.
    pub name: String,
    /// How many times the article cites them.
    pub count: usize,
    /// What they said or reported, first citation, shortened.
    pub said: String,
    /// The cue of the first citation (`said`, `according to`).
    pub cue: String,
}

/// A paragraph of the full text.
#[derive(Clone, Debug)]
pub struct ParagraphView {
    /// Anchor id (`p3`).
    pub id: String,
    /// Layout role in snake case (`body`, `footer`).
    pub role: &'static str,
    /// The paragraph as plain text.
    pub text: String,
    /// The paragraph as HTML with highlights, built from escaped pieces.
    pub html: String,
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
/// Words of context kept around a figure.
const CLAUSE_WORDS: usize = 22;
/// Words of context kept in a timeline entry.
pub const TIMELINE_WORDS: usize = 16;
/// Words of context on each side of a partial quote.
const QUOTE_CONTEXT_WORDS: usize = 6;

impl Briefing {
    /// Builds the briefing of an article.
    pub fn new(article: &Article<'_>) -> Briefing {
        let src = article.text();
        let first_body = article.paragraphs.iter().find(|p| p.role == Role::Body && !p.sentences.is_empty());
        let lede_span = first_body.map(|p| {
            let n = p.sentences.len().min(2);
            p.sentences[0].span.join(p.sentences[n - 1].span)
        });
        let lede = lede_span.map(|s| squash(s.as_str(src))).unwrap_or_default();
        let (title, title_derived) = match &article.meta.headline {
            Some(h) => (squash(&h.text), false),
            None => (derive_title(first_body.map_or("", |p| p.sentences[0].span.as_str(src))), true),
        };
        let para_anchor = |at: usize| article.paragraph_at(at).map_or_else(String::new, |i| format!("p{i}"));

        // The bottom line already shows the lede, so key points inside it are not repeated.
        let key_points = article
            .key_points
            .iter()
            .filter_map(|k| {
                let s = article.sentence(k.sentence)?;
                if lede_span.is_some_and(|l| l.contains(s.span)) {
                    return None;
                }
                Some(KeyPointView {
                    text: squash(s.span.as_str(src)),
                    why: k.why.join(", "),
                    anchor: format!("p{}", k.sentence.paragraph),
                })
            })
            .collect();

        let entity_view = |e: &newsbrief_parser::Entity<'_>| EntityView {
            name: squash(&e.name),
            role: e.descriptors.iter().take(3).map(|d| squash(d)).collect::<Vec<_>>().join("; "),
            aliases: e.aliases.iter().map(|a| squash(a)).collect::<Vec<_>>().join(", "),
            mentions: e.mentions.len(),
            anchor: format!("e{}m0", e.id.0),
        };
        // Authors named in the byline or footer have no role in the text; say what they did.
        let credit = |name: &str| -> Option<&'static str> {
            let by = article.meta.byline.iter().any(|n| n.name == name);
            let contact = article.meta.contacts.iter().find(|c| c.name == name);
            match contact.map(|c| c.role) {
                Some(newsbrief_parser::ContactRole::Editing) => Some("editor"),
                Some(_) => Some("reporter"),
                None => by.then_some("reporter"),
            }
        };
        let entity_view = |e: &newsbrief_parser::Entity<'_>| {
            let mut v = entity_view(e);
            if v.role.is_empty() && e.kind == EntityKind::Person {
                v.role = credit(&e.name).unwrap_or_default().to_owned();
            }
            v
        };
        let ranked = |kind: EntityKind| {
            let mut v: Vec<&newsbrief_parser::Entity<'_>> = article.entities_of(kind).collect();
            // Most mentioned first; ties by first mention.
            v.sort_by_key(|e| (std::cmp::Reverse(e.mentions.len()), e.mentions.first().map_or(0, |m| m.span.start)));
            v.into_iter().map(entity_view).collect::<Vec<_>>()
        };

        let quote_groups = quote_groups(article, &para_anchor);
        let timeline = timeline::entries(article);
        let timeline_svg = timeline::svg(&timeline);
        let figures = article
            .amounts
            .iter()
            .filter(|a| is_key_figure(a))
            .map(|a| FigureView {
                text: squash(&a.text),
                value: figure_value(a),
                context: clause_around(article, a.span, CLAUSE_WORDS),
                anchor: para_anchor(a.span.start),
            })
            .collect();
        let sources = sources(article);

        let m = &article.meta;
        let mut meta = Vec::new();
        match (m.published, m.reference_date) {
            (Some(d), _) => meta.push(MetaItem { label: "Published", value: d.to_string() }),
            (None, Some(d)) => meta.push(MetaItem { label: "As of", value: d.to_string() }),
            (None, None) => {}
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

        let marks = annotate::marks(article);
        let paragraphs = article
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.role != Role::FrontMatter)
            .map(|(i, p)| ParagraphView {
                id: format!("p{i}"),
                role: role_name(p.role),
                text: p.span.as_str(src).to_owned(),
                html: annotate::html(src, p.span, &marks),
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
        Briefing {
            title,
            title_derived,
            meta,
            lede,
            key_points,
            people: ranked(EntityKind::Person),
            organizations: ranked(EntityKind::Organization),
            places: ranked(EntityKind::Place),
            quote_groups,
            timeline,
            timeline_svg,
            figures,
            sources,
            paragraphs,
            contacts,
        }
    }

    /// True when there is anything to show in the who's who.
    pub fn has_entities(&self) -> bool {
        !(self.people.is_empty() && self.organizations.is_empty() && self.places.is_empty())
    }
}

fn quote_groups(article: &Article<'_>, para_anchor: &dyn Fn(usize) -> String) -> Vec<QuoteGroup> {
    let src = article.text();
    let mut order: Vec<(Option<EntityId>, Option<String>)> = Vec::new();
    let mut groups: HashMap<(Option<EntityId>, Option<String>), Vec<QuoteView>> = HashMap::new();
    for q in &article.quotes {
        // Group by entity when resolved, else by how the text names the speaker.
        let key = match (q.speaker, &q.speaker_text) {
            (Some(id), _) => (Some(id), None),
            (None, Some(t)) => (None, Some(squash(t))),
            (None, None) => (None, None),
        };
        let (before, after) = if q.kind == QuoteKind::Partial {
            let sentence = article.sentence_at(q.span).and_then(|id| article.sentence(id)).map_or(q.span, |s| s.span);
            let before = Span::new(sentence.start, q.span.start).as_str(src);
            let after = Span::new(q.span.end, sentence.end.max(q.span.end)).as_str(src);
            // The quote's own marks are drawn by the template.
            let before = before.trim_end().trim_end_matches(newsbrief_parser::is_quote_char);
            let after = after.trim_start_matches(newsbrief_parser::is_quote_char);
            (last_words(before, QUOTE_CONTEXT_WORDS), first_words(after, QUOTE_CONTEXT_WORDS))
        } else {
            (String::new(), String::new())
        };
        let view = QuoteView {
            // A comma that handed the sentence back to the writer does not end a quote shown alone.
            text: squash(q.text.trim_end().trim_end_matches(',')),
            before,
            after,
            partial: q.kind == QuoteKind::Partial,
            anchor: para_anchor(q.span.start),
        };
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(view);
    }
    // Attributed groups by number of quotes, unattributed last.
    order.sort_by_key(|k| (k.0.is_none() && k.1.is_none(), std::cmp::Reverse(groups[k].len())));
    order
        .into_iter()
        .map(|key| {
            let quotes = groups.remove(&key).unwrap_or_default();
            let (speaker, role) = match &key {
                (Some(id), _) => {
                    let e = article.entity(*id);
                    (
                        e.map(|e| squash(&e.name)),
                        e.and_then(|e| e.descriptors.first()).map(|d| squash(d)).unwrap_or_default(),
                    )
                }
                (None, Some(t)) => (Some(t.clone()), String::new()),
                (None, None) => (None, String::new()),
            };
            QuoteGroup { speaker, role, quotes }
        })
        .collect()
}

fn sources(article: &Article<'_>) -> Vec<SourceView> {
    let src = article.text();
    let mut order: Vec<String> = Vec::new();
    let mut by: HashMap<String, SourceView> = HashMap::new();
    for a in &article.attributions {
        let name = match (a.source.and_then(|id| article.entity(id)), &a.source_text) {
            (Some(e), _) => squash(&e.name),
            (None, Some(t)) => squash(t),
            (None, None) => continue,
        };
        let entry = by.entry(name.clone()).or_insert_with(|| {
            order.push(name.clone());
            SourceView {
                name,
                count: 0,
                said: first_words(a.span.as_str(src), CLAUSE_WORDS),
                cue: a.cue.as_deref().map(squash).unwrap_or_default(),
            }
        });
        entry.count += 1;
    }
    let mut out: Vec<SourceView> = order.into_iter().filter_map(|n| by.remove(&n)).collect();
    out.sort_by_key(|s| std::cmp::Reverse(s.count));
    out
}

/// Money and percentages always; counts and numbers when written in digits or large
/// (`39 times`, `tens of thousands of protesters`), not `two leaders`.
fn is_key_figure(a: &newsbrief_parser::Amount<'_>) -> bool {
    use newsbrief_parser::AmountKind;
    match a.kind {
        AmountKind::Money | AmountKind::Percent => true,
        _ => a.text.contains(|c: char| c.is_ascii_digit()) || a.value >= 1000.0,
    }
}

fn figure_value(a: &newsbrief_parser::Amount<'_>) -> String {
    let n = format_number(a.value);
    let approx = match a.approx {
        Some(newsbrief_parser::Approx::MoreThan) => "more than ",
        Some(newsbrief_parser::Approx::LessThan) => "less than ",
        Some(newsbrief_parser::Approx::About) => "about ",
        Some(newsbrief_parser::Approx::UpTo) => "up to ",
        _ => "",
    };
    match (a.kind, a.currency.as_deref(), a.unit.as_deref()) {
        (newsbrief_parser::AmountKind::Money, Some(c), _) => format!("{approx}{c} {n}"),
        (newsbrief_parser::AmountKind::Percent, _, Some("percentage_point")) => format!("{approx}{n} pp"),
        (newsbrief_parser::AmountKind::Percent, _, _) => format!("{approx}{n}%"),
        (_, _, Some(u)) => format!("{approx}{n} {u}"),
        _ => format!("{approx}{n}"),
    }
}

/// `55000000000` → `55,000,000,000`; fractions keep up to two decimals.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let neg = v < 0.0;
    let v = v.abs();
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
    if frac > 0.0005 {
        let f = format!("{frac:.2}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    if neg { format!("-{out}") } else { out }
}

/// The clause of its sentence that holds `span`, cut to at most `max_words` words.
///
/// Clauses end at `;`, `:`, dashes and brackets, and at commas when that still leaves
/// a clause of a few words.
pub fn clause_around(article: &Article<'_>, span: Span, max_words: usize) -> String {
    const MIN_CLAUSE_WORDS: usize = 5;
    let src = article.text();
    let sentence = article.sentence_at(span).and_then(|id| article.sentence(id)).map_or(span, |s| s.span);
    let text = sentence.as_str(src);
    let at = span.start.saturating_sub(sentence.start).min(text.len());
    let end_at = span.end.saturating_sub(sentence.start).min(text.len()).max(at);
    let bounds = |is_edge: &dyn Fn(char) -> bool, from: usize, to: usize| {
        let start = text[from..at]
            .rfind(is_edge)
            .map_or(from, |k| from + k + text[from + k..].chars().next().map_or(1, char::len_utf8));
        let end = text[end_at..to].find(is_edge).map_or(to, |k| end_at + k);
        (start, end)
    };
    let (start, end) = bounds(&|c| matches!(c, ';' | '—' | '–' | ':' | '(' | ')'), 0, text.len());
    let (cs, ce) = bounds(&|c| c == ',', start, end);
    let (start, end) =
        if text[cs..ce].split_whitespace().count() >= MIN_CLAUSE_WORDS { (cs, ce) } else { (start, end) };
    let words: Vec<&str> = text[start..end].split_whitespace().collect();
    if words.len() <= max_words {
        return words.join(" ");
    }
    // Too long: a window of words around the span, with an ellipsis where words were cut.
    let n_before = text[start..at].split_whitespace().count().min(max_words / 2);
    let before = last_words(&text[start..at], n_before);
    let after = first_words(&text[at..end], max_words - n_before);
    format!("{before} {after}").trim().to_owned()
}

fn last_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let k = words.len().saturating_sub(n);
    let mut out = words[k..].join(" ");
    if k > 0 {
        out.insert(0, '…');
    }
    out
}

fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        out.push('…');
    }
    out
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

/// True for time types shown on the timeline.
pub fn on_timeline(kind: TimexType) -> bool {
    matches!(kind, TimexType::Date | TimexType::Time)
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
    fn numbers_format() {
        assert_eq!(format_number(55e9), "55,000,000,000");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(1200.0), "1,200");
        assert_eq!(format_number(-3.25), "-3.25");
    }

    #[test]
    fn title_from_lede() {
        let b = Briefing::new(&newsbrief_parser::parse(
            "Officials in the capital said on Monday that the long-delayed bridge would finally open next spring. More text.",
        ));
        assert!(b.title_derived);
        assert_eq!(b.title, "Officials in the capital said on Monday that the long-delayed bridge would…");
    }

    #[test]
    fn clause_is_cut_at_semicolons_and_dashes() {
        let text = "Trade rose sharply; exports hit $40 billion in March — a record. Other news.";
        let a = newsbrief_parser::parse(text);
        let at = text.find("$40").unwrap();
        assert_eq!(clause_around(&a, Span::new(at, at + 11), 22), "exports hit $40 billion in March");
    }
}
