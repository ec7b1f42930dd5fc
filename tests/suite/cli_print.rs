//! `atelier-quiz print IN OUT.pdf`, run as the real binary on real files: exit codes (0
//! written, 1 nothing to print or a quiz with errors, 2 usage or unreadable input), clear
//! French messages, and no PDF left behind when it refuses. The PDF's content is judged by
//! poppler in `print_pdf.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("quizzes/naviguer-en-securite.quiz.json")
}

/// Runs `atelier-quiz print ARGS…` in French; (exit code, stderr).
fn print(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let mut all = vec![os("print")];
    all.extend_from_slice(args);
    common::run_quiet(Path::new(env!("CARGO_MANIFEST_DIR")), &all)
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

#[test]
fn a_sample_quiz_prints_a_pdf_and_says_how_many_pages() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("feuille.pdf");
    let (code, stderr) = print(&[sample().as_os_str(), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(stderr.contains("pages écrites (22 questions)"), "{stderr}");
    // The corrigé of one level: fewer questions.
    let key = dir.path().join("corrige.pdf");
    let (code, stderr) = print(&[
        sample().as_os_str(),
        key.as_os_str(),
        os("--answers"),
        os("--level"),
        os("decouverte"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("(22 questions)"), "{stderr}");
    assert!(fs::read(&key).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn an_unknown_level_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("feuille.pdf");
    let (code, stderr) = print(&[
        sample().as_os_str(),
        out.as_os_str(),
        os("--level"),
        os("expert"),
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("niveau inconnu\u{202f}: expert"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn a_missing_or_broken_input_gets_a_french_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("feuille.pdf");
    let missing = dir.path().join("absent.quiz.json");
    let (code, stderr) = print(&[missing.as_os_str(), out.as_os_str()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("absent.quiz.json"), "{stderr}");
    assert!(stderr.contains("erreur"), "{stderr}");
    assert!(!out.exists());

    let broken = dir.path().join("casse.quiz.json");
    fs::write(&broken, "{\"format\": \"atelier-quiz\", \"questions\": [").unwrap();
    let (code, stderr) = print(&[broken.as_os_str(), out.as_os_str()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("casse.quiz.json"), "{stderr}");
    assert!(
        stderr.contains("n'a pas été converti") || stderr.contains("erreur"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn the_output_must_be_a_pdf_and_the_paper_known() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("feuille.txt");
    let (code, stderr) = print(&[sample().as_os_str(), out.as_os_str()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("doit finir par .pdf"), "{stderr}");
    assert!(!out.exists());
    let pdf = dir.path().join("feuille.pdf");
    let (code, stderr) = print(&[
        sample().as_os_str(),
        pdf.as_os_str(),
        os("--paper"),
        os("a3"),
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(!pdf.exists());
}

#[test]
fn an_existing_pdf_is_replaced_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("feuille.pdf");
    fs::write(&out, b"ancien contenu").unwrap();
    let (code, stderr) = print(&[sample().as_os_str(), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(fs::read(&out).unwrap().starts_with(b"%PDF-"));
}
