//! Every input that once broke the parser or the briefing (found by fuzzing or
//! by hand) still parses into a valid model and renders to inert HTML and
//! Markdown.

use std::path::Path;

use newsbrief_render::{Format, RenderOptions, render};
use newsbrief_tests::{html_is_inert, invariants, markdown_is_inert};

fn check(name: &str, text: &str) {
    let article = newsbrief_parser::parse(text);
    if let Err(e) = invariants(text, &article) {
        panic!("{name}: {e}");
    }
    let html = render(&article, &RenderOptions { format: Format::Html, short: false }).expect("renders");
    if let Err(e) = html_is_inert(&html) {
        panic!("{name}: HTML: {e}");
    }
    let md = render(&article, &RenderOptions { format: Format::Markdown, short: false }).expect("renders");
    if let Err(e) = markdown_is_inert(&md) {
        panic!("{name}: Markdown: {e}");
    }
}

#[test]
fn every_recorded_input_still_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut n_inputs = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/regressions exists") {
        let path = entry.expect("readable folder").path();
        if path.extension().is_some_and(|x| x == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable input");
        check(&path.display().to_string(), &String::from_utf8_lossy(&bytes));
        n_inputs += 1;
    }
    assert!(n_inputs > 0, "no recorded inputs in {}", dir.display());
}

#[test]
fn footer_clause_with_case_changing_letters() {
    // Lowercasing "Ⱥ" (2 bytes) gives "ⱥ" (3 bytes): an index found in a
    // lowercased copy must never slice the original.
    check("footer", "A headline\nBody text here.\n(Reporting by A; ȺȺȺȺ by Bo)\n");
    check("footer İ", "A headline\nBody text here.\n(Reporting by İİİ; Editing by İstanbul Desk)\n");
}

#[test]
fn the_inertness_checks_catch_markup() {
    assert!(html_is_inert("<p title=\"a onclick=x\">a onload=b</p>").is_ok());
    assert!(html_is_inert("<p onclick=\"x\">").is_err());
    assert!(html_is_inert("<a href='javascript:x'>").is_err());
    assert!(html_is_inert("<img src = data:image/png>").is_err());
    assert!(html_is_inert("<SCRIPT>").is_err());
    assert!(markdown_is_inert("a &lt;b&gt; \\<i\\>").is_ok());
    assert!(markdown_is_inert("<b>x</b>").is_err());
    assert!(markdown_is_inert("[x](javascript:alert(1))").is_err());
}

#[test]
fn timex3_values_are_told_from_others() {
    for good in [
        "PRESENT_REF",
        "2023",
        "202",
        "20",
        "XXXX",
        "2023-03",
        "2023-03-17",
        "XXXX-03-17",
        "XXXX-XX-XX",
        "2023-W11",
        "XXXX-WXX-5",
        "2023-W11-WE",
        "2023-Q1",
        "XXXX-QX",
        "2023-H2",
        "2023-SU",
        "2023-03-17T14",
        "2023-03-17T14:30",
        "2023-03-17T14:30:05",
        "XXXX-WXX-5TNI",
        "P3Y",
        "PXDE",
        "P1.5Y",
        "PT5H30M",
        "PT99.99S",
        "P2DT3H",
        "PXY",
    ] {
        assert!(newsbrief_tests::is_timex3_value(good), "{good} is a TIMEX3 value");
    }
    for bad in [
        "",
        "P",
        "PT",
        "2023-13",
        "2023-03-32",
        "2023-W54",
        "2023-Q5",
        "2023-3-17",
        "T14:30",
        "XXXX-WXX-WXX",
        "P3",
        "P.5Y",
        "PY",
        "2023-03-17T25",
        "2023-03-17T14:60",
        "week XX",
        "Feb XXXX",
        "20233",
    ] {
        assert!(!newsbrief_tests::is_timex3_value(bad), "{bad} is not a TIMEX3 value");
    }
}
