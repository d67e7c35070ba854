//! The JSON of every fixture is valid against the published JSON Schema.

use newsbrief_tests::fixtures;

#[test]
fn fixtures_match_the_schema() {
    let schema = newsbrief_parser::json_schema().to_value();
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    for (name, text) in fixtures() {
        let a = newsbrief_parser::parse(&text);
        let json = serde_json::to_value(&a).expect("serializes");
        let errors: Vec<String> =
            validator.iter_errors(&json).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn the_schema_rejects_a_broken_document() {
    let schema = newsbrief_parser::json_schema().to_value();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut json = serde_json::to_value(newsbrief_parser::parse("A line.\n")).unwrap();
    json["paragraphs"][0]["span"] = serde_json::json!([1]);
    assert!(!validator.is_valid(&json));
    json["paragraphs"][0]["span"] = serde_json::json!([0, 7]);
    json["paragraphs"][0]["role"] = serde_json::json!("sidebar");
    assert!(!validator.is_valid(&json));
    json["paragraphs"][0]["role"] = serde_json::json!("body");
    assert!(validator.is_valid(&json));
    json["meta"]["reference_date_source"] = serde_json::json!("inferred");
    assert!(validator.is_valid(&json));
    json["meta"]["reference_date_source"] = serde_json::json!("guessed");
    assert!(!validator.is_valid(&json));
}
