//! WARC archives (`.warc`, `.warc.gz`), read as a stream of records.
//!
//! A crawl archive can be gigabytes; [`Records`] holds one record at a time, and
//! [`Records::pages`] holds only the HTML responses, skipping every other record's bytes
//! unread into memory. A `.warc.gz` is a series of gzip members (one per record), read as one
//! stream.
//!
//! ```
//! use newsbrief_extract::warc::Records;
//! let warc = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\n\
//! Content-Type: application/http; msgtype=response\r\nContent-Length: 80\r\n\r\n\
//! HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Hi.</p></body></html>\r\n\r\n";
//! let pages: Vec<_> = Records::new(&warc[..]).pages().collect::<Result<_, _>>().unwrap();
//! assert_eq!(pages[0].url.as_deref(), Some("https://news.example/a"));
//! assert!(pages[0].html.ends_with(b"</html>"));
//! ```

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// Default limit on one HTML payload (larger ones are reported and skipped).
pub const DEFAULT_MAX_PAYLOAD: u64 = 16 << 20;

/// Most bytes of WARC or HTTP headers read for one record.
const MAX_HEAD: usize = 64 << 10;

/// A problem in a WARC file.
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    /// Reading or decompressing failed.
    #[error("reading the WARC file: {0}")]
    Io(#[from] io::Error),
    /// The bytes are not a WARC record where one should start.
    #[error("not a WARC record at byte {offset}: {problem}")]
    Format {
        /// Offset in the (decompressed) stream.
        offset: u64,
        /// What was wrong.
        problem: String,
    },
    /// The file ends inside a record.
    #[error("the WARC file ends inside a record (at byte {offset})")]
    Truncated {
        /// Offset in the (decompressed) stream.
        offset: u64,
    },
    /// An HTML payload over the size limit; the record was skipped and reading goes on.
    #[error("the page {uri} is {size} bytes, over the limit of {limit}")]
    TooLarge {
        /// `WARC-Target-URI` of the record.
        uri: String,
        /// Its size in bytes.
        size: u64,
        /// The limit.
        limit: u64,
    },
}

/// Header names and values, in order.
type Headers = Vec<(String, String)>;

/// One WARC record: its headers and its content block.
#[derive(Clone, Debug)]
pub struct Record {
    /// Header names and values, in order.
    pub headers: Vec<(String, String)>,
    /// The content block (for a `response`, the HTTP response with its headers).
    pub block: Vec<u8>,
}

impl Record {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

/// An HTML page found in a `response` record.
#[derive(Clone, Debug)]
pub struct HtmlPage {
    /// `WARC-Target-URI`.
    pub url: Option<String>,
    /// `WARC-Date`.
    pub date: Option<String>,
    /// The HTTP `Content-Type` (its charset is a decoding hint).
    pub content_type: Option<String>,
    /// The HTTP status code.
    pub status: u16,
    /// The payload: the page's bytes, de-chunked and decompressed.
    pub html: Vec<u8>,
}

/// The records of a WARC stream.
pub struct Records<R> {
    reader: R,
    offset: u64,
    max_payload: u64,
    failed: bool,
}

impl Records<Box<dyn BufRead + Send>> {
    /// Opens a `.warc` or `.warc.gz` file (gzip is recognized by its magic bytes).
    ///
    /// # Errors
    /// When the file cannot be opened or read.
    pub fn open(path: &Path) -> io::Result<Self> {
        Self::from_read(File::open(path)?)
    }

    /// Reads a WARC stream, gzip-compressed or not (recognized by its magic bytes), from any
    /// reader: a file wrapped to count its bytes, a pipe, a socket.
    ///
    /// # Errors
    /// When the first bytes cannot be read.
    pub fn from_read(reader: impl Read + Send + 'static) -> io::Result<Self> {
        let mut f = BufReader::with_capacity(1 << 16, reader);
        let gz = f.fill_buf()?.starts_with(&[0x1F, 0x8B]);
        let reader: Box<dyn BufRead + Send> = if gz {
            Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(f)))
        } else {
            Box::new(f)
        };
        Ok(Records::new(reader))
    }
}

impl<R: BufRead> Records<R> {
    /// Reads records from `reader` (already decompressed).
    pub fn new(reader: R) -> Self {
        Records { reader, offset: 0, max_payload: DEFAULT_MAX_PAYLOAD, failed: false }
    }

    /// Sets the limit on one record's block or one HTML payload.
    #[must_use]
    pub fn max_payload(mut self, bytes: u64) -> Self {
        self.max_payload = bytes;
        self
    }

    /// Only the HTML responses, as pages; other records are skipped without being buffered.
    pub fn pages(self) -> Pages<R> {
        Pages { records: self }
    }

    /// The next record's headers and block length, or `None` at the end.
    fn head(&mut self) -> Result<Option<(Headers, u64)>, WarcError> {
        // Blank lines between records (the `\r\n\r\n` after a block) are skipped.
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = (&mut self.reader).take(MAX_HEAD as u64).read_until(b'\n', &mut line)?;
            if n == 0 {
                return Ok(None);
            }
            self.offset += n as u64;
            if !line.trim_ascii().is_empty() {
                break;
            }
        }
        let start = self.offset - line.len() as u64;
        if !line.starts_with(b"WARC/") {
            return Err(WarcError::Format { offset: start, problem: "expected a `WARC/1.x` version line".into() });
        }
        let mut headers = Vec::new();
        let mut size = 0usize;
        loop {
            line.clear();
            let n = (&mut self.reader).take(MAX_HEAD as u64).read_until(b'\n', &mut line)?;
            self.offset += n as u64;
            size += n;
            if n == 0 {
                return Err(WarcError::Truncated { offset: self.offset });
            }
            if size > MAX_HEAD {
                return Err(WarcError::Format { offset: start, problem: "headers over 64 KiB".into() });
            }
            let l = String::from_utf8_lossy(line.trim_ascii());
            if l.is_empty() {
                break;
            }
            match l.split_once(':') {
                Some((k, v)) => headers.push((k.trim().to_owned(), v.trim().to_owned())),
                None => return Err(WarcError::Format { offset: start, problem: format!("bad header line {l:?}") }),
            }
        }
        let len = header(&headers, "Content-Length")
            .and_then(|v| v.parse::<u64>().ok())
            .ok_or_else(|| WarcError::Format { offset: start, problem: "no valid Content-Length".into() })?;
        Ok(Some((headers, len)))
    }

    /// Reads `len` bytes of the block into `buf`.
    fn read(&mut self, len: u64, buf: &mut Vec<u8>) -> Result<(), WarcError> {
        let n = (&mut self.reader).take(len).read_to_end(buf)? as u64;
        self.offset += n;
        if n < len {
            return Err(WarcError::Truncated { offset: self.offset });
        }
        Ok(())
    }

    /// Skips `len` bytes of the block.
    fn skip(&mut self, len: u64) -> Result<(), WarcError> {
        let n = io::copy(&mut (&mut self.reader).take(len), &mut io::sink())?;
        self.offset += n;
        if n < len {
            return Err(WarcError::Truncated { offset: self.offset });
        }
        Ok(())
    }

    fn next_record(&mut self) -> Result<Option<Record>, WarcError> {
        let Some((headers, len)) = self.head()? else { return Ok(None) };
        if len > self.max_payload {
            self.skip(len)?;
            let uri = header(&headers, "WARC-Target-URI").unwrap_or("(no target URI)").to_owned();
            return Err(WarcError::TooLarge { uri, size: len, limit: self.max_payload });
        }
        let mut block = Vec::with_capacity(len as usize);
        self.read(len, &mut block)?;
        Ok(Some(Record { headers, block }))
    }

    fn next_page(&mut self) -> Result<Option<HtmlPage>, WarcError> {
        loop {
            let Some((headers, len)) = self.head()? else { return Ok(None) };
            let is_response = header(&headers, "WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response"))
                && header(&headers, "Content-Type")
                    .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/http"));
            if !is_response {
                self.skip(len)?;
                continue;
            }
            // The HTTP head first: only an HTML response is read further.
            let mut block = Vec::new();
            let mut http_head_len = None;
            while http_head_len.is_none() && (block.len() as u64) < len && block.len() < MAX_HEAD {
                let want = (len - block.len() as u64).min(4096);
                self.read(want, &mut block)?;
                http_head_len =
                    find(&block, b"\r\n\r\n").map(|k| k + 4).or_else(|| find(&block, b"\n\n").map(|k| k + 2));
            }
            let Some(head_len) = http_head_len else {
                self.skip(len - block.len() as u64)?;
                continue;
            };
            let (status, http_headers) = http_head(&block[..head_len]);
            let content_type = header(&http_headers, "Content-Type").map(str::to_owned);
            let html = content_type.as_deref().is_some_and(|t| {
                let t = t.trim_start().to_ascii_lowercase();
                t.starts_with("text/html") || t.starts_with("application/xhtml+xml")
            });
            if !html {
                self.skip(len - block.len() as u64)?;
                continue;
            }
            let url = header(&headers, "WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_owned());
            if len - head_len as u64 > self.max_payload {
                self.skip(len - block.len() as u64)?;
                let uri = url.unwrap_or_else(|| "(no target URI)".into());
                return Err(WarcError::TooLarge { uri, size: len - head_len as u64, limit: self.max_payload });
            }
            self.read(len - block.len() as u64, &mut block)?;
            let body = decode_body(&block[head_len..], &http_headers, self.max_payload)?;
            return Ok(Some(HtmlPage {
                url,
                date: header(&headers, "WARC-Date").map(str::to_owned),
                content_type,
                status,
                html: body,
            }));
        }
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.step(Self::next_record)
    }
}

/// The HTML responses of a WARC stream.
pub struct Pages<R> {
    records: Records<R>,
}

impl<R: BufRead> Iterator for Pages<R> {
    type Item = Result<HtmlPage, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.records.step(Records::next_page)
    }
}

impl<R> Records<R> {
    /// One iteration step. After an error that leaves the stream out of step, iteration ends;
    /// an oversized record was skipped whole, so reading goes on after it.
    fn step<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<Option<T>, WarcError>) -> Option<Result<T, WarcError>> {
        if self.failed {
            return None;
        }
        match f(self) {
            Ok(x) => x.map(Ok),
            Err(e) => {
                self.failed = !matches!(e, WarcError::TooLarge { .. });
                Some(Err(e))
            }
        }
    }
}

fn header<'a>(headers: &'a [(impl AsRef<str>, impl AsRef<str>)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.as_ref().eq_ignore_ascii_case(name)).map(|(_, v)| v.as_ref())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The status code and headers of an HTTP response head.
fn http_head(head: &[u8]) -> (u16, Vec<(String, String)>) {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.lines();
    let status = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap_or(0);
    let headers =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned())).collect();
    (status, headers)
}

/// The payload as sent: de-chunked and gunzipped when the headers say so.
fn decode_body(body: &[u8], headers: &[(String, String)], limit: u64) -> Result<Vec<u8>, WarcError> {
    let chunked = header(headers, "Transfer-Encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    let body = if chunked { dechunk(body).unwrap_or_else(|| body.to_vec()) } else { body.to_vec() };
    let encoding = header(headers, "Content-Encoding").unwrap_or("").trim().to_ascii_lowercase();
    let mut out = Vec::new();
    let res = match encoding.as_str() {
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(&body[..]).take(limit).read_to_end(&mut out),
        "deflate" => flate2::read::ZlibDecoder::new(&body[..]).take(limit).read_to_end(&mut out),
        _ => return Ok(body),
    };
    // Crawlers often store the payload already decoded while keeping the header: then the
    // bytes are not compressed and are used as they are.
    Ok(if res.is_ok() { out } else { body })
}

/// Undoes `Transfer-Encoding: chunked`; `None` when the body is not well-formed chunks.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = find(body, b"\r\n")?;
        let size_str = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}
