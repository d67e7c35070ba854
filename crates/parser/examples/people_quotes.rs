//! Prints the people of an article with their roles, and what each of them said.
//!
//! `cargo run -p newsbrief-parser --example people_quotes -- article.txt`

use newsbrief_parser::{EntityKind, parse};

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/010_sample_summit.txt".to_owned());
    let text = std::fs::read_to_string(&path)?;
    let article = parse(&text);
    for person in article.entities_of(EntityKind::Person) {
        let role = person.descriptors.first().map(|d| format!(" ({d})")).unwrap_or_default();
        println!("{}{role}: {} mention(s)", person.name, person.mentions.len());
        for quote in article.quotes_by(person.id) {
            println!("    “{}”", quote.text);
        }
    }
    Ok(())
}
