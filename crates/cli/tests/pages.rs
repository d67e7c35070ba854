//! Web pages in: saved pages (by extension or content), `--jsonl` lines with `html`, WARC
//! archives, `--url` against a server on 127.0.0.1 run by the test, and `--extract-only`.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use common::*;
use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A test page of the extraction crate (written for this project).
fn test_page(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../extract/tests/pages").join(name)
}

/// A short news page of our own, different for each headline.
fn page(headline: &str, published: Option<&str>) -> String {
    let date =
        published.map_or_else(String::new, |d| format!(r#"<meta property="article:published_time" content="{d}">"#));
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{headline} | The Harbor Gazette</title>\
         {date}</head><body><nav><a href=\"/\">Home</a> <a href=\"/sports\">Sports</a></nav>\
         <article><h1>{headline}</h1><p class=\"byline\">By Dana Whitfield</p>\
         <p>PORTSMOUTH — The harbor board voted on Tuesday to dredge the main channel before the autumn \
         storms, a job that will take about six weeks and cost $4 million, officials said.</p>\
         <p>“We cannot wait another year,” said Ruth Okafor, the board’s chair, after the vote.</p>\
         </article><footer>© The Harbor Gazette</footer></body></html>"
    )
}

/// The text the spans of `article` point into: `text[span]` is the mention's text.
fn check_spans(article: &Value) {
    let text = article["text"].as_str().expect("a page's article carries its text");
    for e in article["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let (a, b) = (m["span"][0].as_u64().unwrap() as usize, m["span"][1].as_u64().unwrap() as usize);
            assert_eq!(&text[a..b], m["text"].as_str().unwrap());
        }
    }
}

#[test]
fn a_saved_page_parses_and_carries_the_text_its_spans_point_into() {
    let o = run(&["parse", s(&test_page("01_json_ld.html"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["schema"], "newsbrief/article@1");
    let text = v["text"].as_str().unwrap();
    assert!(text.starts_with("---\ntitle: Port of Halvik Reopens After Ice Storm\n"), "{text}");
    let raw = stdout(&o);
    assert!(raw.find(r#""text":"---\n"#) > raw.find(r#""diagnostics":"#), "text is the last field: {raw}");
    let headline = &v["meta"]["headline"];
    let (a, b) = (headline["span"][0].as_u64().unwrap() as usize, headline["span"][1].as_u64().unwrap() as usize);
    assert_eq!(&text[a..b], "Port of Halvik Reopens After Ice Storm");
    assert_eq!(v["meta"]["byline"][0]["name"], "Marta Lindqvist");
    assert_eq!(v["meta"]["published"], "2024-02-12");
    assert_eq!(v["meta"]["source"], "The Northern Ledger");
    check_spans(&v);
    // --extract-only prints that text alone.
    let o = run(&["parse", "--extract-only", s(&test_page("01_json_ld.html"))]);
    assert_eq!(stdout(&o), text);
    // Pretty output ends with the same field.
    let o = run(&["parse", "--pretty", s(&test_page("01_json_ld.html"))]);
    let pretty: Value = json(&o);
    assert_eq!(pretty, v);
    assert!(stdout(&o).ends_with("\"\n}\n"), "{}", stdout(&o));
}

#[test]
fn a_page_is_told_by_its_content_whatever_its_name() {
    let dir = temp_dir("content");
    let html = page("Channel to Be Dredged", Some("2024-05-07T09:00:00+01:00"));
    write(&dir.join("saved.txt"), &html);
    for o in [run(&["parse", s(&dir.join("saved.txt"))]), run_with_stdin(&["parse", "-"], html.as_bytes())] {
        assert!(o.status.success(), "{}", stderr(&o));
        let v = json(&o);
        assert_eq!(v["meta"]["headline"]["text"], "Channel to Be Dredged");
        assert!(v["text"].as_str().unwrap().contains("\ndate: 2024-05-07\n"));
        check_spans(&v);
    }
    // An article written as text stays text: no `text` field.
    let o = run_with_stdin(&["parse", "-"], b"LONDON (Reuters) - Shares rose on Monday.\n");
    assert!(json(&o).get("text").is_none());
}

#[test]
fn a_folder_mixing_text_and_pages() {
    let dir = temp_dir("mixed");
    write(&dir.join("in/a.txt"), "LONDON (Reuters) - Shares rose on Monday, traders said.\n");
    write(&dir.join("in/b.html"), page("Board Votes on Dredging", None));
    write(&dir.join("in/c.HTM"), page("Ferry Fares to Rise", None));
    write(&dir.join("in/d.csv"), "a,b\n");
    let o = run(&["parse", "-v", s(&dir.join("in"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    let got = lines(&o);
    let files: Vec<&str> = got.iter().map(|v| v["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 3);
    assert!(files[0].ends_with("a.txt") && files[1].ends_with("b.html") && files[2].ends_with("c.HTM"));
    assert!(got[0]["article"].get("text").is_none());
    assert_eq!(got[1]["article"]["meta"]["headline"]["text"], "Board Votes on Dredging");
    check_spans(&got[1]["article"]);
    check_spans(&got[2]["article"]);
    assert!(stderr(&o).contains("d.csv: extension not in --ext"), "{}", stderr(&o));
    assert!(stderr(&o).contains("3 parsed, 0 failed, 1 skipped"), "{}", stderr(&o));

    // --extract-only: one line each, the page's text with its front matter, the text as it is.
    let o = run(&["parse", "--extract-only", s(&dir.join("in"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    let got = lines(&o);
    assert_eq!(got[0]["text"], "LONDON (Reuters) - Shares rose on Monday, traders said.\n");
    let text = got[1]["text"].as_str().unwrap();
    assert!(text.starts_with("---\ntitle: Board Votes on Dredging\n"), "{text}");
    assert!(text.contains("\n# Board Votes on Dredging\n") && !text.contains("Sports"), "{text}");
    assert!(stdout(&o).lines().nth(1).unwrap().starts_with(r#"{"file":"#), "{}", stdout(&o));
    assert_eq!(got[1].as_object().unwrap().len(), 2);

    // … and into a folder, one .txt file each.
    let o = run(&["parse", "--extract-only", "-o", s(&dir.join("out")), s(&dir.join("in"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    let b = std::fs::read_to_string(dir.join("out/in/b.txt")).unwrap();
    assert_eq!(b, text);
    assert!(dir.join("out/in/a.txt").is_file() && dir.join("out/in/c.txt").is_file());
}

#[test]
fn json_lines_with_html_instead_of_text() {
    let html = page("Lighthouse Keeper Retires", None);
    let input = [
        serde_json::json!({"id": "t1", "text": "OSLO (Reuters) - Ferries resumed on Friday.\n"}),
        serde_json::json!({"id": "p1", "html": html, "url": "https://gazette.example/2024/keeper.html", "feed": 7}),
        serde_json::json!({"id": "p2", "html": "Only words, no markup at all."}),
        serde_json::json!({"id": "p3", "html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}),
    ]
    .iter()
    .map(|v| v.to_string() + "\n")
    .collect::<String>();
    let o = run_with_stdin(&["parse", "--jsonl", "--errors", "inline", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let got = lines(&o);
    assert_eq!(got.len(), 4);
    assert!(got[0]["article"].get("text").is_none());
    assert_eq!(got[1]["url"], "https://gazette.example/2024/keeper.html");
    assert_eq!(got[1]["feed"], 7);
    let article = &got[1]["article"];
    assert_eq!(article["meta"]["url"], "https://gazette.example/2024/keeper.html");
    assert_eq!(article["meta"]["byline"][0]["name"], "Dana Whitfield");
    check_spans(article);
    assert_eq!(got[2]["error"]["code"], "not_html");
    assert_eq!(got[2]["error"]["message"], "not an HTML page: no markup found");
    assert_eq!(got[3]["error"]["code"], "no_text");
    assert!(stderr(&o).contains("<stdin>:4 (id \"p3\"): no article text found in the page"), "{}", stderr(&o));

    let o = run_with_stdin(&["parse", "--jsonl", "--extract-only", "-"], input.as_bytes());
    let got = lines(&o);
    assert_eq!(got.len(), 2, "the failed lines are on standard error only");
    let line = stdout(&o).lines().nth(1).unwrap().to_owned();
    let head = r#"{"id":"p1","feed":7,"url":"https://gazette.example/2024/keeper.html","text":"---\ntitle: "#;
    assert!(line.starts_with(head), "{line}");
    assert!(got[1]["text"].as_str().unwrap().contains("\nurl: https://gazette.example/2024/keeper.html\n"));
}

fn warc_record(kind: &str, uri: Option<&str>, date: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let uri = uri.map_or_else(String::new, |u| format!("WARC-Target-URI: {u}\r\n"));
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: {date}\r\n{uri}Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn warc_response(uri: &str, status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut block = format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    block.extend_from_slice(body);
    warc_record("response", Some(uri), "2024-09-03T08:00:00Z", "application/http; msgtype=response", &block)
}

/// A crawl: warcinfo, a request, two articles (the second undated), an image, an index page
/// with no article text, and a 404; gzip, one member per record.
fn crawl(dir: &Path) -> PathBuf {
    let html = "text/html; charset=utf-8";
    let records = [
        warc_record("warcinfo", None, "2024-09-03T08:00:00Z", "application/warc-fields", b"software: test\r\n"),
        warc_record(
            "request",
            Some("https://gazette.example/2024/09/dredging.html"),
            "2024-09-03T08:00:00Z",
            "application/http; msgtype=request",
            b"GET /2024/09/dredging.html HTTP/1.1\r\n\r\n",
        ),
        warc_response(
            "https://gazette.example/2024/09/dredging.html",
            "200 OK",
            html,
            page("Board Votes on Dredging", Some("2024-09-02T18:00:00Z")).as_bytes(),
        ),
        warc_response("https://gazette.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\0\0"),
        warc_response(
            "https://gazette.example/",
            "200 OK",
            html,
            b"<html><body><nav><a href='/a'>Dredging</a> <a href='/b'>Ferries</a></nav></body></html>",
        ),
        warc_response("https://gazette.example/old", "404 Not Found", html, b"<html><body><p>Gone.</p></body></html>"),
        warc_response("https://gazette.example/ferries", "200 OK", html, page("Ferry Fares to Rise", None).as_bytes()),
    ];
    let mut bytes = Vec::new();
    for r in records {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(&r).unwrap();
        bytes.extend(e.finish().unwrap());
    }
    let path = dir.join("crawl.warc.gz");
    write(&path, bytes);
    path
}

#[test]
fn a_warc_archive_gives_one_article_per_html_response_in_record_order() {
    let dir = temp_dir("warc");
    let warc = crawl(&dir);
    let runs: Vec<Output> =
        ["1", "2"].iter().map(|j| run(&["parse", "-v", "-j", j, "--errors", "inline", s(&warc)])).collect();
    assert_eq!(runs[0].stdout, runs[1].stdout, "the same output whatever the number of threads");
    let o = &runs[1];
    assert_eq!(o.status.code(), Some(1), "the index page failed: {}", stderr(o));
    let got = lines(o);
    let ids: Vec<&str> = got.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "https://gazette.example/2024/09/dredging.html",
            "https://gazette.example/",
            "https://gazette.example/ferries"
        ]
    );
    assert_eq!(got.iter().map(|v| v["record"].as_u64().unwrap()).collect::<Vec<_>>(), [1, 2, 4]);
    assert_eq!(got[0]["warc"], s(&warc));
    assert_eq!(got[0]["article"]["meta"]["url"], "https://gazette.example/2024/09/dredging.html");
    check_spans(&got[0]["article"]);
    assert_eq!(got[1]["error"]["code"], "no_text");
    // The page's own date is the reference date; an undated page takes the day it was crawled.
    assert_eq!(got[0]["article"]["meta"]["reference_date"], "2024-09-02");
    assert_eq!(got[2]["article"]["meta"]["reference_date"], "2024-09-03");
    let err = stderr(o);
    assert!(err.contains(&format!("{} record 2 (https://gazette.example/): no article text", s(&warc))), "{err}");
    assert!(err.contains("record 3 (https://gazette.example/old): HTTP status 404, not a page"), "{err}");
    assert!(err.contains("2 parsed, 1 failed, 1 skipped"), "{err}");

    let o = run(&["parse", "--extract-only", s(&warc)]);
    let got = lines(&o);
    assert_eq!(got.len(), 2);
    let head =
        format!(r#"{{"id":"https://gazette.example/ferries","warc":{:?},"record":4,"text":"---\ntitle: "#, s(&warc));
    assert!(stdout(&o).lines().nth(1).unwrap().starts_with(&head), "{}", stdout(&o));
    assert!(got[1]["text"].as_str().unwrap().starts_with("---\ntitle: Ferry Fares to Rise\n"));

    // Into a folder: named from the archive and the URL, inside the folder.
    let out = dir.join("out");
    let o = run(&["brief", "-q", "-o", s(&out), s(&warc), s(&warc)]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        files_under(&out),
        [
            "crawl/gazette.example/2024/09/dredging.html",
            "crawl/gazette.example/2024/09/dredging~2.html",
            "crawl/gazette.example/ferries.html",
            "crawl/gazette.example/ferries~2.html",
        ]
    );
}

#[test]
fn broken_and_empty_archives_are_one_error_each() {
    let dir = temp_dir("badwarc");
    write(&dir.join("in/a.warc"), "this is not a WARC file\n");
    write(&dir.join("in/b.warc"), warc_record("warcinfo", None, "2024-09-03T08:00:00Z", "text/plain", b"x"));
    let mut cut = warc_response("https://gazette.example/a", "200 OK", "text/html", page("Cut", None).as_bytes());
    cut.truncate(cut.len() / 2);
    write(&dir.join("in/c.warc"), cut);
    let o = run(&["parse", "--errors", "inline", s(&dir.join("in"))]);
    assert_eq!(o.status.code(), Some(1));
    let codes: Vec<String> = lines(&o).iter().map(|v| v["error"]["code"].as_str().unwrap().to_owned()).collect();
    assert_eq!(codes, ["invalid_warc", "no_articles", "invalid_warc"]);
    assert!(stderr(&o).contains("a.warc: not a WARC record at byte 0"), "{}", stderr(&o));
    assert!(stderr(&o).contains("b.warc: is a WARC archive with no HTML responses"), "{}", stderr(&o));
}

#[test]
fn hostile_markup_leaves_no_script_handler_or_javascript_link_in_the_briefing() {
    let o = run(&["brief", s(&test_page("08_hostile.html"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = stdout(&o);
    assert!(html.contains("Council votes to repave Main Street"));
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "a script element");
    assert!(!lower.contains("javascript:"), "a javascript: link");
    for script in ["injected by script", "head script", "hidden in a script", "alert('", "alert(1)", "svg text"] {
        assert!(!lower.contains(script), "{script}");
    }
    for (i, _) in lower.match_indices(" on") {
        let attr: String = lower[i + 3..].chars().take_while(char::is_ascii_alphabetic).collect();
        let rest = lower[i + 3 + attr.len()..].trim_start();
        assert!(attr.is_empty() || !rest.starts_with('='), "an event handler attribute on{attr}=");
    }
    let o = run(&["brief", "-f", "md", s(&test_page("08_hostile.html"))]);
    let md = stdout(&o).to_lowercase();
    assert!(!md.contains("<script") && !md.contains("javascript:") && !md.contains("alert('"), "{md}");
}

#[test]
fn a_binary_file_named_html_is_one_clear_error() {
    let dir = temp_dir("binary");
    write(&dir.join("logo.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    write(&dir.join("plain.html"), "Only words here, and no markup at all.\n");
    let o = run(&["parse", s(&dir.join("logo.html"))]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert_eq!(stderr(&o), format!("newsbrief: error: {}: not an HTML page: a PNG image\n", s(&dir.join("logo.html"))));
    let o = run(&["parse", "--errors", "inline", s(&dir.join("logo.html")), s(&dir.join("plain.html"))]);
    let codes: Vec<String> = lines(&o).iter().map(|v| v["error"]["code"].as_str().unwrap().to_owned()).collect();
    assert_eq!(codes, ["binary", "not_html"]);
}

/// Serves the test's pages on 127.0.0.1, one thread per connection.
fn server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || serve(stream));
        }
    });
    format!("http://{addr}")
}

fn serve(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut first = String::new();
    let _ = reader.read_line(&mut first);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
    }
    let path = first.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let (status, headers, body) = match path.as_str() {
        "/2024/lighthouse.html" => {
            ("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page("Lighthouse Keeper Retires", None))
        }
        "/moved" => ("301 Moved Permanently", "Location: /2024/lighthouse.html\r\n", String::new()),
        "/loop" => ("302 Found", "Location: /loop\r\n", String::new()),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(4));
            ("200 OK", "Content-Type: text/html\r\n", page("Too Late", None))
        }
        "/logo.png" => ("200 OK", "Content-Type: image/png\r\n", "\u{89}PNG".to_owned()),
        _ => ("404 Not Found", "Content-Type: text/html\r\n", "<p>Not here.</p>".to_owned()),
    };
    let head = format!("HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
    let _ = reader.read_to_end(&mut Vec::new());
}

#[test]
fn urls_are_fetched_and_failures_are_clear() {
    let base = server();
    let url = |path: &str| format!("{base}{path}");
    let o = run(&["parse", "--url", &url("/moved")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["meta"]["headline"]["text"], "Lighthouse Keeper Retires");
    assert_eq!(v["meta"]["url"], url("/2024/lighthouse.html"), "the URL after the redirect");
    check_spans(&v);

    let o = run(&["parse", "--extract-only", "--url", &url("/2024/lighthouse.html")]);
    assert!(
        stdout(&o).starts_with("---\ntitle: Lighthouse Keeper Retires\nauthor: Dana Whitfield\n"),
        "{}",
        stdout(&o)
    );

    let args = ["parse", "--errors", "inline", "--timeout", "1"];
    let paths = ["/2024/lighthouse.html", "/missing", "/loop", "/slow", "/logo.png"];
    let mut all: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    for p in paths {
        all.extend(["--url".to_owned(), url(p)]);
    }
    let t0 = std::time::Instant::now();
    let o = run(&all.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(t0.elapsed() < Duration::from_secs(4), "the slow server was given up at the timeout");
    assert_eq!(o.status.code(), Some(1));
    let got = lines(&o);
    let urls: Vec<&str> = got.iter().map(|v| v["url"].as_str().unwrap()).collect();
    assert_eq!(urls, paths.map(url).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(got[0]["article"]["text"].is_string());
    let errors: Vec<(&str, &str)> = got[1..]
        .iter()
        .map(|v| (v["error"]["code"].as_str().unwrap(), v["error"]["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        errors,
        [
            ("fetch_failed", "the server answered 404"),
            ("fetch_failed", "more than 5 redirects (a redirect loop?)"),
            ("fetch_failed", "no complete answer within 1 s"),
            ("not_html", "not a web page (Content-Type image/png)"),
        ]
    );
    assert!(stderr(&o).contains(&format!("newsbrief: error: {}: the server answered 404\n", url("/missing"))));

    // Into a folder, named from the host and path.
    let dir = temp_dir("urls");
    let o = run(&["parse", "-o", s(&dir), "--url", &url("/2024/lighthouse.html"), "--url", &url("/moved")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let host = base.trim_start_matches("http://").replace(':', "_");
    assert_eq!(files_under(&dir), [format!("{host}/2024/lighthouse.json"), format!("{host}/moved.json")]);
}

#[test]
fn only_web_urls_are_taken() {
    for bad in ["ftp://gazette.example/a", "file:///etc/passwd", "gazette.example/a", "http://"] {
        let o = run(&["parse", "--url", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(stderr(&o).contains("is not an http:// or https:// URL"), "{}", stderr(&o));
    }
}
