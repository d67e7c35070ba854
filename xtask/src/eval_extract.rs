//! `cargo xtask eval extract`: the article body from the dev web pages, scored on the body
//! paragraphs; also the metadata hit rates, the time per page, and dom_smoothie's Readability
//! alone on the same pages for comparison.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use newsbrief_extract::{Origin, Page};
use newsbrief_parser::Options;

/// Runs the extraction evaluation.
pub fn run() -> Result<()> {
    let dir = crate::shared()?.join("eval/extract");
    let gold = dir.join("dev.jsonl");
    let out_dir = crate::root().join("target/eval");
    fs::create_dir_all(&out_dir)?;
    let pred = out_dir.join("extract.pred.jsonl");
    let pred_readability = out_dir.join("extract-readability.pred.jsonl");

    let mut w = BufWriter::new(fs::File::create(&pred)?);
    let mut w_r = BufWriter::new(fs::File::create(&pred_readability)?);
    let mut times = Vec::new();
    let mut n = 0usize;
    let mut errors = Vec::new();
    let mut hits: BTreeMap<&str, usize> = BTreeMap::new();
    let mut sources: BTreeMap<String, usize> = BTreeMap::new();
    let mut methods: BTreeMap<String, usize> = BTreeMap::new();
    for doc in crate::eval::documents(&gold)? {
        let doc = doc?;
        let html = doc["html"].as_str().unwrap_or("");
        let origin = Origin { url: doc["url"].as_str(), content_type: None };
        let t0 = Instant::now();
        let page = newsbrief_extract::extract_with(html.as_bytes(), &origin);
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
        n += 1;
        match &page {
            Ok(p) => {
                count(p, &mut hits, &mut sources);
                *methods.entry(format!("{:?}", p.method)).or_default() += 1;
            }
            Err(e) => errors.push(format!("{}: {e}", doc["id"])),
        }
        write_pred(&mut w, &doc["id"], page.ok().as_ref())?;
        let page = newsbrief_extract::extract_readability(html.as_bytes(), &origin);
        write_pred(&mut w_r, &doc["id"], page.ok().as_ref())?;
    }
    w.flush()?;
    w_r.flush()?;
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let p90 = times.get(times.len() * 9 / 10).copied().unwrap_or(0.0);
    let profile = if cfg!(debug_assertions) {
        "debug build; `cargo run --release -p xtask -- eval extract` for timings"
    } else {
        "release build"
    };
    println!("extracted {n} pages: median {median:.1} ms/page, p90 {p90:.1} ms ({profile}, one core)");
    for e in &errors {
        println!("  no article: {e}");
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    let fields: Vec<String> = hits.iter().map(|(f, k)| format!("{f} {k}/{n} ({:.0}%)", pct(*k))).collect();
    println!("metadata found: {}", fields.join(", "));
    let srcs: Vec<String> = sources.iter().map(|(s, k)| format!("{s} {k}")).collect();
    println!("metadata sources: {}", srcs.join(", "));
    let ms: Vec<String> = methods.iter().map(|(m, k)| format!("{m} {k}")).collect();
    println!("body found by: {}", ms.join(", "));
    println!("dom_smoothie (Readability) alone, for comparison:");
    score(&dir, &gold, &pred_readability)?;
    println!("newsbrief-extract (predictions in {}):", pred.display());
    score(&dir, &gold, &pred)
}

fn write_pred(w: &mut impl Write, id: &serde_json::Value, page: Option<&Page>) -> Result<()> {
    let text = page.map(Page::to_text).unwrap_or_default();
    let article = newsbrief_parser::parse_with(&text, &Options::default());
    serde_json::to_writer(&mut *w, &serde_json::json!({ "id": id, "extracted_text": text, "article": article }))?;
    w.write_all(b"\n")?;
    Ok(())
}

fn count(p: &Page, hits: &mut BTreeMap<&str, usize>, sources: &mut BTreeMap<String, usize>) {
    let m = &p.meta;
    let fields = [
        ("title", m.title.as_ref().map(|f| f.source)),
        ("author", m.authors.first().map(|f| f.source)),
        ("published", m.published.as_ref().map(|f| f.source)),
        (
            "published with time zone",
            m.published.as_ref().filter(|f| f.value.offset_minutes.is_some()).map(|f| f.source),
        ),
        ("modified", m.modified.as_ref().map(|f| f.source)),
        ("publisher", m.publisher.as_ref().map(|f| f.source)),
        ("canonical url", m.canonical_url.as_ref().map(|f| f.source)),
        ("language", m.language.as_ref().map(|f| f.source)),
        ("description", m.description.as_ref().map(|f| f.source)),
        ("section", m.section.as_ref().map(|f| f.source)),
    ];
    for (name, source) in fields {
        if let Some(s) = source {
            *hits.entry(name).or_default() += 1;
            if matches!(name, "title" | "author" | "published") {
                *sources.entry(format!("{name}={}", s.as_str())).or_default() += 1;
            }
        }
    }
}

fn score(dir: &Path, gold: &Path, pred: &Path) -> Result<()> {
    let status = Command::new("python3")
        .arg(dir.join("score.py"))
        .arg(gold)
        .arg(pred)
        .arg("--body-roles")
        .status()
        .context("running python3 (the scorers need Python 3)")?;
    if !status.success() {
        bail!("the scorer failed ({status})");
    }
    Ok(())
}
