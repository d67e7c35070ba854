//! Sources: the command line's inputs as one stream of [`Item`]s, in input order.
//!
//! An input is a file (an article or a saved web page), a folder (walked recursively, sorted by
//! name), `-` (standard input), a WARC archive (one item per HTML response), or with `--jsonl` a
//! stream of JSON lines. `--files-from` adds one input a line, `--url` one page to download.
//! Everything is lazy: ten million paths or records are never held at once. A new kind of input
//! is one more arm in `expand` yielding its own items.

use std::io::{BufRead, BufReader, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use newsbrief_extract::warc::{self, WarcError};
use newsbrief_parser::Date;

use crate::input;
use crate::job::{Body, Code, Failure, Item, Job, Label, PageBytes, Record, WarcRecord};

/// How inputs become items.
#[derive(Clone, Debug)]
pub struct SourceConfig {
    /// The inputs are JSON-lines streams (`--jsonl`).
    pub jsonl: bool,
    /// Which files of a folder are articles.
    pub exts: Exts,
    /// The longest text accepted, in bytes (`--max-bytes`).
    pub max_bytes: u64,
    /// Bytes of the streams (`--jsonl` inputs, WARC archives and the `--files-from` list) read
    /// so far.
    pub consumed: Arc<AtomicU64>,
}

/// The extensions of article files inside folders, compared case-insensitively.
#[derive(Clone, Debug)]
pub struct Exts {
    /// Lowercased, without the dot; an empty entry stands for files with no extension.
    list: Vec<String>,
    /// `*`: every regular file.
    all: bool,
}

impl Exts {
    /// From `--ext` entries: `txt`, `.MD`, `` (no extension) or `*` (everything).
    pub fn new<S: AsRef<str>>(entries: &[S]) -> Exts {
        let list: Vec<String> =
            entries.iter().map(|e| e.as_ref().trim().trim_start_matches('.').to_lowercase()).collect();
        Exts { all: list.iter().any(|e| e == "*"), list }
    }

    /// Whether the file at `path` is an article by its extension (an entry with a dot inside,
    /// such as `warc.gz`, matches the end of the name).
    pub fn matches(&self, path: &Path) -> bool {
        let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
        let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        let dotted = |e: &String| e.contains('.') && name.strip_suffix(e.as_str()).is_some_and(|s| s.ends_with('.'));
        self.all || self.list.contains(&ext) || self.list.iter().any(dotted)
    }

    /// The list as `--ext` would take it, for messages.
    pub fn describe(&self) -> String {
        self.list.iter().map(|e| if e.is_empty() { "(none)" } else { e }).collect::<Vec<_>>().join(", ")
    }
}

/// The items of all inputs: those named on the command line, then those listed in
/// `files_from`, then the pages at `urls`.
pub fn items(
    inputs: Vec<PathBuf>,
    files_from: Option<PathBuf>,
    urls: Vec<String>,
    config: SourceConfig,
) -> impl Iterator<Item = Item> + Send + 'static {
    let listed = files_from.into_iter().flat_map({
        let consumed = Arc::clone(&config.consumed);
        move |list| list_file(list, Arc::clone(&consumed))
    });
    let pages = urls.into_iter().map(|url| Item::Job(Job { label: Label::Url(url.clone()), body: Body::Url(url) }));
    inputs
        .into_iter()
        .map(Ok)
        .chain(listed)
        .flat_map(move |entry| match entry {
            Ok(path) => expand(path, &config),
            Err(item) => Box::new(std::iter::once(item)),
        })
        .chain(pages)
}

/// The number of items `inputs` make (a file one; a folder one for each file in it, skipped
/// or not), for the progress bar; 0 (not known) when a WARC archive is among them.
pub fn count(inputs: &[PathBuf], exts: &Exts) -> u64 {
    let mut n = 0;
    for path in inputs {
        if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            for item in Walk::new(path.clone(), String::new(), PathBuf::new(), exts.clone()) {
                if matches!(&item, Item::Job(Job { body: Body::Path(p), .. }) if is_warc(p)) {
                    return 0;
                }
                n += 1;
            }
        } else if is_warc(path) {
            return 0;
        } else {
            n += 1;
        }
    }
    n
}

/// Whether `path` names a WARC archive: `.warc` or `.warc.gz`, in any case.
pub fn is_warc(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

type Items = Box<dyn Iterator<Item = Item> + Send>;

/// One input's items.
fn expand(path: PathBuf, config: &SourceConfig) -> Items {
    let display = path.to_string_lossy().into_owned();
    if config.jsonl {
        return Box::new(JsonLines::new(path, display, config));
    }
    if path.as_os_str() == "-" {
        let label = Label::file(display, PathBuf::from("stdin"));
        let item = match input::read_stdin(config.max_bytes) {
            Ok(bytes) => Item::Job(Job { label, body: Body::Bytes(bytes) }),
            Err(failure) => Item::Failed { label, failure },
        };
        return Box::new(std::iter::once(item));
    }
    let rel = relative(&path);
    if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        let config = config.clone();
        let walk = Walk::new(path, display, rel, config.exts.clone());
        return Box::new(walk.flat_map(move |item| -> Items {
            match item {
                Item::Job(Job { label: Label::File { path: display, rel }, body: Body::Path(path) })
                    if is_warc(&path) =>
                {
                    Box::new(Archive::new(&path, display, rel, &config))
                }
                item => Box::new(std::iter::once(item)),
            }
        }));
    }
    if is_warc(&path) {
        return Box::new(Archive::new(&path, display, rel, config));
    }
    // Read by the worker, which says what is wrong with it if anything is.
    Box::new(std::iter::once(Item::Job(Job { label: Label::file(display, rel), body: Body::Path(path) })))
}

/// The HTML responses of a WARC archive, one job each in record order. A response with an
/// error status is skipped; an oversized page is one failure and reading goes on; a broken
/// archive fails where it breaks.
struct Archive {
    pages: Option<warc::Pages<Box<dyn BufRead + Send>>>,
    /// A failure to open the archive, reported as its only item.
    failed: Option<Item>,
    source: String,
    rel: PathBuf,
    /// HTML responses so far.
    index: u64,
}

impl Archive {
    fn new(path: &Path, source: String, rel: PathBuf, config: &SourceConfig) -> Archive {
        let consumed = Arc::clone(&config.consumed);
        let opened = input::open_file(path).and_then(|file| {
            warc::Records::from_read(Counted { inner: file, consumed })
                .map_err(|e| Failure::new(Code::Unreadable, format!("cannot read the file: {e}")))
        });
        let (pages, failed) = match opened {
            Ok(records) => (Some(records.max_payload(config.max_bytes).pages()), None),
            Err(failure) => (None, Some(Item::Failed { label: Label::file(source.clone(), rel.clone()), failure })),
        };
        Archive { pages, failed, source, rel, index: 0 }
    }

    fn record(&self, uri: Option<String>) -> Label {
        Label::Warc(WarcRecord { source: self.source.clone(), rel: self.rel.clone(), index: self.index, uri })
    }
}

impl Iterator for Archive {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(item) = self.failed.take() {
            return Some(item);
        }
        let res = self.pages.as_mut()?.next();
        match res {
            Some(Ok(page)) => {
                self.index += 1;
                let label = self.record(page.url.clone());
                if page.status >= 300 {
                    let reason = format!("HTTP status {}, not a page", page.status);
                    return Some(Item::Skipped { path: label.display(), reason });
                }
                let crawled = page.date.as_deref().and_then(|d| Date::parse_iso(d.get(..10)?));
                let body =
                    PageBytes { html: page.html, url: page.url, content_type: page.content_type, date: None, crawled };
                Some(Item::Job(Job { label, body: Body::Page(body) }))
            }
            Some(Err(WarcError::TooLarge { uri, size, limit })) => {
                self.index += 1;
                let message =
                    format!("the page is {size} bytes, over the limit of {limit} (raise it with --max-bytes)");
                Some(Item::Failed { label: self.record(Some(uri)), failure: Failure::new(Code::TooLarge, message) })
            }
            Some(Err(err)) => {
                self.pages = None;
                let label = Label::file(self.source.clone(), self.rel.clone());
                Some(Item::Failed { label, failure: Failure::new(Code::InvalidWarc, err.to_string()) })
            }
            None => {
                self.pages = None;
                let failure = Failure::new(Code::NoArticles, "is a WARC archive with no HTML responses");
                (self.index == 0)
                    .then(|| Item::Failed { label: Label::file(self.source.clone(), self.rel.clone()), failure })
            }
        }
    }
}

/// A reader that adds the bytes it reads to a counter (for the progress bar).
struct Counted<R> {
    inner: R,
    consumed: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.consumed.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The relative path an input's outputs are named after: the path as given without `.` and
/// `..` parts, or only its last part when it is absolute or climbs out with `..`.
fn relative(path: &Path) -> PathBuf {
    if path.is_absolute() || path.components().any(|c| c == Component::ParentDir) {
        return path.file_name().map(PathBuf::from).unwrap_or_default();
    }
    path.components().filter(|c| matches!(c, Component::Normal(_))).collect()
}

/// The paths listed one a line in a file or on standard input (`--files-from`).
fn list_file(list: PathBuf, consumed: Arc<AtomicU64>) -> Box<dyn Iterator<Item = Result<PathBuf, Item>> + Send> {
    let display = list.to_string_lossy().into_owned();
    let reader: Box<dyn Read + Send> = if list.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        match input::open_file(&list) {
            Ok(f) => Box::new(f),
            Err(failure) => {
                let failure = Failure::new(failure.code, format!("the --files-from list: {failure}"));
                return Box::new(std::iter::once(Err(Item::Failed { label: Label::file(display, list), failure })));
            }
        }
    };
    let mut reader = BufReader::new(reader);
    let mut failed = false;
    Box::new(std::iter::from_fn(move || {
        let mut line = Vec::new();
        loop {
            if failed {
                return None;
            }
            line.clear();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => return None,
                Ok(n) => consumed.fetch_add(n as u64, Ordering::Relaxed),
                Err(e) => {
                    failed = true;
                    let failure = Failure::new(Code::Unreadable, format!("cannot read the --files-from list: {e}"));
                    return Some(Err(Item::Failed { label: Label::file(display.clone(), PathBuf::new()), failure }));
                }
            };
            while line.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                line.pop();
            }
            if !line.is_empty() {
                return Some(Ok(path_from_bytes(std::mem::take(&mut line))));
            }
        }
    }))
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// A folder's files, recursively and sorted by name; what is not an article is skipped and
/// counted, and a folder with no article at all is a failure.
struct Walk {
    it: walkdir::IntoIter,
    root: PathBuf,
    display: String,
    rel: PathBuf,
    exts: Exts,
    n_found: usize,
    n_skipped: usize,
    finished: bool,
}

impl Walk {
    fn new(root: PathBuf, display: String, rel: PathBuf, exts: Exts) -> Walk {
        let it = walkdir::WalkDir::new(&root).follow_links(true).min_depth(1).sort_by_file_name().into_iter();
        Walk { it, root, display, rel, exts, n_found: 0, n_skipped: 0, finished: false }
    }

    fn skip(&mut self, path: &Path, reason: String) -> Item {
        self.n_skipped += 1;
        Item::Skipped { path: path.to_string_lossy().into_owned(), reason }
    }
}

impl Iterator for Walk {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let entry = match self.it.next() {
                Some(Ok(entry)) => entry,
                Some(Err(err)) => {
                    let path = err.path().map(Path::to_path_buf).unwrap_or_else(|| self.root.clone());
                    if err.loop_ancestor().is_some() {
                        return Some(self.skip(&path, "symbolic link loop".into()));
                    }
                    if err.io_error().is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
                        && path.symlink_metadata().is_ok()
                    {
                        return Some(self.skip(&path, "dangling symbolic link".into()));
                    }
                    self.n_found += 1;
                    let failure = Failure::new(Code::Unreadable, format!("cannot read: {err}"));
                    let label = Label::file(path.to_string_lossy().into_owned(), PathBuf::new());
                    return Some(Item::Failed { label, failure });
                }
                None if self.finished || self.n_found > 0 => return None,
                None => {
                    self.finished = true;
                    let failure = Failure::new(
                        Code::NoArticles,
                        format!(
                            "is a folder with no article files ({} other files skipped; articles end in {}, \
                             choose with --ext)",
                            self.n_skipped,
                            self.exts.describe()
                        ),
                    );
                    return Some(Item::Failed { label: Label::file(self.display.clone(), self.rel.clone()), failure });
                }
            };
            let ft = entry.file_type();
            if ft.is_dir() {
                continue;
            }
            if !ft.is_file() {
                let kind = entry.metadata().map_or("not a regular file", |m| input::kind_of(&m));
                return Some(self.skip(entry.path(), kind.to_owned()));
            }
            if !self.exts.matches(entry.path()) {
                let reason = format!("extension not in --ext ({})", self.exts.describe());
                return Some(self.skip(entry.path(), reason));
            }
            self.n_found += 1;
            let path = entry.into_path();
            let rel = self.rel.join(path.strip_prefix(&self.root).unwrap_or(&path));
            let label = Label::file(path.to_string_lossy().into_owned(), rel);
            return Some(Item::Job(Job { label, body: Body::Path(path) }));
        }
    }
}

/// The records of a JSON-lines stream, one job a line; blank lines are passed over.
struct JsonLines {
    reader: Option<Box<dyn BufRead + Send>>,
    /// A failure to open the stream, reported as its only item.
    failed: Option<Item>,
    display: String,
    line: u64,
    max_line: usize,
    consumed: Arc<AtomicU64>,
}

impl JsonLines {
    fn new(path: PathBuf, display: String, config: &SourceConfig) -> JsonLines {
        let (reader, failed): (Option<Box<dyn BufRead + Send>>, _) = if path.as_os_str() == "-" {
            (Some(Box::new(BufReader::with_capacity(1 << 20, std::io::stdin()))), None)
        } else {
            match input::open_file(&path) {
                Ok(f) => (Some(Box::new(BufReader::with_capacity(1 << 20, f))), None),
                Err(failure) => {
                    (None, Some(Item::Failed { label: Label::file(display.clone(), PathBuf::new()), failure }))
                }
            }
        };
        // A line holds the text JSON-escaped: allow for escapes beyond the text limit.
        let max_line =
            usize::try_from(config.max_bytes.saturating_mul(2).saturating_add(1 << 20)).unwrap_or(usize::MAX);
        JsonLines { reader, failed, display, line: 0, max_line, consumed: Arc::clone(&config.consumed) }
    }

    fn record(&self) -> Record {
        Record { source: self.display.clone(), line: self.line, id: None, fields: Vec::new() }
    }
}

impl Iterator for JsonLines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(item) = self.failed.take() {
            return Some(item);
        }
        loop {
            let reader = self.reader.as_mut()?;
            let mut line = Vec::new();
            let res = read_line(reader, &mut line, self.max_line);
            self.line += 1;
            let failure = match res {
                Ok(Line::End) => return None,
                Ok(Line::Whole(n)) => {
                    self.consumed.fetch_add(n as u64, Ordering::Relaxed);
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Item::Job(Job { label: Label::Record(self.record()), body: Body::JsonLine(line) }));
                }
                Ok(Line::TooLong(n)) => {
                    self.consumed.fetch_add(n as u64, Ordering::Relaxed);
                    Failure::new(
                        Code::TooLarge,
                        format!("line is over {} bytes (raise it with --max-bytes)", self.max_line),
                    )
                }
                Err(e) => {
                    self.reader = None;
                    Failure::new(Code::Unreadable, format!("cannot read: {e}"))
                }
            };
            return Some(Item::Failed { label: Label::Record(self.record()), failure });
        }
    }
}

enum Line {
    End,
    Whole(usize),
    TooLong(usize),
}

/// Reads one line into `buf` (without its newline) unless it is longer than `max`, in which
/// case the line is passed over and `buf` is left empty.
fn read_line(reader: &mut (impl BufRead + ?Sized), buf: &mut Vec<u8>, max: usize) -> std::io::Result<Line> {
    let mut n_read = 0;
    let mut too_long = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(match (n_read, too_long) {
                (0, _) => Line::End,
                (n, true) => Line::TooLong(n),
                (n, false) => Line::Whole(n),
            });
        }
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            let part = if done { &chunk[..take - 1] } else { &chunk[..take] };
            if buf.len() + part.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        reader.consume(take);
        n_read += take;
        if done {
            return Ok(if too_long { Line::TooLong(n_read) } else { Line::Whole(n_read) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_match_case_insensitively() {
        let exts = Exts::new(&["txt", ".MD", ""]);
        assert!(exts.matches(Path::new("a/B.TXT")));
        assert!(exts.matches(Path::new("notes.Md")));
        assert!(exts.matches(Path::new("README")));
        assert!(!exts.matches(Path::new("data.csv")));
        assert!(Exts::new(&["*"]).matches(Path::new("data.csv")));
        let pages = Exts::new(&["html", "warc.gz"]);
        assert!(pages.matches(Path::new("crawl/CC-NEWS-1.WARC.GZ")));
        assert!(pages.matches(Path::new("saved/page.HTML")));
        assert!(!pages.matches(Path::new("notes.gz")));
        assert!(!pages.matches(Path::new("warc.gz")));
    }

    #[test]
    fn outputs_are_named_inside_the_folder() {
        assert_eq!(relative(Path::new("x/./story.txt")), Path::new("x/story.txt"));
        assert_eq!(relative(Path::new("/srv/feeds/x")), Path::new("x"));
        assert_eq!(relative(Path::new("../up/story.txt")), Path::new("story.txt"));
        assert_eq!(relative(Path::new(".")), Path::new(""));
    }

    #[test]
    fn long_lines_are_passed_over_whole() {
        let mut r = std::io::Cursor::new(b"short\nfar too long a line\nok".to_vec());
        let mut buf = Vec::new();
        assert!(matches!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Whole(6)));
        assert_eq!(buf, b"short");
        buf.clear();
        assert!(matches!(read_line(&mut r, &mut buf, 8).unwrap(), Line::TooLong(20)));
        assert!(buf.is_empty());
        assert!(matches!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Whole(2)));
        assert_eq!(buf, b"ok");
        buf.clear();
        assert!(matches!(read_line(&mut r, &mut buf, 8).unwrap(), Line::End));
    }
}
