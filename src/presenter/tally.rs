//! Hands counted per answer, typed by the advisor (number keys or the console).
//!
//! Counts are stored per *original* answer (not per shuffled position), so shuffling never
//! changes what is exported, and per question, so going back keeps what was typed.

use crate::model::{Question, QuestionKind};

/// Largest count accepted (a workshop room, not a stadium).
pub const MAX_COUNT: u32 = 999;

/// What the fields of a question's tally stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TallyKind {
    /// One field per choice (single, multiple, poll).
    Choices,
    /// Vrai, Faux.
    TrueFalse,
    /// Got it right / did not (ordering, hotspot).
    RightWrong,
}

impl TallyKind {
    pub fn of(question: &Question) -> Option<Self> {
        match &question.kind {
            QuestionKind::SingleChoice { .. }
            | QuestionKind::MultipleChoice { .. }
            | QuestionKind::Poll { .. } => Some(Self::Choices),
            QuestionKind::TrueFalse { .. } => Some(Self::TrueFalse),
            QuestionKind::Ordering { .. } | QuestionKind::Hotspot { .. } => Some(Self::RightWrong),
            QuestionKind::Open { .. } | QuestionKind::Unknown { .. } => None,
        }
    }
}

/// Number of tally fields of a question (0 when it cannot be tallied).
pub fn field_count(question: &Question) -> usize {
    match TallyKind::of(question) {
        Some(TallyKind::Choices) => question.kind.choices().map_or(0, <[_]>::len),
        Some(TallyKind::TrueFalse | TallyKind::RightWrong) => 2,
        None => 0,
    }
}

/// Which fields count as a right answer (`None` for a poll: no right answer).
pub fn correct_fields(question: &Question) -> Option<Vec<bool>> {
    match &question.kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            Some(choices.iter().map(|c| c.correct).collect())
        }
        QuestionKind::TrueFalse { answer } => Some(vec![*answer, !*answer]),
        QuestionKind::Ordering { .. } | QuestionKind::Hotspot { .. } => Some(vec![true, false]),
        QuestionKind::Poll { .. } | QuestionKind::Open { .. } | QuestionKind::Unknown { .. } => {
            None
        }
    }
}

/// The counts of one question, by original answer index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub counts: Vec<u32>,
}

impl Tally {
    pub fn new(fields: usize) -> Self {
        Self {
            counts: vec![0; fields],
        }
    }

    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }

    pub fn max(&self) -> u32 {
        self.counts.iter().copied().max().unwrap_or(0)
    }

    /// Hands on right answers, or `None` for a question without right answer.
    pub fn right(&self, correct: Option<&[bool]>) -> Option<u32> {
        let correct = correct?;
        Some(
            self.counts
                .iter()
                .zip(correct)
                .filter(|(_, ok)| **ok)
                .map(|(n, _)| *n)
                .sum(),
        )
    }

    pub fn set(&mut self, field: usize, count: u32) {
        if let Some(c) = self.counts.get_mut(field) {
            *c = count.min(MAX_COUNT);
        }
    }
}

/// The field being typed into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TallyCursor {
    pub question: usize,
    /// Shown position (A = 0), not the original answer index.
    pub position: usize,
    /// The next digit replaces the value instead of appending to it.
    pub fresh: bool,
}

/// Appends `digit` to `count` (or replaces it when `fresh`), capped at [`MAX_COUNT`].
pub fn typed(count: u32, digit: u8, fresh: bool) -> u32 {
    let d = u32::from(digit.min(9));
    if fresh {
        d
    } else {
        (count.saturating_mul(10).saturating_add(d)).min(MAX_COUNT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_appends_then_caps() {
        assert_eq!(typed(7, 2, true), 2);
        assert_eq!(typed(7, 2, false), 72);
        assert_eq!(typed(99, 9, false), 999);
        assert_eq!(typed(999, 9, false), MAX_COUNT);
    }

    #[test]
    fn right_hands_follow_correct_fields() {
        let t = Tally {
            counts: vec![3, 5, 2],
        };
        assert_eq!(t.total(), 10);
        assert_eq!(t.right(Some(&[false, true, true])), Some(7));
        assert_eq!(t.right(None), None);
    }
}
