//! Bad input gets a clear error and never a panic; what comes out of any input is clean text
//! that the parser reads with its invariants intact.

use newsbrief_extract::{Error, extract};
use proptest::prelude::*;

/// What every extracted page must give: text with no control character but the line breaks,
/// whose parse holds the model's invariants (the checks of the `extract` fuzz target).
fn check_text(page: &newsbrief_extract::Page) -> Result<(), TestCaseError> {
    let text = page.to_text();
    let bad = text.char_indices().find(|&(_, c)| c.is_control() && c != '\n');
    prop_assert!(bad.is_none(), "control character {:?} in {:?}", bad, text);
    let article = newsbrief_parser::parse(&text);
    prop_assert_eq!(newsbrief_tests::invariants(&text, &article), Ok(()));
    Ok(())
}

fn check(input: &[u8], expect: &str) {
    let err = extract(input, None).expect_err("an error");
    assert_eq!(err.to_string(), expect);
}

#[test]
fn empty_binary_and_plain_input() {
    check(b"", "the page is empty");
    check(b" \r\n\t", "the page is empty");
    check(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "not an HTML page: a PNG image");
    check(b"%PDF-1.7\n%\xe2\xe3", "not an HTML page: a PDF document");
    check(b"\x1f\x8b\x08\0\0\0\0\0", "not an HTML page: gzip-compressed data");
    check(b"<p>ab\0cd</p>", "not an HTML page: binary data (NUL bytes)");
    check("Just a plain sentence, with no markup at all.".as_bytes(), "not an HTML page: no markup found");
}

#[test]
fn pages_are_told_from_text() {
    assert!(newsbrief_extract::looks_like_html(b"\xEF\xBB\xBF\n<!DOCTYPE html><html>"));
    assert!(newsbrief_extract::looks_like_html(b"<meta charset=utf-8><title>x</title>"));
    assert!(newsbrief_extract::looks_like_html(b"Saved from the web\n<html><body>x</body></html>"));
    assert!(!newsbrief_extract::looks_like_html(b"---\ntitle: Dam opens\n---\nThe dam opened <today>."));
    assert!(!newsbrief_extract::looks_like_html("LONDON (Reuters) - Shares rose.".as_bytes()));
}

#[test]
fn a_page_with_no_article() {
    check(
        b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
        "no article text found in the page",
    );
    assert!(matches!(extract("<html><body></body></html>", None), Err(Error::NoText)));
}

#[test]
fn broken_markup_still_reads() {
    let page = "<html><body><article><p>The river crested at 31 feet on Sunday, two feet below the levee tops, \
                the weather service said.<p>Crews stacked sandbags through the night<div><b>unclosed";
    let p = extract(page, None).expect("html5ever repairs the tree");
    assert_eq!(
        p.blocks[0].text,
        "The river crested at 31 feet on Sunday, two feet below the levee tops, the weather service said."
    );
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let nest = |depth: usize| {
        format!(
            "{}<p>Deep inside the page sits one sentence of text.</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    };
    assert_eq!(extract(nest(400), None).expect("an article").blocks.len(), 1);
    check(nest(100_000).as_bytes(), "not a usable HTML page: markup nested 100000 levels deep (the limit is 512)");
}

/// Mostly printable ASCII, with high bytes (UTF-8 or not) and some control bytes but no NUL,
/// which would make the page binary.
fn page_byte() -> impl Strategy<Value = u8> {
    prop_oneof![40 => 0x20u8..0x7F, 10 => 0x80u8..=0xFF, 1 => 1u8..0x20]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(page) = extract(&bytes, Some("https://news.example/a")) {
            check_text(&page)?;
        }
    }

    #[test]
    fn arbitrary_bytes_inside_a_page_give_clean_text(
        head in proptest::collection::vec(page_byte(), 0..200),
        body in proptest::collection::vec(page_byte(), 0..1500),
    ) {
        let mut page = b"<html><head><title>".to_vec();
        page.extend_from_slice(&head);
        page.extend_from_slice(b"</title></head><body><article><p>The ferry left at noon. ");
        page.extend_from_slice(&body);
        page.extend_from_slice(b"</p></article></body></html>");
        // Almost every such page has an article; the rare one with too many control bytes is
        // refused as binary.
        if let Ok(page) = extract(&page, None) {
            check_text(&page)?;
        }
    }

    #[test]
    fn arbitrary_markup_never_panics(parts in proptest::collection::vec(
        prop_oneof![
            Just("<p>".to_owned()), Just("</p>".to_owned()), Just("<div class=\"article-body\">".to_owned()),
            Just("</div>".to_owned()), Just("<br>".to_owned()), Just("<h2>".to_owned()), Just("<li>".to_owned()),
            Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":".to_owned()),
            Just("</script>".to_owned()), Just("<meta property=\"og:title\" content=\"".to_owned()),
            Just("<time datetime=\"2024-02-30T25:61\">".to_owned()), Just("<a href=\"javascript:x\">".to_owned()),
            "\\PC{0,40}",
        ],
        0..60,
    )) {
        let page = parts.concat();
        if let Ok(p) = extract(&page, None) {
            let text = p.to_text();
            // Every block and every front-matter value is one line.
            let lines = text.lines().count();
            let fm = text.starts_with("---\n");
            prop_assert!(lines >= p.blocks.len());
            if fm {
                prop_assert!(text[4..].contains("\n---\n"));
            }
            prop_assert!(!text.contains('\r'));
            check_text(&p)?;
        }
    }
}

#[test]
fn only_web_links_reach_the_front_matter() {
    let page =
        "<html><body><article><p>The lock on the canal reopened on Monday after repairs.</p></article></body></html>";
    let p = extract(page, Some("javascript:alert(1)")).expect("an article");
    assert!(!p.to_text().contains("javascript"), "{}", p.to_text());
    let p = extract(page, Some("https://news.example/lock")).expect("an article");
    assert!(p.to_text().contains("url: https://news.example/lock\n"));
}
