//! A reproducible 1,500-question GIFT file for the interchange benches, written by our own
//! GIFT export from the workshop-scale quiz (`big_quiz.rs`).
//!
//! GIFT cannot hold polls, orderings or hotspots (the export leaves them out), so those
//! questions are first turned into kinds it can hold — a poll into a single choice, an
//! ordering into an open question, a hotspot into true/false — keeping their texts: the file
//! then has all 1,500 questions, with titles, categories, ids, tags and general feedback.
//!
//! Shared by `benches/interchange.rs` and `examples/gift_parse_median.rs` through `#[path]`
//! (the including file must also include `big_quiz.rs` as `big_quiz`).
#![allow(dead_code, clippy::expect_used)]

use atelier_quiz::interchange::gift;
use atelier_quiz::model::{Choice, QuestionKind, Quiz};
use serde_json::Value;

/// The big quiz with every question in a kind GIFT can hold, and no images.
pub fn gift_ready(mut quiz: Quiz) -> Quiz {
    quiz.assets.clear();
    for (i, q) in quiz.questions.iter_mut().enumerate() {
        q.image = None;
        q.kind = match std::mem::replace(&mut q.kind, QuestionKind::TrueFalse { answer: true }) {
            QuestionKind::Poll { choices } => QuestionKind::SingleChoice {
                choices: choices
                    .into_iter()
                    .enumerate()
                    .map(|(k, c)| Choice::text(c.text, k == 0))
                    .collect(),
            },
            QuestionKind::Ordering { items } => QuestionKind::Open {
                answer_text: items.join(", "),
            },
            QuestionKind::Hotspot { .. } => QuestionKind::TrueFalse {
                answer: i.is_multiple_of(2),
            },
            other => other,
        };
        q.extra
            .insert("gift_title".into(), Value::String(format!("Question {i}")));
    }
    quiz
}

/// The GIFT bytes of the 1,500-question bank (takes a few seconds: the big quiz encodes its
/// images before they are dropped).
pub fn gift_bank() -> Vec<u8> {
    let quiz = gift_ready(super::big_quiz::big_quiz());
    let export = gift::export(&quiz);
    assert!(
        !export.problems.iter().any(|p| p.is_error()),
        "every question of the bank fits in GIFT"
    );
    export.bytes
}
