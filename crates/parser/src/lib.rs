//! `newsbrief-parser` turns a news article, as plain text, into a typed model:
//! paragraphs with their layout roles, sentences, tokens and metadata, with
//! every piece carrying a byte [`Span`] into the input.
//!
//! ```
//! let text = "Xi to Visit Moscow\nBy Ann Lee\nMOSCOW — Mr. Xi will travel on Monday. He said so.\n";
//! let article = newsbrief_parser::parse(text);
//! assert_eq!(article.meta.headline.as_ref().unwrap().text, "Xi to Visit Moscow");
//! assert_eq!(article.meta.byline[0].name, "Ann Lee");
//! let body: Vec<&str> = article
//!     .sentences()
//!     .filter(|(id, _)| article.paragraphs[id.paragraph].role == newsbrief_parser::Role::Body)
//!     .map(|(_, s)| s.span.as_str(text))
//!     .collect();
//! assert_eq!(body, ["Mr. Xi will travel on Monday.", "He said so."]);
//! ```
//!
//! The parser never fails and never panics: problems found in the text are
//! reported as [`Diagnostic`]s inside the [`Article`].

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod amount;
mod context;
mod date;
pub mod diag;
pub mod entity;
pub mod layout;
mod lex;
mod lexicon;
pub mod model;
pub mod quote;
pub mod salience;
pub mod sentence;
pub mod span;
pub mod time;
pub mod token;

pub use context::Context;
pub use date::Date;
pub use diag::{Diagnostic, Severity};
pub use model::*;
pub use span::Span;
pub use token::{Token, TokenKind};

use std::borrow::Cow;

/// What to run and against which date.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Options {
    /// The date relative expressions resolve against; when `None`, the article's own date.
    pub reference_date: Option<Date>,
    /// How many key points to choose.
    pub key_points: usize,
    /// Which analyses to run after the layout and sentences (all by default).
    pub analyses: Analyses,
}

/// The analyses [`parse_with`] runs. Layout, tokens and sentences always run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Analyses {
    /// People, organizations and places.
    pub entities: bool,
    /// Quotes and attributions (speakers resolve to entities only when those run too).
    pub quotes: bool,
    /// Dates, times, durations and sets.
    pub times: bool,
    /// Money, percentages and counts.
    pub amounts: bool,
    /// Sentence salience and key points.
    pub key_points: bool,
}

impl Analyses {
    /// Every analysis.
    pub const ALL: Analyses = Analyses { entities: true, quotes: true, times: true, amounts: true, key_points: true };
    /// None: layout, tokens and sentences only.
    pub const NONE: Analyses =
        Analyses { entities: false, quotes: false, times: false, amounts: false, key_points: false };

    /// Turns the entity pass on or off.
    pub const fn with_entities(mut self, on: bool) -> Analyses {
        self.entities = on;
        self
    }

    /// Turns the quote pass on or off.
    pub const fn with_quotes(mut self, on: bool) -> Analyses {
        self.quotes = on;
        self
    }

    /// Turns the time pass on or off.
    pub const fn with_times(mut self, on: bool) -> Analyses {
        self.times = on;
        self
    }

    /// Turns the amount pass on or off.
    pub const fn with_amounts(mut self, on: bool) -> Analyses {
        self.amounts = on;
        self
    }

    /// Turns key points on or off.
    pub const fn with_key_points(mut self, on: bool) -> Analyses {
        self.key_points = on;
        self
    }
}

impl Default for Options {
    fn default() -> Options {
        Options { reference_date: None, key_points: 4, analyses: Analyses::ALL }
    }
}

impl Options {
    /// Sets the reference date.
    pub fn with_reference_date(mut self, date: Option<Date>) -> Options {
        self.reference_date = date;
        self
    }

    /// Sets the number of key points.
    pub fn with_key_points(mut self, n: usize) -> Options {
        self.key_points = n;
        self
    }

    /// Sets which analyses run.
    pub fn with_analyses(mut self, analyses: Analyses) -> Options {
        self.analyses = analyses;
        self
    }
}

/// The JSON Schema of the serialized [`Article`] (the `newsbrief/article@1` contract).
#[cfg(feature = "schema")]
pub fn json_schema() -> schemars::Schema {
    let mut schema = schemars::schema_for!(Article<'static>);
    schema.insert("title".into(), SCHEMA.into());
    schema
}

/// Words a minute used for `reading_minutes`.
pub const WORDS_PER_MINUTE: usize = 230;

/// Parses an article with the default [`Options`].
///
/// Never fails: any `&str` gives an [`Article`], with problems in [`Article::diagnostics`].
///
/// ```
/// let a = newsbrief_parser::parse("Write to Ann Lee at ann@example.com");
/// assert_eq!(a.meta.contacts[0].email.as_deref(), Some("ann@example.com"));
/// assert!(newsbrief_parser::parse("").paragraphs.is_empty());
/// ```
pub fn parse(text: &str) -> Article<'_> {
    parse_with(text, &Options::default())
}

/// Parses an article with explicit [`Options`].
///
/// ```
/// use newsbrief_parser::{Date, Options, parse_with};
///
/// let options = Options::default().with_reference_date(Date::parse_iso("2023-03-17")).with_key_points(2);
/// let a = parse_with("The talks ended on Friday. Both sides left.", &options);
/// assert_eq!(a.meta.reference_date.as_deref(), Some("2023-03-17"));
/// assert!(a.key_points.len() <= 2);
/// ```
pub fn parse_with<'a>(text: &'a str, options: &Options) -> Article<'a> {
    let lay = layout::layout(text);
    let mut tokens = Vec::new();
    let mut paragraphs = Vec::with_capacity(lay.paragraphs.len());
    let mut word_count = 0;
    for &(span, role) in &lay.paragraphs {
        if role == Role::FrontMatter {
            paragraphs.push(Paragraph { span, role, sentences: Vec::new() });
            continue;
        }
        let first = tokens.len();
        token::tokenize(span.as_str(text), span.start, &mut tokens);
        let toks = &tokens[first..];
        let sentences = match role {
            Role::Body | Role::Footer => {
                // Sentences of a paragraph opened by a dateline start after it.
                let after = lay.dateline.as_ref().filter(|d| span.contains(d.span)).map_or(span.start, |d| d.span.end);
                let from = toks.partition_point(|t| t.span.start < after);
                sentence::split(text, &toks[from..])
            }
            _ => vec![span],
        };
        if role == Role::Body {
            word_count += toks.iter().filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)).count();
        }
        paragraphs.push(Paragraph {
            span,
            role,
            sentences: sentences.into_iter().map(|span| Sentence { span, salience: None }).collect(),
        });
    }

    let reference = options.reference_date.or_else(|| lay.published.as_deref().and_then(Date::parse_iso));
    let mut dateline = lay.dateline;
    // A dateline's day without a year takes the reference year.
    if let (Some(d), Some(r)) = (dateline.as_mut(), reference) {
        if let Some(md) = d.date.as_deref().and_then(|v| v.strip_prefix("XXXX")) {
            d.date = Some(format!("{:04}{md}", r.year));
        }
    }
    let meta = Meta {
        headline: lay.headline,
        byline: lay.byline,
        dateline,
        published: lay.published,
        reference_date: reference.map(|d| d.to_string()),
        contacts: lay.contacts,
        source: lay.source,
        url: lay.url,
        word_count,
        reading_minutes: word_count.div_ceil(WORDS_PER_MINUTE),
    };
    let mut diagnostics = lay.diagnostics;
    let ctx = Context { text, paragraphs: &paragraphs, tokens: &tokens, meta: &meta, reference };
    let run = options.analyses;
    let entities = if run.entities { entity::find(&ctx) } else { Vec::new() };
    // Amounts need the times even when they are not wanted: "in 2021" is a year, not a number.
    let mut times = if run.times || run.amounts { time::find(&ctx) } else { Vec::new() };
    let amounts = if run.amounts { amount::find(&ctx, &times) } else { Vec::new() };
    if !run.times {
        times.clear();
    }
    let quoted = if run.quotes { quote::find(&ctx, &entities) } else { quote::Quoted::default() };
    diagnostics.extend(quoted.diagnostics);
    let mut article = Article {
        schema: SCHEMA,
        meta,
        paragraphs,
        entities,
        quotes: quoted.quotes,
        times,
        amounts,
        attributions: quoted.attributions,
        key_points: Vec::new(),
        diagnostics,
        tokens,
        source: Cow::Borrowed(text),
    };
    if run.key_points {
        salience::choose(&mut article, options.key_points);
    }
    article
}
