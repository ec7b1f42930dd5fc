//! The presenter's state → the [`Stage`] handed to the phone server.
//!
//! Built from the same `PresenterState` as the projector (same question, same shuffled
//! order, same step), so a phone can never be ahead of the room: the card holds what the
//! projector shows, the key and the reveal are filled in for the server, and the session
//! copies the reveal to phones only once `revealed` is true. Notes have no field here at all.

use std::sync::Arc;

use super::protocol::{
    AnswerCard, AnswerKey, CardKind, ImageCard, QuestionCard, RevealCard, Stage, StageQuestion,
    StageScreen,
};
use crate::i18n::Lang;
use crate::model::{ImageRef, QuestionKind, Quiz};
use crate::presenter::{Phase, Position, PresenterState, Step, deck, view};

/// What the phones should show for the presenter's current screen.
pub fn stage(quiz: &Quiz, state: &PresenterState, lang: Lang) -> Stage {
    let screen = match (state.phase, state.position()) {
        (Phase::Setup, _) | (_, Position::Title) => StageScreen::Waiting,
        (_, Position::Summary | Position::Credits) => StageScreen::Ended,
        (_, Position::Question { index, step }) => question(quiz, state, index, step, lang)
            .map_or(StageScreen::Waiting, |q| StageScreen::Question(Box::new(q))),
    };
    Stage {
        lang: lang.code(),
        title: quiz.title.clone(),
        screen,
    }
}

struct Images<'a> {
    quiz: &'a Quiz,
    list: Vec<(&'static str, Arc<[u8]>)>,
}

impl Images<'_> {
    fn card(&mut self, image: Option<&ImageRef>) -> Option<ImageCard> {
        let image = image?;
        let url = self.quiz.assets.get(&image.asset).map(|asset| {
            self.list
                .push((asset.media_type.as_str(), asset.data.clone()));
            format!("/img/{}", self.list.len() - 1)
        });
        Some(ImageCard {
            url: url.unwrap_or_default(),
            alt: image.alt.clone(),
        })
    }
}

#[allow(clippy::too_many_lines)] // one arm per question type, side by side on purpose
fn question(
    quiz: &Quiz,
    state: &PresenterState,
    index: usize,
    step: Step,
    lang: Lang,
) -> Option<StageQuestion> {
    let q = quiz.questions.get(index)?;
    let order = state.display_order(quiz, index);
    let (number, total) = state.progress().unwrap_or((1, 1));
    let mut images = Images {
        quiz,
        list: Vec::new(),
    };
    let image = images.card(q.image.as_ref());
    let mut reveal = RevealCard {
        explanation: q.explanation.clone(),
        source: view::source_line(quiz, q, lang).unwrap_or_default(),
        ..RevealCard::default()
    };
    let (kind, answers, key) = match &q.kind {
        QuestionKind::SingleChoice { choices }
        | QuestionKind::MultipleChoice { choices }
        | QuestionKind::Poll { choices } => {
            let kind = match &q.kind {
                QuestionKind::SingleChoice { .. } => CardKind::Single,
                QuestionKind::MultipleChoice { .. } => CardKind::Multiple,
                _ => CardKind::Poll,
            };
            let answers = order
                .iter()
                .filter_map(|&o| choices.get(o))
                .map(|c| AnswerCard {
                    text: c.text.clone(),
                    image: images.card(c.image.as_ref()),
                })
                .collect();
            let correct =
                (kind != CardKind::Poll).then(|| choices.iter().map(|c| c.correct).collect());
            reveal.correct = order
                .iter()
                .enumerate()
                .filter(|(_, o)| {
                    kind != CardKind::Poll && choices.get(**o).is_some_and(|c| c.correct)
                })
                .map(|(shown, _)| shown)
                .collect();
            let key = AnswerKey::Choices {
                order: order.clone(),
                correct,
                multiple: kind == CardKind::Multiple,
            };
            (kind, answers, key)
        }
        QuestionKind::TrueFalse { answer } => {
            let answers = ["present.true", "present.false"]
                .iter()
                .map(|k| AnswerCard {
                    text: lang.t(k).to_owned(),
                    image: None,
                })
                .collect();
            reveal.correct = vec![usize::from(!answer)];
            (
                CardKind::TrueFalse,
                answers,
                AnswerKey::TrueFalse { answer: *answer },
            )
        }
        QuestionKind::Ordering { items } => {
            let answers = order
                .iter()
                .filter_map(|&o| items.get(o))
                .map(|t| AnswerCard {
                    text: t.clone(),
                    image: None,
                })
                .collect();
            reveal.right_order.clone_from(items);
            (CardKind::Ordering, answers, AnswerKey::Ordering { order })
        }
        QuestionKind::Hotspot { regions } => (
            CardKind::Hotspot,
            Vec::new(),
            AnswerKey::Hotspot {
                regions: regions.clone(),
            },
        ),
        QuestionKind::Open { answer_text } => {
            reveal.expected.clone_from(answer_text);
            (CardKind::Open, Vec::new(), AnswerKey::Open)
        }
        QuestionKind::Unknown { .. } => return None,
    };
    Some(StageQuestion {
        index,
        card: QuestionCard {
            number,
            total,
            kind,
            prompt: q.prompt.clone(),
            image,
            answers,
            answers_shown: step >= deck::asking_step(q),
        },
        key,
        revealed: step >= Step::Reveal,
        reveal,
        images: images.list,
    })
}
