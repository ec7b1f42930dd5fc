//! Autosave under a real crash: a child process edits a quiz in the real app (one edit per
//! simulated second) and is killed with SIGKILL; the recovery copy it left must restore all
//! but at most the last 30 seconds of work. The child is this very test binary, re-executed
//! with `AQ_EDIT_SESSION` set, so it runs the same app code as the GUI.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use atelier_quiz::app::command::Command as AppCommand;
use atelier_quiz::app::edit::{Edit, Header};
use atelier_quiz::app::recovery::Recovery;
use atelier_quiz::format::ImageCheck;

const ENV: &str = "AQ_EDIT_SESSION";

/// The child: edits the title to "étape N" at simulated second N, forever, reporting N.
#[test]
fn child_edit_session() {
    let Some(dir) = std::env::var_os(ENV) else {
        return;
    };
    let mut t = common::app_in(Path::new(&dir), common::valid_quiz(), None);
    let mut out = std::io::stdout();
    for step in 1.. {
        t.clock.advance(Duration::from_secs(1));
        let mut header = Header::of(t.quiz());
        header.title = format!("étape {step}");
        t.harness.state_mut().queue(AppCommand::typing(
            Edit::SetHeader(Box::new(header)),
            "title",
        ));
        t.harness.run();
        writeln!(out, "{step}").unwrap();
        out.flush().unwrap();
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn recovery_copy_after_sigkill_loses_at_most_30_seconds() {
    for kill_after in [45_u64, 80, 133] {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "autosave_recovery::child_edit_session",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut last = 0;
        while last < kill_after {
            let line = lines.next().expect("child alive").unwrap();
            if let Ok(n) = line.trim().parse::<u64>() {
                last = n;
            }
        }
        child.kill().unwrap(); // SIGKILL: no destructor, no flush
        child.wait().unwrap();

        let found = Recovery::new(&common::app_paths(dir.path()).data_dir).find();
        let copy = found
            .first()
            .unwrap_or_else(|| panic!("no recovery copy after {last} s of work"));
        let restored =
            atelier_quiz::storage::open_quiz(&copy.quiz_path, ImageCheck::Header).unwrap();
        let step: u64 = restored
            .quiz
            .title
            .trim_start_matches("étape ")
            .parse()
            .unwrap();
        let seconds_lost = last - step;
        assert!(
            seconds_lost <= 30,
            "killed at {last} s, restored {step} s: lost {seconds_lost} s"
        );
        assert_eq!(
            restored.quiz.questions,
            common::valid_quiz().questions,
            "the rest of the quiz is intact"
        );
    }
}
