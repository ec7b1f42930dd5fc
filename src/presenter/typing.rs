//! Typing hand counts with the keyboard: digits go into the field of the answer being
//! counted, Tab moves to the next answer, Delete clears.

use super::state::PresenterState;
use super::tally::{self, Tally, TallyCursor, TallyKind};
use crate::model::Quiz;

impl PresenterState {
    /// The question being tallied and its number of fields.
    pub(super) fn tally_target(&self, quiz: &Quiz) -> Option<(usize, usize)> {
        let index = self.current_question()?;
        let n = tally::field_count(quiz.questions.get(index)?);
        (n > 0).then_some((index, n))
    }

    /// Original field of a shown position.
    pub fn field_of(&self, quiz: &Quiz, index: usize, position: usize) -> usize {
        let kind = quiz.questions.get(index).and_then(TallyKind::of);
        if kind == Some(TallyKind::Choices) {
            self.display_order(quiz, index)
                .get(position)
                .copied()
                .unwrap_or(position)
        } else {
            position
        }
    }

    fn cursor_on(&mut self, quiz: &Quiz) -> Option<TallyCursor> {
        let (index, _) = self.tally_target(quiz)?;
        let cursor = match self.tally_cursor {
            Some(c) if c.question == index => c,
            _ => TallyCursor {
                question: index,
                position: 0,
                fresh: true,
            },
        };
        self.tally_cursor = Some(cursor);
        Some(cursor)
    }

    pub(super) fn tally_digit(&mut self, quiz: &Quiz, digit: u8) {
        let Some(mut cursor) = self.cursor_on(quiz) else {
            return;
        };
        let index = cursor.question;
        let n = self.tally_target(quiz).map_or(0, |t| t.1);
        let field = self.field_of(quiz, index, cursor.position);
        let tally = self.tallies.entry(index).or_insert_with(|| Tally::new(n));
        let old = tally.counts.get(field).copied().unwrap_or(0);
        tally.set(field, tally::typed(old, digit, cursor.fresh));
        cursor.fresh = false;
        self.tally_cursor = Some(cursor);
    }

    pub(super) fn move_tally_cursor(&mut self, quiz: &Quiz, forward: bool) {
        let had = self
            .tally_cursor
            .is_some_and(|c| Some(c.question) == self.current_question());
        let (Some(mut cursor), Some((_, n))) = (self.cursor_on(quiz), self.tally_target(quiz))
        else {
            return;
        };
        if had {
            cursor.position = if forward {
                (cursor.position + 1) % n
            } else {
                (cursor.position + n - 1) % n
            };
        }
        cursor.fresh = true;
        self.tally_cursor = Some(cursor);
    }

    pub(super) fn tally_clear(&mut self, quiz: &Quiz) {
        let Some((index, _)) = self.tally_target(quiz) else {
            return;
        };
        match self.tally_cursor {
            Some(mut c) if c.question == index => {
                let field = self.field_of(quiz, index, c.position);
                if let Some(t) = self.tallies.get_mut(&index) {
                    t.set(field, 0);
                }
                c.fresh = true;
                self.tally_cursor = Some(c);
            }
            _ => {
                self.tallies.remove(&index);
            }
        }
    }
}
