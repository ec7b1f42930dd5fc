//! Saving through `storage::save_quiz` and reopening with `storage::open_quiz`, on a real disk.
//!
//! Advisors often keep the only copy of a quiz on a laptop or a USB key: a save must give back
//! exactly the quiz on reopening, keep the previous version as `FILE.bak`, and when it fails say
//! which file in plain French while leaving the old file intact and no temporary file behind.
//! (Tests run as root in CI, so failures are provoked with missing folders and folders standing
//! where files should be, not with permissions.)

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::fs;
use std::path::Path;

use atelier_quiz::format::{self, ImageCheck};
use atelier_quiz::i18n::Lang;
use atelier_quiz::model::{QuestionKind, Quiz, Region};
use atelier_quiz::storage::{self, Action, OpenError, SaveError, backup_path};

fn open(path: &Path) -> Quiz {
    let loaded = storage::open_quiz(path, ImageCheck::Full).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.quiz
}

fn version(n: u32) -> Quiz {
    let mut quiz = common::valid_quiz();
    quiz.title = format!("Version {n}");
    quiz
}

fn storage_error(e: SaveError) -> storage::StorageError {
    match e {
        SaveError::Storage(e) => e,
        SaveError::Encode(e) => panic!("unexpected encode error {e:?}"),
    }
}

#[test]
fn save_then_open_gives_back_the_same_quiz() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("réflexes à avoir.quiz.json");
    let quiz = common::valid_quiz();
    storage::save_quiz(&path, &quiz).unwrap();
    assert_eq!(
        fs::read(&path).unwrap(),
        format::to_bytes(&quiz).unwrap(),
        "exactly the writer's bytes"
    );
    assert_eq!(open(&path), quiz);
    assert_eq!(
        common::file_names(dir.path()),
        ["réflexes à avoir.quiz.json"],
        "no backup of nothing, no temp"
    );
}

#[test]
fn each_save_keeps_the_previous_version_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.quiz.json");
    storage::save_quiz(&path, &version(1)).unwrap();
    storage::save_quiz(&path, &version(2)).unwrap();
    assert_eq!(open(&path).title, "Version 2");
    assert_eq!(
        open(&backup_path(&path)).title,
        "Version 1",
        "the .bak is a loadable quiz"
    );
    storage::save_quiz(&path, &version(3)).unwrap();
    assert_eq!(open(&path).title, "Version 3");
    assert_eq!(
        open(&backup_path(&path)).title,
        "Version 2",
        "only the previous version is kept"
    );
    assert_eq!(
        common::file_names(dir.path()),
        ["q.quiz.json", "q.quiz.json.bak"]
    );
}

#[test]
fn saving_into_a_missing_folder_fails_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clé USB retirée").join("q.quiz.json");
    let e = storage_error(storage::save_quiz(&path, &version(1)).unwrap_err());
    assert_eq!(e.action, Action::Create);
    let message = e.message(Lang::Fr);
    assert!(
        !message.contains("ancien fichier"),
        "there was none: {message}"
    );
    assert!(
        message.starts_with(&format!(
            "Impossible d'enregistrer «\u{a0}{}\u{a0}»\u{202f}: ",
            path.display()
        )),
        "{message}"
    );
    assert!(
        message.contains("le fichier ou le dossier n'existe pas"),
        "{message}"
    );
    assert!(
        e.message(Lang::En).starts_with("Cannot save “"),
        "{}",
        e.message(Lang::En)
    );
    assert!(
        common::file_names(dir.path()).is_empty(),
        "nothing created, not even the folder"
    );
}

#[test]
fn a_folder_in_place_of_the_file_is_reported_in_plain_french() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.quiz.json");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("dedans.txt"), b"x").unwrap();
    let e = storage_error(storage::save_quiz(&path, &version(1)).unwrap_err());
    assert_eq!(
        e.message(Lang::Fr),
        format!(
            "Impossible d'enregistrer «\u{a0}{}\u{a0}»\u{202f}: c'est un dossier, pas un fichier. L'ancien fichier n'a pas été modifié.",
            path.display()
        )
    );
    assert_eq!(fs::read(path.join("dedans.txt")).unwrap(), b"x");
    assert_eq!(
        common::file_names(dir.path()),
        ["q.quiz.json"],
        "no temp file left"
    );
}

#[test]
fn a_failed_save_leaves_the_old_file_intact_and_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.quiz.json");
    storage::save_quiz(&path, &version(1)).unwrap();
    let old = fs::read(&path).unwrap();
    // A folder where the backup must go makes the save fail after the new content is written
    // to its temporary file: the worst moment to leave debris behind.
    let bak = backup_path(&path);
    fs::create_dir(&bak).unwrap();
    fs::write(bak.join("photo.jpg"), b"precious").unwrap();
    let e = storage_error(storage::save_quiz(&path, &version(2)).unwrap_err());
    assert_eq!(e.action, Action::Write);
    let message = e.message(Lang::Fr);
    assert!(
        message.contains(&format!("«\u{a0}{}\u{a0}»", path.display())),
        "{message}"
    );
    assert!(
        message.ends_with("L'ancien fichier n'a pas été modifié."),
        "{message}"
    );
    assert_eq!(fs::read(&path).unwrap(), old, "old file intact");
    assert_eq!(open(&path).title, "Version 1");
    assert_eq!(fs::read(bak.join("photo.jpg")).unwrap(), b"precious");
    assert_eq!(
        common::file_names(dir.path()),
        ["q.quiz.json", "q.quiz.json.bak"],
        "no temp file left"
    );
}

#[test]
fn a_quiz_json_cannot_hold_is_refused_before_touching_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.quiz.json");
    storage::save_quiz(&path, &version(1)).unwrap();
    let old = fs::read(&path).unwrap();
    let mut quiz = version(2);
    quiz.questions[0].kind = QuestionKind::Hotspot {
        regions: vec![Region::new(f64::NAN, 0.0, 0.1, 0.1)],
    };
    let e = storage::save_quiz(&path, &quiz).unwrap_err();
    assert!(
        matches!(&e, SaveError::Encode(w) if w.question_id == "q1"),
        "{e:?}"
    );
    assert_eq!(
        e.message(Lang::Fr),
        "La zone de la question «\u{a0}q1\u{a0}» a des coordonnées invalides."
    );
    assert_eq!(fs::read(&path).unwrap(), old);
    assert_eq!(
        common::file_names(dir.path()),
        ["q.quiz.json"],
        "no backup, no temp file"
    );
}

#[test]
fn opening_distinguishes_unreadable_from_malformed_files() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("absent.quiz.json");
    match storage::open_quiz(&missing, ImageCheck::Header) {
        Err(OpenError::Storage(e)) => {
            assert_eq!(e.action, Action::Read);
            assert!(
                e.message(Lang::Fr).contains("absent.quiz.json"),
                "{}",
                e.message(Lang::Fr)
            );
        }
        other => panic!("{other:?}"),
    }
    let broken = dir.path().join("cassé.quiz.json");
    fs::write(&broken, b"{\"format\": \"atelier-quiz\",").unwrap();
    match storage::open_quiz(&broken, ImageCheck::Header) {
        Err(OpenError::Format(e)) => {
            assert_eq!(e.first_error().unwrap().problem.code(), "truncated_json");
        }
        other => panic!("{other:?}"),
    }
}
