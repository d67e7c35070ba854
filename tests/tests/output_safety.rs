//! Property: whatever the article says, the HTML briefing, read by an HTML5 parser
//! (html5ever, through scraper), has no script, no event handler, no `javascript:` or
//! `data:` URL and no element that loads or embeds anything.

use newsbrief_render::{Format, RenderOptions};
use proptest::prelude::*;
use scraper::Html;

/// Hostile pieces set among the pieces articles are made of, so that payloads land in
/// every section: title, quotes, dates, figures, who's who and the full text.
fn hostile_article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<script>alert(1)</script>".to_owned()),
        Just("<img src=x onerror=alert(2)>".to_owned()),
        Just("<svg onload=alert(3)>".to_owned()),
        Just("\" onmouseover=\"alert(4)".to_owned()),
        Just("' onfocus='alert(5)' autofocus '".to_owned()),
        Just("<a href=\"javascript:alert(6)\">x</a>".to_owned()),
        Just("javascript:alert(7) ".to_owned()),
        Just("data:text/html,<script>alert(8)</script> ".to_owned()),
        Just("</mark></p><script>alert(9)</script>".to_owned()),
        Just("<iframe src=//evil.example></iframe>".to_owned()),
        Just("<!-- --> <![CDATA[ ]]> ".to_owned()),
        Just("&lt;script&gt; &#x3C;script&#x3E; ".to_owned()),
        Just("<style>body{}</style><base href=//evil.example>".to_owned()),
        Just("<meta http-equiv=refresh content=0;url=javascript:alert(10)>".to_owned()),
        Just("İȺ ".to_owned()),
        Just("“".to_owned()),
        Just("” said Mr. Kim. ".to_owned()),
        Just("\n".to_owned()),
        Just("By Ann Lee\n".to_owned()),
        Just("MOSCOW (Reuters) - ".to_owned()),
        Just("on March 20, 2023 ".to_owned()),
        Just("$1.5 billion ".to_owned()),
        Just("12% ".to_owned()),
        Just("Prime Minister Jonas Strand ".to_owned()),
        Just(". ".to_owned()),
        Just(", ".to_owned()),
        "[A-Za-z]{1,8} ",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..50).prop_map(|v| v.concat())
}

/// Attributes whose value the browser loads or follows as a URL.
const URL_ATTRIBUTES: [&str; 10] =
    ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background", "cite", "ping"];

/// Elements that run, load or embed something, or change where the page's links go.
const FORBIDDEN: [&str; 10] =
    ["script", "iframe", "object", "embed", "base", "form", "link", "img", "frame", "frameset"];

/// The first thing in `html` that could run or load, described.
fn unsafe_part(html: &str) -> Option<String> {
    let doc = Html::parse_document(html);
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else { continue };
        let name = el.name();
        if FORBIDDEN.contains(&name) {
            return Some(format!("a <{name}> element"));
        }
        if name == "meta" && el.attr("http-equiv").is_some_and(|v| !v.eq_ignore_ascii_case("content-security-policy")) {
            return Some("a <meta http-equiv> other than the page's CSP".to_owned());
        }
        for (attr, value) in el.attrs() {
            if attr.to_ascii_lowercase().starts_with("on") {
                return Some(format!("an event handler {attr}={value:?} on <{name}>"));
            }
            let v = value.trim_start().to_ascii_lowercase();
            let scheme = ["javascript:", "data:", "vbscript:"].iter().any(|s| v.starts_with(s));
            if URL_ATTRIBUTES.contains(&attr) && (scheme || !v.starts_with('#')) {
                return Some(format!("a URL {attr}={value:?} on <{name}>"));
            }
        }
    }
    let styles = doc.tree.nodes().filter(|n| n.value().as_element().is_some_and(|e| e.name() == "style")).count();
    (styles != 1).then(|| format!("{styles} <style> elements where the page has its own one"))
}

fn html(text: &str) -> String {
    let a = newsbrief_parser::parse(text);
    newsbrief_render::render(&a, &RenderOptions { format: Format::Html, short: false }).expect("renders")
}

#[test]
fn the_checker_sees_what_it_looks_for() {
    let page = html("Title\nBody text here.\n");
    assert_eq!(unsafe_part(&page), None);
    let planted = page.replace("</main>", "<a href=\"javascript:x()\">x</a><b onclick=\"x()\">y</b></main>");
    assert!(unsafe_part(&planted).is_some_and(|p| p.contains("javascript")));
    assert!(unsafe_part(&page.replace("</main>", "<script>x()</script></main>")).is_some());
    assert!(unsafe_part(&page.replace("</main>", "<p onclick=\"x()\">y</p></main>")).is_some());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn hostile_articles_render_to_inert_html(text in hostile_article()) {
        let page = html(&text);
        prop_assert_eq!(unsafe_part(&page), None, "article: {:?}", text);
    }
}
