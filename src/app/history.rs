//! Undo/redo of [`Edit`]s, with typing bursts merged into one step.
//!
//! Each step stores the inverse of what was done. Consecutive edits with the same
//! [`Coalesce`] key (the same field of the same question) within a short pause merge into the
//! step that started the burst, whose inverse already restores the state before the burst.

use std::time::Duration;

use super::edit::{Edit, OutOfBounds};
use crate::model::Quiz;

/// Identifies "the same thing being typed into", e.g. `("q", 3, "prompt")`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Coalesce(pub String);

/// Pause after which typing in the same field starts a new undo step.
pub const BURST_PAUSE: Duration = Duration::from_secs(2);
/// Steps kept; older ones are forgotten.
pub const MAX_STEPS: usize = 500;

#[derive(Debug)]
struct Step {
    /// Applying this undoes the step.
    inverse: Edit,
    coalesce: Option<Coalesce>,
    last_change: Duration,
    /// Identifies the document state after this step (for the dirty flag).
    state_id: u64,
}

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_id: u64,
    /// A save seals the top step: further typing starts a new one.
    sealed: bool,
    /// The question the last undo or redo changed (see [`Edit::question_index`]).
    touched: Option<usize>,
}

impl History {
    /// The id of the current document state; equal ids mean equal documents.
    pub fn state_id(&self) -> u64 {
        self.undo.last().map_or(0, |s| s.state_id)
    }

    /// Applies `edit` to `quiz` and records it. `now` is a monotonic clock reading.
    pub fn apply(
        &mut self,
        quiz: &mut Quiz,
        edit: Edit,
        coalesce: Option<Coalesce>,
        now: Duration,
    ) -> Result<(), OutOfBounds> {
        if edit.is_noop() {
            return Ok(());
        }
        let inverse = edit.apply(quiz)?;
        self.redo.clear();
        let merge = !self.sealed
            && coalesce.is_some()
            && self.undo.last().is_some_and(|top| {
                top.coalesce == coalesce && now.saturating_sub(top.last_change) < BURST_PAUSE
            });
        self.sealed = false;
        self.next_id += 1;
        if merge {
            if let Some(top) = self.undo.last_mut() {
                top.last_change = now;
                top.state_id = self.next_id;
            }
        } else {
            self.undo.push(Step {
                inverse,
                coalesce,
                last_change: now,
                state_id: self.next_id,
            });
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
        }
        Ok(())
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step; false when there is nothing to undo.
    pub fn undo(&mut self, quiz: &mut Quiz) -> bool {
        self.touched = self.undo.last().and_then(|s| s.inverse.question_index());
        Self::transfer(&mut self.undo, &mut self.redo, quiz)
    }

    /// Redoes the last undone step; false when there is nothing to redo.
    pub fn redo(&mut self, quiz: &mut Quiz) -> bool {
        self.touched = self.redo.last().and_then(|s| s.inverse.question_index());
        Self::transfer(&mut self.redo, &mut self.undo, quiz)
    }

    /// The question the last undo or redo changed, to show it.
    pub fn touched(&self) -> Option<usize> {
        self.touched
    }

    /// Moves the top step between stacks, applying its inverse. A step keeps its state id,
    /// so redoing returns to a state the dirty flag recognises.
    fn transfer(from: &mut Vec<Step>, to: &mut Vec<Step>, quiz: &mut Quiz) -> bool {
        let Some(step) = from.pop() else { return false };
        match step.inverse.apply(quiz) {
            Ok(inverse) => {
                let state_id = step.state_id;
                to.push(Step {
                    inverse,
                    coalesce: None,
                    last_change: Duration::ZERO,
                    state_id,
                });
                true
            }
            Err(OutOfBounds) => false, // cannot happen: inverses always fit; drop the step
        }
    }

    /// Called after a save: the next edit starts a new step.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_title(title: &str) -> Edit {
        let h = super::super::edit::Header {
            title: title.into(),
            ..Default::default()
        };
        Edit::SetHeader(Box::new(h))
    }

    #[allow(clippy::unnecessary_wraps)] // the shape `History::apply` takes
    fn key() -> Option<Coalesce> {
        Some(Coalesce("title".into()))
    }

    #[test]
    fn typing_burst_is_one_step() {
        let mut quiz = Quiz::default();
        let mut h = History::default();
        for (i, t) in ["B", "Bo", "Bon"].iter().enumerate() {
            h.apply(
                &mut quiz,
                set_title(t),
                key(),
                Duration::from_millis(300 * i as u64),
            )
            .unwrap();
        }
        assert_eq!(quiz.title, "Bon");
        assert!(h.undo(&mut quiz));
        assert_eq!(quiz.title, "");
        assert!(!h.can_undo());
        assert!(h.redo(&mut quiz));
        assert_eq!(quiz.title, "Bon");
    }

    #[test]
    fn pause_or_save_splits_bursts() {
        let mut quiz = Quiz::default();
        let mut h = History::default();
        h.apply(&mut quiz, set_title("A"), key(), Duration::ZERO)
            .unwrap();
        h.apply(&mut quiz, set_title("AB"), key(), Duration::from_secs(5))
            .unwrap();
        h.seal();
        h.apply(&mut quiz, set_title("ABC"), key(), Duration::from_secs(5))
            .unwrap();
        h.undo(&mut quiz);
        assert_eq!(quiz.title, "AB");
        h.undo(&mut quiz);
        assert_eq!(quiz.title, "A");
    }

    #[test]
    fn state_id_tracks_saved_state_through_undo_redo() {
        let mut quiz = Quiz::default();
        let mut h = History::default();
        h.apply(&mut quiz, set_title("A"), None, Duration::ZERO)
            .unwrap();
        let saved = h.state_id();
        h.apply(&mut quiz, set_title("B"), None, Duration::ZERO)
            .unwrap();
        assert_ne!(h.state_id(), saved);
        h.undo(&mut quiz);
        assert_eq!(h.state_id(), saved);
        h.redo(&mut quiz);
        assert_ne!(h.state_id(), saved);
        h.undo(&mut quiz);
        h.undo(&mut quiz);
        assert_eq!(h.state_id(), 0);
    }

    #[test]
    fn undo_and_redo_say_which_question_they_changed() {
        let mut quiz = Quiz::default();
        for id in ["a", "b"] {
            let kind = crate::model::QuestionType::Open.empty_kind();
            quiz.questions
                .push(crate::model::Question::new(id, "l", kind));
        }
        let mut h = History::default();
        h.apply(
            &mut quiz,
            Edit::RemoveQuestion { index: 1 },
            None,
            Duration::ZERO,
        )
        .unwrap();
        h.undo(&mut quiz);
        assert_eq!(h.touched(), Some(1), "the restored question");
        h.redo(&mut quiz);
        assert_eq!(h.touched(), None, "a removal shows nothing in particular");
    }

    #[test]
    fn new_edit_clears_redo() {
        let mut quiz = Quiz::default();
        let mut h = History::default();
        h.apply(&mut quiz, set_title("A"), None, Duration::ZERO)
            .unwrap();
        h.undo(&mut quiz);
        h.apply(&mut quiz, set_title("B"), None, Duration::ZERO)
            .unwrap();
        assert!(!h.can_redo());
    }
}
