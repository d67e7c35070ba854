//! Golden snapshots of every fixture: the JSON model, the HTML page and the Markdown summary.

use newsbrief_parser::{Date, Options};
use newsbrief_render::{Format, RenderOptions};
use newsbrief_tests::{fixtures, invariants};

fn options() -> Options {
    // No reference date: relative dates resolve against the article's own date, when it has one.
    Options::default()
}

fn render(text: &str, format: Format) -> String {
    let a = newsbrief_parser::parse_with(text, &options());
    newsbrief_render::render(&a, &RenderOptions { format, short: false }).expect("renders")
}

#[test]
fn fixtures_hold_the_invariants() {
    for (name, text) in fixtures() {
        let a = newsbrief_parser::parse_with(&text, &options());
        if let Err(e) = invariants(&text, &a) {
            panic!("{name}: {e}");
        }
    }
}

#[test]
fn there_are_enough_fixtures() {
    assert!(fixtures().len() >= 8);
}

#[test]
fn json_snapshots() {
    for (name, text) in fixtures() {
        let a = newsbrief_parser::parse_with(&text, &options());
        let json = serde_json::to_string_pretty(&a).expect("serializes");
        insta::assert_snapshot!(format!("{name}.json"), json);
    }
}

#[test]
fn html_snapshots() {
    for (name, text) in fixtures() {
        insta::assert_snapshot!(format!("{name}.html"), render(&text, Format::Html));
    }
}

#[test]
fn markdown_snapshots() {
    for (name, text) in fixtures() {
        insta::assert_snapshot!(format!("{name}.md"), render(&text, Format::Markdown));
    }
}

#[test]
fn reference_date_flag_wins_over_the_article_date() {
    let text = "Published March 17, 2023\nThe minister resigned.\n";
    let a = newsbrief_parser::parse_with(text, &Options::default().with_reference_date(Date::parse_iso("2024-01-02")));
    assert_eq!(a.meta.published, Date::parse_iso("2023-03-17"));
    assert_eq!(a.meta.reference_date, Date::parse_iso("2024-01-02"));
}
