//! `atelier-quiz convert IN OUT.html` (and `--to html`), run as the real binary on the
//! sample quizzes: one self-contained page, written atomically, the quiz embedded in it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::fs;
use std::path::Path;

use common::sample;

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    common::run_cli(dir, args)
}

#[test]
fn converts_both_samples_to_one_page() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "naviguer-en-securite.quiz.json",
        "premiers-pas-smartphone-courriel.quiz.json",
    ] {
        let input = sample(name);
        let (code, _, err) = run(
            dir.path(),
            &["convert", input.to_str().unwrap(), "quiz.html"],
        );
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("quiz.html"), "says what it wrote: {err}");
        let page = fs::read_to_string(dir.path().join("quiz.html")).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("http-equiv=\"Content-Security-Policy\""));
        let quiz = atelier_quiz::format::load(&fs::read(&input).unwrap())
            .unwrap()
            .quiz;
        assert!(page.contains(&format!("<title>{}</title>", quiz.title)));
        let json = fs::read(&input).unwrap();
        assert!(page.len() <= json.len() * 105 / 100 + 300 * 1024);
        assert!(!dir.path().join("quiz.html.tmp").exists());
    }
}

#[test]
fn to_html_overrides_the_extension_and_reports_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let input = sample("naviguer-en-securite.quiz.json");
    let (code, out, err) = run(
        dir.path(),
        &[
            "convert",
            input.to_str().unwrap(),
            "page.txt",
            "--to",
            "html",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["to"], "html");
    assert_eq!(report["written"], true);
    let page = fs::read_to_string(dir.path().join("page.txt")).unwrap();
    assert!(page.contains("id=\"aq-quiz\""));
}

#[test]
fn an_unreadable_quiz_writes_no_page() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bad.quiz.json"), "{ not json").unwrap();
    let (code, _, _) = run(dir.path(), &["convert", "bad.quiz.json", "bad.html"]);
    assert_ne!(code, 0);
    assert!(!dir.path().join("bad.html").exists());
}
