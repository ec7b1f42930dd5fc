//! The presenter's state machine: which slide is shown, reveal, timer, tallies.
//!
//! (Skeleton: the presenter issue fills this in.) No egui here; the audience view and the
//! console draw from a `&PresenterState`.

use crate::model::Quiz;

/// What to present.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PresentRequest {
    /// Level ids to run; empty = all.
    pub levels: Vec<String>,
    /// Start at this question index (Shift+F5), else at the title slide.
    pub from_question: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PresenterCommand {
    Next,
    Back,
    /// Leave the presenter (back to the editor on the current question).
    Leave,
}

#[derive(Debug, PartialEq)]
pub struct PresenterState {
    pub order: Vec<usize>,
    pub position: usize,
}

/// What the app must do after a presenter command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Back to the editor, selecting this question.
    Leave {
        question: Option<usize>,
    },
}

impl PresenterState {
    pub fn new(quiz: &Quiz, request: &PresentRequest) -> Self {
        let order: Vec<usize> = quiz
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| request.levels.is_empty() || request.levels.contains(&q.level))
            .map(|(i, _)| i)
            .collect();
        let position = request
            .from_question
            .and_then(|f| order.iter().position(|&i| i == f))
            .unwrap_or(0);
        Self { order, position }
    }

    pub fn current_question(&self) -> Option<usize> {
        self.order.get(self.position).copied()
    }

    pub fn apply(&mut self, command: &PresenterCommand) -> Outcome {
        match command {
            PresenterCommand::Next => {
                self.position = (self.position + 1).min(self.order.len().saturating_sub(1));
            }
            PresenterCommand::Back => self.position = self.position.saturating_sub(1),
            PresenterCommand::Leave => {
                return Outcome::Leave {
                    question: self.current_question(),
                };
            }
        }
        Outcome::Stay
    }
}
