//! Tolerant reading ("lecture tolérante", docs/FORMAT.md): a file written by a newer version,
//! with a question type and a source `use` this version does not know, still opens. `check`
//! reports the unknown type as an error (exit 1) and the unknown value as a warning; the
//! editor shows the question as "type inconnu, conservé tel quel", never presents it, and
//! writes both back unchanged.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::process::Command;

use atelier_quiz::app::state::Mode;
use atelier_quiz::format;
use atelier_quiz::model::{Problem, QuestionKind, Severity};
use egui_kittest::kittest::Queryable;
use serde_json::Value;

/// A quiz as a newer version might write it: a "matching" question with its own `pairs`, and
/// a source used in a way this version has no word for ("remixed").
const NEWER: &str = r#"{
  "format": "atelier-quiz",
  "version": 1,
  "title": "Quiz d'une version plus récente",
  "language": "fr",
  "license": "CC0-1.0",
  "levels": [{ "id": "l1", "name": "Découverte" }],
  "sources": [
    { "id": "s1", "title": "Fiche d'une collègue", "license": "CC-BY-4.0", "use": "remixed" }
  ],
  "questions": [
    {
      "id": "q1", "level": "l1", "type": "true_false",
      "prompt": "Un antivirus doit-il être mis à jour ?", "answer": true,
      "explanation": "Oui : les menaces changent chaque jour.", "source": { "ref": "s1" }
    },
    {
      "id": "q2", "level": "l1", "type": "matching",
      "prompt": "Reliez chaque logo à son service.",
      "pairs": [{ "left": "enveloppe", "right": "courriel" }, { "left": "bulle", "right": "messagerie" }],
      "explanation": "Les logos aident à s'y retrouver."
    },
    {
      "id": "q3", "level": "l1", "type": "true_false",
      "prompt": "Un mot de passe se partage-t-il ?", "answer": false,
      "explanation": "Non : il reste personnel."
    }
  ]
}"#;

fn value(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap()
}

#[test]
fn the_file_loads_keeps_both_and_writes_them_back_unchanged() {
    let loaded = format::load(NEWER.as_bytes()).expect("opens");
    let problems: Vec<(&Problem, Severity)> = loaded
        .diagnostics
        .iter()
        .map(|d| (&d.problem, d.severity()))
        .collect();
    assert!(problems.contains(&(
        &Problem::UnknownType {
            found: "matching".into()
        },
        Severity::Error
    )));
    assert!(
        problems.iter().any(
            |(p, s)| matches!(p, Problem::BadEnum { found, .. } if found == "remixed")
                && *s == Severity::Warning
        ),
        "{problems:?}"
    );
    let q2 = &loaded.quiz.questions[1];
    assert_eq!(
        q2.kind,
        QuestionKind::Unknown {
            type_name: "matching".into()
        }
    );
    assert_eq!(q2.prompt, "Reliez chaque logo à son service.");
    let written = format::to_bytes(&loaded.quiz).unwrap();
    assert_eq!(
        value(&written),
        value(NEWER.as_bytes()),
        "written back unchanged"
    );
}

#[test]
fn check_reports_the_unknown_type_as_an_error_and_the_value_as_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("recent.quiz.json");
    std::fs::write(&path, NEWER).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_atelier-quiz"))
        .args(["--lang", "en", "check"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "an error: exit 1");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("error: “type”: unknown question type “matching”"),
        "{text}"
    );
    assert!(
        text.contains("warning: “use”: value “remixed” not recognised, kept as is"),
        "{text}"
    );
}

#[test]
fn the_editor_keeps_the_question_skips_it_when_presenting_and_saves_it_back() {
    let loaded = format::load(NEWER.as_bytes()).unwrap();
    let mut t = common::app_with(loaded.quiz, None);
    let path = t.path("recent.quiz.json");
    t.click_contains("Question 2\u{202f}:");
    t.harness.get_by_label_contains("Type de question inconnu");
    // Presenting skips it.
    t.harness.key_press(egui::Key::F5);
    t.harness.run();
    t.harness.key_press(egui::Key::Enter);
    t.harness.run();
    let Mode::Presenting(p) = &t.state().mode else {
        panic!("presenting");
    };
    assert_eq!(p.questions, [0, 2], "the unknown question is not presented");
    t.harness.key_press(egui::Key::Escape);
    t.harness.run();
    // Saved back unchanged (but the dates the app fills in).
    t.dialogs.push(Some(path.clone()));
    t.ctrl(egui::Key::S);
    let mut saved = value(&std::fs::read(&path).unwrap());
    for date in ["created", "modified"] {
        saved.as_object_mut().unwrap().remove(date);
    }
    assert_eq!(saved, value(NEWER.as_bytes()));
}
