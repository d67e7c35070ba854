//! `parse` on arbitrary text never panics, and the model keeps its invariants
//! (spans valid and in order, paragraphs lossless): the checks the ordinary
//! tests run, from `newsbrief-tests`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsbrief_tests::invariants;

fuzz_target!(|text: &str| {
    let article = newsbrief_parser::parse(text);
    invariants(text, &article).unwrap();
});
