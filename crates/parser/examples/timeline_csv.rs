//! Dumps the dates and times of an article as CSV: value, end, type, text, sentence.
//!
//! `cargo run -p newsbrief-parser --example timeline_csv -- article.txt 2023-03-17`

use newsbrief_parser::{Date, Options, parse_with};

fn csv(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "tests/fixtures/010_sample_summit.txt".to_owned());
    let reference = args.next().and_then(|d| Date::parse_iso(&d));
    let text = std::fs::read_to_string(&path)?;
    let article = parse_with(&text, &Options::default().with_reference_date(reference));
    println!("value,end,type,text,sentence");
    for t in &article.times {
        let sentence =
            article.sentence_at(t.span).and_then(|id| article.sentence(id)).map_or("", |s| article.slice(s.span));
        println!(
            "{},{},{:?},{},{}",
            csv(&t.value),
            csv(t.end.as_deref().unwrap_or("")),
            t.kind,
            csv(&t.text),
            csv(sentence)
        );
    }
    Ok(())
}
