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

/// A Kahoot file written by another program (openpyxl, as a trainer's template would be):
/// each problem with its row, the unreadable row left out (exit 1), the others converted.
#[test]
fn kahoot_xlsx_to_quiz_lists_problems_by_row() {
    let dir = tempfile::tempdir().unwrap();
    copy_in(dir.path(), "atelier-mardi.xlsx");
    let (code, _, err) = run(
        dir.path(),
        &["convert", "atelier-mardi.xlsx", "out.quiz.json"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("atelier-mardi.xlsx:13: erreur: bonnes réponses illisibles"),
        "{err}"
    );
    assert!(
        err.contains("atelier-mardi.xlsx:11: avertissement: limite de 45\u{a0}s gardée")
            || err.contains("atelier-mardi.xlsx:11: avertissement: limite de 45 s gardée"),
        "{err}"
    );
    assert!(
        err.contains("atelier-mardi.xlsx:12: avertissement: aucune bonne réponse"),
        "{err}"
    );
    let quiz = atelier_quiz::format::load(&fs::read(dir.path().join("out.quiz.json")).unwrap())
        .unwrap()
        .quiz;
    assert_eq!(quiz.questions.len(), 4);
    assert_eq!(quiz.questions[2].time_limit_s, Some(45));
    assert_eq!(quiz.sources[0].title, "atelier-mardi.xlsx");
    assert!(
        quiz.sources[0].note.contains("licence CC BY 4.0"),
        "{}",
        quiz.sources[0].note
    );
    let (code, out, _) = run(dir.path(), &["check", "atelier-mardi.xlsx"]);
    assert_eq!(code, 1, "{out}");
}

/// An H5P package with its metadata (authors with roles, licence, change log) and a library
/// folder inside, zipped by the `zip` program: credits become the quiz's and the source's.
#[test]
fn h5p_package_to_quiz_keeps_its_credits() {
    let dir = tempfile::tempdir().unwrap();
    copy_in(dir.path(), "courriels.h5p");
    let (code, _, err) = run(dir.path(), &["convert", "courriels.h5p", "out.quiz.json"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("courriels.h5p:content/content.json#/questions/0/params: avertissement: retour par réponse"), "{err}");
    let quiz = atelier_quiz::format::load(&fs::read(dir.path().join("out.quiz.json")).unwrap())
        .unwrap()
        .quiz;
    assert_eq!(quiz.questions.len(), 3);
    assert_eq!(quiz.license, "CC-BY-SA-4.0");
    assert_eq!(quiz.authors.len(), 2);
    let source = &quiz.sources[0];
    assert_eq!(source.license, "CC-BY-SA-4.0");
    assert_eq!(source.author, "Équipe médiation Sud, Lou Perrin (Editor)");
    assert_eq!(source.url, "https://exemple.org/ateliers/courriels");
    assert!(
        source.changes.contains("Ajout de la question"),
        "{}",
        source.changes
    );
    assert_eq!(
        quiz.questions[0].source.as_ref().unwrap().detail,
        "Expéditeur inconnu"
    );
    let image = quiz.questions[0].image.as_ref().unwrap();
    assert_eq!(quiz.assets[&image.asset].credit.license, "CC0-1.0");
    // And back out: the same credits in the new package's h5p.json.
    let (code, _, err) = run(dir.path(), &["convert", "out.quiz.json", "again.h5p"]);
    assert!(code <= 1, "{err}");
    let (code, _, err) = run(dir.path(), &["convert", "again.h5p", "again.quiz.json"]);
    assert_eq!(code, 0, "{err}");
    let again = atelier_quiz::format::load(&fs::read(dir.path().join("again.quiz.json")).unwrap())
        .unwrap()
        .quiz;
    assert_eq!(again.authors, quiz.authors);
    assert_eq!(again.license, quiz.license);
}

#[test]
fn quiz_to_kahoot_and_h5p_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let quiz = common::valid_quiz();
    atelier_quiz::storage::save_quiz(&dir.path().join("q.quiz.json"), &quiz).unwrap();
    for out in ["q.xlsx", "q.h5p"] {
        let (code, _, err) = run(dir.path(), &["convert", "q.quiz.json", out]);
        assert!(code <= 1, "{out}: {err}");
        if out == "q.xlsx" {
            assert!(
                err.contains("q.quiz.json:"),
                "{out}: problems listed by question: {err}"
            );
        }
        let back = format!("{out}.quiz.json");
        let (code, _, err) = run(dir.path(), &["convert", out, &back]);
        assert!(code <= 1, "{out} back: {err}");
        assert!(dir.path().join(&back).exists());
    }
}

#[test]
fn not_a_package_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["faux.xlsx", "faux.h5p"] {
        fs::write(dir.path().join(name), "Question;Réponse\n").unwrap();
        let (code, _, err) = run(dir.path(), &["convert", name, "out.quiz.json"]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains(&format!(
                "{name}: erreur: ce fichier n'est pas un paquet zip"
            )),
            "{err}"
        );
        assert!(!dir.path().join("out.quiz.json").exists());
    }
}
