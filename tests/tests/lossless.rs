//! Property tests: any text parses without panicking, deterministically, into a
//! lossless model whose spans are valid and whose times are TIMEX3 values.

use newsbrief_tests::invariants;
use proptest::prelude::*;

/// Text built from the pieces articles are made of, so the grammars are exercised.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr. ".to_owned()),
        Just("U.S. ".to_owned()),
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("’s ".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("---\n".to_owned()),
        Just("By Ann Lee and Bo Park\n".to_owned()),
        Just("MOSCOW — ".to_owned()),
        Just("OSLO 2024-05-14\n".to_owned()),
        Just("Published March 17, 2023\n".to_owned()),
        Just("Write to Ann Lee at a@b.com\n".to_owned()),
        Just("$1.5 billion ".to_owned()),
        Just("March 20-22 ".to_owned()),
        Just("… ".to_owned()),
        Just(". ".to_owned()),
        Just("— ".to_owned()),
        Just("\u{feff}".to_owned()),
        // Letters whose lowercase or uppercase has another length in bytes, or is several letters.
        Just("(Reporting by A; ȺȺȺȺ by Bo)\n".to_owned()),
        Just("Editing by İlker Ⱥrda; Writing by Straße\n".to_owned()),
        "[İȺßﬁςΣ\u{212A}\u{1E9E}]{1,3} ",
        "[A-Za-z]{1,8} ",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_text_is_lossless(text in "\\PC{0,400}") {
        let a = newsbrief_parser::parse(&text);
        prop_assert_eq!(invariants(&text, &a), Ok(()));
    }

    #[test]
    fn text_with_case_changing_letters_is_lossless(text in "[İȺßﬁςΣ\u{212A}\u{1E9E}A-Za-z ;()\n.]{0,200}") {
        let a = newsbrief_parser::parse(&text);
        prop_assert_eq!(invariants(&text, &a), Ok(()));
    }

    #[test]
    fn article_like_text_is_lossless(text in article_like()) {
        let a = newsbrief_parser::parse(&text);
        prop_assert_eq!(invariants(&text, &a), Ok(()));
    }

    #[test]
    fn parsing_is_deterministic(text in article_like()) {
        let first = serde_json::to_string(&newsbrief_parser::parse(&text)).expect("serializes");
        let second = serde_json::to_string(&newsbrief_parser::parse(&text)).expect("serializes");
        prop_assert_eq!(first, second);
    }

    #[test]
    fn rendering_never_fails(text in article_like()) {
        let a = newsbrief_parser::parse(&text);
        for format in [newsbrief_render::Format::Html, newsbrief_render::Format::Markdown] {
            let options = newsbrief_render::RenderOptions { format, short: false };
            let res = newsbrief_render::render(&a, &options);
            prop_assert!(res.is_ok());
        }
    }
}
