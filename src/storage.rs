//! The only place that touches quiz files on disk: bounded reads and crash-safe writes.
//!
//! Advisors often keep the only copy of a quiz on a laptop or a USB key. A save must never
//! leave a half-written file: we write a temporary file next to the target, flush it to disk,
//! keep the previous version as `FILE.bak`, then atomically rename over the target (retried on
//! Windows while another program holds the target open: `storage/replace.rs`). A crash at
//! any moment leaves either the complete old file or the complete new one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::format::{self, ImageCheck, LoadError, Loaded, MAX_FILE_BYTES, WriteError};
use crate::i18n::Lang;
use crate::model::Quiz;

mod replace;

/// Why a quiz file could not be opened.
#[derive(Debug)]
pub enum OpenError {
    Storage(StorageError),
    Format(LoadError),
}

/// Reads and loads a quiz file.
pub fn open_quiz(path: &Path, images: ImageCheck) -> Result<Loaded, OpenError> {
    let bytes = read_file(path).map_err(OpenError::Storage)?;
    format::load_with(&bytes, images).map_err(OpenError::Format)
}

/// Why a quiz could not be saved. The previous file, if any, is intact.
#[derive(Debug)]
pub enum SaveError {
    Encode(WriteError),
    Storage(StorageError),
}

impl SaveError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Encode(e) => lang.f("write.non_finite", &[("id", &e.question_id)]),
            SaveError::Storage(e) => e.message(lang),
        }
    }
}

/// Serialises `quiz` and writes it atomically to `path` (keeping `path.bak`).
/// The JSON is streamed to the temporary file through a buffer: no copy of the whole file is
/// held in memory.
pub fn save_quiz(path: &Path, quiz: &Quiz) -> Result<(), SaveError> {
    format::check_writable(quiz).map_err(SaveError::Encode)?;
    write_atomic_with(path, |file| {
        let mut out = io::BufWriter::with_capacity(1 << 20, file);
        format::write_json(quiz, &mut out)?;
        out.flush()
    })
    .map_err(SaveError::Storage)
}

/// A file that could not be read or written, with the OS reason.
#[derive(Debug)]
pub struct StorageError {
    pub path: PathBuf,
    pub action: Action,
    pub source: io::Error,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Read,
    /// Replacing an existing file, which was left unchanged.
    Write,
    /// Writing a file that did not exist yet (nothing was there to keep).
    Create,
    /// The file is larger than the format allows; nothing was read.
    TooLarge,
}

impl StorageError {
    fn new(path: &Path, action: Action, source: io::Error) -> Self {
        Self {
            path: path.to_owned(),
            action,
            source,
        }
    }

    /// A sentence for the user, in their language, with the reason.
    pub fn message(&self, lang: Lang) -> String {
        let path = self.path.display();
        let reason = reason(&self.source, lang);
        match self.action {
            Action::Read => lang.f(
                "storage.read_failed",
                &[("path", &path), ("reason", &reason)],
            ),
            Action::Write => lang.f(
                "storage.write_failed",
                &[("path", &path), ("reason", &reason)],
            ),
            Action::Create => lang.f(
                "storage.create_failed",
                &[("path", &path), ("reason", &reason)],
            ),
            Action::TooLarge => lang.f(
                "storage.too_large",
                &[("path", &path), ("max", &(MAX_FILE_BYTES / (1024 * 1024)))],
            ),
        }
    }
}

/// The OS error in the user's language for the common cases.
fn reason(e: &io::Error, lang: Lang) -> String {
    if let Some(key) = replace::windows_reason_key(e) {
        return lang.t(key).to_owned();
    }
    let key = match e.kind() {
        io::ErrorKind::NotFound => "storage.reason.not_found",
        io::ErrorKind::PermissionDenied => "storage.reason.permission",
        io::ErrorKind::StorageFull => "storage.reason.full",
        io::ErrorKind::ReadOnlyFilesystem => "storage.reason.read_only",
        io::ErrorKind::IsADirectory => "storage.reason.is_directory",
        _ => return lang.f("storage.reason.other", &[("detail", e)]),
    };
    lang.t(key).to_owned()
}

/// Reads a whole quiz file, refusing files larger than the format allows before reading them.
pub fn read_file(path: &Path) -> Result<Vec<u8>, StorageError> {
    let file = File::open(path).map_err(|e| StorageError::new(path, Action::Read, e))?;
    let len = file
        .metadata()
        .map_err(|e| StorageError::new(path, Action::Read, e))?
        .len();
    if len > MAX_FILE_BYTES {
        return Err(StorageError::new(
            path,
            Action::TooLarge,
            io::ErrorKind::FileTooLarge.into(),
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    // `take` bounds the read even if the file grows while we read it.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StorageError::new(path, Action::Read, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StorageError::new(
            path,
            Action::TooLarge,
            io::ErrorKind::FileTooLarge.into(),
        ));
    }
    Ok(bytes)
}

/// The backup kept next to `path` by [`write_atomic`].
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically, keeping the previous content as `path.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// [`write_atomic`] with the content produced by `write` (tests inject failures here).
fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), StorageError> {
    // "The previous file was left unchanged" is only true when there was one.
    let action = if path.exists() {
        Action::Write
    } else {
        Action::Create
    };
    let err = |e| StorageError::new(path, action, e);
    // Otherwise the backup step fails on it with an untranslated OS message ("the source path
    // is neither a regular file nor…") inside the French sentence.
    if path.is_dir() {
        return Err(err(io::ErrorKind::IsADirectory.into()));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let (tmp_path, mut tmp) = create_temp(&dir, path).map_err(err)?;
    let written = write(&mut tmp).and_then(|()| tmp.sync_all());
    drop(tmp);
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp_path); // best effort: the error below is what matters
        return Err(err(e));
    }
    if path.exists()
        && let Err(e) = keep_backup(path)
    {
        let _ = fs::remove_file(&tmp_path);
        return Err(err(e));
    }
    if let Err(e) = replace::rename(&tmp_path, path) {
        let _ = fs::remove_file(&tmp_path);
        return Err(err(e));
    }
    sync_dir(&dir);
    remove_leftovers(&dir, path);
    Ok(())
}

/// A temporary file older than this was left by a save that was killed (power cut, crash):
/// no save takes this long, so it is not another process's save in progress.
const LEFTOVER_AGE: Duration = Duration::from_mins(15);

/// Deletes the temporary files that killed saves of `target` left in `dir` (each as big as the
/// quiz: on a USB key they would pile up, hidden). Best effort: the save itself succeeded.
fn remove_leftovers(dir: &Path, target: &Path) {
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let is_ours = file_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .is_some_and(|middle| {
                let mut parts = middle.split('.');
                let digits = |p: Option<&str>| {
                    p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                };
                digits(parts.next()) && digits(parts.next()) && parts.next().is_none()
            });
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > LEFTOVER_AGE);
        if is_ours && old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A new temporary file in `dir`, named after the target so a leftover is recognisable.
fn create_temp(dir: &Path, target: &Path) -> io::Result<(PathBuf, File)> {
    let stem = target.file_name().unwrap_or_default().to_string_lossy();
    let pid = std::process::id();
    let mut attempt = 0u32;
    loop {
        let candidate = dir.join(format!(".{stem}.{pid}.{attempt}.tmp"));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 1000 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Replaces `path.bak` with the current content of `path`, atomically: a hard link where the
/// file system allows it (instant, no copy), a copy otherwise (FAT USB keys) and always on
/// Windows: there a link shares the held file's sharing mode, so while another program holds
/// `path` the link can be neither renamed nor deleted, and a failed save left `FILE.bak.tmp`
/// behind (seen in packaging/windows/smoke.sh step 4 under Wine). The copy is a plain read
/// and write: `fs::copy` (`CopyFileEx`) is refused on a file another program holds, while
/// std's own open shares read, write and delete.
fn keep_backup(path: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let staging = backup.with_extension("bak.tmp");
    let _ = fs::remove_file(&staging);
    let staged = if !cfg!(windows) && fs::hard_link(path, &staging).is_ok() {
        Ok(())
    } else {
        fs::read(path).and_then(|bytes| fs::write(&staging, bytes))
    };
    let result = staged.and_then(|()| replace::rename(&staging, &backup));
    if result.is_err() {
        let _ = fs::remove_file(&staging); // best effort; the caller reports `result`
    }
    result
}

/// Makes the rename durable where the OS supports syncing directories.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all(); // not supported everywhere (Windows): the rename is still atomic
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_keeps_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.quiz.json");
        write_atomic(&path, b"one").unwrap();
        assert!(!backup_path(&path).exists());
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        assert_eq!(file_names(dir.path()), ["q.quiz.json", "q.quiz.json.bak"]);
        // One backup per quiz, however often it is saved.
        for n in 3..10 {
            write_atomic(&path, format!("v{n}").as_bytes()).unwrap();
        }
        assert_eq!(file_names(dir.path()), ["q.quiz.json", "q.quiz.json.bak"]);
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"v8");
    }

    fn file_names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn failed_write_leaves_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.quiz.json");
        fs::write(&path, b"old content").unwrap();
        let e = write_atomic_with(&path, |f| {
            f.write_all(b"half of the new")?;
            Err(io::ErrorKind::StorageFull.into())
        })
        .unwrap_err();
        assert_eq!(e.action, Action::Write);
        assert_eq!(fs::read(&path).unwrap(), b"old content");
        assert_eq!(file_names(dir.path()), ["q.quiz.json"]);
        let message = e.message(Lang::Fr);
        assert!(
            message.contains("q.quiz.json") && message.contains("plein"),
            "{message}"
        );
    }

    #[test]
    fn a_save_removes_old_leftovers_of_killed_saves_of_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.quiz.json");
        let hour_ago = std::time::SystemTime::now() - Duration::from_hours(1);
        let make = |name: &str, old: bool| {
            let f = File::create(dir.path().join(name)).unwrap();
            if old {
                f.set_modified(hour_ago).unwrap();
            }
        };
        make(".q.quiz.json.4242.0.tmp", true); // killed save: removed
        make(".q.quiz.json.4243.1.tmp", false); // maybe a save in progress: kept
        make(".autre.quiz.json.4242.0.tmp", true); // another quiz's: not ours to judge
        make(".q.quiz.json.notes.tmp", true); // not our naming: kept
        write_atomic(&path, b"new").unwrap();
        assert_eq!(
            file_names(dir.path()),
            [
                ".autre.quiz.json.4242.0.tmp",
                ".q.quiz.json.4243.1.tmp",
                ".q.quiz.json.notes.tmp",
                "q.quiz.json"
            ]
        );
    }

    #[test]
    fn unwritable_target_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        // A non-empty directory cannot be replaced by a file.
        let blocked = dir.path().join("blocked.quiz.json");
        fs::create_dir(&blocked).unwrap();
        fs::write(blocked.join("inside"), b"x").unwrap();
        assert_eq!(
            write_atomic(&blocked, b"new").unwrap_err().action,
            Action::Write
        );
        assert_eq!(fs::read(blocked.join("inside")).unwrap(), b"x");
        assert_eq!(file_names(dir.path()), ["blocked.quiz.json"]);
    }

    #[test]
    fn read_refuses_oversized_files_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.quiz.json");
        let f = File::create(&path).unwrap();
        f.set_len(MAX_FILE_BYTES + 1).unwrap(); // sparse: costs no disk space
        assert_eq!(read_file(&path).unwrap_err().action, Action::TooLarge);
    }
}
