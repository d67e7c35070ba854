//! `fetch` against a server on 127.0.0.1 started by the test: a page, gzip, redirects, a
//! redirect loop, a slow server, an oversized body, a 404 and an image.
#![cfg(feature = "fetch")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use flate2::Compression;
use flate2::write::GzEncoder;
use newsbrief_extract::fetch::{FetchConfig, FetchError, fetch};

const PAGE: &str = "<html><head><title>Ferry service resumes</title></head><body><article>\
<h1>Ferry service resumes</h1><p>Ferries between the two islands resumed on Friday after a week of \
gales kept boats in port, the operator said.</p><p>About 1,200 passengers were booked on the first \
crossings.</p></article></body></html>";

/// Serves a bounded number of connections, each on its own thread, then stops accepting.
fn server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(40).flatten() {
            std::thread::spawn(move || handle(stream));
        }
    });
    format!("http://{addr}")
}

fn handle(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        request.push(line);
    }
    let path = request.first().and_then(|l| l.split_whitespace().nth(1)).unwrap_or("/").to_owned();
    let header = |name: &str| {
        request.iter().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    };
    let reply = |stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]| {
        let head = format!("HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(body);
    };
    match path.as_str() {
        "/page" => reply(&mut stream, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", PAGE.as_bytes()),
        "/agent" => {
            let ua = header("user-agent").unwrap_or_default();
            let body = format!("<html><body><p>{ua}</p></body></html>");
            reply(&mut stream, "200 OK", "Content-Type: text/html\r\n", body.as_bytes());
        }
        "/gz" => {
            assert!(header("accept-encoding").unwrap_or_default().contains("gzip"));
            let mut e = GzEncoder::new(Vec::new(), Compression::default());
            e.write_all(PAGE.as_bytes()).unwrap();
            reply(&mut stream, "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", &e.finish().unwrap());
        }
        "/moved" => reply(&mut stream, "301 Moved Permanently", "Location: /page\r\n", b""),
        "/loop" => reply(&mut stream, "302 Found", "Location: /loop\r\n", b""),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            reply(&mut stream, "200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes());
        }
        "/big" => reply(&mut stream, "200 OK", "Content-Type: text/html\r\n", &vec![b'a'; 200_000]),
        "/image" => reply(&mut stream, "200 OK", "Content-Type: image/png\r\n", b"\x89PNG\r\n\x1a\n"),
        _ => reply(&mut stream, "404 Not Found", "Content-Type: text/html\r\n", b"<p>not here</p>"),
    }
    let mut rest = Vec::new();
    let _ = reader.read_to_end(&mut rest);
}

fn config() -> FetchConfig {
    FetchConfig { timeout: Duration::from_secs(1), max_bytes: 64 << 10, max_redirects: 5 }
}

#[test]
fn fetches_a_page_and_extracts_it() {
    let base = server();
    let got = fetch(&format!("{base}/page"), &config()).expect("fetched");
    assert_eq!(got.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let origin = newsbrief_extract::Origin { url: Some(&got.url), content_type: got.content_type.as_deref() };
    let page = newsbrief_extract::extract_with(&got.body, &origin).expect("an article");
    assert_eq!(page.meta.title.unwrap().value, "Ferry service resumes");
    assert_eq!(page.blocks.len(), 2);
}

#[test]
fn says_who_is_asking() {
    let base = server();
    let got = fetch(&format!("{base}/agent"), &config()).expect("fetched");
    let body = String::from_utf8(got.body).unwrap();
    assert!(body.contains(&format!("<p>{}</p>", newsbrief_extract::fetch::USER_AGENT)), "{body}");
    assert!(newsbrief_extract::fetch::USER_AGENT.starts_with("newsbrief/"));
}

#[test]
fn gzip_is_decoded() {
    let base = server();
    let got = fetch(&format!("{base}/gz"), &config()).expect("fetched");
    assert_eq!(got.body, PAGE.as_bytes());
}

#[test]
fn follows_a_redirect() {
    let base = server();
    let got = fetch(&format!("{base}/moved"), &config()).expect("fetched");
    assert_eq!(got.url, format!("{base}/page"));
}

#[test]
fn a_redirect_loop_is_an_error() {
    let base = server();
    let err = fetch(&format!("{base}/loop"), &config()).unwrap_err();
    assert!(matches!(err, FetchError::Redirects { max: 5, .. }), "{err:?}");
    assert!(err.to_string().contains("more than 5 redirects"), "{err}");
}

#[test]
fn a_slow_server_times_out() {
    let base = server();
    let t0 = std::time::Instant::now();
    let err = fetch(&format!("{base}/slow"), &config()).unwrap_err();
    assert!(matches!(err, FetchError::Timeout { secs: 1, .. }), "{err:?}");
    assert!(t0.elapsed() < Duration::from_secs(3), "gave up at the timeout, not when the server answered");
}

#[test]
fn an_oversized_body_is_an_error() {
    let base = server();
    let err = fetch(&format!("{base}/big"), &config()).unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { max: 65536, .. }), "{err:?}");
}

#[test]
fn a_missing_page_is_an_error() {
    let base = server();
    let err = fetch(&format!("{base}/missing"), &config()).unwrap_err();
    assert!(matches!(err, FetchError::Status { status: 404, .. }), "{err:?}");
    assert!(err.to_string().ends_with("the server answered 404"), "{err}");
}

#[test]
fn an_image_is_not_a_page() {
    let base = server();
    let err = fetch(&format!("{base}/image"), &config()).unwrap_err();
    assert!(matches!(err, FetchError::NotHtml { .. }), "{err:?}");
}

#[test]
fn only_http_and_https() {
    for url in ["file:///etc/passwd", "ftp://news.example/a", "javascript:alert(1)", "news.example/a"] {
        let err = fetch(url, &config()).unwrap_err();
        assert!(matches!(err, FetchError::Scheme(_)), "{url}: {err:?}");
    }
}
