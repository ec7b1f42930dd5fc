//! The published JSON Schema (`docs/atelier-quiz-v1.schema.json`) agrees with the app: every
//! bundled sample and every file the app writes validates against it, and a structurally
//! broken file does not. Tools built on the schema can then trust what colleagues exchange.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::fs;
use std::path::Path;

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_slice(&fs::read(root().join("docs/atelier-quiz-v1.schema.json")).unwrap())
            .unwrap();
    jsonschema::validator_for(&schema).expect("the schema itself is valid")
}

fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn every_sample_validates() {
    let validator = validator();
    let mut checked = 0;
    for entry in fs::read_dir(root().join("quizzes")).unwrap() {
        let path = entry.unwrap().path();
        if !path.to_string_lossy().ends_with(".quiz.json") {
            continue;
        }
        let doc: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
        assert_eq!(
            errors(&validator, &doc),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 2, "samples found: {checked}");
}

#[test]
fn what_the_app_writes_validates() {
    let validator = validator();
    let bytes = atelier_quiz::format::to_bytes(&common::valid_quiz()).unwrap();
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(errors(&validator, &doc), Vec::<String>::new());
}

type Mutation = fn(&mut Value);

#[test]
fn structural_errors_fail_the_schema() {
    let validator = validator();
    let good: Value =
        serde_json::from_slice(&atelier_quiz::format::to_bytes(&common::valid_quiz()).unwrap())
            .unwrap();
    let mutations: [(&str, Mutation); 4] = [
        ("wrong format", |v| v["format"] = "autre".into()),
        ("newer version", |v| v["version"] = 2.into()),
        ("unknown type", |v| {
            v["questions"][0]["type"] = "quiz_flash".into();
        }),
        ("two correct answers", |v| {
            v["questions"][0]["choices"][1]["correct"] = true.into();
        }),
    ];
    for (name, mutate) in mutations {
        let mut doc = good.clone();
        mutate(&mut doc);
        assert!(
            !validator.is_valid(&doc),
            "{name} should be refused by the schema"
        );
    }
}
