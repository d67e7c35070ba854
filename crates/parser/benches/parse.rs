//! Parse throughput on the repository's fixture articles, repeated to about 10 MB.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsbrief_parser::{Analyses, Options, parse_with};

fn corpus() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut one = String::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("fixtures folder").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        if e.path().extension().is_some_and(|x| x == "txt") {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                one.push_str(&text);
                one.push_str("\n\n");
            }
        }
    }
    let mut big = String::with_capacity(10 << 20);
    while big.len() < 10 << 20 && !one.is_empty() {
        big.push_str(&one);
    }
    big
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    let none = Analyses::NONE;
    let configs = [
        ("layout_sentences", none),
        ("times", none.with_times(true)),
        ("amounts", none.with_amounts(true)),
        ("entities", none.with_entities(true)),
        ("quotes", none.with_quotes(true)),
        ("key_points", none.with_key_points(true)),
        ("full", Analyses::ALL),
    ];
    for (name, analyses) in configs {
        let options = Options::default().with_analyses(analyses);
        g.bench_function(name, |b| b.iter(|| black_box(parse_with(black_box(&text), &options)).paragraphs.len()));
    }
    g.finish();
}

/// Inputs built to hit worst cases: one 2 MB paragraph of unclosed quotation marks, a run of
/// titles, and the fixtures as a single line. Throughput should match the ordinary corpus's order.
fn adversarial(c: &mut Criterion) {
    let one_line = corpus().replace('\n', " ");
    let mut cut = (2 << 20).min(one_line.len());
    while !one_line.is_char_boundary(cut) {
        cut -= 1;
    }
    let inputs = [
        ("unclosed_quotes", "“Yes, ".repeat(250_000)),
        ("titles", "Mr. ".repeat(500_000) + "Lee said."),
        ("one_line", one_line[..cut].to_owned()),
    ];
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| black_box(parse_with(black_box(text), &Options::default())).paragraphs.len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench, adversarial);
criterion_main!(benches);
