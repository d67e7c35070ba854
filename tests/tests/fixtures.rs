//! Golden snapshots of every fixture: the JSON model, the HTML page and the Markdown summary.

use newsbrief_parser::{Date, Options};
use newsbrief_render::{Format, RenderOptions};
use newsbrief_tests::{fixtures, invariants};

fn options() -> Options {
    // Relative dates in the fixtures resolve against a fixed day unless the article dates itself.
    Options::default().with_reference_date(None)
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
        let a = newsbrief_parser::parse_with(&text, &options());
        let html =
            newsbrief_render::render(&a, &RenderOptions { format: Format::Html, short: false }).expect("renders");
        insta::assert_snapshot!(format!("{name}.html"), html);
    }
}

#[test]
fn markdown_snapshots() {
    for (name, text) in fixtures() {
        let a = newsbrief_parser::parse_with(&text, &options());
        let md =
            newsbrief_render::render(&a, &RenderOptions { format: Format::Markdown, short: false }).expect("renders");
        insta::assert_snapshot!(format!("{name}.md"), md);
    }
}

#[test]
fn reference_date_flag_wins_over_the_article_date() {
    let text = "Published March 17, 2023\nThe minister resigned.\n";
    let a = newsbrief_parser::parse_with(text, &Options::default().with_reference_date(Date::parse_iso("2024-01-02")));
    assert_eq!(a.meta.published.as_deref(), Some("2023-03-17"));
    assert_eq!(a.meta.reference_date.as_deref(), Some("2024-01-02"));
}
