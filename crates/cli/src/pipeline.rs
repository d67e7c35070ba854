//! The pipeline: items in input order → jobs parsed on all cores → results written in input order.
//!
//! A producer thread pulls items from the sources, names each output (in input order, so the
//! names are the same on every run) and hands each job to a rayon pool. The calling thread is
//! the sink: it puts the results back in input order and writes them. At most `window` items
//! are between the producer and the sink at once, so memory stays bounded however long the
//! stream, and the output is byte-identical whatever the number of threads.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TryRecvError};

use newsbrief_parser::{Article, Date, Options};
use newsbrief_render::RenderOptions;

use crate::job::{Body, Code, Failure, Item, Job, Label, PageBytes, open_line};
use crate::report::Reporter;
use crate::sink::{Namer, Output, OutputError, Sink};
use crate::{input, json};

/// What is made of each article.
#[derive(Clone, Debug)]
pub struct Work {
    /// Parser options; a record's own `date` replaces the reference date.
    pub options: Options,
    /// The longest text accepted, in bytes.
    pub max_bytes: u64,
    /// JSON or a briefing.
    pub render: Render,
    /// One line per article, `{"file"|"id"|"url", …, "article"}`, rather than the article alone.
    pub lines: bool,
    /// `--extract-only`: the text that would be parsed (a page's extracted text with its front
    /// matter), not the article.
    pub extract_only: bool,
    /// `--timeout`: the longest one `--url` download may take.
    pub fetch_timeout: std::time::Duration,
    /// The run has one input, and the process ends once it is written: its article is left to
    /// the operating system rather than freed string by string (about 2 M instructions on
    /// 500 KB). A batch frees each article, for it goes on to the next.
    pub single: bool,
}

/// The product of one article.
#[derive(Clone, Debug)]
pub enum Render {
    /// The model as JSON.
    Parse { pretty: bool },
    /// The briefing.
    Brief(RenderOptions),
}

/// How the run is carried out.
#[derive(Debug)]
pub struct Plan {
    /// Worker threads (`-j`).
    pub threads: usize,
    /// Items between the producer and the sink at most.
    pub window: usize,
    /// Where the results go.
    pub output: Output,
    /// The extension of output files (`html`, `md`, `json`).
    pub ext: &'static str,
    /// `--skip-existing`: an input whose output file exists is skipped.
    pub skip_existing: bool,
    /// `--errors inline`: an error line takes a failed input's place in the output.
    pub errors_inline: bool,
}

/// One article processed.
#[derive(Debug)]
pub struct Done {
    /// The input, with a record's id and fields filled in.
    pub label: Label,
    /// The bytes to write, or why there are none.
    pub res: Result<Vec<u8>, Failure>,
    /// A decoding note ("decoded as windows-1252").
    pub note: Option<String>,
}

/// Reads, decodes (or extracts, or downloads) and parses one job, and renders what `work` asks for.
pub fn process(job: Job, work: &Work) -> Done {
    let Job { mut label, body } = job;
    let article_text = open(&mut label, body, work).and_then(|opened| match opened {
        Opened::Text { input, date } => Ok((input.text, input.note, date, false)),
        Opened::Page(page) => extract(page, work).map(|(text, date)| (text, None, date, true)),
    });
    let (text, note, date, is_page) = match article_text {
        Ok(it) => it,
        Err(failure) => return Done { label, res: Err(failure), note: None },
    };
    if work.extract_only {
        return Done { res: Ok(extracted(&label, &text, work)), label, note };
    }
    let mut article = match date {
        Some(date) => newsbrief_parser::parse_with(&text, &work.options.clone().with_reference_date(Some(date))),
        None => newsbrief_parser::parse_with(&text, &work.options),
    };
    // The JSON leaves the tokens out: freed before it is written, they do not add to the peak of
    // memory (about five bytes an input byte).
    if matches!(work.render, Render::Parse { .. }) {
        article.tokens = Vec::new();
    }
    let res = output(&label, &article, is_page.then_some(text.as_str()), work);
    if work.single {
        std::mem::forget(article);
    }
    Done { res, label, note }
}

/// An input opened: decoded text, or the bytes of a web page.
enum Opened {
    Text { input: input::Input, date: Option<Date> },
    Page(PageBytes),
}

/// The extensions of saved web pages; other files are pages when their content opens like one.
const PAGE_EXTENSIONS: [&str; 3] = ["html", "htm", "xhtml"];

fn open(label: &mut Label, body: Body, work: &Work) -> Result<Opened, Failure> {
    let page =
        |html: Vec<u8>| Opened::Page(PageBytes { html, url: None, content_type: None, date: None, crawled: None });
    match body {
        Body::Path(path) => {
            let bytes = input::read_file(&path, work.max_bytes)?;
            let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
            if PAGE_EXTENSIONS.contains(&ext.as_str()) || newsbrief_extract::looks_like_html(&bytes) {
                return Ok(page(bytes));
            }
            Ok(Opened::Text { input: input::decode(bytes)?, date: None })
        }
        Body::Bytes(bytes) if newsbrief_extract::looks_like_html(&bytes) => Ok(page(bytes)),
        Body::Bytes(bytes) => Ok(Opened::Text { input: input::decode(bytes)?, date: None }),
        Body::JsonLine(line) => {
            let body = open_line(label, &line)?;
            open(label, body, work)
        }
        Body::Text { text, date } => {
            check_size("text", text.len(), work)?;
            Ok(Opened::Text { input: input::checked(text, None)?, date })
        }
        Body::Page(page) => {
            check_size("page", page.html.len(), work)?;
            Ok(Opened::Page(page))
        }
        Body::Url(url) => download(&url, work).map(Opened::Page),
    }
}

fn check_size(what: &str, len: usize, work: &Work) -> Result<(), Failure> {
    if len as u64 > work.max_bytes {
        let message =
            format!("{what} is {len} bytes, over the limit of {} (raise it with --max-bytes)", work.max_bytes);
        return Err(Failure::new(Code::TooLarge, message));
    }
    Ok(())
}

/// The article text of a page (front matter, headline, paragraphs) and its reference date: the
/// record's own, else `--date`, else the page's own (the parser reads it from the front
/// matter), else the day it was crawled.
fn extract(page: PageBytes, work: &Work) -> Result<(String, Option<Date>), Failure> {
    let origin = newsbrief_extract::Origin { url: page.url.as_deref(), content_type: page.content_type.as_deref() };
    let extracted = newsbrief_extract::extract_with(&page.html, &origin).map_err(|err| {
        use newsbrief_extract::Error;
        let code = match err {
            Error::Empty => Code::Empty,
            Error::Binary(_) => Code::Binary,
            Error::NoMarkup => Code::NotHtml,
            Error::TooDeep(_) => Code::TooDeep,
            Error::NoText => Code::NoText,
        };
        Failure::new(code, err.to_string())
    })?;
    let date = page.date.or_else(|| {
        let undated = work.options.reference_date.is_none() && extracted.meta.published.is_none();
        page.crawled.filter(|_| undated)
    });
    Ok((extracted.to_text(), date))
}

/// Downloads a `--url` page with the extraction crate's limits (`--max-bytes`, `--timeout`).
#[cfg(feature = "fetch")]
fn download(url: &str, work: &Work) -> Result<PageBytes, Failure> {
    use newsbrief_extract::fetch::{FetchConfig, FetchError, fetch};
    let config = FetchConfig { timeout: work.fetch_timeout, max_bytes: work.max_bytes, ..FetchConfig::STANDARD };
    let fetched = fetch(url, &config).map_err(|err| {
        let code = match err {
            FetchError::TooLarge { .. } => Code::TooLarge,
            FetchError::NotHtml { .. } => Code::NotHtml,
            _ => Code::FetchFailed,
        };
        let message = match &err {
            FetchError::Other { source, .. } => format!("cannot download it: {source}"),
            // The message names the URL, which the label already does.
            _ => err
                .to_string()
                .strip_prefix(url)
                .and_then(|m| m.strip_prefix(": "))
                .map(str::to_owned)
                .unwrap_or_else(|| err.to_string()),
        };
        Failure::new(code, message)
    })?;
    Ok(PageBytes {
        html: fetched.body,
        url: Some(fetched.url),
        content_type: fetched.content_type,
        date: None,
        crawled: None,
    })
}

#[cfg(not(feature = "fetch"))]
fn download(_url: &str, _work: &Work) -> Result<PageBytes, Failure> {
    Err(Failure::new(Code::FetchFailed, "this newsbrief was built without the `fetch` feature"))
}

/// `--extract-only`: the text alone (one input), or a line `{"file"|"id"|"url", …, "text"}`.
fn extracted(label: &Label, text: &str, work: &Work) -> Vec<u8> {
    if !work.lines {
        return text.as_bytes().to_vec();
    }
    let mut out = Vec::with_capacity(text.len() + 256);
    head(&mut out, label);
    out.extend_from_slice(b"\"text\":");
    json::string(&mut out, text);
    out.extend_from_slice(b"}\n");
    out
}

/// The output of one article. For a page, `text` is the extracted text, which the article's
/// JSON carries as its last field so that its spans point somewhere.
fn output(label: &Label, article: &Article<'_>, text: Option<&str>, work: &Work) -> Result<Vec<u8>, Failure> {
    let failed = |e: &dyn std::fmt::Display| Failure::new(Code::RenderFailed, format!("cannot write the output: {e}"));
    match &work.render {
        Render::Parse { pretty } => {
            // An article's JSON is about four times its text: one allocation rather than a series
            // of doublings that copy it again and again.
            let mut out = Vec::with_capacity(4096 + article.text().len() * 4);
            let pretty = *pretty && !work.lines;
            if work.lines {
                head(&mut out, label);
                out.extend_from_slice(b"\"article\":");
            }
            if pretty {
                serde_json::to_writer_pretty(&mut out, article).map_err(|e| failed(&e))?;
            } else {
                json::write_article(&mut out, article);
            }
            if let Some(text) = text {
                with_text(&mut out, text, pretty);
            }
            if work.lines {
                out.push(b'}');
            }
            out.push(b'\n');
            Ok(out)
        }
        Render::Brief(options) => newsbrief_render::render(article, options)
            .map(String::into_bytes)
            .map_err(|e| Failure::new(Code::RenderFailed, format!("cannot render the briefing: {e}"))),
    }
}

/// Adds `"text": …` as the last field of the JSON object that ends `out`.
fn with_text(out: &mut Vec<u8>, text: &str, pretty: bool) {
    let close = if pretty { &b"\n}"[..] } else { b"}" };
    debug_assert!(out.ends_with(close), "an article serializes as an object");
    out.truncate(out.len() - close.len());
    out.extend_from_slice(if pretty { b",\n  \"text\": " } else { b",\"text\":" });
    json::string(out, text);
    out.extend_from_slice(close);
}

/// The start of an output or error line: `{"file":…,`, `{"url":…,`, `{"id":…,<fields>,` or for a
/// WARC record `{"id":<uri>,"warc":…,"record":…,` (a passed-through field named `article` or
/// `error` is left out, as the line has its own).
fn head(out: &mut Vec<u8>, label: &Label) {
    match label {
        Label::File { path, .. } => {
            out.extend_from_slice(b"{\"file\":");
            json::string(out, path);
        }
        Label::Record(r) => {
            out.extend_from_slice(b"{\"id\":");
            out.extend_from_slice(r.id.as_deref().map_or("null", |id| id.get()).as_bytes());
            for (key, value) in r.fields.iter().filter(|(k, _)| k != "article" && k != "error") {
                out.push(b',');
                json::string(out, key);
                out.push(b':');
                out.extend_from_slice(value.get().as_bytes());
            }
        }
        Label::Url(url) => {
            out.extend_from_slice(b"{\"url\":");
            json::string(out, url);
        }
        Label::Warc(w) => {
            out.extend_from_slice(b"{\"id\":");
            match &w.uri {
                Some(uri) => json::string(out, uri),
                None => out.extend_from_slice(b"null"),
            }
            out.extend_from_slice(b",\"warc\":");
            json::string(out, &w.source);
            let _ = write!(out, ",\"record\":{}", w.index);
        }
    }
    out.push(b',');
}

/// The error line of a failed input: `{"file"|"id", …, "error": {"code", "message"[, "line"]}}`.
pub fn error_line(label: &Label, failure: &Failure) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    head(&mut out, label);
    out.extend_from_slice(b"\"error\":{\"code\":");
    json::string(&mut out, failure.code.as_str());
    out.extend_from_slice(b",\"message\":");
    json::string(&mut out, &failure.message);
    if let Label::Record(r) = label {
        let _ = write!(out, ",\"line\":{}", r.line);
    }
    out.extend_from_slice(b"}}\n");
    out
}

/// What the sink receives for one item.
enum Outcome {
    Done { done: Done, file: Option<PathBuf> },
    Skipped { path: String, reason: String },
    Failed { label: Label, failure: Failure },
}

/// Runs the items through the pool and writes the results in order. Returns at the first
/// failed output, leaving the rest unprocessed.
pub fn run(
    items: impl Iterator<Item = Item> + Send + 'static,
    work: Work,
    plan: &Plan,
    reporter: &mut Reporter,
) -> Result<(), OutputError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(plan.threads)
        .thread_name(|i| format!("newsbrief-{i}"))
        .build()
        .map_err(|e| OutputError { output: "the worker threads".into(), err: std::io::Error::other(e) })?;
    let window = plan.window.max(1);
    let (tokens_tx, tokens_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = tokens_tx.send(());
    }
    let (tx, rx) = mpsc::channel();
    let producer = Producer {
        work: Arc::new(work),
        namer: match &plan.output {
            Output::Dir(dir) => Some(Namer::new(dir.clone(), plan.ext)),
            Output::Stdout | Output::File(_) => None,
        },
        output: plan.output.clone(),
        skip_existing: plan.skip_existing,
        pool,
        tx,
    };
    std::thread::Builder::new()
        .name("newsbrief-read".into())
        .spawn(move || producer.run(items, &tokens_rx))
        .map_err(|e| OutputError { output: "the reader thread".into(), err: e })?;
    write_in_order(&rx, &tokens_tx, plan.errors_inline, reporter)
}

fn write_in_order(
    rx: &Receiver<(u64, Outcome)>,
    tokens: &SyncSender<()>,
    errors_inline: bool,
    reporter: &mut Reporter,
) -> Result<(), OutputError> {
    let mut sink = Sink::default();
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    loop {
        let (seq, outcome) = match rx.try_recv() {
            Ok(it) => it,
            Err(TryRecvError::Empty) => {
                // Nothing ready: let the reader have what is written so far.
                sink.flush()?;
                match rx.recv() {
                    Ok(it) => it,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        waiting.insert(seq, outcome);
        while let Some(outcome) = waiting.remove(&next) {
            next += 1;
            let _ = tokens.send(());
            match outcome {
                Outcome::Done { done: Done { label, res: Ok(bytes), note }, file } => {
                    sink.write(file.as_deref(), &bytes)?;
                    reporter.done(&label.display(), note.as_deref());
                }
                Outcome::Done { done: Done { label, res: Err(failure), .. }, .. }
                | Outcome::Failed { label, failure } => {
                    reporter.failed(&label.display(), &failure.message);
                    if errors_inline {
                        sink.write(None, &error_line(&label, &failure))?;
                    }
                }
                Outcome::Skipped { path, reason } => reporter.skipped(&path, &reason),
            }
        }
    }
    sink.flush()
}

/// A job ready to run with its output file, or what to report instead.
enum Prepared {
    Run(Job, Option<PathBuf>),
    Instead(Outcome),
}

/// The reading side: items in, jobs to the pool, everything else straight to the sink.
struct Producer {
    work: Arc<Work>,
    namer: Option<Namer>,
    output: Output,
    skip_existing: bool,
    pool: rayon::ThreadPool,
    tx: Sender<(u64, Outcome)>,
}

impl Producer {
    fn run(mut self, items: impl Iterator<Item = Item>, tokens: &Receiver<()>) {
        for (seq, item) in (0u64..).zip(items) {
            // Wait for room in the window; the sink is gone when the run has stopped.
            if tokens.recv().is_err() {
                return;
            }
            let outcome = match item {
                Item::Job(job) => match self.prepare(job) {
                    Prepared::Run(job, file) => {
                        self.spawn(seq, job, file);
                        continue;
                    }
                    Prepared::Instead(outcome) => outcome,
                },
                Item::Skipped { path, reason } => Outcome::Skipped { path, reason },
                Item::Failed { label, failure } => Outcome::Failed { label, failure },
            };
            if self.tx.send((seq, outcome)).is_err() {
                return;
            }
        }
    }

    /// Names the job's output file, or says why the job is not to run.
    fn prepare(&mut self, mut job: Job) -> Prepared {
        let file = match (&self.output, &mut self.namer) {
            (Output::Stdout, _) => return Prepared::Run(job, None),
            (Output::File(path), _) => path.clone(),
            (Output::Dir(_), Some(namer)) => {
                // A record's output is named after its id: look into the line now.
                if let Body::JsonLine(line) = &job.body {
                    match open_line(&mut job.label, line) {
                        Ok(body) => job.body = body,
                        Err(failure) => return Prepared::Instead(Outcome::Failed { label: job.label, failure }),
                    }
                }
                namer.claim(&job.label)
            }
            (Output::Dir(_), None) => unreachable!("a folder output always has a namer"),
        };
        let Ok(meta) = std::fs::metadata(&file) else { return Prepared::Run(job, Some(file)) };
        if let Body::Path(input) = &job.body {
            if meta.is_file() && same_file(input, &file) {
                let failure = Failure::new(
                    Code::OutputIsInput,
                    format!("the output {} would overwrite this input; choose another folder", file.display()),
                );
                return Prepared::Instead(Outcome::Failed { label: job.label, failure });
            }
        }
        if self.skip_existing && meta.is_file() {
            let reason = format!("{} exists (--skip-existing)", file.display());
            return Prepared::Instead(Outcome::Skipped { path: job.label.display(), reason });
        }
        Prepared::Run(job, Some(file))
    }

    fn spawn(&self, seq: u64, job: Job, file: Option<PathBuf>) {
        let work = Arc::clone(&self.work);
        let tx = self.tx.clone();
        self.pool.spawn(move || {
            let label = job.label.clone();
            let done =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(job, &work))).unwrap_or_else(|_| {
                    Done {
                        label,
                        res: Err(Failure::new(
                            Code::Internal,
                            "newsbrief failed on this input (a bug; please report it)",
                        )),
                        note: None,
                    }
                });
            let _ = tx.send((seq, Outcome::Done { done, file }));
        });
    }
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::Record;

    #[test]
    fn error_lines_carry_the_code_the_message_and_the_fields() {
        let id = serde_json::value::RawValue::from_string("\"a1\"".into()).unwrap();
        let source = serde_json::value::RawValue::from_string("{\"feed\": \"x\"}".into()).unwrap();
        let article = serde_json::value::RawValue::from_string("1".into()).unwrap();
        let label = Label::Record(Record {
            source: "-".into(),
            line: 7,
            id: Some(id),
            fields: vec![("src".into(), source), ("article".into(), article)],
        });
        let line = error_line(&label, &Failure::new(Code::Empty, "no \"text\""));
        assert_eq!(
            String::from_utf8(line).unwrap(),
            "{\"id\":\"a1\",\"src\":{\"feed\": \"x\"},\"error\":{\"code\":\"empty\",\"message\":\"no \\\"text\\\"\",\"line\":7}}\n"
        );
        let label = Label::file("x/a.txt".into(), PathBuf::from("x/a.txt"));
        let line = error_line(&label, &Failure::new(Code::NotFound, "no such file"));
        assert_eq!(
            String::from_utf8(line).unwrap(),
            "{\"file\":\"x/a.txt\",\"error\":{\"code\":\"not_found\",\"message\":\"no such file\"}}\n"
        );
    }
}
