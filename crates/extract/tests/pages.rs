//! The test pages in `tests/pages/`: golden snapshots of the extracted text with the source
//! of every metadata field, and the parser reading that text.

use std::fmt::Write;
use std::path::Path;

use newsbrief_extract::{Page, extract};

/// The extracted text, then where each metadata field came from and how the body was found.
fn render(page: &Page) -> String {
    let mut out = page.to_text();
    out.push_str("== sources\n");
    let m = &page.meta;
    let fields = [
        ("title", m.title.as_ref().map(|f| f.source)),
        ("authors", m.authors.first().map(|f| f.source)),
        ("published", m.published.as_ref().map(|f| f.source)),
        ("modified", m.modified.as_ref().map(|f| f.source)),
        ("publisher", m.publisher.as_ref().map(|f| f.source)),
        ("canonical_url", m.canonical_url.as_ref().map(|f| f.source)),
        ("language", m.language.as_ref().map(|f| f.source)),
        ("description", m.description.as_ref().map(|f| f.source)),
        ("section", m.section.as_ref().map(|f| f.source)),
    ];
    for (name, source) in fields {
        if let Some(s) = source {
            let _ = writeln!(out, "{name}: {}", s.as_str());
        }
    }
    let _ = writeln!(out, "body: {:?}", page.method);
    let kinds: Vec<String> = page.blocks.iter().map(|b| format!("{:?}", b.kind)).collect();
    let _ = writeln!(out, "blocks: {}", kinds.join(" "));
    out
}

fn page(name: &str) -> Page {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages").join(name);
    let bytes = std::fs::read(&path).expect("test page exists");
    extract(&bytes, Some("https://news.example/story/1")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn check(name: &str) -> Page {
    let p = page(name);
    insta::assert_snapshot!(name.trim_end_matches(".html"), render(&p));
    p
}

#[test]
fn json_ld_page() {
    let p = check("01_json_ld.html");
    let authors: Vec<&str> = p.meta.authors.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(authors, ["Marta Lindqvist", "Owen Achebe"]);
    assert_eq!(p.meta.canonical_url.unwrap().value, "https://news.example/business/2024/02/12/port-halvik-reopens");
}

#[test]
fn opengraph_only_page_with_a_standfirst() {
    let p = check("02_opengraph_only.html");
    assert!(p.blocks[0].text.starts_with("Crews fought 14 fires"), "the summary above the body opens it");
}

#[test]
fn page_without_metadata() {
    check("03_no_metadata.html");
}

#[test]
fn live_blog() {
    check("04_live_blog.html");
}

#[test]
fn paywall_stub_keeps_the_teaser_only() {
    let p = check("05_paywall_stub.html");
    assert!(!p.to_text().contains("Subscribe"));
}

#[test]
fn comments_are_left_out() {
    let p = check("06_comments.html");
    assert!(!p.to_text().contains("Nostalgia"));
}

#[test]
fn windows_1252_page() {
    let p = check("07_windows_1252.html");
    assert!(p.to_text().contains("“We survived the lockdowns."));
}

#[test]
fn microdata_page() {
    check("09_microdata.html");
}

#[test]
fn ads_and_newsletter_boxes_are_left_out() {
    let p = check("10_ads_newsletter.html");
    let text = p.to_text();
    for furniture in ["Advertisement", "Read more", "Field Notes", "More stories", "cookies"] {
        assert!(!text.contains(furniture), "{furniture} in\n{text}");
    }
}

#[test]
fn paragraphs_split_by_line_breaks() {
    check("11_line_breaks.html");
}

#[test]
fn hostile_markup_yields_plain_text() {
    let p = check("08_hostile.html");
    let text = p.to_text();
    for bad in [
        "alert('",
        "alert(1",
        "alert(2",
        "javascript:",
        "onload",
        "onerror",
        "Injected",
        "Text hidden in a script",
        "Template text",
        "Hidden promotional",
        "SVG text",
        "styled text",
        "Frame fallback",
        "Please enable JavaScript",
    ] {
        assert!(!text.contains(bad), "{bad:?} in\n{text}");
    }
    // The briefing of that text carries no markup from the page either.
    let article = newsbrief_parser::parse(&text);
    let html = newsbrief_render::render(
        &article,
        &newsbrief_render::RenderOptions { format: newsbrief_render::Format::Html, short: false },
    )
    .expect("renders");
    assert!(!html.contains("alert('"), "{html}");
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains("&lt;script&gt;alert"), "the typed markup is shown as text");
}

/// The parser reads the front matter: title, authors, date, publisher and URL.
#[test]
fn the_parser_reads_the_front_matter() {
    let p = page("01_json_ld.html");
    let text = p.to_text();
    let article = newsbrief_parser::parse(&text);
    let json = serde_json::to_value(&article).expect("serializes");
    let meta = &json["meta"];
    assert_eq!(meta["headline"]["text"], "Port of Halvik Reopens After Ice Storm");
    assert_eq!(meta["byline"][0]["name"], "Marta Lindqvist");
    assert_eq!(meta["byline"][1]["name"], "Owen Achebe");
    assert_eq!(meta["published"], "2024-02-12");
    assert_eq!(meta["source"], "The Northern Ledger");
    assert_eq!(meta["url"], "https://news.example/business/2024/02/12/port-halvik-reopens");
    assert_eq!(json["diagnostics"].as_array().map(Vec::len), Some(0), "{}", json["diagnostics"]);
    let roles: Vec<&str> = json["paragraphs"].as_array().unwrap().iter().map(|p| p["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["front_matter", "headline", "body", "body", "body", "body", "body", "body", "body", "footer"]);
}
