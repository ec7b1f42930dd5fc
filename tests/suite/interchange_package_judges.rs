//! Outside judges of our Kahoot and H5P exports: openpyxl (Python's xlsx reader, installed by
//! `.ci/setup.d/kahoot.sh`, pinned) reads every spreadsheet with Kahoot's template rules;
//! every `h5p.json` validates against a schema derived from the H5P specification, and every
//! `content.json` follows what the content types' semantics require. Skipped locally when
//! openpyxl is missing, required in CI.
// Extensions are compared after `to_ascii_lowercase`; the semantics checks read as one list.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::case_sensitive_file_extension_comparisons,
    clippy::too_many_lines,
    clippy::items_after_statements
)]

use crate::common;
use crate::interchange_judges::quizzes;

use std::path::{Path, PathBuf};
use std::process::Command;

use atelier_quiz::interchange::{self, Format};

fn kahoot_judge() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/judges/kahoot");
    let python = root.join("venv/bin/python");
    let installed = python.is_file();
    assert!(
        installed || !common::strict(),
        "openpyxl is required in CI: run .ci/setup.d/kahoot.sh"
    );
    installed.then_some(python)
}

/// openpyxl (Python's reference xlsx reader, pinned in .ci/judges/kahoot/requirements.txt)
/// reads every Kahoot file we export and finds Kahoot's template layout in it.
#[test]
fn openpyxl_reads_our_kahoot_files_with_the_template_layout() {
    let Some(python) = kahoot_judge() else {
        eprintln!("skipped: openpyxl not installed (.ci/setup.d/kahoot.sh)");
        return;
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/judges/kahoot/judge.py");
    let dir = tempfile::tempdir().unwrap();
    for (name, quiz) in quizzes() {
        let export = interchange::export(Format::Kahoot, &quiz);
        let written =
            quiz.questions.len() - export.problems.iter().filter(|p| p.is_error()).count();
        let path = dir.path().join(format!("{name}.xlsx"));
        std::fs::write(&path, &export.bytes).unwrap();
        let out = Command::new(&python)
            .arg(&script)
            .arg(&path)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{name}: openpyxl judge: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let count: usize = stdout.trim().rsplit('\t').next().unwrap().parse().unwrap();
        assert_eq!(
            count,
            written.min(100),
            "{name}: every question written is found"
        );
    }
}

/// What H5P's content types require of `content.json`, written from their `semantics.json`
/// (h5p-question-set, h5p-column, h5p-multi-choice, h5p-true-false, h5p-essay,
/// h5p-image-hotspot-question, h5p-image): the fields they read, their kinds and values.
fn h5p_content_errors(main: &str, content: &serde_json::Value, entries: &[String]) -> Vec<String> {
    use serde_json::Value;
    let mut errors = Vec::new();
    fn check(errors: &mut Vec<String>, ok: bool, what: String) {
        if !ok {
            errors.push(what);
        }
    }
    let items: Vec<Value> = match main {
        "H5P.QuestionSet" => content["questions"].as_array().cloned().unwrap_or_default(),
        "H5P.Column" => content["content"]
            .as_array()
            .map(|c| c.iter().map(|i| i["content"].clone()).collect())
            .unwrap_or_default(),
        other => {
            check(&mut errors, false, format!("main library {other}"));
            Vec::new()
        }
    };
    check(
        &mut errors,
        !items.is_empty(),
        "a container needs at least one item (min 1)".into(),
    );
    let allowed: &[&str] = if main == "H5P.QuestionSet" {
        &["H5P.MultiChoice", "H5P.TrueFalse", "H5P.Essay"]
    } else {
        &[
            "H5P.MultiChoice",
            "H5P.TrueFalse",
            "H5P.Essay",
            "H5P.ImageHotspotQuestion",
        ]
    };
    let file_ok = |file: &Value, errors: &mut Vec<String>| {
        let path = file["path"].as_str().unwrap_or_default();
        let entry = format!("content/{path}");
        let lower = path.to_ascii_lowercase();
        if !(path.starts_with("images/") && entries.contains(&entry)) {
            errors.push(format!("image {path} not in the package"));
        }
        if !(lower.ends_with(".png") || lower.ends_with(".jpg") || lower.ends_with(".gif")) {
            errors.push(format!("image {path}: H5P takes PNG, JPEG, GIF"));
        }
        if !matches!(
            file["mime"].as_str(),
            Some("image/png" | "image/jpeg" | "image/gif")
        ) {
            errors.push(format!("image {path}: mime {}", file["mime"]));
        }
        if !(file["width"].is_u64() && file["height"].is_u64()) {
            errors.push(format!("image {path}: width/height"));
        }
    };
    let mut ids = std::collections::HashSet::new();
    for (k, item) in items.iter().enumerate() {
        let library = item["library"].as_str().unwrap_or_default();
        let (name, version) = library.split_once(' ').unwrap_or((library, ""));
        check(
            &mut errors,
            allowed.contains(&name),
            format!("item {k}: library {library} not allowed here"),
        );
        check(
            &mut errors,
            version.split('.').count() == 2,
            format!("item {k}: version of {library}"),
        );
        check(
            &mut errors,
            item["subContentId"]
                .as_str()
                .is_some_and(|id| ids.insert(id.to_owned())),
            format!("item {k}: subContentId missing or repeated"),
        );
        let p = &item["params"];
        if let Some(img) = p.pointer("/media/type") {
            check(
                &mut errors,
                img["library"] == "H5P.Image 1.1",
                format!("item {k}: media library"),
            );
            file_ok(&img["params"]["file"], &mut errors);
        }
        match name {
            "H5P.MultiChoice" => {
                check(
                    &mut errors,
                    p["question"].is_string(),
                    format!("item {k}: question"),
                );
                let answers = p["answers"].as_array().cloned().unwrap_or_default();
                check(
                    &mut errors,
                    !answers.is_empty(),
                    format!("item {k}: answers (min 1)"),
                );
                for a in &answers {
                    check(
                        &mut errors,
                        a["text"].is_string() && a["correct"].is_boolean(),
                        format!("item {k}: answer {a}"),
                    );
                }
                check(
                    &mut errors,
                    matches!(
                        p["behaviour"]["type"].as_str(),
                        Some("auto" | "multi" | "single")
                    ),
                    format!("item {k}: behaviour.type"),
                );
                let right = answers.iter().filter(|a| a["correct"] == true).count();
                check(
                    &mut errors,
                    p["behaviour"]["type"] != "single" || right == 1,
                    format!("item {k}: single with {right} right answers"),
                );
            }
            "H5P.TrueFalse" => {
                check(
                    &mut errors,
                    p["question"].is_string(),
                    format!("item {k}: question"),
                );
                check(
                    &mut errors,
                    matches!(p["correct"].as_str(), Some("true" | "false")),
                    format!("item {k}: correct must be the string true/false"),
                );
            }
            "H5P.Essay" => {
                check(
                    &mut errors,
                    p["taskDescription"].is_string(),
                    format!("item {k}: taskDescription"),
                );
                check(
                    &mut errors,
                    p["keywords"].is_array(),
                    format!("item {k}: keywords"),
                );
                check(
                    &mut errors,
                    p["solution"]["sample"].is_string(),
                    format!("item {k}: solution.sample"),
                );
            }
            "H5P.ImageHotspotQuestion" => {
                let ihq = &p["imageHotspotQuestion"];
                file_ok(
                    &ihq["backgroundImageSettings"]["backgroundImage"],
                    &mut errors,
                );
                let spots = ihq["hotspotSettings"]["hotspot"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                for s in &spots {
                    let c = &s["computedSettings"];
                    let pct = |f: &str| c[f].as_f64().is_some_and(|v| (0.0..=100.0).contains(&v));
                    check(
                        &mut errors,
                        pct("x") && pct("y") && pct("width") && pct("height"),
                        format!("item {k}: hotspot {c}"),
                    );
                    check(
                        &mut errors,
                        matches!(c["figure"].as_str(), Some("rectangle" | "circle")),
                        format!("item {k}: figure"),
                    );
                    check(
                        &mut errors,
                        s["userSettings"]["correct"].is_boolean(),
                        format!("item {k}: correct"),
                    );
                }
                check(
                    &mut errors,
                    spots.iter().any(|s| s["userSettings"]["correct"] == true),
                    format!("item {k}: no correct hotspot"),
                );
            }
            _ => {}
        }
    }
    errors
}

/// Our `h5p.json` validates against a schema derived from the H5P specification
/// (`tests/data/interchange/h5p-json.schema.json`, sources cited in it), every library the
/// content uses is among its dependencies, and `content.json` follows the content types'
/// semantics; no WebP or SVG inside.
#[test]
fn our_h5p_packages_follow_the_h5p_specification() {
    use std::io::Read as _;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("tests/data/interchange/h5p-json.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for (name, quiz) in quizzes() {
        let export = interchange::export(Format::H5p, &quiz);
        if export.bytes.is_empty() {
            continue;
        }
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&export.bytes)).unwrap();
        let entries: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
        let mut json = |entry: &str| -> serde_json::Value {
            let mut s = String::new();
            zip.by_name(entry).unwrap().read_to_string(&mut s).unwrap();
            serde_json::from_str(&s).unwrap()
        };
        let h5p = json("h5p.json");
        let content = json("content/content.json");
        let errors: Vec<String> = validator
            .iter_errors(&h5p)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: h5p.json: {errors:?}\n{h5p:#}");
        let deps: Vec<String> = h5p["preloadedDependencies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                format!(
                    "{} {}.{}",
                    d["machineName"].as_str().unwrap(),
                    d["majorVersion"],
                    d["minorVersion"]
                )
            })
            .collect();
        let text = content.to_string();
        for lib in text
            .split("\"library\":\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
        {
            assert!(
                deps.contains(&lib.to_owned()),
                "{name}: {lib} not in {deps:?}"
            );
        }
        let main = h5p["mainLibrary"].as_str().unwrap();
        let errors = h5p_content_errors(main, &content, &entries);
        assert!(errors.is_empty(), "{name}: content.json: {errors:?}");
        for e in &entries {
            let lower = e.to_ascii_lowercase();
            assert!(
                !lower.ends_with(".webp") && !lower.ends_with(".svg"),
                "{name}: {e}"
            );
        }
    }
}
