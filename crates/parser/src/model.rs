//! The typed document model that [`parse`](crate::parse) returns.
//!
//! Text fields borrow from the parsed input (`Cow::Borrowed`) where they are a
//! plain slice of it, and own their data only when the parser normalized them
//! (a canonical name, a TIMEX3 value). [`Article::into_owned`] detaches an
//! article from its input for storage.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::Serialize;

use crate::date::{Date, DateTime};
use crate::diag::Diagnostic;
use crate::span::Span;
use crate::token::Token;

/// The identifier of the JSON contract this model serializes to.
pub const SCHEMA: &str = "newsbrief/article@1";

/// A parsed news article.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Article<'a> {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Headline, byline, dateline, dates, contacts and sizes.
    pub meta: Meta<'a>,
    /// Every paragraph of the input (a non-blank line, or a block of lines in hard-wrapped text), in
    /// order, with its role and sentences.
    pub paragraphs: Vec<Paragraph>,
    /// People, organizations and places.
    pub entities: Vec<Entity<'a>>,
    /// Quoted words with their speakers.
    pub quotes: Vec<Quote<'a>>,
    /// Dates, times, durations and sets, normalized to TIMEX3 values.
    pub times: Vec<Timex<'a>>,
    /// Money, percentages, counts and plain numbers.
    pub amounts: Vec<Amount<'a>>,
    /// Reported speech: who said or reported what.
    pub attributions: Vec<Attribution<'a>>,
    /// The sentences chosen as the gist of the article.
    pub key_points: Vec<KeyPoint>,
    /// Problems noticed in the text (never fatal).
    pub diagnostics: Vec<Diagnostic>,
    /// Word-level tokens of the whole text, in order.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub tokens: Vec<Token>,
    /// The text that was parsed; every span points into it.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub source: Cow<'a, str>,
}

/// Facts about the article as a whole.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Meta<'a> {
    /// The headline, when the text has one.
    pub headline: Option<Spanned<'a>>,
    /// The authors named in the byline or front matter.
    pub byline: Vec<Name<'a>>,
    /// The dateline that opens the first body paragraph (`LISBON —`).
    pub dateline: Option<Dateline<'a>>,
    /// Publication date (`YYYY-MM-DD`) from front matter, a timestamp line or a dated dateline.
    pub published: Option<Date>,
    /// The publication date-time with its UTC offset, from front matter `published_time:` (a web
    /// page's metadata); absent for plain text.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub published_time: Option<DateTime>,
    /// The date relative expressions are resolved against (`YYYY-MM-DD`).
    pub reference_date: Option<Date>,
    /// Where the reference date came from; absent when there is none.
    pub reference_date_source: Option<ReferenceDateSource>,
    /// People named in the footer, with their e-mail addresses where given.
    pub contacts: Vec<Contact<'a>>,
    /// The publisher or agency (`Reuters`, `AP`, front matter `source:`).
    pub source: Option<Cow<'a, str>>,
    /// The article's address, from front matter `url:`.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<Cow<'a, str>>,
    /// Words in the body paragraphs.
    pub word_count: usize,
    /// Reading time at 230 words a minute, rounded up (0 for an empty body).
    pub reading_minutes: usize,
}

/// Where the reference date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ReferenceDateSource {
    /// Given by the caller (`--date`, `Options::with_reference_date`).
    Given,
    /// The publication date: front matter or a timestamp line.
    Published,
    /// The date of a dated dateline (`OSLO, March 3 2024 —`).
    Dateline,
    /// Inferred from the text: a dateline's day without a year, in the year the text tells, or
    /// the latest full date the lead states in the past tense.
    Inferred,
}

/// A piece of text with its span.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Spanned<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// Where it stands in the input.
    pub span: Span,
}

/// A person's name with its span.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Name<'a> {
    /// The name as written.
    pub name: Cow<'a, str>,
    /// Where it stands in the input.
    pub span: Span,
}

/// A dateline such as `NAIROBI, March 17 (Reuters) —`.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Dateline<'a> {
    /// The place as written (`KYIV, Ukraine`).
    pub place: Cow<'a, str>,
    /// The date as a TIMEX3 value (`2023-03-17`, `XXXX-03-17`), when the dateline has one.
    pub date: Option<String>,
    /// The agency in parentheses (`Reuters`), when there is one.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub agency: Option<Cow<'a, str>>,
    /// The whole dateline, separator included.
    pub span: Span,
}

/// A person named in a footer line.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Contact<'a> {
    /// The name as written.
    pub name: Cow<'a, str>,
    /// The e-mail address, when the footer gives one.
    pub email: Option<Cow<'a, str>>,
    /// What the footer says the person did.
    pub role: ContactRole,
    /// The name (and address) in the input.
    pub span: Span,
}

/// What a footer says a contact did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ContactRole {
    /// `Write to A at a@x.com`, `Contact: …`.
    WriteTo,
    /// `Reporting by A`, `Additional reporting by A`.
    Reporting,
    /// `Editing by B`.
    Editing,
}

/// One paragraph of the input: a non-blank line, or a block of lines in hard-wrapped text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Paragraph {
    /// The line without its surrounding whitespace.
    pub span: Span,
    /// What the line is.
    pub role: Role,
    /// The sentences of the line, in order.
    pub sentences: Vec<Sentence>,
}

/// The role of a paragraph in the article's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Role {
    /// The `---` block of `key: value` lines at the top.
    FrontMatter,
    /// The title line.
    Headline,
    /// `By A and B`.
    Byline,
    /// A line that is only a dateline (`LISBON 2024-05-14`).
    Dateline,
    /// `Published March 17, 2023`.
    Timestamp,
    /// Article text.
    Body,
    /// `Write to …`, `Reporting by …`, `© 2023 …`, an agency's sign-off (`Reuter`, `(AP)`).
    Footer,
    /// A photo caption, credit or gallery line (`FILE PHOTO: …`, `… REUTERS/Ann Lee`,
    /// `Slideshow (3 images)`): not story text.
    Caption,
    /// A short section heading inside the body.
    Subhead,
}

/// One sentence.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Sentence {
    /// From the first to the last character of the sentence.
    pub span: Span,
    /// How central the sentence is to the article, from 0 to 1.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub salience: Option<f32>,
}

/// A sentence's address: paragraph index and sentence index within it.
///
/// Serializes as `[paragraph, sentence]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceId {
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
    /// Index into that paragraph's sentences.
    pub sentence: usize,
}

#[cfg(feature = "serde")]
impl Serialize for SentenceId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.paragraph, self.sentence).serialize(s)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for SentenceId {
    fn schema_name() -> Cow<'static, str> {
        "SentenceId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "[paragraph index, sentence index]",
            "type": "array",
            "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
            "minItems": 2,
            "maxItems": 2
        })
    }
}

/// A sentence chosen as a key point, with the reasons it was chosen.
///
/// Serializes as `[paragraph, sentence, ["reason", …]]`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct KeyPoint {
    /// The sentence.
    pub sentence: SentenceId,
    /// The features that scored (`lead`, `central entities`, `figures`, …).
    pub why: Vec<&'static str>,
}

#[cfg(feature = "serde")]
impl Serialize for KeyPoint {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.sentence.paragraph, self.sentence.sentence, &self.why).serialize(s)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for KeyPoint {
    fn schema_name() -> Cow<'static, str> {
        "KeyPoint".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "[paragraph index, sentence index, [reasons the sentence was chosen]]",
            "type": "array",
            "prefixItems": [
                {"type": "integer", "minimum": 0},
                {"type": "integer", "minimum": 0},
                {"type": "array", "items": {"type": "string"}}
            ],
            "minItems": 3,
            "maxItems": 3
        })
    }
}

/// The index of an entity in [`Article::entities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct EntityId(pub u32);

impl EntityId {
    /// The index as `usize`.
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// The index of a quote in [`Article::quotes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuoteId(pub u32);

/// A person, organization or place, with every mention of it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Entity<'a> {
    /// Its position in [`Article::entities`].
    pub id: EntityId,
    /// What it is.
    pub kind: EntityKind,
    /// The canonical (fullest) name.
    pub name: Cow<'a, str>,
    /// Other names the article uses for it.
    pub aliases: Vec<Cow<'a, str>>,
    /// Role phrases (`ministry spokesman`, `a senior adviser to the mayor`).
    pub descriptors: Vec<Cow<'a, str>>,
    /// Every place the article names it.
    pub mentions: Vec<Mention<'a>>,
}

/// The kind of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, institution, party, agency or publication.
    Organization,
    /// A country, city, region or other place.
    Place,
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Mention<'a> {
    /// Where it stands.
    pub span: Span,
    /// The surface form.
    pub text: Cow<'a, str>,
}

/// Quoted words.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Quote<'a> {
    /// The quoted words without their marks.
    pub span: Span,
    /// The quoted words.
    pub text: Cow<'a, str>,
    /// Whether the quote is an utterance of its own or a phrase inside the writer's sentence.
    pub kind: QuoteKind,
    /// The speaker, when the article names one.
    pub speaker: Option<EntityId>,
    /// The words that name the speaker (`he`, `a ministry spokesman`).
    pub speaker_text: Option<Cow<'a, str>>,
    /// The speech verb (`said`, `told`).
    pub cue: Option<Cow<'a, str>>,
    /// Index of the paragraph the quote starts in.
    pub paragraph: usize,
}

/// Direct or partial quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// An utterance standing as its own clause.
    Direct,
    /// A phrase quoted inside the writer's own sentence.
    Partial,
}

/// Reported speech without quotation marks.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Attribution<'a> {
    /// The reported content.
    pub span: Span,
    /// The source, when it is an entity of the article.
    pub source: Option<EntityId>,
    /// The words that name the source (`the ministry`, `port officials`).
    pub source_text: Option<Cow<'a, str>>,
    /// The cue (`said`, `according to`).
    pub cue: Option<Cow<'a, str>>,
    /// What the cue reports: words, a stance, a belief or a finding.
    pub cue_class: CueClass,
    /// For one utterance interrupted by its cue (`“A,” she said. “B.”`): the indices in
    /// `quotes` of its quoted pieces, and `span` covers them all. Empty for reported speech
    /// without quotation marks.
    pub quotes: Vec<usize>,
}

/// What an attribution's cue reports, so a reader can tell `said` from `believes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CueClass {
    /// Words spoken or written (`said`, `told`, `according to`).
    #[default]
    Speech,
    /// A position taken (`denied`, `endorsed`, `rejected`, `criticized`).
    Stance,
    /// A belief, hope or intention (`believes`, `hopes to`, `are concerned that`).
    Belief,
    /// A finding of a document or of data (`records show`, `the survey found`).
    Evidence,
}

/// A temporal expression.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Timex<'a> {
    /// Where it stands.
    pub span: Span,
    /// The expression as written.
    pub text: Cow<'a, str>,
    /// TIMEX3 type.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: TimexType,
    /// TIMEX3 value (`2023-03-17`, `2023-W12`, `P3Y`, `PRESENT_REF`, `XXXX-03-20`).
    pub value: String,
    /// For a range, the TIMEX3 value of its end.
    pub end: Option<String>,
    /// True when the value was resolved against (or awaits) a reference date.
    pub relative: bool,
}

/// TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TimexType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurrence.
    Set,
}

/// A quantity.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Amount<'a> {
    /// Where it stands.
    pub span: Span,
    /// The amount as written.
    pub text: Cow<'a, str>,
    /// What it measures.
    pub kind: AmountKind,
    /// The number, scaled (`$55 billion` is 55e9).
    pub value: f64,
    /// ISO 4217 code, for money.
    pub currency: Option<Cow<'a, str>>,
    /// The unit noun of a count (`times`, `people`) or `percentage_point`.
    pub unit: Option<Cow<'a, str>>,
    /// A modifier such as `more than`.
    pub approx: Option<Approx>,
}

/// The kind of an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AmountKind {
    /// A sum of money.
    Money,
    /// A percentage.
    Percent,
    /// A number of things with a unit noun.
    Count,
    /// A bare number.
    Number,
}

/// A modifier on an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approx {
    /// `more than`, `over`, `at least`.
    MoreThan,
    /// `less than`, `under`, `fewer than`.
    LessThan,
    /// `about`, `nearly`, `roughly`, `some`.
    About,
    /// `up to`, `as many as`.
    UpTo,
}

fn own(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

fn own_opt(c: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    c.map(own)
}

impl Meta<'_> {
    fn into_owned(self) -> Meta<'static> {
        Meta {
            headline: self.headline.map(|h| Spanned { text: own(h.text), span: h.span }),
            byline: self.byline.into_iter().map(|n| Name { name: own(n.name), span: n.span }).collect(),
            dateline: self.dateline.map(|d| Dateline {
                place: own(d.place),
                date: d.date,
                agency: own_opt(d.agency),
                span: d.span,
            }),
            published: self.published,
            published_time: self.published_time,
            reference_date: self.reference_date,
            reference_date_source: self.reference_date_source,
            contacts: self
                .contacts
                .into_iter()
                .map(|c| Contact { name: own(c.name), email: own_opt(c.email), role: c.role, span: c.span })
                .collect(),
            source: own_opt(self.source),
            url: own_opt(self.url),
            word_count: self.word_count,
            reading_minutes: self.reading_minutes,
        }
    }
}

impl Entity<'_> {
    fn into_owned(self) -> Entity<'static> {
        Entity {
            id: self.id,
            kind: self.kind,
            name: own(self.name),
            aliases: self.aliases.into_iter().map(own).collect(),
            descriptors: self.descriptors.into_iter().map(own).collect(),
            mentions: self.mentions.into_iter().map(|m| Mention { span: m.span, text: own(m.text) }).collect(),
        }
    }
}

impl Quote<'_> {
    fn into_owned(self) -> Quote<'static> {
        Quote {
            span: self.span,
            text: own(self.text),
            kind: self.kind,
            speaker: self.speaker,
            speaker_text: own_opt(self.speaker_text),
            cue: own_opt(self.cue),
            paragraph: self.paragraph,
        }
    }
}

impl Timex<'_> {
    fn into_owned(self) -> Timex<'static> {
        Timex {
            span: self.span,
            text: own(self.text),
            kind: self.kind,
            value: self.value,
            end: self.end,
            relative: self.relative,
        }
    }
}

impl Amount<'_> {
    fn into_owned(self) -> Amount<'static> {
        Amount {
            span: self.span,
            text: own(self.text),
            kind: self.kind,
            value: self.value,
            currency: own_opt(self.currency),
            unit: own_opt(self.unit),
            approx: self.approx,
        }
    }
}

impl Attribution<'_> {
    fn into_owned(self) -> Attribution<'static> {
        Attribution {
            span: self.span,
            source: self.source,
            source_text: own_opt(self.source_text),
            cue: own_opt(self.cue),
            cue_class: self.cue_class,
            quotes: self.quotes,
        }
    }
}

impl<'a> Article<'a> {
    /// The text that was parsed.
    pub fn text(&self) -> &str {
        &self.source
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.as_str(&self.source)
    }

    /// A copy that owns all its text, detached from the input.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            schema: self.schema,
            meta: self.meta.into_owned(),
            paragraphs: self.paragraphs,
            entities: self.entities.into_iter().map(Entity::into_owned).collect(),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            times: self.times.into_iter().map(Timex::into_owned).collect(),
            amounts: self.amounts.into_iter().map(Amount::into_owned).collect(),
            attributions: self.attributions.into_iter().map(Attribution::into_owned).collect(),
            key_points: self.key_points,
            diagnostics: self.diagnostics,
            tokens: self.tokens,
            source: own(self.source),
        }
    }

    /// Body paragraphs with their indices.
    pub fn body(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.paragraphs.iter().enumerate().filter(|(_, p)| p.role == Role::Body)
    }

    /// Every sentence with its address, in order.
    pub fn sentences(&self) -> impl Iterator<Item = (SentenceId, &Sentence)> {
        self.paragraphs.iter().enumerate().flat_map(|(pi, p)| {
            p.sentences.iter().enumerate().map(move |(si, s)| (SentenceId { paragraph: pi, sentence: si }, s))
        })
    }

    /// The sentence at an address.
    pub fn sentence(&self, id: SentenceId) -> Option<&Sentence> {
        self.paragraphs.get(id.paragraph)?.sentences.get(id.sentence)
    }

    /// The address of the sentence that contains `span`, if one does.
    pub fn sentence_at(&self, span: Span) -> Option<SentenceId> {
        let pi = self.paragraphs.partition_point(|p| p.span.end < span.end.max(span.start + 1));
        let p = self.paragraphs.get(pi)?;
        // Sentences are in order and do not overlap: the first one ending at or after the
        // span is the only one that can hold it. A binary search keeps callers that ask for
        // every date, amount and quote linear in the size of a long paragraph.
        let si = p.sentences.partition_point(|s| s.span.end < span.end);
        let s = p.sentences.get(si)?;
        (s.span.start <= span.start).then_some(SentenceId { paragraph: pi, sentence: si })
    }

    /// The index of the paragraph that contains byte `at`, if one does.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        let pi = self.paragraphs.partition_point(|p| p.span.end <= at);
        (self.paragraphs.get(pi)?.span.start <= at).then_some(pi)
    }

    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> Option<&Entity<'a>> {
        self.entities.get(id.index())
    }

    /// Entities of one kind.
    pub fn entities_of(&self, kind: EntityKind) -> impl Iterator<Item = &Entity<'a>> {
        self.entities.iter().filter(move |e| e.kind == kind)
    }

    /// The mentions of an entity, in text order.
    pub fn mentions(&self, id: EntityId) -> impl Iterator<Item = &Mention<'a>> {
        self.entity(id).into_iter().flat_map(|e| e.mentions.iter())
    }

    /// The entity mentioned at `span`, if a mention covers it.
    pub fn entity_at(&self, span: Span) -> Option<&Entity<'a>> {
        self.entities.iter().find(|e| e.mentions.iter().any(|m| m.span.contains(span)))
    }

    /// The quote with this id.
    pub fn quote(&self, id: QuoteId) -> Option<&Quote<'a>> {
        self.quotes.get(id.0 as usize)
    }

    /// Every quote with its id.
    pub fn quotes_with_ids(&self) -> impl Iterator<Item = (QuoteId, &Quote<'a>)> {
        self.quotes.iter().enumerate().map(|(i, q)| (QuoteId(i as u32), q))
    }

    /// The quotes attributed to an entity.
    pub fn quotes_by(&self, speaker: EntityId) -> impl Iterator<Item = &Quote<'a>> {
        self.quotes.iter().filter(move |q| q.speaker == Some(speaker))
    }

    /// The temporal expressions inside a paragraph.
    pub fn times_in(&self, paragraph: usize) -> impl Iterator<Item = &Timex<'a>> {
        let span = self.paragraphs.get(paragraph).map_or(Span::default(), |p| p.span);
        self.times.iter().filter(move |t| span.contains(t.span) && !span.is_empty())
    }
}
