//! Article text reaches HTML and Markdown as literal text, never as markup.

use newsbrief_render::{Format, RenderOptions};
use pulldown_cmark::{Event, Options as MdOptions, Parser, Tag};

const HOSTILE: &str = "Site <script>alert(1)</script> & *bold* _it_ `code` # | pipe |\n\
By Ann Lee\n\
A group posted [x](javascript:alert(1)) and ![p](http://tracker.example/p.png) and <img src=x onerror=alert(2)>.\n\
- not a list\n";

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
            // Bold labels in the meta line are ours; any other markup is an injection.
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::Emphasis | Tag::Table(_))
            | Event::Html(_)
            | Event::InlineHtml(_)
            | Event::Code(_) => panic!("markup from the article leaked into Markdown: {ev:?}\n{md}"),
            Event::Text(t) => text.push_str(&t),
            _ => {}
        }
    }
    for literal in
        ["<script>alert(1)</script>", "*bold*", "_it_", "`code`", "[x](javascript:alert(1))", "![p]", "- not a list"]
    {
        assert!(text.contains(literal), "literal {literal:?} missing from rendered Markdown text");
    }
}
