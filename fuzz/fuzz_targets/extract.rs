//! Arbitrary bytes as a web page: extraction never panics, and what it gives is
//! clean text — no control character but the line breaks — whose parse holds
//! the model's invariants (the checks the ordinary tests run, from
//! `newsbrief-tests`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsbrief_tests::invariants;

fuzz_target!(|bytes: &[u8]| {
    let Ok(page) = newsbrief_extract::extract(bytes, Some("https://news.example/a")) else {
        return;
    };
    let text = page.to_text();
    if let Some(c) = text.chars().find(|&c| c.is_control() && c != '\n') {
        panic!("control character {c:?} in the extracted text");
    }
    let article = newsbrief_parser::parse(&text);
    invariants(&text, &article).unwrap();
});
