//! Article text reaches HTML and Markdown as literal text, never as markup.

use newsbrief_render::{Format, RenderOptions};
use pulldown_cmark::{Event, Options as MdOptions, Parser, Tag};

const HOSTILE: &str = "Site <script>alert(1)</script> & *bold* _it_ `code` # | pipe |\n\
By Ann Lee\n\
A group posted [x](javascript:alert(1)) and ![p](http://tracker.example/p.png) and <img src=x onerror=alert(2)>.\n\
- not a list, the group wrote in a long post on its own site on Monday.\n";

fn render(format: Format) -> String {
    let a = newsbrief_parser::parse(HOSTILE);
    newsbrief_render::render(&a, &RenderOptions { format, short: false }).expect("renders")
}

#[test]
fn html_has_no_injected_markup() {
    let html = render(Format::Html);
    for bad in ["<script", "<img", "href=\"javascript", "<iframe"] {
        assert!(!html.contains(bad), "HTML contains {bad}");
    }
    assert!(html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"));
    assert!(!html.contains("http://tracker.example/p.png\""));
}

#[test]
fn markdown_renders_as_literal_text() {
    let md = render(Format::Markdown);
    let mut text = String::new();
    for ev in Parser::new_ext(&md, MdOptions::ENABLE_TABLES | MdOptions::ENABLE_STRIKETHROUGH) {
        match ev {
            // Emphasis and tables are our own template's; links, images, HTML and code can only be injections.
            Event::Start(Tag::Link { .. } | Tag::Image { .. })
            | Event::Html(_)
            | Event::InlineHtml(_)
            | Event::Code(_) => panic!("markup from the article leaked into Markdown: {ev:?}\n{md}"),
            Event::Text(t) => text.push_str(&t),
            _ => {}
        }
    }
    for literal in [
        "<script>alert(1)</script>",
        "*bold*",
        "_it_",
        "`code`",
        "[x](javascript:alert(1))",
        "[p](http://tracker.example/p.png)",
        "<img src=x onerror=alert(2)>",
        "- not a list",
    ] {
        assert!(text.contains(literal), "literal {literal:?} missing from rendered Markdown text");
    }
}

#[test]
fn markdown_has_the_sections_in_order() {
    let text = std::fs::read_to_string(newsbrief_tests::fixtures_dir().join("001_reuters_dateline.txt")).unwrap();
    let a = newsbrief_parser::parse(&text);
    let headings = |short: bool| -> Vec<(pulldown_cmark::HeadingLevel, String)> {
        let md = newsbrief_render::render(&a, &RenderOptions { format: Format::Markdown, short }).unwrap();
        let mut out = Vec::new();
        let mut current: Option<(pulldown_cmark::HeadingLevel, String)> = None;
        for ev in Parser::new_ext(&md, MdOptions::ENABLE_TABLES) {
            match ev {
                Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
                Event::Text(t) => {
                    if let Some((_, s)) = current.as_mut() {
                        s.push_str(&t);
                    }
                }
                Event::End(pulldown_cmark::TagEnd::Heading(_)) => out.extend(current.take()),
                _ => {}
            }
        }
        out
    };
    use pulldown_cmark::HeadingLevel::{H1, H2};
    let full = headings(false);
    assert_eq!(full[0], (H1, "Port strike halts grain shipments as talks stall".to_owned()));
    let h2: Vec<&str> = full.iter().filter(|h| h.0 == H2).map(|h| h.1.as_str()).collect();
    assert_eq!(
        h2[..7],
        ["Bottom line", "Key points", "Quotes", "Timeline", "Who’s who", "Key figures", "Sources cited"]
    );
    let short: Vec<String> = headings(true).into_iter().map(|h| h.1).collect();
    assert_eq!(short, ["Port strike halts grain shipments as talks stall", "Bottom line", "Key points"]);
}
