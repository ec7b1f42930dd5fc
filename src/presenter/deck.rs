//! The sequence of screens of a session: title, each question's steps, summary, credits.
//!
//! Navigation is a cursor in this flat list, so Next/Back/Home/End are ±1/first/last and can
//! never reach an impossible state (a reveal without its question, a step a type lacks).

use crate::model::{Question, QuestionType, Quiz};

/// One step of a question, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// The prompt alone (with its image): time to read it aloud.
    Prompt,
    /// The answers (choices, true/false panels, items to order); the countdown runs here.
    Answers,
    /// The right answer(s), tallies as a bar chart.
    Reveal,
    /// The "pourquoi" and the source line.
    Explain,
}

/// A screen of the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Title,
    /// Question at this index of the quiz, at this step.
    Question {
        index: usize,
        step: Step,
    },
    Summary,
    Credits,
}

impl Position {
    pub fn question(self) -> Option<usize> {
        match self {
            Self::Question { index, .. } => Some(index),
            _ => None,
        }
    }

    pub fn step(self) -> Option<Step> {
        match self {
            Self::Question { step, .. } => Some(step),
            _ => None,
        }
    }
}

/// The steps a question goes through.
pub fn steps(question: &Question) -> Vec<Step> {
    let mut steps = vec![Step::Prompt];
    match question.question_type() {
        // The image is the answer space of a hotspot; an open question has none to show.
        QuestionType::Hotspot | QuestionType::Open => {}
        _ => steps.push(Step::Answers),
    }
    steps.push(Step::Reveal);
    if !question.explanation.trim().is_empty() || question.source.is_some() {
        steps.push(Step::Explain);
    }
    steps
}

/// The step on which people answer (the countdown starts there).
pub fn asking_step(question: &Question) -> Step {
    match question.question_type() {
        QuestionType::Hotspot | QuestionType::Open => Step::Prompt,
        _ => Step::Answers,
    }
}

/// The questions of `levels` (empty = all), in the order the editor shows them (levels in
/// order, then each level's questions), whatever the order of the file. Questions of a type
/// this version does not know are kept in the file but never presented.
pub fn selected_questions(quiz: &Quiz, levels: &[String]) -> Vec<usize> {
    quiz.in_level_order()
        .into_iter()
        .filter(|&i| {
            let q = &quiz.questions[i];
            !q.kind.is_unknown() && (levels.is_empty() || levels.contains(&q.level))
        })
        .collect()
}

/// Every screen of a session over `questions`.
pub fn build(quiz: &Quiz, questions: &[usize]) -> Vec<Position> {
    let mut deck = vec![Position::Title];
    for &index in questions {
        if let Some(q) = quiz.questions.get(index) {
            deck.extend(
                steps(q)
                    .into_iter()
                    .map(|step| Position::Question { index, step }),
            );
        }
    }
    deck.push(Position::Summary);
    deck.push(Position::Credits);
    deck
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Level, QuestionType};

    #[test]
    fn sessions_follow_level_order_whatever_the_file_order() {
        let mut quiz = Quiz::default();
        for id in ["a", "b"] {
            quiz.levels.push(Level {
                id: id.into(),
                ..Level::default()
            });
        }
        for (id, level) in [("b1", "b"), ("a1", "a"), ("x", "gone"), ("a2", "a")] {
            let q = Question::new(id, level, QuestionType::Open.empty_kind());
            quiz.questions.push(q);
        }
        assert_eq!(selected_questions(&quiz, &[]), [1, 3, 0, 2]);
        assert_eq!(selected_questions(&quiz, &["a".into()]), [1, 3]);
        quiz.group_by_level();
        let ids: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["a1", "a2", "b1", "x"]);
        assert_eq!(selected_questions(&quiz, &[]), [0, 1, 2, 3]);
    }
}
