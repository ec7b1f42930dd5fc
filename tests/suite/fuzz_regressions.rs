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

// ---- Interchange importers (fuzz targets `gift`, `aiken`, `moodle_xml`, `kahoot`, `h5p`) ----
//
// Files in `tests/data/fuzz-regressions/interchange/` are named `TARGET-OUTCOME-what.ext`: the fuzz target that found them, then `ok` (imports) or
// `refused` (nothing readable). Each is replayed as its fuzz target does: import, every
// problem translated, export, and the export read back with the same questions.

use atelier_quiz::interchange::{self, Format, ImportContext};

fn interchange_corpus() -> Vec<(String, Vec<u8>)> {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-regressions/interchange");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn target_format(name: &str) -> Format {
    let target = name.split('-').next().unwrap();
    let cli = target.replace('_', "-");
    Format::from_cli_name(&cli).unwrap_or_else(|| panic!("{name}: no fuzz target {target}"))
}

/// What the fuzz target checks; whether the input imported.
fn replay_interchange(format: Format, bytes: &[u8]) -> bool {
    let ctx = ImportContext::default();
    let import = match interchange::import(format, bytes, &ctx) {
        Ok(import) => import,
        Err(refusal) => {
            assert!(!refusal.problems.is_empty(), "a refusal says why");
            for p in &refusal.problems {
                assert_ne!(p.message(Lang::Fr), p.key, "translated");
            }
            return false;
        }
    };
    for p in &import.problems {
        assert_ne!(p.message(Lang::Fr), p.key, "translated");
        assert_ne!(p.hint_text(Lang::En), p.hint, "translated");
    }
    let export = interchange::export(format, &import.quiz);
    let kept =
        import.quiz.questions.len() - export.problems.iter().filter(|p| p.is_error()).count();
    if kept > 0 {
        let again =
            interchange::import(format, &export.bytes, &ctx).expect("our export reads back");
        assert_eq!(
            again.quiz.questions.len(),
            kept,
            "the export keeps the questions"
        );
    }
    true
}

#[test]
fn every_interchange_fuzzer_input_replays_as_its_name_announces() {
    let files = interchange_corpus();
    assert!(!files.is_empty(), "interchange regression corpus missing");
    for (name, bytes) in &files {
        let outcome = name.split('-').nth(1).unwrap();
        let imported = replay_interchange(target_format(name), bytes);
        match outcome {
            "ok" => assert!(imported, "{name} should import"),
            "refused" => assert!(!imported, "{name} should be refused"),
            other => panic!("{name}: outcome {other} is neither ok nor refused"),
        }
    }
}
