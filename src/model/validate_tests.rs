use super::*;
use crate::model::{Asset, Choice, Credit, Level, MediaType, Region, Source, SourceRef};

fn valid_quiz() -> Quiz {
    let mut quiz = Quiz {
        title: "Quiz".into(),
        license: "CC-BY-SA-4.0".into(),
        ..Quiz::default()
    };
    quiz.levels.push(Level {
        id: "l1".into(),
        name: "Découverte".into(),
        ..Level::default()
    });
    let mut q = Question::new(
        "q1",
        "l1",
        QuestionKind::SingleChoice {
            choices: vec![Choice::text("a", true), Choice::text("b", false)],
        },
    );
    q.prompt = "Question ?".into();
    q.explanation = "Parce que.".into();
    quiz.questions.push(q);
    quiz
}

fn problems(quiz: &Quiz) -> Vec<(Problem, String)> {
    validate(quiz)
        .into_iter()
        .map(|d| (d.problem, d.field))
        .collect()
}

#[test]
fn valid_quiz_has_no_diagnostics() {
    assert_eq!(problems(&valid_quiz()), []);
}

#[test]
fn single_choice_needs_exactly_one_correct() {
    let mut quiz = valid_quiz();
    quiz.questions[0].kind.choices_mut().unwrap()[1].correct = true;
    assert_eq!(
        problems(&quiz),
        [(Problem::TooManyCorrect { found: 2 }, "choices".into())]
    );
    for c in quiz.questions[0].kind.choices_mut().unwrap() {
        c.correct = false;
    }
    assert_eq!(
        problems(&quiz),
        [(Problem::NoCorrectAnswer, "choices".into())]
    );
}

#[test]
fn duplicate_and_unresolved_ids_are_named() {
    let mut quiz = valid_quiz();
    let mut dup = quiz.questions[0].clone();
    dup.level = "nope".into();
    quiz.questions.push(dup);
    let diags = validate(&quiz);
    assert!(diags.iter().any(|d| d.problem
        == Problem::DuplicateId {
            kind: IdKind::Question,
            id: "q1".into()
        }
        && d.subject
            == Subject::Question {
                id: "q1".into(),
                number: 2
            }));
    assert!(diags.iter().any(|d| d.problem
        == Problem::UnresolvedRef {
            kind: IdKind::Level,
            id: "nope".into()
        }));
}

#[test]
fn counts_and_ranges() {
    let mut quiz = valid_quiz();
    quiz.questions[0].kind = QuestionKind::Ordering {
        items: vec!["seul".into()],
    };
    quiz.questions[0].time_limit_s = Some(3);
    let p = problems(&quiz);
    assert!(p.contains(&(
        Problem::CountOutOfRange {
            min: 2,
            max: 8,
            found: 1
        },
        "items".into()
    )));
    assert!(p.contains(&(
        Problem::OutOfRange {
            min: 5,
            max: 600,
            found: 3
        },
        "time_limit_s".into()
    )));
}

#[test]
fn hotspot_needs_image_and_valid_regions() {
    let mut quiz = valid_quiz();
    quiz.questions[0].kind = QuestionKind::Hotspot {
        regions: vec![Region::new(0.9, 0.0, 0.2, 0.1)],
    };
    let p = problems(&quiz);
    assert!(p.contains(&(Problem::EmptyField, "image".into())));
    assert!(p.contains(&(Problem::RegionOutOfRange, "regions[0]".into())));
}

#[test]
fn warnings_for_sharing_and_accessibility() {
    let mut quiz = valid_quiz();
    quiz.license.clear();
    quiz.levels.push(Level {
        id: "l2".into(),
        name: "Pratique".into(),
        ..Level::default()
    });
    quiz.sources.push(Source {
        id: "s".into(),
        title: "Guide".into(),
        ..Source::default()
    });
    quiz.assets
        .insert("img".into(), Asset::new(MediaType::Png, b"x".to_vec()));
    quiz.assets.insert(
        "img2".into(),
        Asset {
            credit: Credit {
                author: "Moi".into(),
                ..Credit::default()
            },
            ..Asset::new(MediaType::Png, b"x".to_vec())
        },
    );
    quiz.questions[0].image = Some(ImageRef {
        asset: "img2".into(),
        ..ImageRef::default()
    });
    quiz.questions[0].explanation.clear();
    let codes: Vec<&str> = validate(&quiz).iter().map(|d| d.problem.code()).collect();
    assert_eq!(
        codes,
        [
            "no_license",
            "source_no_license",
            "unused_source",
            "empty_level",
            "no_alt",
            "no_explanation",
            "asset_no_credit",
            "unused_asset",
            "asset_credit_no_license",
        ]
    );
    assert!(validate(&quiz).iter().all(|d| !d.is_error()));
}

#[test]
fn source_reference_must_resolve() {
    let mut quiz = valid_quiz();
    quiz.questions[0].source = Some(SourceRef {
        source: "absent".into(),
        ..SourceRef::default()
    });
    assert_eq!(
        problems(&quiz),
        [(
            Problem::UnresolvedRef {
                kind: IdKind::Source,
                id: "absent".into()
            },
            "source.ref".into()
        )]
    );
}

#[test]
fn dates_and_languages() {
    assert!(is_date("2026-11-27"));
    assert!(!is_date("2026-13-01"));
    assert!(!is_date("2026-02-30"));
    assert!(is_date("2024-02-29"));
    assert!(!is_date("2100-02-29"));
    assert!(!is_date("27/11/2026"));
    assert!(is_language_tag("fr"));
    assert!(is_language_tag("en-GB"));
    assert!(!is_language_tag("français"));
}

#[test]
fn a_prompt_longer_than_the_projector_shows_is_a_warning() {
    let mut quiz = valid_quiz();
    quiz.questions[0].prompt = "a".repeat(Limits::MAX_PROMPT_CHARS);
    assert_eq!(problems(&quiz), []);
    quiz.questions[0].prompt = "é".repeat(1500);
    let max = Limits::MAX_PROMPT_CHARS;
    assert_eq!(
        problems(&quiz),
        [(Problem::LongPrompt { chars: 1500, max }, "prompt".into())]
    );
    assert_eq!(
        validate(&quiz)[0].severity(),
        crate::model::Severity::Warning
    );
}
