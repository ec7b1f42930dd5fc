//! `atelier-quiz check`, run as the real binary on real files: exit codes, the exact line
//! format people read, the JSON other programs read, and the interface language.
//!
//! Advisors run `check` on a shared folder before a workshop and scripts run it in CI; both rely
//! on the exit code (0 clean or warnings only, 1 errors, 2 unreadable file or bad usage) and on
//! a stable output. The child process gets LANG=fr_FR.UTF-8 and no other locale variable, so
//! the results do not depend on the machine the tests run on.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::Path;

use atelier_quiz::format;
use serde_json::Value;

/// Runs the binary in `dir` with a French locale.
fn run(dir: &Path, args: &[&str], lang_env: &[(&str, &str)]) -> (i32, String, String) {
    common::run_cli_env(dir, args, lang_env)
}

fn check(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    run(dir, &all, &[])
}

/// A temp dir with: valid, warnings-only, errors and syntax-error files.
fn fixtures() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes).unwrap();
    write(
        "valide.quiz.json",
        &format::to_bytes(&common::valid_quiz()).unwrap(),
    );
    let mut warn = common::valid_quiz();
    warn.license.clear();
    warn.questions[0].image.as_mut().unwrap().alt.clear();
    write(
        "avertissements.quiz.json",
        &format::to_bytes(&warn).unwrap(),
    );
    let mut bad = common::valid_quiz();
    bad.questions[0].kind.choices_mut().unwrap()[0].correct = false;
    write("erreurs.quiz.json", &format::to_bytes(&bad).unwrap());
    write(
        "syntaxe.quiz.json",
        b"{\n  \"format\": \"atelier-quiz\",\n  \"version\": 1\n  \"title\": \"x\"\n}\n",
    );
    dir
}

#[test]
fn valid_file_exits_0_with_no_problem() {
    let dir = fixtures();
    let (code, out, err) = check(dir.path(), &["valide.quiz.json"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "valide.quiz.json: aucun problème\n", "")
    );
}

#[test]
fn warnings_only_exit_0_and_are_labelled_avertissement() {
    let dir = fixtures();
    let (code, out, _) = check(dir.path(), &["avertissements.quiz.json"]);
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "avertissements.quiz.json: avertissement: «\u{a0}license\u{a0}»\u{202f}: le quiz n'a pas de licence",
            "  aide\u{202f}: Choisissez une licence (par exemple CC-BY-SA-4.0) pour que vos collègues sachent s'ils peuvent le réutiliser.",
            "avertissements.quiz.json: question «\u{a0}q1\u{a0}» (n°1): avertissement: «\u{a0}image.alt\u{a0}»\u{202f}: image sans texte alternatif",
            "  aide\u{202f}: Décrivez l'image en une phrase\u{202f}: elle sera lue aux personnes qui ne la voient pas.",
            "avertissements.quiz.json\u{202f}: 0 erreur, 2 avertissements",
        ]
    );
}

#[test]
fn errors_exit_1_with_subject_severity_and_field() {
    let dir = fixtures();
    let (code, out, _) = check(dir.path(), &["erreurs.quiz.json"]);
    assert_eq!(code, 1);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "erreurs.quiz.json: question «\u{a0}q1\u{a0}» (n°1): erreur: «\u{a0}choices\u{a0}»\u{202f}: aucune bonne réponse n'est cochée"
        )
    );
    assert_eq!(
        lines.next(),
        Some("  aide\u{202f}: Cochez la ou les bonnes réponses.")
    );
    assert_eq!(
        lines.next(),
        Some("erreurs.quiz.json\u{202f}: 1 erreur, 0 avertissement")
    );
}

#[test]
fn syntax_error_gives_file_line_column() {
    let dir = fixtures();
    let (code, out, _) = check(dir.path(), &["syntaxe.quiz.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        out.lines().next(),
        Some(
            "syntaxe.quiz.json:4:3: erreur: ce fichier n'est pas du JSON valide (erreur de syntaxe)"
        )
    );
}

#[test]
fn missing_file_exits_2_and_says_so_in_french() {
    let dir = fixtures();
    let (code, out, err) = check(dir.path(), &["absent.quiz.json"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err.trim_end(),
        "absent.quiz.json: erreur: Impossible de lire «\u{a0}absent.quiz.json\u{a0}»\u{202f}: le fichier ou le dossier n'existe pas"
    );
}

#[test]
fn several_files_exit_with_the_worst_code_and_all_are_reported() {
    let dir = fixtures();
    let p = dir.path();
    assert_eq!(
        check(p, &["valide.quiz.json", "avertissements.quiz.json"]).0,
        0
    );
    assert_eq!(check(p, &["erreurs.quiz.json", "valide.quiz.json"]).0, 1);
    let (code, out, err) = check(
        p,
        &["absent.quiz.json", "erreurs.quiz.json", "valide.quiz.json"],
    );
    assert_eq!(code, 2, "an unreadable file outranks errors");
    assert!(err.contains("absent.quiz.json"), "{err}");
    let summaries: Vec<&str> = out
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.contains(": question"))
        .collect();
    assert_eq!(
        summaries,
        [
            "erreurs.quiz.json\u{202f}: 1 erreur, 0 avertissement",
            "valide.quiz.json: aucun problème"
        ]
    );
}

#[test]
fn lang_en_prints_english() {
    let dir = fixtures();
    let (code, out, _) = check(
        dir.path(),
        &[
            "erreurs.quiz.json",
            "avertissements.quiz.json",
            "--lang",
            "en",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "erreurs.quiz.json: question “q1” (#1): error: “choices”: no correct answer is marked\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("avertissements.quiz.json: warning: “license”: the quiz has no license\n"),
        "{out}"
    );
    assert!(out.contains("  help: "), "{out}");
    assert!(
        !out.contains("erreur:") && !out.contains("avertissement:") && !out.contains("aide"),
        "{out}"
    );
}

#[test]
fn the_locale_chooses_the_language_when_lang_is_not_given() {
    let dir = fixtures();
    let en = run(
        dir.path(),
        &["check", "valide.quiz.json"],
        &[("LANG", "en_GB.UTF-8")],
    );
    assert_eq!(en.1, "valide.quiz.json: no problems\n");
    // LC_ALL wins over LANG, as in every POSIX program.
    let all = run(
        dir.path(),
        &["check", "valide.quiz.json"],
        &[("LC_ALL", "en_US.UTF-8")],
    );
    assert_eq!(all.1, "valide.quiz.json: no problems\n");
    // An unsupported language falls back to French.
    let de = run(
        dir.path(),
        &["check", "valide.quiz.json"],
        &[("LANG", "de_DE.UTF-8")],
    );
    assert_eq!(de.1, "valide.quiz.json: aucun problème\n");
}

#[test]
fn json_output_is_parseable_with_codes_and_counts() {
    let dir = fixtures();
    let files = [
        "valide.quiz.json",
        "avertissements.quiz.json",
        "erreurs.quiz.json",
        "syntaxe.quiz.json",
        "absent.quiz.json",
    ];
    let mut args = files.to_vec();
    args.push("--json");
    let (code, out, err) = check(dir.path(), &args);
    assert_eq!(code, 2);
    assert_eq!(err, "", "JSON mode prints nothing else");
    let doc: Value = serde_json::from_str(&out).expect("stdout is one JSON document");
    let reported = doc["files"].as_array().unwrap();
    let names: Vec<&str> = reported
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(names, files);
    let summary = |f: &Value| {
        (
            f["readable"].clone(),
            f["ok"].clone(),
            f["errors"].clone(),
            f["warnings"].clone(),
        )
    };
    let t = Value::Bool(true);
    let f = Value::Bool(false);
    assert_eq!(
        summary(&reported[0]),
        (t.clone(), t.clone(), 0.into(), 0.into())
    );
    assert_eq!(
        summary(&reported[1]),
        (t.clone(), t.clone(), 0.into(), 2.into())
    );
    assert_eq!(
        summary(&reported[2]),
        (t.clone(), f.clone(), 1.into(), 0.into())
    );
    assert_eq!(summary(&reported[3]), (t, f.clone(), 1.into(), 0.into()));
    assert_eq!(summary(&reported[4]), (f.clone(), f, 1.into(), 0.into()));
    let codes = |f: &Value| -> Vec<String> {
        f["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(codes(&reported[1]), ["no_license", "no_alt"]);
    let error = &reported[2]["diagnostics"][0];
    assert_eq!(error["code"], "no_correct_answer");
    assert_eq!(error["severity"], "error");
    assert_eq!(error["field"], "choices");
    assert_eq!(
        error["subject"],
        serde_json::json!({ "kind": "question", "id": "q1", "number": 1 })
    );
    assert_eq!(
        error["message"],
        "«\u{a0}choices\u{a0}»\u{202f}: aucune bonne réponse n'est cochée"
    );
    let syntax = &reported[3]["diagnostics"][0];
    assert_eq!(
        (
            syntax["code"].as_str(),
            syntax["line"].as_u64(),
            syntax["column"].as_u64()
        ),
        (Some("not_json"), Some(4), Some(3))
    );
    assert!(
        reported[4]["message"]
            .as_str()
            .unwrap()
            .contains("n'existe pas")
    );
}

#[test]
fn check_decodes_images_fully() {
    // The app only reads image headers at load; `check` must catch a truncated image.
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/invalid");
    let (code, out, _) = check(&corpus, &["image_undecodable.quiz.json", "--json"]);
    assert_eq!(code, 1);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        doc["files"][0]["diagnostics"][0]["code"],
        "image_undecodable"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = fixtures();
    let p = dir.path();
    for args in [
        &["check"][..],
        &["check", "--bogus", "valide.quiz.json"],
        &["check", "valide.quiz.json", "--lang", "de"],
        &["convert", "valide.quiz.json"],
        &["convert"],
        &["frobnicate", "a", "b"],
    ] {
        let (code, out, err) = run(p, args, &[]);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(
            err.starts_with("erreur: ") && err.contains("atelier-quiz --help"),
            "{args:?}: the usage error is explained in French on stderr: {err}"
        );
    }
    let (_, _, err) = run(p, &["check", "valide.quiz.json", "--lang", "de"], &[]);
    assert!(
        err.contains("valeur «\u{a0}de\u{a0}» invalide pour --lang"),
        "{err}"
    );
    let (_, _, err) = run(p, &["check"], &[]);
    assert!(err.contains("il manque un argument obligatoire"), "{err}");
    let (code, out, _) = run(p, &["check", "--help"], &[]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Utilisation\u{202f}: atelier-quiz check"),
        "{out}"
    );
}

/// Help is entirely in the user's language: no clap English left ("Commands:", "Print help",
/// "[possible values: …]").
#[test]
fn help_has_no_english_left_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run(dir.path(), &["--help"], &[]);
    assert_eq!(code, 0);
    for french in [
        "Commandes\u{202f}:",
        "Options\u{202f}:",
        "Arguments\u{202f}:",
        "Utilisation\u{202f}: atelier-quiz",
        "<COMMANDE>",
        "Afficher cette aide",
        "Afficher la version",
    ] {
        assert!(out.contains(french), "missing {french}: {out}");
    }
    for english in ["Commands", "Print", "possible values", "Usage"] {
        assert!(!out.contains(english), "English {english} left: {out}");
    }
    let (_, out, _) = run(dir.path(), &["present", "-h"], &[]);
    assert!(out.starts_with("Présenter un quiz"), "{out}");
    assert!(!out.contains("Print"), "{out}");
    assert!(out.contains("Options\u{202f}:"), "{out}");
    let (_, out, _) = run(dir.path(), &["--help"], &[("LANG", "en_GB.UTF-8")]);
    assert!(
        out.contains("Commands:") && out.contains("Print this help"),
        "{out}"
    );
    assert!(
        !out.contains("exit-after-first-frame"),
        "a measuring flag, hidden: {out}"
    );
}

/// `--lang en` makes the help English wherever it stands, even with a French locale.
#[test]
fn help_honours_lang_wherever_it_is() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["--lang", "en", "--help"][..],
        &["--help", "--lang", "en"],
        &["check", "--help", "--lang=en"],
        &["--lang", "en", "present", "-h"],
    ] {
        let (code, out, _) = run(dir.path(), args, &[]);
        assert_eq!(code, 0, "{args:?}");
        assert!(out.contains("Usage: "), "{args:?}: {out}");
        assert!(!out.contains("Utilisation"), "{args:?}: {out}");
    }
    let (code, _, err) = run(dir.path(), &["--lang", "en", "frobnicate", "x"], &[]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: "),
        "usage errors in English too: {err}"
    );
}
