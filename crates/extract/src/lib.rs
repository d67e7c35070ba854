//! The article and its metadata from a news web page, a URL or a WARC archive.
//!
//! [`extract`] turns the bytes of an HTML page into a [`Page`]: the body as blocks
//! (paragraphs, subheads, list items, block quotes; navigation, share bars, related links,
//! comments, captions, cookie and newsletter boxes left out) and the [`Meta`]data, each field
//! with the [`Source`] it came from. [`Page::to_text`] renders it as the plain text that
//! `newsbrief_parser::parse` reads: a front-matter block, a `# ` headline line, then one
//! paragraph per line.
//!
//! ```
//! let html = r#"<html lang="en"><head><title>Dam opens | The Valley Courier</title>
//! <meta property="og:site_name" content="The Valley Courier"></head>
//! <body><nav><a href="/">Home</a></nav><article><h1>Dam opens</h1>
//! <p>The new dam on the Kettle River opened on Tuesday after six years of work.</p>
//! <p>“It holds,” the chief engineer said.</p></article></body></html>"#;
//! let page = newsbrief_extract::extract(html, Some("https://courier.example/dam")).unwrap();
//! assert_eq!(page.meta.title.as_ref().unwrap().value, "Dam opens");
//! assert_eq!(page.blocks.len(), 2);
//! assert!(page.to_text().starts_with("---\ntitle: Dam opens\n"));
//! ```
//!
//! [`warc::Records`] streams the records of a `.warc` or `.warc.gz` file, and
//! [`fetch::fetch`] (cargo feature `fetch`) downloads a page with a timeout and a size limit.

mod body;
mod datetime;
mod decode;
mod dom;
#[cfg(feature = "fetch")]
pub mod fetch;
mod meta;
mod text;
pub mod warc;

pub use body::Method;
pub use datetime::DateTime;

/// An article read from a web page.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Page {
    /// Title, authors, dates, publisher and the rest, each with its source.
    pub meta: Meta,
    /// The article body in reading order.
    pub blocks: Vec<Block>,
    /// The URL the page was read from, as given by the caller.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
    /// How the body was found.
    pub method: Method,
}

/// One block of the body: a paragraph, a subhead, a list item, a quoted paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block {
    /// What kind of block it is.
    pub kind: BlockKind,
    /// Its text on one line, whitespace collapsed.
    pub text: String,
}

/// Kinds of body blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum BlockKind {
    /// A paragraph of running text.
    Paragraph,
    /// A subhead (`<h2>` … `<h6>`).
    Heading,
    /// An item of a list.
    ListItem,
    /// A paragraph inside a `<blockquote>`.
    Quote,
    /// A line of preformatted text.
    Preformatted,
}

/// The metadata of a page. Every field says where it was found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Meta {
    /// The headline.
    pub title: Option<Field<String>>,
    /// The authors, in page order.
    pub authors: Vec<Field<String>>,
    /// When the article was first published.
    pub published: Option<Field<DateTime>>,
    /// When it was last changed.
    pub modified: Option<Field<DateTime>>,
    /// The publisher or site name.
    pub publisher: Option<Field<String>>,
    /// The canonical URL (http or https only).
    pub canonical_url: Option<Field<String>>,
    /// The language as a BCP 47 tag (`en`, `en-GB`).
    pub language: Option<Field<String>>,
    /// The page's own summary.
    pub description: Option<Field<String>>,
    /// The section or category.
    pub section: Option<Field<String>>,
}

/// A metadata value and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Field<T> {
    /// The value.
    pub value: T,
    /// Where it was found.
    pub source: Source,
}

/// Where a metadata value was found, from the most to the least trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "kebab-case"))]
pub enum Source {
    /// A `<script type="application/ld+json">` block (schema.org).
    JsonLd,
    /// An OpenGraph `<meta property="og:…">` or `article:…` tag.
    #[cfg_attr(feature = "serde", serde(rename = "opengraph"))]
    OpenGraph,
    /// Another `<meta>` tag, a `<link rel="canonical">`, `<html lang>` or `<title>`.
    Meta,
    /// A `<time datetime>` element.
    TimeElement,
    /// The visible text: the `<h1>`, a byline.
    Text,
}

impl Source {
    /// The name used in output: `json-ld`, `opengraph`, `meta`, `time-element`, `text`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::JsonLd => "json-ld",
            Source::OpenGraph => "opengraph",
            Source::Meta => "meta",
            Source::TimeElement => "time-element",
            Source::Text => "text",
        }
    }
}

/// Why a page gave no article.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is empty or only whitespace.
    #[error("the page is empty")]
    Empty,
    /// The input is a binary file.
    #[error("not an HTML page: {0}")]
    Binary(&'static str),
    /// The input has no HTML tags at all.
    #[error("not an HTML page: no markup found")]
    NoMarkup,
    /// The markup nests deeper than any real page (a hostile page).
    #[error("not a usable HTML page: markup nested {0} levels deep (the limit is {MAX_DEPTH})")]
    TooDeep(usize),
    /// The page was read but holds no article text.
    #[error("no article text found in the page")]
    NoText,
}

/// The deepest nesting of elements accepted. Real pages nest a few dozen levels; HTML parsing
/// and Readability scoring slow down more than linearly with depth.
pub const MAX_DEPTH: usize = 512;

/// Where the bytes of a page came from: its URL and the HTTP `Content-Type`, when known.
#[derive(Clone, Copy, Debug)]
pub struct Origin<'a> {
    /// The page's URL: resolves a relative canonical link and is kept in [`Page::url`].
    pub url: Option<&'a str>,
    /// The HTTP `Content-Type` (its `charset` beats the page's own `<meta>` charset).
    pub content_type: Option<&'a str>,
}

/// Whether bytes look like an HTML page rather than plain text: after an optional byte-order
/// mark and whitespace, the first kilobyte opens with `<!doctype html`, `<html`, `<head`,
/// `<meta`, `<title`, `<body` or an HTML comment, or holds an `<html` or `<body` tag. For
/// telling pages from articles written as text.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = head[..head.len().min(1024)].trim_ascii_start().to_ascii_lowercase();
    let opens = ["<!doctype html", "<html", "<head", "<meta", "<title", "<body", "<!--"]
        .iter()
        .any(|t| head.starts_with(t.as_bytes()));
    opens || head.windows(5).any(|w| w == b"<html" || w == b"<body")
}

/// Extracts the article from an HTML page given as bytes or text.
///
/// # Errors
/// [`Error`] when the input is empty, binary, has no markup, or holds no article text.
pub fn extract(html: impl AsRef<[u8]>, url: Option<&str>) -> Result<Page, Error> {
    extract_with(html.as_ref(), &Origin { url, content_type: None })
}

/// Extracts the article from an HTML page, with what is known of its origin.
///
/// # Errors
/// As [`extract`].
pub fn extract_with(html: &[u8], origin: &Origin<'_>) -> Result<Page, Error> {
    let (doc, dom) = parse(html, origin)?;
    let found = meta::read(&dom, origin.url);
    let titles = title_keys(&found.meta, &dom);
    let (blocks, method) = body::body(&dom, &doc, origin.url, &titles, found.json_ld_body.as_deref());
    finish(found.meta, blocks, origin, method)
}

/// The body by dom_smoothie's Readability alone, for comparison (`cargo xtask eval extract`).
#[doc(hidden)]
pub fn extract_readability(html: &[u8], origin: &Origin<'_>) -> Result<Page, Error> {
    let (doc, dom) = parse(html, origin)?;
    let found = meta::read(&dom, origin.url);
    let titles = title_keys(&found.meta, &dom);
    let blocks = body::readability_only(&doc, origin.url, &titles);
    finish(found.meta, blocks, origin, Method::Readability)
}

fn parse(html: &[u8], origin: &Origin<'_>) -> Result<(dom_query::Document, dom::Dom), Error> {
    let charset = origin.content_type.and_then(decode::charset_param);
    let text = decode::decode(html, charset)?;
    if !has_markup(&text) {
        return Err(Error::NoMarkup);
    }
    let depth = dom::markup_depth(&text);
    if depth > MAX_DEPTH {
        return Err(Error::TooDeep(depth));
    }
    let doc = dom_query::Document::from(text);
    let dom = dom::Dom::new(&doc);
    Ok((doc, dom))
}

/// Whether the text has at least one tag (`<` followed by a letter, `/` or `!`).
fn has_markup(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// The headline as the page's metadata and its `<h1>` give it, for dropping it from the body.
fn title_keys(meta: &Meta, dom: &dom::Dom) -> Vec<String> {
    let mut out: Vec<String> = meta.title.iter().map(|t| t.value.clone()).collect();
    out.extend(dom.elements("h1").map(|i| dom.text(i)).filter(|t| !t.is_empty()).take(2));
    out
}

fn finish(mut meta: Meta, blocks: Vec<Block>, origin: &Origin<'_>, method: Method) -> Result<Page, Error> {
    let mut blocks: Vec<Block> = blocks.into_iter().filter(|b| b.text.chars().any(char::is_alphanumeric)).collect();
    meta::from_body(&mut meta, &mut blocks);
    if blocks.is_empty() {
        return Err(Error::NoText);
    }
    Ok(Page { meta, blocks, url: origin.url.map(str::to_owned), method })
}

impl Page {
    /// The article as plain text for `newsbrief_parser::parse`: front matter (`---`, `key: value`
    /// lines, `---`), a `# ` headline line, then one block per line.
    ///
    /// The parser reads `title`, `author`, `date`, `source` and `url`; `published_time`,
    /// `modified_time`, `language`, `description` and `section` are extra keys. Values are
    /// single lines: control characters and line breaks become spaces.
    pub fn to_text(&self) -> String {
        text::to_text(self)
    }

    /// The text of the body blocks.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().map(|b| b.text.as_str())
    }
}
