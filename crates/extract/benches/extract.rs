//! Time per page on one core: the test pages, and a page of the size and shape of a real news
//! page (about 160 KB: inline scripts and styles, navigation, a long related-links rail,
//! comments, and a 1,000-word article), generated here.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

mod page;

fn bench(c: &mut Criterion) {
    let big = page::big_page();
    assert!(big.len() > 150_000, "the generated page is {} bytes", big.len());
    let page = newsbrief_extract::extract(&big, None).expect("the generated page has an article");
    assert_eq!(page.blocks.len(), 25);
    c.bench_function(&format!("extract/generated news page ({} KB)", big.len() / 1000), |b| {
        b.iter(|| newsbrief_extract::extract(black_box(&big), None))
    });
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut pages: Vec<Vec<u8>> =
        std::fs::read_dir(&dir).expect("test pages").flatten().filter_map(|e| std::fs::read(e.path()).ok()).collect();
    pages.sort();
    c.bench_function(&format!("extract/all {} test pages", pages.len()), |b| {
        b.iter(|| pages.iter().filter(|p| newsbrief_extract::extract(black_box(p), None).is_ok()).count())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
