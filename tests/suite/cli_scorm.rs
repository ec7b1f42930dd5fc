//! `atelier-quiz convert IN OUT.zip --to scorm` (and a `.zip` name alone), run as the real
//! binary: a SCORM 1.2 package holding the manifest and the page, nothing else, written
//! atomically; nothing written when the quiz cannot be read.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("quizzes")
        .join(name)
}

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

/// `(name, bytes)` of every entry, in the zip's order.
pub fn entries(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).unwrap();
            (f.name().unwrap().into_owned(), bytes)
        })
        .collect()
}

#[test]
fn both_samples_become_packages_of_two_files() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "naviguer-en-securite.quiz.json",
        "premiers-pas-smartphone-courriel.quiz.json",
    ] {
        let input = sample(name);
        let (code, _, err) = run(
            dir.path(),
            &[
                "convert",
                input.to_str().unwrap(),
                "cours.zip",
                "--to",
                "scorm",
            ],
        );
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("cours.zip"), "says what it wrote: {err}");
        let files = entries(&dir.path().join("cours.zip"));
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["imsmanifest.xml", "index.html"]);
        let page = String::from_utf8(files[1].1.clone()).unwrap();
        let quiz = atelier_quiz::format::load(&fs::read(&input).unwrap())
            .unwrap()
            .quiz;
        assert!(page.contains(&format!("<title>{}</title>", quiz.title)));
        assert!(page.contains("cmi.core.score.raw"));
        let manifest = String::from_utf8(files[0].1.clone()).unwrap();
        assert!(manifest.contains(&format!("<title>{}</title>", quiz.title)));
        // Deflated: smaller than the page it holds.
        let zip_len = fs::metadata(dir.path().join("cours.zip")).unwrap().len();
        assert!(zip_len < page.len() as u64, "{zip_len} vs {}", page.len());
        assert!(!dir.path().join("cours.zip.tmp").exists());
    }
}

#[test]
fn a_zip_name_means_scorm_and_the_json_report_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let input = sample("naviguer-en-securite.quiz.json");
    let (code, out, err) = run(
        dir.path(),
        &["convert", input.to_str().unwrap(), "Cours.ZIP", "--json"],
    );
    assert_eq!(code, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["to"], "scorm");
    assert_eq!(report["written"], true);
    assert_eq!(entries(&dir.path().join("Cours.ZIP")).len(), 2);
}

#[test]
fn same_quiz_same_package() {
    let dir = tempfile::tempdir().unwrap();
    let input = sample("premiers-pas-smartphone-courriel.quiz.json");
    for out in ["a.zip", "b.zip"] {
        let (code, _, err) = run(dir.path(), &["convert", input.to_str().unwrap(), out]);
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(
        fs::read(dir.path().join("a.zip")).unwrap(),
        fs::read(dir.path().join("b.zip")).unwrap()
    );
}

#[test]
fn an_unreadable_quiz_writes_no_package() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bad.quiz.json"), "{ not json").unwrap();
    let (code, _, _) = run(
        dir.path(),
        &["convert", "bad.quiz.json", "bad.zip", "--to", "scorm"],
    );
    assert_ne!(code, 0);
    assert!(!dir.path().join("bad.zip").exists());
}
