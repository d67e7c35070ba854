//! The briefing of arbitrary text, in HTML and Markdown: never panics, and
//! nothing from the article becomes markup — no `<script`, no event-handler
//! attribute, no `javascript:` or `data:` URL, no raw HTML in the Markdown.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsbrief_render::{Format, RenderOptions, render};
use newsbrief_tests::{html_is_inert, markdown_is_inert};

fuzz_target!(|text: &str| {
    let article = newsbrief_parser::parse(text);
    let html = render(&article, &RenderOptions { format: Format::Html, short: false }).expect("renders");
    html_is_inert(&html).unwrap();
    for short in [false, true] {
        let md = render(&article, &RenderOptions { format: Format::Markdown, short }).expect("renders");
        markdown_is_inert(&md).unwrap();
    }
});
