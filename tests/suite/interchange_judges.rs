//! Outside judges of what we export: gift-pegjs (an independent GIFT parser, installed by
//! `.ci/setup.d/interchange.sh`) accepts every GIFT file and finds every question we wrote;
//! xmllint (libxml2) finds our Moodle XML well-formed. Skipped locally when missing, required
//! in CI (`tests/common/tools.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use atelier_quiz::interchange::{self, Format};
use atelier_quiz::model::Quiz;

pub fn quizzes() -> Vec<(String, Quiz)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![("valid".to_owned(), common::valid_quiz())];
    for name in [
        "naviguer-en-securite.quiz.json",
        "premiers-pas-smartphone-courriel.quiz.json",
    ] {
        let bytes = std::fs::read(root.join("quizzes").join(name)).unwrap();
        out.push((
            name.to_owned(),
            atelier_quiz::format::load(&bytes).unwrap().quiz,
        ));
    }
    let gift = std::fs::read(root.join("tests/data/interchange/securite.gift")).unwrap();
    let ctx = interchange::ImportContext::default();
    out.push((
        "securite.gift".to_owned(),
        interchange::gift::import(&gift, &ctx).unwrap().quiz,
    ));
    let mut hostile = common::valid_quiz();
    hostile.questions[0].prompt =
        "::Pas un titre:: $CATEGORY: {accolades} ~ = # \\ //\nligne 2 -> fin".into();
    out.push(("hostile".to_owned(), hostile));
    out
}

fn judge_script() -> Option<PathBuf> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/judges/gift/judge.js");
    let installed = script
        .with_file_name("node_modules")
        .join("gift-pegjs")
        .is_dir();
    assert!(
        installed || !common::strict(),
        "gift-pegjs is required in CI: run .ci/setup.d/interchange.sh"
    );
    installed.then_some(script)
}

#[test]
fn gift_pegjs_accepts_every_gift_we_export() {
    let Some(node) = common::require_tool("node") else {
        return;
    };
    let Some(script) = judge_script() else {
        eprintln!("skipped: gift-pegjs not installed (.ci/setup.d/interchange.sh)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, quiz) in quizzes() {
        let export = interchange::export(Format::Gift, &quiz);
        let left_out = export.problems.iter().filter(|p| p.is_error()).count();
        let path = dir.path().join(format!("{name}.gift"));
        std::fs::write(&path, &export.bytes).unwrap();
        let out = Command::new(&node)
            .arg(&script)
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: gift-pegjs refused our GIFT: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&export.bytes)
        );
        let count: usize = String::from_utf8_lossy(&out.stdout)
            .trim()
            .rsplit('\t')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(
            count,
            quiz.questions.len() - left_out,
            "{name}: every question written is found"
        );
    }
}

#[test]
fn xmllint_finds_our_moodle_xml_well_formed() {
    let Some(xmllint) = common::require_tool("xmllint") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, quiz) in quizzes() {
        let export = interchange::export(Format::MoodleXml, &quiz);
        let path = dir.path().join(format!("{name}.xml"));
        std::fs::write(&path, &export.bytes).unwrap();
        let out = Command::new(&xmllint)
            .args(["--noout", "--nonet"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
