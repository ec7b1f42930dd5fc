//! `atelier-quiz convert` and `check` between formats, run as the real binary on files under
//! `tests/data/interchange/`: exit codes 0/1/2, `IN:LINE: avertissement: …` lines, OUT not
//! written when nothing was converted or the input is unreadable, `--json` for programs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/interchange")
        .join(name)
}

/// Runs the binary with `args` in `dir`; (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_atelier-quiz"))
        .current_dir(dir)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn copy_in(dir: &Path, name: &str) {
    fs::copy(data(name), dir.join(name)).unwrap();
}

#[test]
fn gift_to_quiz_lists_each_problem_with_its_line_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    copy_in(dir.path(), "securite.gift");
    let (code, _, err) = run(dir.path(), &["convert", "securite.gift", "out.quiz.json"]);
    assert_eq!(
        code, 1,
        "the matching question could not be converted: {err}"
    );
    assert!(
        err.contains("securite.gift:7: avertissement: retour par réponse déplacé dans les notes"),
        "{err}"
    );
    assert!(
        err.contains("securite.gift:24: erreur: question d'appariement"),
        "{err}"
    );
    let quiz = atelier_quiz::format::load(&fs::read(dir.path().join("out.quiz.json")).unwrap())
        .unwrap()
        .quiz;
    assert_eq!(quiz.questions.len(), 4, "OUT holds the others");
    assert_eq!(quiz.sources[0].title, "securite.gift");
    assert_eq!(quiz.sources[0].usage.unwrap().as_str(), "reused");
}

#[test]
fn quiz_to_every_text_format_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let quiz = common::valid_quiz();
    atelier_quiz::storage::save_quiz(&dir.path().join("q.quiz.json"), &quiz).unwrap();
    for out in ["q.gift", "q.xml"] {
        let (code, _, err) = run(dir.path(), &["convert", "q.quiz.json", out]);
        assert!(code <= 1, "{out}: {err}");
        assert!(dir.path().join(out).exists(), "{out}: {err}");
        let back = format!("{out}.quiz.json");
        let (code, _, err) = run(dir.path(), &["convert", out, &back]);
        assert!(code <= 1, "{out} back: {err}");
    }
    let (code, _, err) = run(
        dir.path(),
        &["convert", "q.quiz.json", "q.txt", "--to", "aiken"],
    );
    assert!(code <= 1, "{err}");
    let (code, _, _) = run(dir.path(), &["convert", "q.txt", "back.quiz.json"]);
    assert_eq!(code, 0, "a .txt with ANSWER: lines is sniffed as Aiken");
}

#[test]
fn aiken_txt_is_sniffed_and_converts_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    copy_in(dir.path(), "quiz-simple.txt");
    let (code, _, err) = run(dir.path(), &["convert", "quiz-simple.txt", "out.gift"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("quiz-simple.txt: avertissement: le fichier ne dit rien de ses auteurs"));
    let gift = fs::read_to_string(dir.path().join("out.gift")).unwrap();
    assert!(gift.contains("=cheval-agrafe-batterie-correct"), "{gift}");
    assert!(
        gift.starts_with("// Atelier Quiz — quiz-simple\n"),
        "{gift}"
    );
}

#[test]
fn unreadable_inputs_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["latin1.gift", "image-renommee.gift"] {
        copy_in(dir.path(), name);
    }
    fs::write(dir.path().join("ambigu.txt"), "Juste une phrase.\n").unwrap();
    for (input, expected) in [
        (
            "latin1.gift",
            "latin1.gift:1: erreur: le texte n'est pas encodé en UTF-8 (octet 0xE9 invalide)",
        ),
        (
            "image-renommee.gift",
            "image-renommee.gift:3: erreur: ce fichier n'est pas du texte",
        ),
        (
            "ambigu.txt",
            "impossible de savoir si «\u{a0}ambigu.txt\u{a0}» est du GIFT ou de l'Aiken",
        ),
    ] {
        let (code, _, err) = run(dir.path(), &["convert", input, "out.quiz.json"]);
        assert_eq!(code, 2, "{input}: {err}");
        assert!(err.contains(expected), "{input}: {err}");
        assert!(!dir.path().join("out.quiz.json").exists());
    }
    let (code, _, _) = run(
        dir.path(),
        &["convert", "ambigu.txt", "out.gift", "--from", "gift"],
    );
    assert_eq!(code, 2, "no question in it");
    let (code, _, _) = run(
        dir.path(),
        &["convert", "latin1.gift", "o.gift", "--from", "rtf"],
    );
    assert_eq!(code, 2, "unknown format name");
}

#[test]
fn nothing_left_to_export_writes_nothing_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let mut quiz = common::valid_quiz();
    quiz.questions.retain(|q| {
        !matches!(
            q.kind,
            atelier_quiz::model::QuestionKind::SingleChoice { .. }
                | atelier_quiz::model::QuestionKind::TrueFalse { .. }
        )
    });
    atelier_quiz::storage::save_quiz(&dir.path().join("q.quiz.json"), &quiz).unwrap();
    let (code, _, err) = run(
        dir.path(),
        &["convert", "q.quiz.json", "q.txt", "--to", "aiken"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("q.txt: rien n'a été écrit"), "{err}");
    assert!(!dir.path().join("q.txt").exists());
}

#[test]
fn json_report_and_check() {
    let dir = tempfile::tempdir().unwrap();
    copy_in(dir.path(), "securite.gift");
    let (code, out, _) = run(
        dir.path(),
        &["convert", "securite.gift", "o.quiz.json", "--json"],
    );
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["from"], "gift");
    assert_eq!(v["written"], true);
    let codes: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"interchange.gift.matching"), "{codes:?}");
    assert_eq!(v["problems"][1]["location"]["at"], 24);
    let (code, out, _) = run(dir.path(), &["check", "securite.gift"]);
    assert_eq!(code, 1);
    assert!(
        out.ends_with(
            "securite.gift: 4 questions seraient importées, 1 erreur, 2 avertissements\n"
        ),
        "{out}"
    );
    let (code, out, _) = run(dir.path(), &["check", "securite.gift", "--json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["files"][0]["questions"], 4);
}
