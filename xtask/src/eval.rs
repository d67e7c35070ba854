//! `cargo xtask eval <topic>`: parse a dev set in-process and run its scorer.

use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};
use newsbrief_parser::{Date, Options};

/// Runs the evaluation of one topic.
pub fn run(topic: &str) -> Result<()> {
    // The folder of the set, its gold file and the name of the predictions.
    let (folder, set, name) = match topic {
        "times" | "timex" => ("timex", "dev.jsonl", "timex"),
        "ner" | "quotes" | "sentences" | "summary" => (topic, "dev.jsonl", topic),
        // The same documents hard-wrapped at 72 columns, scored by the same scorer.
        "sentences-wrapped" => ("sentences", "dev-wrapped.jsonl", topic),
        "extract" => return crate::eval_extract::run(),
        _ => bail!("unknown topic `{topic}` (ner, quotes, times, sentences, sentences-wrapped, summary, extract)"),
    };
    let dir = crate::shared()?.join("eval").join(folder);
    let gold = dir.join(set);
    let out_dir = crate::root().join("target/eval");
    fs::create_dir_all(&out_dir)?;
    let pred = out_dir.join(format!("{name}.pred.jsonl"));
    let points = if folder == "summary" { 3 } else { Options::default().key_points };

    let mut w = BufWriter::new(fs::File::create(&pred)?);
    let mut n = 0usize;
    let mut bytes = 0usize;
    let t0 = std::time::Instant::now();
    for doc in documents(&gold)? {
        let doc = doc?;
        let text = doc["text"].as_str().unwrap_or("");
        let date = doc["date"].as_str().and_then(|d| Date::parse_iso(d.get(..10).unwrap_or(d)));
        let options = Options::default().with_reference_date(date).with_key_points(points);
        let article = newsbrief_parser::parse_with(text, &options);
        serde_json::to_writer(&mut w, &serde_json::json!({ "id": doc["id"], "article": article }))?;
        w.write_all(b"\n")?;
        n += 1;
        bytes += text.len();
    }
    w.flush()?;
    let secs = t0.elapsed().as_secs_f64();
    println!("parsed {n} documents ({:.1} MB) in {secs:.2}s; predictions in {}", bytes as f64 / 1e6, pred.display());
    let status = Command::new("python3")
        .arg(dir.join("score.py"))
        .arg(&gold)
        .arg(&pred)
        .status()
        .context("running python3 (the scorers need Python 3)")?;
    if !status.success() {
        bail!("the scorer failed ({status})");
    }
    Ok(())
}

/// The documents of a JSON-lines dev set, blank lines skipped; a bad line is an error naming the
/// file and the line.
pub(crate) fn documents(path: &Path) -> Result<impl Iterator<Item = Result<serde_json::Value>>> {
    let reader = BufReader::new(fs::File::open(path).with_context(|| format!("opening {}", path.display()))?);
    let name = path.display().to_string();
    Ok(reader.lines().enumerate().filter_map(move |(i, line)| match line {
        Err(e) => Some(Err(e.into())),
        Ok(line) if line.trim().is_empty() => None,
        Ok(line) => Some(serde_json::from_str(&line).with_context(|| format!("{name}: line {}", i + 1))),
    }))
}
