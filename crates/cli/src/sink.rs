//! The sink: where results go, written by one thread in input order.
//!
//! Standard output gets the results as they come (buffered, flushed whenever the pipeline
//! waits). Files are written atomically: a hidden temporary file in the same folder, then a
//! rename, so an interrupted run never leaves a half-written output under its final name.

use std::collections::HashSet;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::{self, BufWriter, StdoutLock, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use crate::job::Label;

/// Where the results go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// Standard output.
    Stdout,
    /// One file, for a single input.
    File(PathBuf),
    /// A folder with one file per input, named by [`Namer`].
    Dir(PathBuf),
}

/// A failed output: the run stops at once.
#[derive(Debug)]
pub struct OutputError {
    /// The output, as messages name it (`standard output`, `out/x/story.html`).
    pub output: String,
    pub err: io::Error,
}

impl OutputError {
    fn new(output: impl Into<String>, err: io::Error) -> OutputError {
        OutputError { output: output.into(), err }
    }

    /// Standard output was closed by the reader (`| head`): not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        self.err.kind() == io::ErrorKind::BrokenPipe
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write {}: {}", self.output, self.err)
    }
}

/// Writes results to standard output or to files.
pub struct Sink {
    stdout: BufWriter<StdoutLock<'static>>,
}

impl Default for Sink {
    /// A sink; standard output is only written when a result has no file.
    fn default() -> Sink {
        Sink { stdout: BufWriter::with_capacity(1 << 16, io::stdout().lock()) }
    }
}

impl Sink {
    /// Writes `bytes` to `file`, or to standard output when there is none.
    pub fn write(&mut self, file: Option<&Path>, bytes: &[u8]) -> Result<(), OutputError> {
        match file {
            Some(path) => write_atomic(path, bytes).map_err(|e| OutputError::new(path.display().to_string(), e)),
            None => self.stdout.write_all(bytes).map_err(|e| OutputError::new("standard output", e)),
        }
    }

    /// Flushes standard output.
    pub fn flush(&mut self) -> Result<(), OutputError> {
        self.stdout.flush().map_err(|e| OutputError::new("standard output", e))
    }
}

/// The temporary file being written, removed by the signal handler if the run is interrupted.
static TEMP: Mutex<Option<PathBuf>> = Mutex::new(None);

fn temp_slot() -> std::sync::MutexGuard<'static, Option<PathBuf>> {
    TEMP.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Writes `bytes` to `target` through a temporary file and a rename. An existing device or FIFO
/// (`/dev/full`, `/dev/stdout`) cannot be replaced and is written in place.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Ok(meta) = fs::metadata(target) {
        if meta.is_dir() {
            return Err(io::Error::new(io::ErrorKind::IsADirectory, "it is a folder"));
        }
        if !meta.is_file() {
            return fs::OpenOptions::new().write(true).open(target)?.write_all(bytes);
        }
    }
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = target.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    *temp_slot() = Some(temp.clone());
    let written = fs::File::create(&temp).and_then(|mut f| f.write_all(bytes));
    // Renamed (or removed) while holding the slot, so that an interrupt sees either the
    // temporary file or the finished output.
    let mut slot = temp_slot();
    let res = written.and_then(|()| fs::rename(&temp, target));
    if res.is_err() {
        let _ = fs::remove_file(&temp);
    }
    *slot = None;
    res
}

/// On SIGINT, SIGTERM or SIGHUP: remove the temporary file being written, then exit 128 + signal.
#[cfg(unix)]
pub fn clean_up_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let slot = temp_slot();
            if let Some(temp) = slot.as_ref() {
                let _ = fs::remove_file(temp);
            }
            std::process::exit(128 + signal);
        }
    });
}

#[cfg(not(unix))]
pub fn clean_up_on_signals() {}

/// Names the output file of each input inside the output folder: from its relative path
/// (`x/story.txt` → `x/story.html`), its record's id (`a1` → `a1.html`), its URL
/// (`https://news.example/2024/dam.html?p=2` → `news.example/2024/dam_p=2.html`), or for a WARC
/// record its archive and URL (`crawl.warc.gz` → `crawl/news.example/…`), never two inputs
/// onto one file. On a clash the later input keeps its extension (`x/story.md.html`), then
/// takes a number (`x/story.md~2.html`); names differing only in case count as a clash, so
/// that case-insensitive file systems lose nothing either. Claims are made in input order, so
/// the names are the same on every run.
pub struct Namer {
    dir: PathBuf,
    ext: &'static str,
    /// Hashes of the lowercased names given so far (8 bytes an output).
    claimed: HashSet<u64>,
}

impl Namer {
    /// Names files `*.{ext}` in `dir`.
    pub fn new(dir: PathBuf, ext: &'static str) -> Namer {
        Namer { dir, ext, claimed: HashSet::new() }
    }

    /// The output file of the input `label`, unique among those claimed so far.
    pub fn claim(&mut self, label: &Label) -> PathBuf {
        let (base, first) = match label {
            Label::File { rel, .. } => {
                let base = if rel.as_os_str().is_empty() { PathBuf::from("_") } else { rel.clone() };
                let first = base.extension().map(|_| base.with_extension(self.ext));
                (base, first)
            }
            Label::Record(r) => (id_path(r.id.as_deref().map_or("", |id| id.get())), None),
            Label::Url(url) => (url_path(url), None),
            Label::Warc(w) => {
                let within = w.uri.as_deref().map_or_else(|| PathBuf::from(format!("record-{}", w.index)), url_path);
                (archive_dir(&w.rel).join(within), None)
            }
        };
        let candidates = first
            .into_iter()
            .chain(std::iter::once(with_suffix(&base, &format!(".{}", self.ext))))
            .chain((2..).map(|n| with_suffix(&base, &format!("~{n}.{}", self.ext))));
        for rel in candidates {
            let mut h = std::hash::DefaultHasher::new();
            rel.to_string_lossy().to_lowercase().hash(&mut h);
            if self.claimed.insert(h.finish()) {
                return self.dir.join(rel);
            }
        }
        unreachable!("the numbered names never run out")
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// A record's id (raw JSON: a string or a number) as a relative path inside the output folder:
/// `/` separates folders; empty, `.` and `..` parts and control characters cannot escape it.
fn id_path(raw: &str) -> PathBuf {
    let id: String = serde_json::from_str(raw).unwrap_or_else(|_| raw.to_owned());
    let mut res = PathBuf::new();
    for part in id.split(['/', '\\']) {
        push_part(&mut res, part);
    }
    if res.as_os_str().is_empty() {
        res.push("_");
    }
    res
}

/// Adds one part of an id or URL path to `path`, made safe: control characters and the
/// characters file systems refuse become `_`, `..` becomes `_..`, an empty part or `.` is
/// dropped, and a long part is cut to 200 bytes.
fn push_part(path: &mut PathBuf, part: &str) {
    let unsafe_char = |c: char| c.is_control() || matches!(c, ':' | '\\' | '/' | '<' | '>' | '"' | '|' | '?' | '*');
    let mut part: String = part.chars().map(|c| if unsafe_char(c) { '_' } else { c }).collect();
    if part.len() > 200 {
        let mut end = 200;
        while !part.is_char_boundary(end) {
            end -= 1;
        }
        part.truncate(end);
    }
    match part.as_str() {
        "" | "." => {}
        ".." => path.push("_.."),
        _ => path.push(part),
    }
}

/// A page's URL as a relative path: the host (lowercased; a port after `_`), then the path's
/// parts, the last one without a page extension (`.html`, `.php`, …) and with the query after
/// `_`; `index` for a path that ends in `/`. User names, passwords and fragments are left out.
fn url_path(url: &str) -> PathBuf {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.split('#').next().unwrap_or_default();
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = authority.rsplit('@').next().unwrap_or_default().to_lowercase();
    let mut res = PathBuf::new();
    push_part(&mut res, &host);
    if res.as_os_str().is_empty() {
        res.push("_");
    }
    let mut parts: Vec<&str> = path.split(['/', '\\']).collect();
    let last = parts.pop().unwrap_or_default();
    for part in parts {
        push_part(&mut res, part);
    }
    let stem = PAGE_EXTENSIONS
        .iter()
        .find_map(|ext| {
            let cut = last.len().checked_sub(ext.len())?;
            (cut > 0 && last.is_char_boundary(cut) && last[cut..].eq_ignore_ascii_case(ext)).then(|| &last[..cut])
        })
        .unwrap_or(last);
    let mut last = if matches!(stem, "" | "." | "..") { format!("index{stem}") } else { stem.to_owned() };
    if !query.is_empty() {
        last.push('_');
        last.push_str(query);
    }
    push_part(&mut res, &last);
    res
}

/// Extensions of page URLs that an output name does without.
const PAGE_EXTENSIONS: &[&str] = &[".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"];

/// The folder of a WARC archive's outputs: its relative path without `.warc` or `.warc.gz`.
fn archive_dir(rel: &Path) -> PathBuf {
    let name = rel.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let lower = name.to_ascii_lowercase();
    let stem =
        [".warc.gz", ".warc"].iter().find_map(|ext| lower.ends_with(ext).then(|| &name[..name.len() - ext.len()]));
    let stem = stem.filter(|s| !s.is_empty()).unwrap_or(&name);
    let mut res = rel.parent().map(Path::to_path_buf).unwrap_or_default();
    push_part(&mut res, if stem.is_empty() { "_" } else { stem });
    res
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::Record;

    fn file(rel: &str) -> Label {
        Label::file(rel.to_owned(), PathBuf::from(rel))
    }

    fn record(id: &str) -> Label {
        let id = serde_json::value::RawValue::from_string(id.to_owned()).unwrap();
        Label::Record(Record { source: "-".into(), line: 1, id: Some(id), fields: Vec::new() })
    }

    #[test]
    fn clashing_names_keep_their_extension_then_take_a_number() {
        let mut n = Namer::new(PathBuf::from("out"), "html");
        let got: Vec<_> = ["x/story.txt", "x/story.md", "y/story.txt", "x/Story.TXT", "x/story.md", "notes"]
            .iter()
            .map(|rel| n.claim(&file(rel)))
            .collect();
        let want = [
            "out/x/story.html",
            "out/x/story.md.html",
            "out/y/story.html",
            "out/x/Story.TXT.html",
            "out/x/story.md~2.html",
            "out/notes.html",
        ];
        assert_eq!(got, want.iter().map(PathBuf::from).collect::<Vec<_>>());
    }

    #[test]
    fn urls_name_files_by_host_and_path_inside_the_folder() {
        let mut n = Namer::new(PathBuf::from("out"), "json");
        let mut claim = |url: &str| n.claim(&Label::Url(url.to_owned()));
        assert_eq!(claim("https://News.Example/2024/05/dam.html"), Path::new("out/news.example/2024/05/dam.json"));
        assert_eq!(claim("https://news.example/2024/05/dam.HTM#top"), Path::new("out/news.example/2024/05/dam~2.json"));
        assert_eq!(claim("http://news.example:8080/"), Path::new("out/news.example_8080/index.json"));
        assert_eq!(claim("https://news.example"), Path::new("out/news.example/index.json"));
        assert_eq!(claim("https://news.example/story.php?id=5&p=2"), Path::new("out/news.example/story_id=5&p=2.json"));
        assert_eq!(
            claim("https://news.example/a/../../../etc/passwd"),
            Path::new("out/news.example/a/_../_../_../etc/passwd.json")
        );
        assert_eq!(claim("https://user:secret@news.example/x"), Path::new("out/news.example/x.json"));
        assert_eq!(claim("https://news.example/q?a/../../b"), Path::new("out/news.example/q_a_.._.._b.json"));
        assert_eq!(claim("https://news.example/.html"), Path::new("out/news.example/.html.json"));
    }

    #[test]
    fn warc_records_are_named_under_their_archive() {
        let mut n = Namer::new(PathBuf::from("out"), "json");
        let mut claim = |rel: &str, index: u64, uri: Option<&str>| {
            let w = crate::job::WarcRecord {
                source: rel.to_owned(),
                rel: PathBuf::from(rel),
                index,
                uri: uri.map(str::to_owned),
            };
            n.claim(&Label::Warc(w))
        };
        assert_eq!(
            claim("x/crawl.warc.gz", 1, Some("https://news.example/a.html")),
            Path::new("out/x/crawl/news.example/a.json")
        );
        assert_eq!(
            claim("x/crawl.warc.gz", 2, Some("https://news.example/a.html")),
            Path::new("out/x/crawl/news.example/a~2.json")
        );
        assert_eq!(claim("CRAWL.WARC", 3, None), Path::new("out/CRAWL/record-3.json"));
        assert_eq!(claim(".warc", 4, None), Path::new("out/.warc/record-4.json"));
    }

    #[test]
    fn ids_stay_inside_the_folder() {
        let mut n = Namer::new(PathBuf::from("out"), "json");
        assert_eq!(n.claim(&record(r#""../../etc/passwd""#)), Path::new("out/_../_../etc/passwd.json"));
        assert_eq!(n.claim(&record(r#""/abs/a1""#)), Path::new("out/abs/a1.json"));
        assert_eq!(n.claim(&record("42")), Path::new("out/42.json"));
        assert_eq!(n.claim(&record("42")), Path::new("out/42~2.json"));
        assert_eq!(n.claim(&record(r#""""#)), Path::new("out/_.json"));
    }
}
