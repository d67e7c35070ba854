//! WARC files written by the test: plain and gzip (one member per record), every kind of
//! record a crawl holds, and broken files.

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use newsbrief_extract::warc::{Records, WarcError};

fn record(kind: &str, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n").into_bytes();
    if let Some(u) = uri {
        out.extend_from_slice(format!("WARC-Target-URI: {u}\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!("Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", block.len()).as_bytes(),
    );
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn response(uri: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut block = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
    block.extend_from_slice(body);
    record("response", Some(uri), "application/http; msgtype=response", &block)
}

fn article(headline: &str) -> String {
    format!(
        "<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>\
         <p>The harbor board met on Tuesday and agreed to dredge the channel before the autumn storms, \
         a job that will take about six weeks and cost $4 million, officials said.</p>\
         <p>“We cannot wait another year,” the board chair said after the vote.</p></article></body></html>"
    )
}

/// A crawl: warcinfo, a request, an HTML response, an image, a chunked gzip response,
/// metadata, and a response whose payload is not HTML.
fn crawl() -> Vec<Vec<u8>> {
    let gz = {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(article("Second story").as_bytes()).unwrap();
        e.finish().unwrap()
    };
    let mut chunked = format!("{:x}\r\n", 10).into_bytes();
    chunked.extend_from_slice(&gz[..10]);
    chunked.extend_from_slice(format!("\r\n{:x}\r\n", gz.len() - 10).as_bytes());
    chunked.extend_from_slice(&gz[10..]);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    vec![
        record("warcinfo", None, "application/warc-fields", b"software: test\r\n"),
        record(
            "request",
            Some("https://news.example/one"),
            "application/http; msgtype=request",
            b"GET /one HTTP/1.1\r\n\r\n",
        ),
        response(
            "https://news.example/one",
            "Content-Type: text/html; charset=utf-8\r\n",
            article("First story").as_bytes(),
        ),
        response("https://news.example/logo.png", "Content-Type: image/png\r\n", b"\x89PNG\r\n\x1a\n\0\0\0binary"),
        response(
            "https://news.example/two",
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
            &chunked,
        ),
        record("metadata", Some("https://news.example/two"), "application/warc-fields", b"fetchTimeMs: 120\r\n"),
        response("https://news.example/feed.json", "Content-Type: application/json\r\n", b"{\"items\": []}"),
    ]
}

fn headlines(bytes: &[u8]) -> Vec<(String, String)> {
    Records::new(bytes)
        .pages()
        .map(|p| {
            let p = p.expect("a page");
            let page = newsbrief_extract::extract(&p.html, p.url.as_deref()).expect("an article");
            (p.url.unwrap_or_default(), page.meta.title.map(|t| t.value).unwrap_or_default())
        })
        .collect()
}

const EXPECTED: [(&str, &str); 2] =
    [("https://news.example/one", "First story"), ("https://news.example/two", "Second story")];

fn as_strs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[test]
fn html_responses_of_a_plain_warc() {
    let bytes: Vec<u8> = crawl().concat();
    assert_eq!(as_strs(&headlines(&bytes)), EXPECTED);
    assert_eq!(Records::new(&bytes[..]).count(), 7, "every record is read");
}

#[test]
fn html_responses_of_a_gzip_warc_file() {
    let dir = std::env::temp_dir().join(format!("newsbrief-warc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("crawl.warc.gz");
    let mut file = Vec::new();
    for r in crawl() {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(&r).unwrap();
        file.extend(e.finish().unwrap());
    }
    std::fs::write(&path, &file).unwrap();
    let pages: Vec<_> = Records::open(&path).unwrap().pages().map(Result::unwrap).collect();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[1].url.as_deref(), Some("https://news.example/two"));
    assert_eq!(pages[0].date.as_deref(), Some("2024-03-01T10:00:00Z"));
    assert!(String::from_utf8_lossy(&pages[1].html).contains("Second story"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_oversized_page_is_reported_and_skipped() {
    let big = format!("<html><body><p>{}</p></body></html>", "word ".repeat(400));
    let bytes: Vec<u8> =
        [response("https://news.example/big", "Content-Type: text/html\r\n", big.as_bytes()), crawl().concat()]
            .concat();
    let res: Vec<_> = Records::new(&bytes[..]).max_payload(1000).pages().collect();
    assert!(matches!(&res[0], Err(WarcError::TooLarge { uri, .. }) if uri == "https://news.example/big"), "{res:?}");
    assert_eq!(res.iter().filter(|r| r.is_ok()).count(), 2, "reading goes on after it");
}

#[test]
fn a_truncated_file_is_an_error_and_the_end() {
    let bytes: Vec<u8> = crawl().concat();
    let cut = &bytes[..bytes.len() - 40];
    let res: Vec<_> = Records::new(cut).collect();
    assert!(matches!(res.last(), Some(Err(WarcError::Truncated { .. }))), "{res:?}");
    assert_eq!(res.iter().filter(|r| r.is_err()).count(), 1);
}

#[test]
fn not_a_warc_file() {
    let res: Vec<_> = Records::new(&b"<html><body>hello</body></html>"[..]).collect();
    assert_eq!(res.len(), 1);
    let err = res.into_iter().next().unwrap().unwrap_err();
    assert!(err.to_string().contains("not a WARC record at byte 0"), "{err}");
}

#[test]
fn a_huge_media_record_is_streamed_past() {
    // 64 MiB of video bytes, produced on the fly and never held: the HTML page after it is found.
    let size: u64 = 64 << 20;
    let head = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/clip.mp4\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n\
         HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n",
        size + 44
    );
    let after = [b"\r\n\r\n".to_vec(), crawl().concat()].concat();
    let stream = std::io::Read::chain(
        std::io::Read::chain(head.as_bytes(), std::io::Read::take(std::io::repeat(7), size)),
        &after[..],
    );
    let pages: Vec<_> = Records::new(std::io::BufReader::new(stream)).pages().map(Result::unwrap).collect();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].url.as_deref(), Some("https://news.example/one"));
}
