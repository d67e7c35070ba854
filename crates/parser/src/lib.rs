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
pub mod diag;
pub mod entity;
pub mod layout;
mod lexicon;
pub mod model;
pub mod quote;
pub mod salience;
pub mod sentence;
pub mod span;
pub mod time;
pub mod token;

pub use diag::{Diagnostic, Severity};
pub use model::*;
pub use span::Span;
pub use token::{Token, TokenKind};

use std::borrow::Cow;

/// A calendar date, used as the reference for relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2023.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let year = it.next()?.parse().ok()?;
        let month = it.next()?.parse().ok()?;
        let day = it.next()?.parse().ok()?;
        let date = Date { year, month, day };
        (s.trim().len() == 10 && (1..=12).contains(&month) && day >= 1 && day <= date.days_in_month()).then_some(date)
    }

    /// Number of days in this date's month.
    pub fn days_in_month(self) -> u32 {
        match self.month {
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

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

/// What the analysis stages read: the text and the results of the layout pass.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a, 'p> {
    /// The whole text.
    pub text: &'a str,
    /// Paragraphs with roles and sentences.
    pub paragraphs: &'p [Paragraph],
    /// Every token, in order.
    pub tokens: &'p [Token],
    /// Headline, byline, dateline and contacts.
    pub meta: &'p Meta<'a>,
    /// The date relative expressions resolve against.
    pub reference: Option<Date>,
}

impl<'a> Context<'a, '_> {
    /// The tokens inside a span, as a slice of [`Context::tokens`].
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let from = self.tokens.partition_point(|t| t.span.start < span.start);
        let to = self.tokens.partition_point(|t| t.span.end <= span.end);
        &self.tokens[from..to.max(from)]
    }
}
