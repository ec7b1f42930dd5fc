//! `atelier-quiz convert IN OUT`, run as the real binary: JSON → JSON normalisation.
//!
//! Advisors receive quizzes written by hand or by other tools; `convert` rewrites them in the
//! canonical form (field order, 2-space indentation) without losing unknown fields and without
//! pretending to be an edit (`modified` is left alone). It must never write a file it could not
//! read correctly, and when it overwrites it keeps the previous version as `.bak`.
//! The child gets LANG=fr_FR.UTF-8 and no other locale variable.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::fs;
use std::path::Path;

/// Runs `atelier-quiz convert IN OUT` in `dir`; returns (exit code, stderr).
fn convert(dir: &Path, input: &str, output: &str) -> (i32, String) {
    common::run_quiet(dir, &["convert", input, output])
}

/// Compact, keys in reverse order, unknown fields at two levels, no `language`.
const HAND_WRITTEN: &str = r#"{"x_outil":{"v":2,"nom":"autre"},"questions":[{"x_note":"gardé","explanation":"Oui.","answer":true,"prompt":"Le ciel est bleu ?","type":"true_false","level":"l1","id":"q1"}],"levels":[{"name":"Découverte","id":"l1"}],"modified":"2020-01-02","license":"CC0-1.0","title":"Météo","version":1,"format":"atelier-quiz"}"#;

/// What `convert` must write for `HAND_WRITTEN`, byte for byte. The default language becomes
/// explicit; `modified` keeps its 2020 date.
const NORMALISED: &str = r#"{
  "format": "atelier-quiz",
  "version": 1,
  "title": "Météo",
  "language": "fr",
  "license": "CC0-1.0",
  "modified": "2020-01-02",
  "levels": [
    {
      "id": "l1",
      "name": "Découverte"
    }
  ],
  "questions": [
    {
      "id": "q1",
      "level": "l1",
      "type": "true_false",
      "prompt": "Le ciel est bleu ?",
      "answer": true,
      "explanation": "Oui.",
      "x_note": "gardé"
    }
  ],
  "x_outil": {
    "nom": "autre",
    "v": 2
  }
}
"#;

fn dir_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

#[test]
fn normalises_a_hand_written_file_keeping_unknown_fields_and_modified() {
    let dir = dir_with(&[("main.quiz.json", HAND_WRITTEN.as_bytes())]);
    let (code, err) = convert(dir.path(), "main.quiz.json", "propre.quiz.json");
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "main.quiz.json → propre.quiz.json: converti\n");
    assert_eq!(
        fs::read_to_string(dir.path().join("propre.quiz.json")).unwrap(),
        NORMALISED
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("main.quiz.json")).unwrap(),
        HAND_WRITTEN,
        "input untouched"
    );
    assert_eq!(
        common::file_names(dir.path()),
        ["main.quiz.json", "propre.quiz.json"],
        "no .bak, no temp file"
    );
    // Converting the canonical form again changes nothing.
    let (code, _) = convert(dir.path(), "propre.quiz.json", "encore.quiz.json");
    assert_eq!(code, 0);
    assert_eq!(
        fs::read(dir.path().join("encore.quiz.json")).unwrap(),
        NORMALISED.as_bytes()
    );
}

#[test]
fn overwriting_keeps_the_previous_version_as_bak() {
    let dir = dir_with(&[("quiz.quiz.json", HAND_WRITTEN.as_bytes())]);
    let (code, err) = convert(dir.path(), "quiz.quiz.json", "quiz.quiz.json");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        fs::read_to_string(dir.path().join("quiz.quiz.json")).unwrap(),
        NORMALISED
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("quiz.quiz.json.bak")).unwrap(),
        HAND_WRITTEN
    );
    assert_eq!(
        common::file_names(dir.path()),
        ["quiz.quiz.json", "quiz.quiz.json.bak"]
    );
    // Overwriting another existing file keeps that file's previous content.
    fs::write(dir.path().join("autre.quiz.json"), b"ancien contenu").unwrap();
    assert_eq!(
        convert(dir.path(), "quiz.quiz.json", "autre.quiz.json").0,
        0
    );
    assert_eq!(
        fs::read(dir.path().join("autre.quiz.json.bak")).unwrap(),
        b"ancien contenu"
    );
}

#[test]
fn warnings_are_printed_but_do_not_stop_the_conversion() {
    let without_license = HAND_WRITTEN.replace(r#""license":"CC0-1.0","#, "");
    let dir = dir_with(&[("in.quiz.json", without_license.as_bytes())]);
    let (code, err) = convert(dir.path(), "in.quiz.json", "out.quiz.json");
    assert_eq!(code, 0);
    assert!(
        err.starts_with("in.quiz.json: avertissement: «\u{a0}license\u{a0}»\u{202f}: le quiz n'a pas de licence\n"),
        "{err}"
    );
    assert!(dir.path().join("out.quiz.json").exists());
}

#[test]
fn a_file_with_errors_is_refused_and_nothing_is_written() {
    let no_answer = HAND_WRITTEN.replace(r#""answer":true,"#, r#""answer":"oui","#);
    let content_error = HAND_WRITTEN.replace(r#""level":"l1","id""#, r#""level":"l9","id""#);
    for (input, first_error) in [
        (
            no_answer.as_str(),
            "in.quiz.json: question «\u{a0}q1\u{a0}» (n°1): erreur: «\u{a0}answer\u{a0}»\u{202f}: devrait être vrai ou faux (true/false)",
        ),
        (
            content_error.as_str(),
            "in.quiz.json: question «\u{a0}q1\u{a0}» (n°1): erreur: «\u{a0}level\u{a0}»\u{202f}: niveau «\u{a0}l9\u{a0}» introuvable",
        ),
        (
            "{\"format\": ",
            "in.quiz.json:1:11: erreur: le fichier s'arrête au milieu (il est incomplet)",
        ),
    ] {
        let dir = dir_with(&[
            ("in.quiz.json", input.as_bytes()),
            ("out.quiz.json", b"ne pas toucher"),
        ]);
        let (code, err) = convert(dir.path(), "in.quiz.json", "out.quiz.json");
        assert_eq!(code, 1, "{err}");
        assert_eq!(
            err.lines().find(|l| l.contains(" erreur: ")),
            Some(first_error),
            "{err}"
        );
        assert!(
            err.ends_with(
                "in.quiz.json: rien n'a été écrit, corrigez d'abord les erreurs ci-dessus.\n"
            ),
            "{err}"
        );
        assert_eq!(
            fs::read(dir.path().join("out.quiz.json")).unwrap(),
            b"ne pas toucher"
        );
        assert_eq!(
            common::file_names(dir.path()),
            ["in.quiz.json", "out.quiz.json"]
        );
        // A new output is not created either.
        assert_eq!(
            convert(dir.path(), "in.quiz.json", "nouveau.quiz.json").0,
            1
        );
        assert!(!dir.path().join("nouveau.quiz.json").exists());
    }
}

#[test]
fn unsupported_extensions_are_refused_with_exit_2() {
    let dir = dir_with(&[
        ("in.quiz.json", HAND_WRITTEN.as_bytes()),
        ("in.txt", HAND_WRITTEN.as_bytes()),
    ]);
    let (code, err) = convert(dir.path(), "in.quiz.json", "out.csv");
    assert_eq!(code, 2);
    assert!(
        err.contains("format non pris en charge pour «\u{a0}out.csv\u{a0}»"),
        "{err}"
    );
    let (code, _) = convert(dir.path(), "in.txt", "out.quiz.json");
    assert_eq!(code, 2);
    assert_eq!(
        common::file_names(dir.path()),
        ["in.quiz.json", "in.txt"],
        "nothing written"
    );
}

#[test]
fn unreadable_input_or_unwritable_output_exit_2_naming_the_file() {
    let dir = dir_with(&[("in.quiz.json", HAND_WRITTEN.as_bytes())]);
    let (code, err) = convert(dir.path(), "absent.quiz.json", "out.quiz.json");
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "Impossible de lire «\u{a0}absent.quiz.json\u{a0}»\u{202f}: le fichier ou le dossier n'existe pas"
        ),
        "{err}"
    );
    let (code, err) = convert(dir.path(), "in.quiz.json", "dossier-absent/out.quiz.json");
    assert_eq!(code, 2);
    assert!(
        err.contains("Impossible d'enregistrer «\u{a0}dossier-absent/out.quiz.json\u{a0}»"),
        "{err}"
    );
    assert_eq!(common::file_names(dir.path()), ["in.quiz.json"]);
}
