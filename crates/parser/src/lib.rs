//! `newsbrief-parser` turns a news article, as plain text, into a typed model:
//! paragraphs with their layout roles, sentences, tokens and metadata, with
//! every piece carrying a byte [`Span`] into the input.
//!
//! ```
//! let text = "Ferry Talks to Resume in Lisbon\nBy Ann Lee\nLISBON — Mr. Ortega will travel on Monday. He said so.\n";
//! let article = newsbrief_parser::parse(text);
//! assert_eq!(article.meta.headline.as_ref().unwrap().text, "Ferry Talks to Resume in Lisbon");
//! assert_eq!(article.meta.byline[0].name, "Ann Lee");
//! let body: Vec<&str> = article
//!     .sentences()
//!     .filter(|(id, _)| article.paragraphs[id.paragraph].role == newsbrief_parser::Role::Body)
//!     .map(|(_, s)| s.span.as_str(text))
//!     .collect();
//! assert_eq!(body, ["Mr. Ortega will travel on Monday.", "He said so."]);
//! ```
//!
//! The parser never fails and never panics: problems found in the text are
//! reported as [`Diagnostic`]s inside the [`Article`].
//!
//! The public API is [`parse`], [`parse_with`], [`Options`], [`Analyses`], [`Article`] and the
//! model types with their navigation helpers, [`Span`], [`Date`], [`Diagnostic`] and, with the
//! `schema` feature, `json_schema`. The passes are private modules.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod amount;
mod bytes;
mod context;
mod date;
mod diag;
mod entity;
mod layout;
mod lex;
mod lexicon;
mod model;
mod quote;
mod radix;
mod salience;
mod sentence;
mod span;
mod time;
mod token;

pub use date::{Date, DateTime};
pub use diag::{Diagnostic, Severity};
pub use model::*;
pub use span::Span;
pub use token::{Token, TokenKind, is_quote_char};

use std::borrow::Cow;

use context::Context;

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
const WORDS_PER_MINUTE: usize = 230;

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
/// assert_eq!(a.meta.reference_date, Date::parse_iso("2023-03-17"));
/// assert!(a.key_points.len() <= 2);
/// ```
pub fn parse_with<'a>(text: &'a str, options: &Options) -> Article<'a> {
    let mut lay = layout::layout(text);
    let body = Body::read(text, &lay);
    let published = lay.published.filter(|d| d.exists());
    let from_dateline = lay.published_from_dateline;
    let mut diagnostics = std::mem::take(&mut lay.diagnostics);
    let mut meta = meta(lay, body.word_count);
    let classes = Context::word_classes(text, &body.tokens);
    let token_ranges = Context::token_ranges(&body.paragraphs, &body.tokens);
    let mut time_scans = time::Scans::default();
    let (reference, source) = match (options.reference_date, published) {
        (Some(given), _) => (Some(given), Some(ReferenceDateSource::Given)),
        (None, Some(_)) if from_dateline => (published, Some(ReferenceDateSource::Dateline)),
        (None, Some(_)) => (published, Some(ReferenceDateSource::Published)),
        (None, None) => {
            let undated = Context {
                text,
                paragraphs: &body.paragraphs,
                tokens: &body.tokens,
                token_ranges: &token_ranges,
                classes: &classes,
                meta: &meta,
                reference: None,
            };
            let inferred = if options.analyses.times { time::infer_reference(&undated, &mut time_scans) } else { None };
            (inferred.map(|(d, _)| d), inferred.map(|(_, source)| source))
        }
    };
    set_reference(&mut meta, reference, source);
    let ctx = Context {
        text,
        paragraphs: &body.paragraphs,
        tokens: &body.tokens,
        token_ranges: &token_ranges,
        classes: &classes,
        meta: &meta,
        reference,
    };
    let run = options.analyses;
    let entities = if run.entities { entity::find(&ctx) } else { Vec::new() };
    // Amounts need the times even when they are not wanted: "in 2021" is a year, not a number.
    let mut times = if run.times || run.amounts { time::find(&ctx, &mut time_scans) } else { Vec::new() };
    // The scans, and after the quotes the token classes, are freed once read: the peak of memory
    // comes later, while the key points are scored.
    drop(time_scans);
    let amounts = if run.amounts { amount::find(&ctx, &times) } else { Vec::new() };
    if !run.times {
        times.clear();
    }
    let quoted = if run.quotes { quote::find(&ctx, &entities) } else { quote::Quoted::default() };
    diagnostics.extend(quoted.diagnostics);
    drop((classes, token_ranges));
    let mut article = Article {
        schema: SCHEMA,
        meta,
        paragraphs: body.paragraphs,
        entities,
        quotes: quoted.quotes,
        times,
        amounts,
        attributions: quoted.attributions,
        key_points: Vec::new(),
        diagnostics,
        tokens: body.tokens,
        source: Cow::Borrowed(text),
    };
    if run.key_points {
        salience::choose(&mut article, options.key_points);
    }
    one_line_texts(&mut article);
    article
}

/// In hard-wrapped text a name may run across a line break: the texts that stand for no span
/// (entities' names, aliases and roles, speakers, sources) are given on one line, each break and
/// the spaces around it one space. A text with a span (a mention, a quotation, the headline)
/// stays its span's text as written.
fn one_line_texts(article: &mut Article<'_>) {
    fn fix(s: &mut Cow<'_, str>) {
        if let Cow::Owned(joined) = one_line(s) {
            *s = Cow::Owned(joined);
        }
    }
    for e in &mut article.entities {
        fix(&mut e.name);
        e.aliases.iter_mut().for_each(fix);
        e.descriptors.iter_mut().for_each(fix);
    }
    for q in &mut article.quotes {
        q.speaker_text.iter_mut().for_each(fix);
    }
    for a in &mut article.attributions {
        a.source_text.iter_mut().for_each(fix);
    }
}

/// `s` on one line: each line break or tab and the spaces around it one space (`Loudoun\nCounty`
/// across a wrapped line is `Loudoun County`); borrowed when there is none.
pub(crate) fn one_line(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\t')) {
        Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(s)
    }
}

/// The paragraphs of an article with their sentences, its tokens and the words of its body.
struct Body {
    paragraphs: Vec<Paragraph>,
    tokens: Vec<Token>,
    word_count: usize,
}

impl Body {
    /// Tokenizes every paragraph of the layout but the front matter and splits the body and footer
    /// paragraphs into sentences; every other paragraph is one sentence.
    fn read(text: &str, lay: &layout::Layout<'_>) -> Body {
        // About one token for every five bytes of prose: reserved once, not copied as it grows.
        let mut tokens = Vec::with_capacity(text.len() / 4);
        let mut paragraphs = Vec::with_capacity(lay.paragraphs.len());
        let mut word_count = 0;
        let mut scratch = Vec::new();
        for &(span, role) in &lay.paragraphs {
            if role == Role::FrontMatter {
                paragraphs.push(Paragraph { span, role, sentences: Vec::new() });
                continue;
            }
            let first = tokens.len();
            token::tokenize(span.as_str(text), span.start, &mut tokens);
            let own = &tokens[first..];
            let sentences = match role {
                Role::Body | Role::Footer | Role::Caption => {
                    // Sentences of a paragraph opened by a dateline start after it.
                    let dateline = lay.dateline.as_ref().filter(|d| span.contains(d.span));
                    let after = dateline.map_or(span.start, |d| d.span.end);
                    let from = own.partition_point(|t| t.span.start < after);
                    sentence::split(text, &own[from..], &mut scratch)
                }
                _ => vec![Sentence { span, salience: None }],
            };
            if role == Role::Body {
                word_count += own.iter().filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)).count();
            }
            paragraphs.push(Paragraph { span, role, sentences });
        }
        Body { paragraphs, tokens, word_count }
    }
}

/// The facts about the article as a whole, before the reference date is known.
fn meta(lay: layout::Layout<'_>, word_count: usize) -> Meta<'_> {
    Meta {
        headline: lay.headline,
        byline: lay.byline,
        dateline: lay.dateline,
        published: lay.published,
        published_time: lay.published_time,
        reference_date: None,
        reference_date_source: None,
        contacts: lay.contacts,
        source: lay.source,
        url: lay.url,
        word_count,
        reading_minutes: word_count.div_ceil(WORDS_PER_MINUTE),
    }
}

/// Sets the reference date and where it came from; a dateline's day without a year takes its year.
fn set_reference(meta: &mut Meta<'_>, reference: Option<Date>, source: Option<ReferenceDateSource>) {
    meta.reference_date = reference;
    meta.reference_date_source = source;
    if let (Some(dateline), Some(reference)) = (meta.dateline.as_mut(), reference) {
        if let Some(month_day) = dateline.date.as_deref().and_then(|v| v.strip_prefix("XXXX")) {
            dateline.date = Some(format!("{:04}{month_day}", reference.year));
        }
    }
}

/// Entry points for the fuzzing targets: the time and amount grammars over any text. Not part
/// of the API; they may change with any release.
#[doc(hidden)]
pub mod internals {
    use crate::context::Context;
    use crate::model::{Amount, Meta, Paragraph, Role, Timex};
    use crate::span::Span;
    use crate::{Date, amount, time, token};

    /// The time grammar over `text` taken as one body paragraph, resolved against `reference`.
    pub fn times(text: &str, reference: Option<Date>) -> Vec<Timex<'_>> {
        with_one_paragraph(text, reference, |ctx| time::find(ctx, &mut time::Scans::default()))
    }

    /// The amount grammar over `text` taken as one body paragraph; as in `parse`, what the time
    /// grammar reads there is no amount.
    pub fn amounts(text: &str) -> Vec<Amount<'_>> {
        with_one_paragraph(text, None, |ctx| amount::find(ctx, &time::find(ctx, &mut time::Scans::default())))
    }

    fn with_one_paragraph<'a, T>(
        text: &'a str,
        reference: Option<Date>,
        pass: impl FnOnce(&Context<'a, '_>) -> T,
    ) -> T {
        let mut tokens = Vec::new();
        token::tokenize(text, 0, &mut tokens);
        let span = Span::new(0, text.len());
        let paragraphs = [Paragraph { span, role: Role::Body, sentences: Vec::new() }];
        let meta = Meta::default();
        let classes = Context::word_classes(text, &tokens);
        let token_ranges = Context::token_ranges(&paragraphs, &tokens);
        pass(&Context {
            text,
            paragraphs: &paragraphs,
            tokens: &tokens,
            token_ranges: &token_ranges,
            classes: &classes,
            meta: &meta,
            reference,
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn grammars_over_any_text() {
            let found = times("The ferry sails on Friday, March 17, 2023.", Date::parse_iso("2023-03-10"));
            assert_eq!(found.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(), ["2023-03-17"]);
            let found = amounts("Fares rose 5% to $12 in 2023.");
            assert_eq!(found.iter().map(|a| a.text.as_ref()).collect::<Vec<_>>(), ["5%", "$12"]);
            for text in ["", " ", "\u{feff}", "İ", "12-", "$"] {
                let _ = (times(text, None), amounts(text));
            }
        }
    }
}
