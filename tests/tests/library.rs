//! The parser crate as an outside user sees it: only its public API.

use newsbrief_parser::{Analyses, Article, Date, Options, Role, Span, parse, parse_with};

const STORY: &str = "Museum Reopens After Flood Repairs
By Nora Quist
BRISTOL, England — The city museum reopened on Saturday after a $12 million repair, its director said.
“We are back, and better,” said Helen Marsh, the museum’s director.
";

#[test]
fn a_user_navigates_the_model() {
    let a: Article<'_> = parse(STORY);
    assert_eq!(a.meta.headline.as_ref().map(|h| h.text.as_ref()), Some("Museum Reopens After Flood Repairs"));
    assert_eq!(a.meta.byline[0].name, "Nora Quist");
    assert_eq!(a.meta.dateline.as_ref().map(|d| d.place.as_ref()), Some("BRISTOL, England"));

    let body: Vec<&str> = a.body().flat_map(|(_, p)| p.sentences.iter().map(|s| s.span.as_str(STORY))).collect();
    assert_eq!(body[0], "The city museum reopened on Saturday after a $12 million repair, its director said.");

    // The sentence containing a span, and back.
    let at = STORY.find("repair,").unwrap();
    let id = a.sentence_at(Span::new(at, at + 6)).expect("inside a sentence");
    assert_eq!(a.paragraphs[id.paragraph].role, Role::Body);
    assert!(a.slice(a.sentence(id).unwrap().span).starts_with("The city museum"));
    assert_eq!(a.paragraph_at(at), Some(id.paragraph));
}

#[test]
fn an_owned_article_outlives_its_input() {
    let owned: Article<'static> = {
        let text = STORY.to_owned();
        let a = parse(&text).into_owned();
        drop(text);
        a
    };
    assert_eq!(owned, parse(STORY).into_owned());
    assert_eq!(owned.text(), STORY);
}

#[test]
fn options_choose_date_points_and_analyses() {
    let options = Options::default()
        .with_reference_date(Date::parse_iso("2023-03-17"))
        .with_key_points(1)
        .with_analyses(Analyses::NONE);
    let a = parse_with(STORY, &options);
    assert_eq!(a.meta.reference_date, Date::parse_iso("2023-03-17"));
    assert!(a.entities.is_empty() && a.quotes.is_empty() && a.times.is_empty() && a.key_points.is_empty());
    let a = parse_with(STORY, &Options::default().with_key_points(1));
    assert_eq!(a.key_points.len(), 1);
}

#[test]
fn problems_are_diagnostics_not_errors() {
    let text = "---\ntitle: Ok\nthis line is not key value\n---\nBody text.\n";
    let a = parse(text);
    let d = &a.diagnostics[0];
    assert_eq!(d.code, "front-matter-line");
    assert_eq!(d.span.as_str(text), "this line is not key value");
}

#[test]
fn json_is_the_documented_contract() {
    let v = serde_json::to_value(parse(STORY)).unwrap();
    assert_eq!(v["schema"], "newsbrief/article@1");
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    for k in
        ["meta", "paragraphs", "entities", "quotes", "times", "amounts", "attributions", "key_points", "diagnostics"]
    {
        assert!(keys.contains(&k), "missing {k}");
    }
    assert!(v["paragraphs"][0]["span"].as_array().is_some_and(|s| s.len() == 2));
}

#[test]
fn sentence_at_finds_the_one_sentence_holding_a_span() {
    for (name, text) in newsbrief_tests::fixtures() {
        let a = parse(&text);
        // The answer of a plain scan over every sentence, for spans inside, across and
        // between sentences (an empty span at a paragraph's end belongs to no paragraph).
        let scan = |span: Span| a.sentences().find(|(_, s)| s.span.start <= span.start && span.end <= s.span.end);
        for (_, s) in a.sentences() {
            let (lo, hi) = (s.span.start, s.span.end);
            let mid = (lo + 1..hi).find(|&i| i >= (lo + hi) / 2 && text.is_char_boundary(i)).unwrap_or(lo);
            let after = (hi + 1..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(hi);
            let spans =
                [Span::new(lo, hi), Span::new(lo, mid), Span::new(mid, hi), Span::new(mid, mid), Span::new(mid, after)];
            for span in spans.into_iter().filter(|s| !s.is_empty() || (lo < s.start && s.start < hi)) {
                assert_eq!(a.sentence_at(span), scan(span).map(|(id, _)| id), "{name}: {span:?}");
            }
        }
    }
}
