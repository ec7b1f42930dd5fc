//! Inputs found by the `load` fuzzer (`fuzz/`), replayed on every `cargo test`.
//!
//! Each file in `tests/data/fuzz-regressions/` is named after the error codes the loader must
//! give for it (`missing_field+unresolved_ref-3fa2….quiz.json`; `ok-….quiz.json` loads). They
//! are the smallest inputs with which the fuzzer reached each family of errors, so a change
//! that panics on one of them, or silently reclassifies it, fails here rather than in a
//! workshop. Any crash the fuzzer finds in future is added here, named the same way, once fixed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use atelier_quiz::format::{self, ImageCheck};
use atelier_quiz::i18n::Lang;
use atelier_quiz::model::Diagnostic;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-regressions");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".quiz.json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The error codes a file's name announces: `a+b-hash.quiz.json` → {a, b}; `ok-…` → {}.
fn expected(name: &str) -> BTreeSet<String> {
    let (codes, _) = name.rsplit_once('-').unwrap();
    codes
        .split('+')
        .filter(|c| *c != "ok")
        .map(str::to_owned)
        .collect()
}

/// What the fuzz target checks, plus the classification: the loader's error codes for `bytes`.
fn replay(bytes: &[u8]) -> BTreeSet<String> {
    match format::load_with(bytes, ImageCheck::Full) {
        Ok(loaded) => {
            for d in &loaded.diagnostics {
                assert!(!d.message(Lang::Fr).is_empty() && !d.hint(Lang::En).is_empty());
            }
            let written = format::to_bytes(&loaded.quiz).unwrap();
            assert_eq!(
                format::load(&written).unwrap().quiz,
                loaded.quiz,
                "round trip"
            );
            // A structurally sound file opens even with rule errors, so they can be fixed.
            error_codes(&loaded.diagnostics)
        }
        Err(e) => {
            for d in &e.diagnostics {
                assert!(!d.message(Lang::Fr).is_empty() && !d.message(Lang::En).is_empty());
            }
            error_codes(&e.diagnostics)
        }
    }
}

fn error_codes(diagnostics: &[Diagnostic]) -> BTreeSet<String> {
    diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.problem.code().to_owned())
        .collect()
}

#[test]
fn every_fuzzer_input_gives_the_errors_its_name_announces() {
    let files = corpus();
    assert!(files.len() >= 50, "corpus missing: {} files", files.len());
    let mut wrong = Vec::new();
    for (name, bytes) in &files {
        let got = replay(bytes);
        if got != expected(name) {
            wrong.push(format!("{name}: got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn names_announce_real_codes() {
    let (name, _) = &corpus()[0];
    assert!(!expected(name).is_empty() || name.starts_with("ok-"));
    assert_eq!(
        expected("missing_field+unresolved_ref-3fa2.quiz.json"),
        BTreeSet::from(["missing_field".to_owned(), "unresolved_ref".to_owned()])
    );
    assert!(expected("ok-ccbee510.quiz.json").is_empty());
}
