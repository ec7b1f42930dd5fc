//! The open quiz: content, file path, undo history, saved/unsaved state and live checks.
//!
//! `Document` owns the truth. Its quiz is only reachable read-only from outside; every change
//! goes through [`Document::apply`] (called by the command applier), which records the undo
//! step and refreshes the diagnostics the checks panel shows.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::edit::{Edit, OutOfBounds};
use super::history::{Coalesce, History};
use crate::i18n::Lang;
use crate::model::{Diagnostic, Level, Quiz, validate};

#[derive(Debug)]
pub struct Document {
    quiz: Quiz,
    path: Option<PathBuf>,
    history: History,
    saved_state: u64,
    diagnostics: Vec<Diagnostic>,
    /// Changes on every change, and differs between documents, so views can cache derived data.
    revision: u64,
    /// Title-bar name of a document without a file (a bundled sample).
    unsaved_name: Option<String>,
}

/// A process-wide counter: a revision number is never reused, even by another document.
fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Document {
    /// A document for `quiz`, considered saved at `path` (or never saved).
    ///
    /// The questions are put in level order (as the list shows them): numbers, checks and the
    /// presentation then agree with what the author sees, and the next save writes that order.
    pub fn new(mut quiz: Quiz, path: Option<PathBuf>) -> Self {
        quiz.group_by_level();
        let diagnostics = validate(&quiz);
        Self {
            quiz,
            path,
            history: History::default(),
            saved_state: 0,
            diagnostics,
            revision: next_revision(),
            unsaved_name: None,
        }
    }

    /// Names a document that has no file yet (e.g. "naviguer-en-securite (exemple)").
    #[must_use]
    pub fn with_unsaved_name(mut self, name: String) -> Self {
        self.unsaved_name = Some(name);
        self
    }

    /// A new, empty quiz with the three usual levels, named in the app's language.
    pub fn untitled(lang: Lang, today: &str) -> Self {
        let level = |id: &str, name: &'static str, description: &'static str| Level {
            id: id.to_owned(),
            name: lang.t(name).to_owned(),
            description: lang.t(description).to_owned(),
            ..Level::default()
        };
        let quiz = Quiz {
            title: lang.t("doc.untitled_title").to_owned(),
            language: lang.code().to_owned(),
            created: today.to_owned(),
            levels: vec![
                level(
                    "decouverte",
                    "doc.level.discovery",
                    "doc.level.discovery.description",
                ),
                level(
                    "pratique",
                    "doc.level.practice",
                    "doc.level.practice.description",
                ),
                level(
                    "approfondissement",
                    "doc.level.deepening",
                    "doc.level.deepening.description",
                ),
            ],
            ..Quiz::default()
        };
        Self::new(quiz, None)
    }

    pub fn quiz(&self) -> &Quiz {
        &self.quiz
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.history.state_id() != self.saved_state
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Applies an edit, recording it for undo. `now` comes from the app's clock.
    pub fn apply(
        &mut self,
        edit: Edit,
        coalesce: Option<Coalesce>,
        now: Duration,
    ) -> Result<(), OutOfBounds> {
        self.history.apply(&mut self.quiz, edit, coalesce, now)?;
        self.changed();
        Ok(())
    }

    /// The question the last undo or redo changed, to show it.
    pub fn touched(&self) -> Option<usize> {
        self.history.touched()
    }

    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(&mut self.quiz);
        if done {
            self.changed();
        }
        done
    }

    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(&mut self.quiz);
        if done {
            self.changed();
        }
        done
    }

    fn changed(&mut self) {
        self.revision = next_revision();
        self.diagnostics = validate(&self.quiz);
    }

    /// The quiz as it should be written now: `modified` set to `today`.
    pub fn quiz_for_saving(&self, today: &str) -> Quiz {
        let mut quiz = self.quiz.clone();
        today.clone_into(&mut quiz.modified);
        if quiz.created.is_empty() {
            today.clone_into(&mut quiz.created);
        }
        quiz
    }

    /// Records a successful save of `saved` (the value written) at `path`.
    ///
    /// The written dates become part of the document without an undo step.
    pub fn mark_saved(&mut self, path: PathBuf, saved: &Quiz) {
        self.quiz.modified.clone_from(&saved.modified);
        self.quiz.created.clone_from(&saved.created);
        self.path = Some(path);
        self.history.seal();
        self.saved_state = self.history.state_id();
        self.revision = next_revision();
    }

    /// Marks the document as unsaved (e.g. restored from a recovery copy).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    /// File name for the title bar, or the untitled label.
    pub fn display_name(&self, lang: Lang) -> String {
        match (
            self.path.as_ref().and_then(|p| p.file_name()),
            &self.unsaved_name,
        ) {
            (Some(name), _) => name.to_string_lossy().into_owned(),
            (None, Some(name)) => name.clone(),
            (None, None) => lang.t("doc.untitled_file").to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::edit::Header;

    #[test]
    fn dirty_flag_follows_undo_to_saved_state() {
        let mut doc = Document::untitled(Lang::Fr, "2026-11-27");
        assert!(!doc.is_dirty());
        let mut header = Header::of(doc.quiz());
        header.title = "Mon quiz".into();
        doc.apply(Edit::SetHeader(Box::new(header)), None, Duration::ZERO)
            .unwrap();
        assert!(doc.is_dirty());
        doc.undo();
        assert!(!doc.is_dirty());
        doc.redo();
        let saved = doc.quiz_for_saving("2026-11-28");
        doc.mark_saved(PathBuf::from("/tmp/x.quiz.json"), &saved);
        assert!(!doc.is_dirty());
        assert_eq!(doc.quiz().modified, "2026-11-28");
        assert_eq!(doc.display_name(Lang::Fr), "x.quiz.json");
    }

    #[test]
    fn revisions_differ_between_documents_and_changes() {
        let a = Document::untitled(Lang::Fr, "x");
        let mut b = Document::untitled(Lang::Fr, "x");
        assert_ne!(
            a.revision(),
            b.revision(),
            "caches keyed by revision must not mix documents"
        );
        let before = b.revision();
        let header = Header {
            title: "T".into(),
            ..Header::of(b.quiz())
        };
        b.apply(Edit::SetHeader(Box::new(header)), None, Duration::ZERO)
            .unwrap();
        assert_ne!(b.revision(), before);
    }

    #[test]
    fn untitled_quiz_has_three_levels_in_app_language() {
        let doc = Document::untitled(Lang::En, "2026-11-27");
        let names: Vec<&str> = doc.quiz().levels.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Discovery", "Practice", "Going further"]);
        assert_eq!(doc.quiz().language, "en");
    }
}
