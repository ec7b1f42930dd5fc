//! Crash-safe saving: a process saving a large quiz over an existing one is killed (SIGKILL) at
//! random moments, 200 times; after every kill the file is either the complete old quiz or the
//! complete new one — never missing, never partial. The child is the real binary's `convert`,
//! which writes through the same atomic save as the app.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use atelier_quiz::model::{Question, QuestionKind, Quiz};

const KILLS: usize = 200;

/// A text-heavy quiz of about 2 MB whose questions all say `word`.
fn large_quiz(word: &str) -> Quiz {
    let mut quiz = common::valid_quiz();
    let template = quiz.questions[0].clone();
    for i in 0..4000 {
        let mut q: Question = template.clone();
        q.id = format!("grand-{i}");
        q.prompt = format!("{word} n°{i} : une question assez longue pour peser dans le fichier ?");
        q.explanation = format!("{word} — une explication de quelques phrases. ").repeat(4);
        q.kind = QuestionKind::Open {
            answer_text: word.repeat(20),
        };
        quiz.questions.push(q);
    }
    quiz
}

fn convert(bin: &str, input: &Path, output: &Path) -> std::process::Child {
    Command::new(bin)
        .args(["convert".as_ref(), input.as_os_str(), output.as_os_str()])
        .env("LANG", "fr_FR.UTF-8")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// xorshift: reproducible kill delays without a dependency.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn killed_saves_leave_old_or_new_file() {
    let bin = env!("CARGO_BIN_EXE_atelier-quiz");
    let dir = tempfile::tempdir().unwrap();
    let versions: Vec<(std::path::PathBuf, Vec<u8>)> = ["ancienne", "nouvelle"]
        .iter()
        .map(|word| {
            let path = dir.path().join(format!("{word}.quiz.json"));
            let bytes = atelier_quiz::format::to_bytes(&large_quiz(word)).unwrap();
            fs::write(&path, &bytes).unwrap();
            (path, bytes)
        })
        .collect();
    let target = dir.path().join("atelier.quiz.json");
    fs::write(&target, &versions[0].1).unwrap();

    // How long one uninterrupted save takes, to spread kills over the whole operation.
    let start = Instant::now();
    assert!(
        convert(bin, &versions[1].0, &target)
            .wait()
            .unwrap()
            .success()
    );
    let full = start.elapsed();
    assert_eq!(fs::read(&target).unwrap(), versions[1].1);

    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    let (mut old_seen, mut new_seen) = (0, 0);
    for i in 0..KILLS {
        let (source, _) = &versions[i % 2];
        let before = fs::read(&target).unwrap();
        let delay = Duration::from_micros(
            next(&mut seed) % (u64::try_from(full.as_micros()).unwrap() * 12 / 10).max(1),
        );
        let mut child = convert(bin, source, &target);
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL; the child may already have finished
        child.wait().unwrap();
        let after = fs::read(&target).unwrap_or_else(|e| panic!("kill {i}: target missing ({e})"));
        assert!(
            after == versions[0].1 || after == versions[1].1,
            "kill {i}: partial file ({} bytes)",
            after.len()
        );
        if after == before {
            old_seen += 1;
        } else {
            new_seen += 1;
        }
    }
    eprintln!("{KILLS} kills: old kept {old_seen}, new written {new_seen}");
    // Both outcomes must have happened, or the kills were not at random moments of the save.
    assert!(
        old_seen > 0 && new_seen > 0,
        "old kept {old_seen} times, new written {new_seen} times"
    );
}
