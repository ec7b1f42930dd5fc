//! New, open, save, import and recovery: the file side of [`super::apply`].
//!
//! Every path ends in one of three ways: it worked, the user cancelled, or a [`Notice`] says
//! what went wrong — and in every case the quiz that was open stays open and intact.

use std::path::{Path, PathBuf};

use super::apply::{Effect, Platform};
use super::command::Command;
use super::document::Document;
use super::platform::{DialogKind, DialogRequest};
use super::recovery::{Found, Recovery};
use super::state::{AppState, ImportSource, Notice, Pending, Prompt};
use crate::format::{FILE_SUFFIX, ImageCheck};
use crate::storage::{self, OpenError};

/// Runs `pending` now, or first asks about unsaved changes.
pub(super) fn guard(
    state: &mut AppState,
    platform: &mut Platform,
    pending: Pending,
    effects: &mut Vec<Effect>,
) {
    if state.doc.is_dirty() {
        state.prompt = Some(Prompt::UnsavedChanges(pending));
    } else {
        proceed(state, platform, pending, effects);
    }
}

/// Runs an action whose unsaved-changes question has been answered.
pub(super) fn proceed(
    state: &mut AppState,
    platform: &mut Platform,
    pending: Pending,
    effects: &mut Vec<Effect>,
) {
    match pending {
        Pending::New => {
            let today = platform.clock.today();
            replace_document(state, Document::untitled(state.lang(), &today));
        }
        Pending::Open(path) if super::interchange_ops::is_foreign(&path) => {
            super::interchange_ops::open(state, platform, &path);
        }
        Pending::Open(path) => open(state, platform, &path),
        Pending::OpenDialog => {
            let dir = document_folder(state);
            ask(
                state,
                DialogRequest::new(DialogKind::OpenQuiz, dir, |path| {
                    Command::Proceed(Pending::Open(path))
                }),
            );
        }
        Pending::Quit => {
            state.quitting = true;
            if let Some(r) = platform.recovery.as_mut() {
                r.flush();
            }
            effects.push(Effect::CloseWindow);
        }
    }
}

fn replace_document(state: &mut AppState, doc: Document) {
    state.doc = doc;
    state.editor = state.editor.for_new_document();
    if !state.doc.quiz().questions.is_empty() {
        state.editor.selected = Some(0);
    }
    // Said in the status line, which screen readers hear as a live region: the window title
    // changes too, but Orca does not read it.
    let lang = state.lang();
    let status = if state.doc.path().is_some() {
        lang.f("status.opened", &[("file", &state.doc.display_name(lang))])
    } else {
        lang.t("status.new_quiz").to_owned()
    };
    state.editor.status = Some(status);
}

/// Opens `path`, keeping the current quiz if it cannot be read.
pub(super) fn open(state: &mut AppState, platform: &mut Platform, path: &Path) {
    let lang = state.lang();
    match storage::open_quiz(path, ImageCheck::Header) {
        Ok(loaded) => {
            let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
            replace_document(state, Document::new(loaded.quiz, Some(path.to_owned())));
            state.settings.remember(path);
            save_settings(state, platform);
            if errors > 0 {
                state.notice = Some(Notice::Info(
                    lang.f("notice.opened_with_errors", &[("n", &errors)]),
                ));
            }
        }
        Err(OpenError::Storage(e)) => error(state, "notice.open_failed", e.message(lang)),
        Err(OpenError::Format(e)) => {
            let file = path.display().to_string();
            state.notice = Some(Notice::BadFile {
                file,
                diagnostics: e.diagnostics,
            });
        }
    }
}

/// Loads a colleague's quiz to pick questions from.
pub(super) fn open_import(state: &mut AppState, path: PathBuf) {
    let lang = state.lang();
    match storage::open_quiz(&path, ImageCheck::Header) {
        Ok(loaded) => state.editor.import = Some(ImportSource { path, loaded }),
        Err(OpenError::Storage(e)) => error(state, "notice.open_failed", e.message(lang)),
        Err(OpenError::Format(e)) => {
            state.notice = Some(Notice::BadFile {
                file: path.display().to_string(),
                diagnostics: e.diagnostics,
            });
        }
    }
}

/// Saves to the current path, or asks for one; then carries on with `then`.
pub(super) fn save(
    state: &mut AppState,
    platform: &mut Platform,
    then: Option<Pending>,
    effects: &mut Vec<Effect>,
) {
    match state.doc.path().map(ToOwned::to_owned) {
        Some(path) => save_then(state, platform, &path, then, effects),
        None => save_as(state, then),
    }
}

/// Asks where to save; the answer comes back as [`Command::SaveTo`].
pub(super) fn save_as(state: &mut AppState, then: Option<Pending>) {
    let suggested = suggested_file_name(&state.doc.quiz().title);
    let dir = document_folder(state);
    let request = DialogRequest::new(DialogKind::SaveQuiz, dir, move |path| Command::SaveTo {
        path,
        then,
    })
    .with_file_name(suggested);
    ask(state, request);
}

/// Saves to `path` (adding `.quiz.json` to a bare name); when it worked, says so and carries
/// on with `then`.
pub(super) fn save_then(
    state: &mut AppState,
    platform: &mut Platform,
    path: &Path,
    then: Option<Pending>,
    effects: &mut Vec<Effect>,
) {
    if !save_to(state, platform, &with_suffix(path.to_owned())) {
        return;
    }
    let lang = state.lang();
    let name = state.doc.display_name(lang);
    state.editor.status = Some(lang.f("status.saved", &[("file", &name)]));
    if let Some(pending) = then {
        proceed(state, platform, pending, effects);
    }
}

/// Shows the file dialog `request` (one at a time: a second request while one is open is
/// dropped, as a second click on a button behind a modal would be).
pub(super) fn ask(state: &mut AppState, request: DialogRequest) {
    if state.dialog.is_none() {
        state.dialog = Some(request);
    }
}

/// The folder of the open quiz, where dialogs start.
pub(super) fn document_folder(state: &AppState) -> Option<PathBuf> {
    state
        .doc
        .path()
        .and_then(Path::parent)
        .map(ToOwned::to_owned)
}

/// `title` turned into a file name: `Naviguer en sécurité.quiz.json`.
pub fn suggested_file_name(title: &str) -> String {
    let clean: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " -_'".contains(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    let stem = if clean.is_empty() {
        "quiz".to_owned()
    } else {
        clean.chars().take(60).collect()
    };
    format!("{stem}{FILE_SUFFIX}")
}

/// Adds `.quiz.json` when the user typed a bare name.
fn with_suffix(path: PathBuf) -> PathBuf {
    if crate::format::is_json_file_name(&path) {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(FILE_SUFFIX);
        PathBuf::from(s)
    }
}

fn save_to(state: &mut AppState, platform: &mut Platform, path: &Path) -> bool {
    let lang = state.lang();
    let quiz = state.doc.quiz_for_saving(&platform.clock.today());
    match storage::save_quiz(path, &quiz) {
        Ok(()) => {
            discard_recovery(state, platform);
            state.doc.mark_saved(path.to_owned(), &quiz);
            state.settings.remember(path);
            save_settings(state, platform);
            true
        }
        Err(e) => {
            error(state, "notice.save_failed", e.message(lang));
            false
        }
    }
}

/// Deletes the recovery copy of the current document.
pub(super) fn discard_recovery(state: &AppState, platform: &mut Platform) {
    if let Some(r) = platform.recovery.as_mut() {
        r.discard(state.doc.path());
    }
}

/// Replaces the document with a recovery copy found at startup.
pub(super) fn restore(state: &mut AppState, platform: &mut Platform, found: &Found) {
    let lang = state.lang();
    match storage::open_quiz(&found.quiz_path, ImageCheck::Header) {
        Ok(loaded) => {
            let mut doc = Document::new(loaded.quiz, found.info.original.clone());
            doc.mark_unsaved();
            replace_document(state, doc);
            Recovery::remove(found);
            // Write the restored work again at once, under this session's slot.
            if let Some(r) = platform.recovery.as_mut() {
                let _ = r.write_now(state.doc.quiz(), state.doc.path(), unix_now()); // retried by autosave
            }
        }
        Err(OpenError::Storage(e)) => error(state, "notice.open_failed", e.message(lang)),
        Err(OpenError::Format(e)) => {
            let file = found.quiz_path.display().to_string();
            state.notice = Some(Notice::BadFile {
                file,
                diagnostics: e.diagnostics,
            });
        }
    }
}

/// Seconds since 1970, for recovery timestamps.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Persists settings; a failure is reported but changes nothing else.
pub(super) fn save_settings(state: &mut AppState, platform: &Platform) {
    let Some(paths) = &platform.paths else { return };
    if let Err(e) = state.settings.save(&paths.config_dir) {
        let lang = state.lang();
        error(state, "notice.settings_failed", e.message(lang));
    }
}

/// Shows an error notice titled by `title_key` with `detail`.
pub(super) fn error(state: &mut AppState, title_key: &'static str, detail: String) {
    let title = state.lang().t(title_key).to_owned();
    state.notice = Some(Notice::Error {
        title,
        details: vec![detail],
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_titles() {
        assert_eq!(
            suggested_file_name("Naviguer en sécurité !"),
            "Naviguer en sécurité.quiz.json"
        );
        assert_eq!(suggested_file_name("a/b\\c:d"), "a b c d.quiz.json");
        assert_eq!(suggested_file_name("   "), "quiz.quiz.json");
        assert_eq!(
            with_suffix(PathBuf::from("/x/atelier")),
            PathBuf::from("/x/atelier.quiz.json")
        );
        assert_eq!(
            with_suffix(PathBuf::from("/x/a.quiz.json")),
            PathBuf::from("/x/a.quiz.json")
        );
    }
}
