//! A GIFT question's parts turned into a quiz question, saying what changed on the way.
//!
//! What the quiz has no place for is kept in the question's unknown fields (`gift_title`,
//! `gift_weight`, `feedback`, `gift_answers`, `gift_numerical`…) so the GIFT export writes it
//! back; per-answer feedback is also copied into the presenter notes, where the presenter
//! sees it.

use serde_json::{Value, json};

use super::answers::{self, Answer, Answers};
use super::escape::restore;
use super::read::{Parts, with_format};
use crate::interchange::{Location, Problem};
use crate::model::{Choice, Extra, Question, QuestionKind, Quiz};

pub struct Built {
    pub question: Option<Question>,
    pub problems: Vec<Problem>,
}

/// Builds the question of `parts`; `None` (with an error or warning) when the quiz cannot
/// hold it.
pub fn question(
    quiz: &Quiz,
    parts: Parts,
    id: Option<String>,
    tags: Vec<String>,
    level: &str,
    at: &Location,
) -> Built {
    let mut problems = Vec::new();
    let Some(answer_text) = parts.answers.as_deref() else {
        problems.push(Problem::warning(
            at.clone(),
            "interchange.gift.description",
            "interchange.gift.description.hint",
        ));
        return Built {
            question: None,
            problems,
        };
    };
    let read = answers::read(answer_text);
    let mut extra = Extra::new();
    let mut notes = Vec::new();
    let kind = match read {
        Answers::Matching => {
            problems.push(Problem::error(
                at.clone(),
                "interchange.gift.matching",
                "interchange.gift.matching.hint",
            ));
            return Built {
                question: None,
                problems,
            };
        }
        Answers::Essay => QuestionKind::Open {
            answer_text: String::new(),
        },
        Answers::Numerical(n) => {
            problems.push(
                Problem::warning(
                    at.clone(),
                    "interchange.gift.numerical",
                    "interchange.gift.numerical.hint",
                )
                .with("answer", &n),
            );
            extra.insert("gift_numerical".into(), Value::String(n.clone()));
            QuestionKind::Open { answer_text: n }
        }
        Answers::TrueFalse {
            answer,
            if_wrong,
            if_right,
        } => {
            for (key, fb) in [("gift_if_wrong", if_wrong), ("gift_if_right", if_right)] {
                if let Some(fb) = fb {
                    notes.push(fb.clone());
                    extra.insert(key.into(), Value::String(fb));
                }
            }
            QuestionKind::TrueFalse { answer }
        }
        Answers::Short(items) => short_answer(&items, &mut extra, &mut notes),
        Answers::Choices(items) => choices(items, &mut notes, &mut problems, at),
    };
    if !notes.is_empty() {
        problems.push(Problem::warning(
            at.clone(),
            "interchange.gift.feedback_to_notes",
            "interchange.gift.feedback_to_notes.hint",
        ));
    }
    if let Some(title) = parts
        .title
        .as_deref()
        .map(restore)
        .filter(|t| !t.is_empty())
    {
        extra.insert("gift_title".into(), Value::String(title));
    }
    let (prompt, format) = with_format(&restore(&parts.text));
    if let Some(format) = format {
        extra.insert("gift_format".into(), Value::String(format.into()));
    }
    let notes = notes.join("\n");
    if !notes.is_empty() {
        extra.insert("gift_notes".into(), Value::String(notes.clone()));
    }
    let id = id
        .filter(|id| quiz.question_index(id).is_none())
        .unwrap_or_else(|| quiz.fresh_question_id("q"));
    let mut q = Question::new(id, level, kind);
    q.prompt = prompt;
    q.explanation = parts
        .general_feedback
        .map(|f| with_format(&restore(&f)).0)
        .unwrap_or_default();
    q.notes = notes;
    q.tags = tags;
    q.extra = extra;
    Built {
        question: Some(q),
        problems,
    }
}

/// Short answers: the first accepted one becomes the model answer; all are kept.
fn short_answer(items: &[Answer], extra: &mut Extra, notes: &mut Vec<String>) -> QuestionKind {
    let model = items
        .iter()
        .find(|a| a.weight >= 100.0)
        .or_else(|| items.first())
        .map(|a| a.text.clone())
        .unwrap_or_default();
    let plain = items.len() == 1 && items[0].feedback.is_none() && !items[0].explicit_weight;
    if !plain {
        let list: Vec<Value> = items
            .iter()
            .map(|a| json!({ "text": a.text, "weight": a.weight, "feedback": a.feedback }))
            .collect();
        extra.insert("gift_answers".into(), Value::Array(list));
        for a in items {
            if let Some(fb) = &a.feedback {
                notes.push(format!("«\u{a0}{}\u{a0}»\u{a0}: {fb}", a.text));
            }
        }
    }
    QuestionKind::Open { answer_text: model }
}

/// Multiple choice: one correct answer at 100 % → single choice; several answers with a
/// positive weight → multiple choice; none → a poll.
fn choices(
    items: Vec<Answer>,
    notes: &mut Vec<String>,
    problems: &mut Vec<Problem>,
    at: &Location,
) -> QuestionKind {
    let positive: Vec<f64> = items
        .iter()
        .map(|a| a.weight)
        .filter(|w| *w > 0.0)
        .collect();
    let standard_penalty = |w: f64| w == 0.0 || (w + 100.0).abs() < 1e-9;
    let even = positive.windows(2).all(|w| (w[0] - w[1]).abs() < 0.01)
        && (positive.iter().sum::<f64>() - 100.0).abs() < 0.05;
    let weights_kept = even
        && items
            .iter()
            .filter(|a| a.weight <= 0.0)
            .all(|a| standard_penalty(a.weight));
    if !weights_kept && !positive.is_empty() {
        let weights: Vec<String> = items.iter().map(|a| format_weight(a.weight)).collect();
        problems.push(
            Problem::warning(
                at.clone(),
                "interchange.gift.weights",
                "interchange.gift.weights.hint",
            )
            .with("weights", weights.join("/")),
        );
    }
    let choices: Vec<Choice> = items
        .into_iter()
        .map(|a| {
            let mut c = Choice::text(a.text, a.weight > 0.0);
            if a.explicit_weight {
                c.extra.insert("gift_weight".into(), json!(a.weight));
            }
            if let Some(fb) = a.feedback {
                notes.push(format!("«\u{a0}{}\u{a0}»\u{a0}: {fb}", c.text));
                c.extra.insert("feedback".into(), Value::String(fb));
            }
            c
        })
        .collect();
    match positive.len() {
        0 => {
            problems.push(Problem::warning(
                at.clone(),
                "interchange.gift.no_correct",
                "interchange.gift.no_correct.hint",
            ));
            QuestionKind::Poll { choices }
        }
        1 => QuestionKind::SingleChoice { choices },
        _ => QuestionKind::MultipleChoice { choices },
    }
}

/// `50`, `-100`, `33.33333`.
pub fn format_weight(w: f64) -> String {
    let text = format!("{w:.5}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
