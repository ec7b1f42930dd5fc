//! Moodle XML import/export on a bank written for these tests (`tests/data/interchange/`).

use super::*;
use crate::model::{Question, QuestionKind, QuestionType};

const BANK: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/interchange/banque.xml"
));

fn ctx() -> ImportContext {
    ImportContext {
        file_name: "ma-banque.xml".into(),
        today: "2026-12-02".into(),
    }
}

fn keys(problems: &[Problem]) -> Vec<(&'static str, Location)> {
    problems
        .iter()
        .map(|p| (p.key, p.location.clone()))
        .collect()
}

#[test]
fn every_supported_type_is_read() {
    let import = import(BANK, &ctx()).unwrap();
    let quiz = &import.quiz;
    let types: Vec<QuestionType> = quiz.questions.iter().map(Question::question_type).collect();
    assert_eq!(
        types,
        [
            QuestionType::SingleChoice,
            QuestionType::TrueFalse,
            QuestionType::MultipleChoice,
            QuestionType::Open,
            QuestionType::Open,
            QuestionType::Ordering,
            QuestionType::Hotspot,
        ]
    );
    let q = &quiz.questions[0];
    assert_eq!(q.id, "mdp-1");
    assert_eq!(q.prompt, "Quel mot de passe est le plus solide\u{a0}?");
    assert_eq!(q.explanation, "La longueur compte plus que les symboles.");
    assert_eq!(q.tags, ["mots-de-passe"]);
    assert_eq!(q.source.as_ref().unwrap().detail, "Solidité");
    assert!(q.notes.contains("Long et facile à retenir."));
    let names: Vec<_> = quiz.levels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Mots de passe", "Courriel"]);
    assert_eq!(
        quiz.questions[4].kind,
        QuestionKind::Open {
            answer_text: "Ne pas cliquer, le signaler.".into()
        }
    );
    let QuestionKind::Hotspot { regions } = &quiz.questions[6].kind else {
        panic!()
    };
    assert_eq!(
        (regions[0].x, regions[0].y, regions[0].w, regions[0].h),
        (0.1, 0.1, 0.2, 0.3)
    );
    assert_eq!((regions[1].x, regions[1].w), (0.7, 0.1));
    assert_eq!(quiz.assets.len(), 1);
    assert_eq!(
        keys(&import.problems),
        [
            ("interchange.gift.feedback_to_notes", Location::Line(7)),
            ("interchange.moodle.zone_boxed", Location::Line(56)),
            ("interchange.moodle.unsupported_type", Location::Line(58)),
            ("interchange.license_unknown", Location::File),
        ]
    );
}

#[test]
fn xml_to_quiz_to_xml_keeps_the_questions() {
    let first = import(BANK, &ctx()).unwrap().quiz;
    let exported = export(&first);
    assert!(
        exported.problems.iter().all(|p| !p.is_error()),
        "{:?}",
        exported.problems
    );
    let second = super::import(&exported.bytes, &ctx()).unwrap().quiz;
    assert_eq!(second.questions.len(), first.questions.len());
    for (a, b) in first.questions.iter().zip(&second.questions) {
        assert_eq!(
            (&a.id, &a.prompt, &a.explanation, &a.tags),
            (&b.id, &b.prompt, &b.explanation, &b.tags)
        );
        assert_eq!(a.kind, b.kind, "{}", a.id);
        assert_eq!(a.image.is_some(), b.image.is_some());
    }
    assert_eq!(
        second.assets.values().next().unwrap().data,
        first.assets.values().next().unwrap().data
    );
}

#[test]
fn hostile_and_broken_files_are_refused_with_their_reason() {
    let bomb = b"<?xml version=\"1.0\"?>\n<!DOCTYPE q [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<quiz>&c;</quiz>";
    for (bytes, key) in [
        (&bomb[..], "interchange.moodle.doctype"),
        (
            b"<quiz><question type=\"essay\">",
            "interchange.moodle.bad_xml",
        ),
        (b"<html><body/></html>", "interchange.moodle.not_quiz"),
        (b"<quiz></quiz>", "interchange.moodle.no_question"),
        (b"<quiz>\xE9</quiz>", "interchange.text.not_utf8"),
        (b"\x89PNG\r\n\x1a\n\0\0", "interchange.text.binary"),
    ] {
        let refused = import(bytes, &ctx()).unwrap_err();
        assert_eq!(
            refused.problems.last().unwrap().key,
            key,
            "{}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn export_uses_moodle_names_and_says_what_is_lost() {
    let mut quiz = import(BANK, &ctx()).unwrap().quiz;
    quiz.questions[0].time_limit_s = Some(30);
    quiz.questions[1].kind = QuestionKind::Poll {
        choices: vec![
            crate::model::Choice::text("a", false),
            crate::model::Choice::text("b", false),
        ],
    };
    let export = export(&quiz);
    let text = String::from_utf8(export.bytes).unwrap();
    for needle in [
        "<question type=\"category\">",
        "<category><text>$course$/top/Mots de passe</text></category>",
        "<question type=\"multichoice\">",
        "<question type=\"ordering\">",
        "<question type=\"ddmarker\">",
        "<question type=\"essay\">",
        "<idnumber>mdp-1</idnumber>",
        "<coords>20,10;40,30</coords>",
        "encoding=\"base64\"",
        "<!--\n  Atelier Quiz — ma-banque",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
    assert_eq!(
        keys(&export.problems),
        [
            ("interchange.lost.time_limit", Location::Question(1)),
            ("interchange.moodle.poll", Location::Question(2)),
        ]
    );
    let back = super::import(text.as_bytes(), &ctx()).unwrap().quiz;
    assert_eq!(back.questions[1].question_type(), QuestionType::Poll);
}

#[test]
fn an_image_shown_by_several_questions_is_said_to_be_copied() {
    let mut quiz = import(BANK, &ctx()).unwrap().quiz;
    let shared = quiz
        .questions
        .iter()
        .find_map(|q| q.image.clone())
        .expect("the bank has an image");
    for q in &mut quiz.questions {
        if !matches!(q.kind, QuestionKind::Hotspot { .. }) {
            q.image = Some(shared.clone());
        }
    }
    let users = quiz
        .questions
        .iter()
        .filter(|q| q.asset_ids().any(|a| a == shared.asset))
        .count();
    let export = export(&quiz);
    let copies: Vec<&Problem> = export
        .problems
        .iter()
        .filter(|p| p.key == "interchange.moodle.image_copies")
        .collect();
    assert_eq!(copies.len(), 1, "{:?}", export.problems);
    assert_eq!(copies[0].location, Location::File);
    assert!(
        copies[0].args.contains(&("n", users.to_string())),
        "{:?}",
        copies[0].args
    );
    let text = String::from_utf8(export.bytes).unwrap();
    assert_eq!(text.matches("encoding=\"base64\"").count(), users);
}
