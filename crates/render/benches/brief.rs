//! Briefing time on inputs built to hit the worst cases of the render, at 1 MB and 2 MB:
//! a briefing must take about twice as long for twice the input, never more.
//!
//! - `partial_quotes`: one sentence of many short partial quotes;
//! - `dates_amounts`: one sentence of dates, sums and percentages;
//! - `dated_paragraph`: one paragraph of short dated sentences;
//! - `one_line`: the fixture articles as a single line without full stops.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use newsbrief_render::{Format, RenderOptions};

/// `unit` repeated to `size` bytes (cut on a char boundary), between a head and a tail.
fn fill(head: &str, unit: &str, size: usize, tail: &str) -> String {
    let mut s = String::with_capacity(size + head.len() + tail.len() + unit.len());
    s.push_str(head);
    while s.len() < size {
        s.push_str(unit);
    }
    let mut cut = size.max(head.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s.push_str(tail);
    s
}

fn fixture_words() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut words = String::new();
    for name in ["001_reuters_dateline.txt", "004_ap_kyiv.txt", "010_sample_summit.txt"] {
        let text = std::fs::read_to_string(dir.join(name)).expect("fixture readable");
        for w in text.split(|c: char| c.is_whitespace() || c == '.').filter(|w| !w.is_empty()) {
            words.push_str(w);
            words.push(' ');
        }
    }
    words
}

fn shapes(size: usize) -> Vec<(&'static str, String)> {
    vec![
        (
            "partial_quotes",
            fill(
                "Headline here\nThe mayor called the plan ",
                "“bold” and “late” and “costly” and ",
                size,
                "the end.\n",
            ),
        ),
        (
            "dates_amounts",
            fill(
                "Headline here\nThe fund ",
                "paid $5 million on March 3, 2021 and 7% on May 4, 2022 and ",
                size,
                "more.\n",
            ),
        ),
        ("dated_paragraph", fill("Headline here\n", "The minister met the envoy on Monday. ", size, "\n")),
        ("one_line", fill("", &fixture_words(), size, "\n")),
    ]
}

fn brief_adversarial(c: &mut Criterion) {
    let mut g = c.benchmark_group("brief_adversarial");
    g.sample_size(10);
    let options = RenderOptions { format: Format::Html, short: false };
    for size in [1_000_000, 2_000_000] {
        for (name, text) in shapes(size) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, format!("{}MB", size / 1_000_000)), &text, |b, text| {
                b.iter(|| {
                    let article = newsbrief_parser::parse(black_box(text));
                    black_box(newsbrief_render::render(&article, &options).expect("renders").len())
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, brief_adversarial);
criterion_main!(benches);
