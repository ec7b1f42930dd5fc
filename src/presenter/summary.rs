//! The numbers of a session: per question, hands counted and share of right answers.
//!
//! Used by the summary slide, the console and the CSV export, so all three always agree.

use super::state::PresenterState;
use super::tally::{self, Tally};
use crate::model::{QuestionType, Quiz};

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionResult {
    /// Quiz index of the question.
    pub index: usize,
    /// 1-based number in the session.
    pub number: usize,
    pub question_type: QuestionType,
    /// Counts by original answer, when tallied (at least one hand).
    pub tally: Option<Tally>,
    /// Hands on a right answer (`None`: not tallied, or no right answer).
    pub right: Option<u32>,
    /// Share of hands on a right answer, rounded percent.
    pub percent: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub results: Vec<QuestionResult>,
    /// Questions with at least one hand counted.
    pub tallied: usize,
    /// Mean of the per-question percentages (each question weighs the same).
    pub mean_percent: Option<u32>,
}

/// Rounded percentage of `part` in `whole` (`None` when `whole` is 0).
pub fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

pub fn summarize(quiz: &Quiz, state: &PresenterState) -> Summary {
    let results: Vec<QuestionResult> = state
        .questions
        .iter()
        .enumerate()
        .filter_map(|(n, &index)| {
            let q = quiz.questions.get(index)?;
            let t = state.tally(index).filter(|t| t.total() > 0);
            let correct = tally::correct_fields(q);
            let right = t.as_ref().and_then(|t| t.right(correct.as_deref()));
            let percent = right.and_then(|r| percent(r, t.as_ref().map_or(0, Tally::total)));
            Some(QuestionResult {
                index,
                number: n + 1,
                question_type: q.question_type(),
                tally: t,
                right,
                percent,
            })
        })
        .collect();
    let tallied = results.iter().filter(|r| r.tally.is_some()).count();
    let percents: Vec<u32> = results.iter().filter_map(|r| r.percent).collect();
    let mean_percent = u32::try_from(percents.len()).ok().and_then(|n| {
        let sum: u32 = percents.iter().sum();
        (n > 0).then(|| (sum + n / 2) / n)
    });
    Summary {
        results,
        tallied,
        mean_percent,
    }
}
