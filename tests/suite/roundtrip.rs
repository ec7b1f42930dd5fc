//! Round trip of the file format: `load(to_bytes(q)) == q` for arbitrary quizzes, and saving is
//! deterministic and stable (`to_bytes(load(to_bytes(q)))` gives the very same bytes).
//!
//! Quizzes travel between advisors and tools for years; a load/save cycle must never lose or
//! alter anything — accents, emoji, line breaks, images, hotspot coordinates, and fields this
//! version does not know (written by a newer minor version or another tool) at every level —
//! and two saves must give the same bytes so shared folders and diffs stay quiet.
//! Generated quizzes follow the model's conventions: `language` is never empty (the loader
//! turns an absent one into "fr"), empty optionals stand for absent ones, time limits and
//! competence levels are within range (the loader drops out-of-range ones, on purpose), and
//! unknown fields never use a name the writer produces at that level.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use atelier_quiz::format::{self, ImageCheck};
use atelier_quiz::model::{
    Asset, Author, Choice, Competence, Credit, Extra, ImageRef, Level, MediaType, Question,
    QuestionKind, QuestionType, Quiz, Region, Source, SourceRef, SourceUse,
};
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;

// Field names the writer produces, per object kind (format spec, in write order).
const QUIZ: &[&str] = &[
    "format",
    "version",
    "title",
    "description",
    "language",
    "authors",
    "license",
    "created",
    "modified",
    "sources",
    "levels",
    "questions",
    "assets",
];
const AUTHOR: &[&str] = &["name", "contact"];
const SOURCE: &[&str] = &[
    "id", "title", "author", "url", "license", "use", "changes", "note",
];
const LEVEL: &[&str] = &["id", "name", "description"];
const QUESTION: &[&str] = &[
    "id",
    "level",
    "type",
    "prompt",
    "image",
    "explanation",
    "notes",
    "source",
    "time_limit_s",
    "tags",
    "competences",
];
const IMAGE: &[&str] = &["asset", "alt"];
const CHOICE: &[&str] = &["text", "image", "correct"];
const REGION: &[&str] = &["x", "y", "w", "h"];
const SOURCE_REF: &[&str] = &["ref", "detail"];
const COMPETENCE: &[&str] = &["framework", "code", "level"];
const ASSET: &[&str] = &["media_type", "data", "credit"];
const CREDIT: &[&str] = &["title", "author", "url", "license"];
/// Type-specific question fields, written only for their own type.
const TYPE_FIELDS: &[&str] = &["choices", "answer", "items", "regions", "answer_text"];

fn type_fields(t: QuestionType) -> &'static [&'static str] {
    match t {
        QuestionType::SingleChoice | QuestionType::MultipleChoice | QuestionType::Poll => {
            &["choices"]
        }
        QuestionType::TrueFalse => &["answer"],
        QuestionType::Ordering => &["items"],
        QuestionType::Hotspot => &["regions"],
        QuestionType::Open => &["answer_text"],
        QuestionType::Unknown => &[],
    }
}

/// Text as authors type it, plus arbitrary characters (controls included).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => select(vec![
            "", "Découverte", "L'été « chaud » ?", "Verrou 🔒, pouce 👍🏽", "ligne 1\nligne 2\ttab",
            "guillemets \" et \\ barre", "\u{0}\u{1f}\u{7f}\u{2028}", "   ", "日本語", "fr",
        ])
        .prop_map(str::to_owned),
        1 => "[a-zA-Z0-9éèàçœ«»'\" \n-]{0,16}",
        1 => vec(any::<char>(), 0..10).prop_map(String::from_iter),
    ]
}

/// Object keys: very often a field name of some level, so collisions get exercised.
fn key() -> impl Strategy<Value = String> {
    let known: Vec<&str> = [
        QUIZ,
        AUTHOR,
        SOURCE,
        LEVEL,
        QUESTION,
        TYPE_FIELDS,
        IMAGE,
        CHOICE,
        SOURCE_REF,
    ]
    .concat()
    .into_iter()
    .chain([
        "framework",
        "code",
        "media_type",
        "data",
        "credit",
        "x_future",
        "ext:tool",
    ])
    .collect();
    prop_oneof![2 => select(known).prop_map(str::to_owned), 1 => text()]
}

fn json_value() -> impl Strategy<Value = Value> {
    use proptest::num::f64::{NEGATIVE, NORMAL, POSITIVE, SUBNORMAL, ZERO};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (POSITIVE | NEGATIVE | NORMAL | SUBNORMAL | ZERO).prop_map(Value::from),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(Value::Array),
            btree_map(key(), inner, 0..3).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Unknown fields: arbitrary keys and values, without the names `known` at that level.
fn extra(known: &'static [&'static str]) -> impl Strategy<Value = Extra> {
    prop_oneof![
        1 => Just(Extra::new()),
        2 => btree_map(key(), json_value(), 1..3)
            .prop_map(move |m| m.into_iter().filter(|(k, _)| !known.contains(&k.as_str())).collect()),
    ]
}

fn asset_id() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec!["logo", "capture-écran", "🖼", ""]).prop_map(str::to_owned),
        text()
    ]
}

prop_compose! {
    fn image_ref()(asset in asset_id(), alt in text(), extra in extra(IMAGE)) -> ImageRef {
        ImageRef { asset, alt, extra }
    }
}

prop_compose! {
    fn choice()(text in text(), image in option::of(image_ref()), correct in any::<bool>(),
                extra in extra(CHOICE)) -> Choice {
        Choice { text, image, correct, extra }
    }
}

fn fraction() -> impl Strategy<Value = f64> {
    // Mostly valid fractions with full f64 precision; sometimes any finite number (a content
    // error, which must round-trip all the same).
    prop_oneof![4 => 0.0..=1.0f64, 1 => -1e9..1e9f64, 1 => select(vec![0.0, 1.0, 0.1, 1e-12])]
}

prop_compose! {
    fn region()(x in fraction(), y in fraction(), w in fraction(), h in fraction(),
                extra in extra(REGION)) -> Region {
        Region { x, y, w, h, extra }
    }
}

fn kind() -> impl Strategy<Value = QuestionKind> {
    let choices = || vec(choice(), 0..5);
    prop_oneof![
        choices().prop_map(|choices| QuestionKind::SingleChoice { choices }),
        choices().prop_map(|choices| QuestionKind::MultipleChoice { choices }),
        choices().prop_map(|choices| QuestionKind::Poll { choices }),
        any::<bool>().prop_map(|answer| QuestionKind::TrueFalse { answer }),
        vec(text(), 0..5).prop_map(|items| QuestionKind::Ordering { items }),
        vec(region(), 0..4).prop_map(|regions| QuestionKind::Hotspot { regions }),
        text().prop_map(|answer_text| QuestionKind::Open { answer_text }),
        // A newer version's type: kept, its own fields in `extra` (tolerant reading).
        select(vec!["matching", "drag_drop", "x-future", "Sondage"]).prop_map(|t| {
            QuestionKind::Unknown {
                type_name: t.to_owned(),
            }
        }),
    ]
}

prop_compose! {
    fn competence()(framework in prop_oneof![Just("CRCN".to_owned()), Just("DigComp-2.2".to_owned()), text()],
                    code in text(), level in option::of(1u8..=8), extra in extra(COMPETENCE)) -> Competence {
        Competence { framework, code, level, extra }
    }
}

prop_compose! {
    fn source_ref()(source in text(), detail in text(), extra in extra(SOURCE_REF)) -> SourceRef {
        SourceRef { source, detail, extra }
    }
}

prop_compose! {
    fn question()(ids in (text(), text(), text()), image in option::of(image_ref()), kind in kind(),
                  texts in (text(), text()), source in option::of(source_ref()),
                  time_limit_s in option::of(5u32..=600), tags in vec(text(), 0..3),
                  competences in vec(competence(), 0..3), extra in extra(&[])) -> Question {
        let (id, level, prompt) = ids;
        // Unknown fields may use another type's field name (an `open` question keeps a stray
        // `choices`), never one this type writes.
        let own = type_fields(kind.question_type());
        let extra = extra.into_iter().filter(|(k, _)| !QUESTION.contains(&k.as_str()) && !own.contains(&k.as_str())).collect();
        Question {
            prompt, image, explanation: texts.0, notes: texts.1, source, time_limit_s, tags,
            competences, extra, ..Question::new(id, level, kind)
        }
    }
}

prop_compose! {
    fn author()(name in text(), contact in text(), extra in extra(AUTHOR)) -> Author {
        Author { name, contact, extra }
    }
}

prop_compose! {
    fn source()(ids in (text(), text(), text(), text(), text()),
                usage in option::of(select(SourceUse::ALL.to_vec())),
                newer_use in option::of(select(vec!["remixed", "translated", ""])),
                changes in text(), note in text(), extra in extra(SOURCE)) -> Source {
        let (id, title, author, url, license) = ids;
        let mut extra = extra;
        // A newer version's `use` value: kept in `extra`, written back (tolerant reading).
        if let (None, Some(raw)) = (usage, newer_use.filter(|r| !r.is_empty())) {
            extra.insert("use".into(), Value::String(raw.to_owned()));
        }
        Source { id, title, author, url, license, usage, changes, note, extra }
    }
}

prop_compose! {
    fn level()(id in text(), name in text(), description in text(), extra in extra(LEVEL)) -> Level {
        Level { id, name, description, extra }
    }
}

prop_compose! {
    fn asset()(media in select(MediaType::ALL.to_vec()), credit in (text(), text(), text(), text(), extra(CREDIT)),
               extra in extra(ASSET)) -> Asset {
        let (title, author, url, license, credit_extra) = credit;
        let credit = Credit { title, author, url, license, extra: credit_extra };
        Asset { credit, extra, ..Asset::new(media, common::tiny_image(media).to_vec()) }
    }
}

fn language() -> impl Strategy<Value = String> {
    let tags = select(vec!["fr", "en", "fr-FR", "br", "oc", "gcf-GP"]).prop_map(str::to_owned);
    prop_oneof![3 => tags, 1 => text().prop_filter("never empty", |s| !s.is_empty())]
}

prop_compose! {
    fn quiz()(texts in (text(), text(), language(), text(), text(), text()),
              authors in vec(author(), 0..3), sources in vec(source(), 0..3),
              levels in vec(level(), 0..3), questions in vec(question(), 0..5),
              assets in btree_map(asset_id(), asset(), 0..3), extra in extra(QUIZ)) -> Quiz {
        let (title, description, language, license, created, modified) = texts;
        Quiz {
            title, description, language, authors, license, created, modified, sources, levels,
            questions, assets, extra,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn save_then_load_gives_the_same_quiz_and_the_same_bytes(q in quiz()) {
        let bytes = format::to_bytes(&q).unwrap();
        prop_assert_eq!(&format::to_bytes(&q).unwrap(), &bytes, "two saves differ");
        let loaded = match format::load_with(&bytes, ImageCheck::Full) {
            Ok(loaded) => loaded,
            Err(e) => return Err(TestCaseError::fail(format!("refused: {:?}", e.diagnostics))),
        };
        prop_assert_eq!(&loaded.quiz, &q);
        let again = format::to_bytes(&loaded.quiz).unwrap();
        prop_assert!(again == bytes, "second save differs:\n{}\n---\n{}",
            String::from_utf8_lossy(&bytes), String::from_utf8_lossy(&again));
        let head = b"{\n  \"format\": \"atelier-quiz\",\n  \"version\": 1,\n";
        prop_assert!(bytes.starts_with(head) && bytes.ends_with(b"}\n"), "not the canonical layout");
    }
}

#[test]
fn the_shipped_binary_parses_floats_exactly() {
    // serde_json's default float parser may be off by one ulp (≈10 % of random fractions):
    // hotspot coordinates would then drift at every save. Dev-dependencies (jsonschema) turn
    // `float_roundtrip` on in test builds only, which hides the problem from every other
    // test here, so the normal dependency itself must ask for it.
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let dependencies = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap();
    let serde_json = dependencies
        .lines()
        .find(|l| l.starts_with("serde_json"))
        .unwrap();
    assert!(
        serde_json.contains("float_roundtrip"),
        "Cargo.toml: {serde_json}"
    );
}
