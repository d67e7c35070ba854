//! One unit of work: an article to read, where it came from, and why it failed when it did.
//!
//! Sources (`source.rs`) turn the command line into a stream of [`Item`]s; the pipeline
//! (`pipeline.rs`) opens and parses the [`Job`]s among them on all cores; the sink (`sink.rs`)
//! writes the results in input order. An article is plain text or a web page: a file, a
//! `--jsonl` line with `text` or `html`, a page to download (`--url`), or an HTML response of a
//! WARC archive.

use std::path::PathBuf;

use newsbrief_parser::Date;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// What a source yields: a job, or something it passed over or could not read.
#[derive(Debug)]
pub enum Item {
    /// An article to process.
    Job(Job),
    /// Not an article input (wrong extension, FIFO or dangling link inside a folder, …); counted.
    Skipped { path: String, reason: String },
    /// An input that failed before it could become a job (an unreadable folder, …).
    Failed { label: Label, failure: Failure },
}

/// An article to process.
#[derive(Debug)]
pub struct Job {
    /// How the article is named in output lines, messages and output files.
    pub label: Label,
    /// The article's content, or where to get it.
    pub body: Body,
}

/// Where an article came from.
#[derive(Debug, Clone)]
pub enum Label {
    /// A file, or standard input (`path` is `-`). `rel` is the relative path its output is named after.
    File { path: String, rel: PathBuf },
    /// A record of a stream: one JSON line of a `--jsonl` input.
    Record(Record),
    /// A page to download, as given to `--url`.
    Url(String),
    /// An HTML response of a WARC archive.
    Warc(WarcRecord),
}

/// An HTML response of a WARC archive: an article whose id is its target URI.
#[derive(Debug, Clone)]
pub struct WarcRecord {
    /// The archive, as named on the command line or found in a folder.
    pub source: String,
    /// The archive's relative path, under which its records' outputs are named.
    pub rel: PathBuf,
    /// The 1-based number of the record among the archive's HTML responses.
    pub index: u64,
    /// `WARC-Target-URI`.
    pub uri: Option<String>,
}

/// A record of a stream, with the fields that pass through to its output line.
#[derive(Debug, Clone)]
pub struct Record {
    /// The stream, as named on the command line (`-` is standard input).
    pub source: String,
    /// The 1-based line number in `source`.
    pub line: u64,
    /// The record's `id` (a JSON string or number) once it is known.
    pub id: Option<Box<RawValue>>,
    /// Every other field but `text` and `date`, untouched and in input order.
    pub fields: Vec<(String, Box<RawValue>)>,
}

/// An article's content, or where to get it.
#[derive(Debug)]
pub enum Body {
    /// A file, read by the worker that parses it.
    Path(PathBuf),
    /// Bytes already read (standard input), decoded by the worker.
    Bytes(Vec<u8>),
    /// One line of a `--jsonl` stream, not yet looked into.
    JsonLine(Vec<u8>),
    /// Text that is already decoded, with the record's own reference date.
    Text { text: String, date: Option<Date> },
    /// The bytes of a web page (a WARC record, a `--jsonl` line's `html`).
    Page(PageBytes),
    /// A page to download (`--url`).
    Url(String),
}

/// A web page's bytes and what is known of where they came from.
#[derive(Debug)]
pub struct PageBytes {
    /// The page as it was served or saved.
    pub html: Vec<u8>,
    /// Its URL: resolves relative links and becomes the front matter's `url` when the page
    /// names no canonical one.
    pub url: Option<String>,
    /// The HTTP `Content-Type` (its charset beats the page's own).
    pub content_type: Option<String>,
    /// The record's own reference date (a `--jsonl` line's `date`), before `--date`.
    pub date: Option<Date>,
    /// The day the page was crawled (`WARC-Date`): the reference date when neither the page
    /// nor `--date` gives one.
    pub crawled: Option<Date>,
}

/// Why an input failed: a stable code for programs and a message for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: Code,
    pub message: String,
}

/// The stable error codes of `--errors inline` (listed in the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// No such file (or a symbolic link to nothing).
    NotFound,
    /// The file exists but could not be read.
    Unreadable,
    /// A FIFO, device or socket named as a file (read those as `-`).
    NotAFile,
    /// A folder with no article files in it.
    NoArticles,
    /// No text, or only whitespace.
    Empty,
    /// NUL bytes or mostly control characters.
    Binary,
    /// Text that is not valid in the encoding it declares or was detected in.
    Encoding,
    /// Over `--max-bytes`.
    TooLarge,
    /// A `--jsonl` line that is not a JSON object.
    InvalidJson,
    /// A `--jsonl` line without `id` or `text`.
    MissingField,
    /// A `--jsonl` field of the wrong type (`id` not a string or number, `text` not a string, `date` not a date).
    InvalidField,
    /// Writing the output would overwrite the input itself.
    OutputIsInput,
    /// The briefing could not be rendered.
    RenderFailed,
    /// A web page that is not HTML (no markup, or a server's other content type).
    NotHtml,
    /// A web page with no article text in it (an index page, a video page).
    NoText,
    /// A web page whose markup nests deeper than any real page.
    TooDeep,
    /// A `--url` that could not be downloaded: an error status, a redirect loop, a timeout,
    /// a network problem.
    FetchFailed,
    /// A WARC archive that is broken or is not one.
    InvalidWarc,
    /// A bug in newsbrief (a panic while processing this input); please report it.
    Internal,
}

impl Code {
    /// The code as it appears in error lines.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::NotFound => "not_found",
            Code::Unreadable => "unreadable",
            Code::NotAFile => "not_a_file",
            Code::NoArticles => "no_articles",
            Code::Empty => "empty",
            Code::Binary => "binary",
            Code::Encoding => "encoding",
            Code::TooLarge => "too_large",
            Code::InvalidJson => "invalid_json",
            Code::MissingField => "missing_field",
            Code::InvalidField => "invalid_field",
            Code::OutputIsInput => "output_is_input",
            Code::RenderFailed => "render_failed",
            Code::NotHtml => "not_html",
            Code::NoText => "no_text",
            Code::TooDeep => "too_deep",
            Code::FetchFailed => "fetch_failed",
            Code::InvalidWarc => "invalid_warc",
            Code::Internal => "internal",
        }
    }
}

impl Failure {
    /// A failure with its code and message.
    pub fn new(code: Code, message: impl Into<String>) -> Failure {
        Failure { code, message: message.into() }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

impl Label {
    /// A file named on the command line or found in a folder.
    pub fn file(path: String, rel: PathBuf) -> Label {
        Label::File { path, rel }
    }

    /// How messages name the input: `x/story.txt`, `<stdin>`, `feed.jsonl:7 (id "a1")`,
    /// `https://news.example/a`, `crawl.warc.gz record 3 (https://news.example/a)`.
    pub fn display(&self) -> String {
        match self {
            Label::File { path, .. } => stdin_name(path).to_owned(),
            Label::Record(r) => match &r.id {
                Some(id) => format!("{}:{} (id {})", stdin_name(&r.source), r.line, id.get()),
                None => format!("{}:{}", stdin_name(&r.source), r.line),
            },
            Label::Url(url) => url.clone(),
            Label::Warc(w) => match &w.uri {
                Some(uri) => format!("{} record {} ({uri})", w.source, w.index),
                None => format!("{} record {}", w.source, w.index),
            },
        }
    }
}

fn stdin_name(path: &str) -> &str {
    if path == "-" { "<stdin>" } else { path }
}

/// A `--jsonl` line taken apart: its article (a [`Body::Text`], or a [`Body::Page`] for a line
/// with `html` instead of `text`); its id and other fields go into the label when it is a
/// record's.
pub fn open_line(label: &mut Label, line: &[u8]) -> Result<Body, Failure> {
    let mut scratch = Record { source: String::new(), line: 0, id: None, fields: Vec::new() };
    let record = match label {
        Label::Record(r) => r,
        _ => &mut scratch,
    };
    read_record(record, line)
}

fn read_record(record: &mut Record, line: &[u8]) -> Result<Body, Failure> {
    let fields = serde_json::Deserializer::from_slice(line)
        .deserialize_map(FieldsVisitor)
        .map_err(|e| Failure::new(Code::InvalidJson, format!("invalid JSON line: {e}")))?;
    let mut text = None;
    let mut html = None;
    let mut url = None;
    let mut date = None;
    for (key, value) in fields {
        let slot = match key.as_str() {
            "id" => {
                let first = value.get().as_bytes().first();
                if !matches!(first, Some(b'"' | b'-' | b'0'..=b'9')) {
                    return Err(Failure::new(Code::InvalidField, "`id` must be a string or a number"));
                }
                record.id.replace(value).is_some()
            }
            "text" => text.replace(value).is_some(),
            "html" => html.replace(value).is_some(),
            "date" => date.replace(value).is_some(),
            _ => {
                // A page's `url` is read, and passes through like any other field.
                if key == "url" && url.is_none() {
                    url = Some(value.clone());
                }
                record.fields.push((key, value));
                continue;
            }
        };
        if slot {
            return Err(Failure::new(Code::InvalidJson, format!("field `{key}` appears twice")));
        }
    }
    if record.id.is_none() {
        return Err(Failure::new(Code::MissingField, "no `id` field"));
    }
    let string = |raw: &RawValue, what: &str| -> Result<String, Failure> {
        serde_json::from_str(raw.get())
            .map_err(|_| Failure::new(Code::InvalidField, format!("`{what}` must be a string")))
    };
    let date = line_date(date.as_deref())?;
    match (text, html) {
        (Some(_), Some(_)) => Err(Failure::new(Code::InvalidField, "a line has `text` or `html`, not both")),
        (None, None) => Err(Failure::new(Code::MissingField, "no `text` field (or `html` for a web page)")),
        (Some(text), None) => Ok(Body::Text { text: string(&text, "text")?, date }),
        (None, Some(html)) => {
            let url = match url.as_deref() {
                Some(raw) if raw.get() != "null" => Some(string(raw, "url")?),
                _ => None,
            };
            let html = string(&html, "html")?.into_bytes();
            Ok(Body::Page(PageBytes { html, url, content_type: None, date, crawled: None }))
        }
    }
}

/// A line's `date`: absent, `null`, or a `YYYY-MM-DD` string.
fn line_date(date: Option<&RawValue>) -> Result<Option<Date>, Failure> {
    Ok(match date.map(RawValue::get) {
        None | Some("null") => None,
        Some(raw) => {
            let s: String = serde_json::from_str(raw).unwrap_or_default();
            Some(Date::parse_iso(&s).ok_or_else(|| {
                Failure::new(Code::InvalidField, format!("`date` {raw} is not a calendar date in the form YYYY-MM-DD"))
            })?)
        }
    })
}

/// Collects a JSON object's fields in order, each value kept as it was written.
struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Vec<(String, Box<RawValue>)>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut res = Vec::new();
        while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
            res.push(entry);
        }
        Ok(res)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str) -> Result<(String, String, Vec<String>), (Code, String)> {
        let mut label = Label::Record(Record { source: "-".into(), line: 1, id: None, fields: Vec::new() });
        let res = open_line(&mut label, line.as_bytes());
        let Label::Record(r) = label else { unreachable!() };
        let (text, date, url) = match res {
            Ok(Body::Text { text, date }) => (text, date, String::new()),
            Ok(Body::Page(p)) => (String::from_utf8(p.html).unwrap(), p.date, p.url.unwrap_or_default()),
            Ok(other) => panic!("a line gave {other:?}"),
            Err(f) => return Err((f.code, f.message)),
        };
        Ok((
            format!("{} {text} {}", r.id.unwrap().get(), date.map(|d| d.to_string()).unwrap_or_default()),
            url,
            r.fields.iter().map(|(k, v)| format!("{k}={}", v.get())).collect(),
        ))
    }

    #[test]
    fn fields_pass_through_in_order_and_untouched() {
        let got = check(r#"{"z": [1, 2], "id": "a1", "text": "Hi.", "date": "2024-02-29", "a": {"b": 1.50}}"#);
        let (head, _, fields) = got.unwrap();
        assert_eq!(head, r#""a1" Hi. 2024-02-29"#);
        assert_eq!(fields, ["z=[1, 2]", r#"a={"b": 1.50}"#]);
    }

    #[test]
    fn bad_lines_have_their_codes() {
        assert_eq!(check("{\"id\": 1, \"text\"").unwrap_err().0, Code::InvalidJson);
        assert_eq!(check("[1, 2]").unwrap_err().0, Code::InvalidJson);
        assert_eq!(check(r#"{"text": "Hi."}"#).unwrap_err(), (Code::MissingField, "no `id` field".into()));
        assert_eq!(
            check(r#"{"id": 3}"#).unwrap_err(),
            (Code::MissingField, "no `text` field (or `html` for a web page)".into())
        );
        assert_eq!(check(r#"{"id": true, "text": "Hi."}"#).unwrap_err().0, Code::InvalidField);
        assert_eq!(check(r#"{"id": 2, "text": 5}"#).unwrap_err().0, Code::InvalidField);
        assert_eq!(check(r#"{"id": 2, "text": "Hi.", "date": "2023-02-30"}"#).unwrap_err().0, Code::InvalidField);
        assert_eq!(check(r#"{"id": 2, "id": 3, "text": "Hi."}"#).unwrap_err().0, Code::InvalidJson);
        assert_eq!(check(r#"{"id": 2, "text": "Hi.", "html": "<p>Hi.</p>"}"#).unwrap_err().0, Code::InvalidField);
        assert_eq!(check(r#"{"id": 2, "html": 7}"#).unwrap_err().0, Code::InvalidField);
        assert_eq!(check(r#"{"id": 2, "html": "<p>Hi.</p>", "url": 7}"#).unwrap_err().0, Code::InvalidField);
    }

    #[test]
    fn a_page_line_keeps_its_url_as_a_field_too() {
        let got = check(r#"{"id": "p1", "url": "https://news.example/a", "html": "<p>Hi.</p>", "date": "2024-05-01"}"#);
        let (head, url, fields) = got.unwrap();
        assert_eq!(head, r#""p1" <p>Hi.</p> 2024-05-01"#);
        assert_eq!(url, "https://news.example/a");
        assert_eq!(fields, [r#"url="https://news.example/a""#]);
        // A text line's `url` is only a field.
        let (_, url, fields) = check(r#"{"id": 1, "text": "Hi.", "url": 5}"#).unwrap();
        assert_eq!((url.as_str(), fields), ("", vec!["url=5".to_owned()]));
    }
}
