//! Recovery copies: the unsaved quiz is written to the OS data folder at most every 30 seconds
//! while it has unsaved changes, never over the user's own file. After a crash, the next start
//! finds the copy and offers to restore it.
//!
//! Each document has its own slot, named after its file (or "untitled" and the process id), with
//! a small sidecar saying where the original lives and when the copy was made.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::format;
use crate::model::Quiz;
use crate::storage;

/// The longest a user can lose while the app is running.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

/// Recovery copies older than this are deleted at start-up (nobody comes back for them).
pub const KEEP_FOR: Duration = Duration::from_hours(30 * 24);

/// What the sidecar file says about a recovery copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The user's file, if the quiz had been saved before.
    pub original: Option<PathBuf>,
    /// Seconds since 1970 when the copy was written.
    pub saved_at: u64,
}

/// A recovery copy found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub quiz_path: PathBuf,
    pub info: RecoveryInfo,
}

/// Writes and finds recovery copies in `dir`.
pub struct Recovery {
    dir: PathBuf,
    last_write: Option<Duration>,
    untitled_slot: String,
    /// The background write in flight, if any.
    pending: Option<mpsc::Receiver<()>>,
}

fn slot_name(original: Option<&Path>, untitled: &str) -> String {
    match original {
        Some(path) => {
            // FNV-1a: a stable, dependency-free hash; collisions only share a slot name.
            let hash = path
                .to_string_lossy()
                .bytes()
                .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
                });
            let stem = path.file_name().unwrap_or_default().to_string_lossy();
            let stem = stem
                .trim_end_matches(format::FILE_SUFFIX)
                .trim_end_matches(".json");
            let safe: String = stem
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .take(40)
                .collect();
            format!("{safe}-{hash:016x}")
        }
        None => untitled.to_owned(),
    }
}

impl Recovery {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join("recovery"),
            last_write: None,
            untitled_slot: format!("sans-titre-{}", std::process::id()),
            pending: None,
        }
    }

    fn paths(&self, original: Option<&Path>) -> (PathBuf, PathBuf) {
        let name = slot_name(original, &self.untitled_slot);
        (
            self.dir.join(format!("{name}.quiz.json")),
            self.dir.join(format!("{name}.info.json")),
        )
    }

    /// Starts a background write of a recovery copy when the document is dirty and the
    /// interval has passed. Returns true when a write was started.
    pub fn tick(
        &mut self,
        quiz: &Quiz,
        original: Option<&Path>,
        dirty: bool,
        now: Duration,
        unix_now: u64,
    ) -> bool {
        if let Some(rx) = &self.pending {
            if rx.try_recv() == Err(mpsc::TryRecvError::Empty) {
                return false; // previous write still running
            }
            self.pending = None;
        }
        if !dirty {
            self.last_write = None;
            return false;
        }
        let due = match self.last_write {
            None => true,
            Some(t) => now.saturating_sub(t) >= AUTOSAVE_INTERVAL,
        };
        if !due {
            // First change after a save: wait a full interval before writing.
            return false;
        }
        if self.last_write.is_none() {
            self.last_write = Some(now);
            return false;
        }
        self.last_write = Some(now);
        let (quiz_path, info_path) = self.paths(original);
        let info = RecoveryInfo {
            original: original.map(Path::to_owned),
            saved_at: unix_now,
        };
        let quiz = quiz.clone(); // images are shared, so this copies text only
        let dir = self.dir.clone();
        let (tx, rx) = mpsc::channel();
        self.pending = Some(rx);
        thread::spawn(move || {
            let _ = write(&dir, &quiz_path, &info_path, &quiz, &info); // best effort, retried in 30 s
            let _ = tx.send(());
        });
        true
    }

    /// Writes the recovery copy now, on this thread.
    pub fn write_now(
        &mut self,
        quiz: &Quiz,
        original: Option<&Path>,
        unix_now: u64,
    ) -> Result<(), storage::SaveError> {
        let (quiz_path, info_path) = self.paths(original);
        let info = RecoveryInfo {
            original: original.map(Path::to_owned),
            saved_at: unix_now,
        };
        write(&self.dir, &quiz_path, &info_path, quiz, &info)
    }

    /// Waits for a background write to finish (tests, and before quitting).
    pub fn flush(&mut self) {
        if let Some(rx) = self.pending.take() {
            let _ = rx.recv_timeout(Duration::from_secs(30));
        }
    }

    /// Deletes the copy of this document (after a save, or when the user discards changes).
    pub fn discard(&mut self, original: Option<&Path>) {
        self.flush();
        let (quiz_path, info_path) = self.paths(original);
        let _ = std::fs::remove_file(quiz_path); // absent is fine
        let _ = std::fs::remove_file(info_path);
        self.last_write = None;
    }

    /// Deletes a copy found at startup.
    pub fn remove(found: &Found) {
        let _ = std::fs::remove_file(&found.quiz_path);
        let _ = std::fs::remove_file(
            found
                .quiz_path
                .with_extension("")
                .with_extension("info.json"),
        );
    }

    /// Deletes the copies nobody needs any more, at start-up: older than [`KEEP_FOR`], or of a
    /// file saved since the copy was made (its content is newer than the copy), plus stray
    /// files of the folder older than [`KEEP_FOR`]. Returns how many copies went.
    pub fn prune(&self, unix_now: u64) -> usize {
        let too_old = |secs: u64| unix_now.saturating_sub(secs) > KEEP_FOR.as_secs();
        let mut removed = 0;
        for found in self.find() {
            let saved_since = found
                .info
                .original
                .as_deref()
                .and_then(modified_secs)
                .is_some_and(|m| m > found.info.saved_at);
            if saved_since || too_old(found.info.saved_at) {
                Self::remove(&found);
                removed += 1;
            }
        }
        // A copy without its sidecar (or the reverse, or a killed write's temporary file).
        if let Ok(entries) = std::fs::read_dir(&self.dir) {
            for path in entries.filter_map(Result::ok).map(|e| e.path()) {
                if path.is_file() && modified_secs(&path).is_some_and(too_old) {
                    let _ = std::fs::remove_file(&path); // best effort: tried again next start
                }
            }
        }
        removed
    }

    /// Recovery copies left by earlier runs, most recent first.
    pub fn find(&self) -> Vec<Found> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<Found> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".info.json"))
            .filter_map(|info_path| {
                let info: RecoveryInfo =
                    serde_json::from_slice(&std::fs::read(&info_path).ok()?).ok()?;
                let name = info_path
                    .file_name()?
                    .to_string_lossy()
                    .replace(".info.json", ".quiz.json");
                let quiz_path = info_path.with_file_name(name);
                quiz_path.is_file().then_some(Found { quiz_path, info })
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.info.saved_at));
        found
    }
}

/// When `path` was last written, in seconds since 1970.
fn modified_secs(path: &Path) -> Option<u64> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(
        modified
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs(),
    )
}

fn write(
    dir: &Path,
    quiz_path: &Path,
    info_path: &Path,
    quiz: &Quiz,
    info: &RecoveryInfo,
) -> Result<(), storage::SaveError> {
    std::fs::create_dir_all(dir).map_err(|e| {
        storage::SaveError::Storage(storage::StorageError {
            path: dir.to_owned(),
            action: storage::Action::Write,
            source: e,
        })
    })?;
    storage::save_quiz(quiz_path, quiz)?;
    let bytes = serde_json::to_vec_pretty(info).unwrap_or_default();
    storage::write_atomic(info_path, &bytes).map_err(storage::SaveError::Storage)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_after_interval_and_finds_copy() {
        let dir = tempfile::tempdir().unwrap();
        let mut r = Recovery::new(dir.path());
        let quiz = Quiz {
            title: "Brouillon".into(),
            ..Quiz::default()
        };
        let original = Path::new("/home/x/Atelier mails.quiz.json");
        assert!(
            !r.tick(&quiz, Some(original), true, Duration::from_secs(0), 100),
            "first change arms the timer"
        );
        assert!(!r.tick(&quiz, Some(original), true, Duration::from_secs(29), 100));
        assert!(r.tick(&quiz, Some(original), true, Duration::from_secs(30), 100));
        r.flush();
        let found = r.find();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].info.original.as_deref(), Some(original));
        let loaded = storage::open_quiz(&found[0].quiz_path, format::ImageCheck::Header).unwrap();
        assert_eq!(loaded.quiz.title, "Brouillon");
        r.discard(Some(original));
        assert!(r.find().is_empty());
    }

    #[test]
    fn clean_documents_are_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let mut r = Recovery::new(dir.path());
        for s in 0..100 {
            assert!(!r.tick(&Quiz::default(), None, false, Duration::from_secs(s), 0));
        }
        assert!(r.find().is_empty());
    }

    #[test]
    fn prune_drops_old_copies_and_copies_of_files_saved_since() {
        let dir = tempfile::tempdir().unwrap();
        let mut r = Recovery::new(dir.path());
        let quiz = |t: &str| Quiz {
            title: t.into(),
            ..Quiz::default()
        };
        let now = super::super::file_ops::unix_now();
        let day = 24 * 60 * 60;
        // Saved by the user after the copy was made: the copy is stale.
        let saved_since = dir.path().join("mardi.quiz.json");
        std::fs::write(&saved_since, "{}").unwrap();
        r.write_now(&quiz("mardi"), Some(&saved_since), now - 3600)
            .unwrap();
        // Untouched since the copy (crash before any save): kept.
        let not_saved = dir.path().join("jeudi.quiz.json");
        std::fs::write(&not_saved, "{}").unwrap();
        r.write_now(&quiz("jeudi"), Some(&not_saved), now + 3600)
            .unwrap();
        // Never saved, a week old: kept; 31 days old: gone.
        r.untitled_slot = "sans-titre-1".into();
        r.write_now(&quiz("semaine"), None, now - 7 * day).unwrap();
        r.untitled_slot = "sans-titre-2".into();
        r.write_now(&quiz("vieux"), None, now - 31 * day).unwrap();
        assert_eq!(r.find().len(), 4);
        assert_eq!(r.prune(now), 2);
        let mut titles: Vec<String> = r
            .find()
            .iter()
            .map(|f| {
                storage::open_quiz(&f.quiz_path, format::ImageCheck::Header)
                    .unwrap()
                    .quiz
                    .title
            })
            .collect();
        titles.sort();
        assert_eq!(titles, ["jeudi", "semaine"]);
        // A month later everything left goes, strays included.
        std::fs::write(dir.path().join("recovery/orphelin.quiz.json"), "{}").unwrap();
        assert_eq!(r.prune(now + 40 * day), 2);
        assert_eq!(
            std::fs::read_dir(dir.path().join("recovery"))
                .unwrap()
                .count(),
            0,
            "the stray copy went too"
        );
    }

    #[test]
    fn remove_deletes_both_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut r = Recovery::new(dir.path());
        r.write_now(
            &Quiz {
                title: "x".into(),
                ..Quiz::default()
            },
            None,
            5,
        )
        .unwrap();
        let found = r.find();
        Recovery::remove(&found[0]);
        assert!(r.find().is_empty());
        assert_eq!(
            std::fs::read_dir(dir.path().join("recovery"))
                .unwrap()
                .count(),
            0
        );
    }
}
