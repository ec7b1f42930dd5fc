//! What the audience may see, as plain data.
//!
//! [`audience_view`] is the only road from the session to the projector: notes are never
//! copied into it, and right answers only once the reveal step is reached, so "nothing private
//! on the audience screen" holds by construction and is unit-tested here, without a window.

use std::time::Duration;

use super::credits::{self, Credits};
use super::deck::{Position, Step};
use super::state::{Blank, Phase, PresenterState, reached};
use super::summary::{self, Summary};
use super::tally::TallyKind;
use crate::i18n::Lang;
use crate::model::{Asset, QuestionKind, Quiz, Region};

#[derive(Clone, Debug, PartialEq)]
pub struct AudienceView<'a> {
    pub lang: Lang,
    pub blank: Option<Blank>,
    pub help: bool,
    pub slide: Slide<'a>,
    /// Question k of n.
    pub progress: Option<(usize, usize)>,
    pub countdown: Option<CountdownView>,
    pub flash: Option<String>,
    /// The phones' join panel (title slide) or corner (questions), when phones answer.
    pub phones: Option<PhonesBanner>,
}

/// What the room sees of the phones: how to join, how many are there, how many answered.
#[derive(Clone, Debug, PartialEq)]
pub struct PhonesBanner {
    pub url: String,
    pub code: String,
    pub qr: Option<crate::live::qr::QrMatrix>,
    pub connected: usize,
    /// Phones that answered the question on screen.
    pub answered: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CountdownView {
    pub seconds: u64,
    pub fraction: f32,
    pub running: bool,
    pub finished: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Slide<'a> {
    Title {
        title: &'a str,
        description: &'a str,
        authors: Vec<&'a str>,
        license: String,
        questions: usize,
    },
    Question(Box<QuestionView<'a>>),
    Summary(Summary, Vec<&'a str>),
    Credits(Credits<'a>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionView<'a> {
    pub index: usize,
    pub prompt: &'a str,
    pub image: Option<ImageView<'a>>,
    pub body: Body<'a>,
    pub revealed: bool,
    /// Shown at the explanation step only.
    pub explanation: Option<&'a str>,
    /// "Source : … — licence …", at the explanation step only.
    pub source: Option<String>,
    /// Right/wrong hands of an ordering or hotspot question.
    pub tally_strip: Option<TallyStrip>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImageView<'a> {
    pub asset: Option<&'a Asset>,
    pub alt: &'a str,
    /// Hotspot regions to outline (after the reveal only).
    pub regions: Vec<Region>,
    pub credit: Option<String>,
}

/// How an answer looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Neutral,
    /// Revealed right answer: check mark and emphasis.
    Correct,
    /// Revealed wrong answer: dimmed.
    Dimmed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerView<'a> {
    /// Shown position: letter and shape.
    pub shown: usize,
    pub text: &'a str,
    pub image: Option<(Option<&'a Asset>, &'a str)>,
    pub mark: Mark,
    /// Hands counted, if tallied.
    pub count: Option<u32>,
    /// The advisor is typing this count.
    pub editing: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrderItem<'a> {
    /// Letter and shape it was shown with.
    pub shown: usize,
    pub text: &'a str,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Body<'a> {
    /// Prompt step: no answers yet.
    Nothing,
    Choices {
        answers: Vec<AnswerView<'a>>,
        true_false: bool,
        /// Draw the tally as bars (after the reveal).
        bars: bool,
    },
    /// Items in shown order, or in the right order once revealed.
    Ordering {
        items: Vec<OrderItem<'a>>,
        revealed: bool,
    },
    /// The model answer of an open question (revealed).
    OpenAnswer(&'a str),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TallyStrip {
    pub counts: [u32; 2],
    pub editing: Option<usize>,
    pub bars: bool,
}

/// The audience's view of the session at clock time `now`.
pub fn audience_view<'a>(
    quiz: &'a Quiz,
    state: &PresenterState,
    lang: Lang,
    now: Duration,
) -> AudienceView<'a> {
    let position = if state.phase == Phase::Setup {
        Position::Title
    } else {
        state.position()
    };
    let slide = match position {
        Position::Title => Slide::Title {
            title: &quiz.title,
            description: &quiz.description,
            authors: quiz.authors.iter().map(|a| a.name.as_str()).collect(),
            license: credits::license_label(&quiz.license, lang),
            questions: if state.phase == Phase::Setup {
                state.chosen_questions(quiz).len()
            } else {
                state.questions.len()
            },
        },
        Position::Question { index, step } => {
            Slide::Question(Box::new(question_view(quiz, state, lang, index, step)))
        }
        Position::Summary => {
            let prompts = state
                .questions
                .iter()
                .filter_map(|&i| quiz.questions.get(i).map(|q| q.prompt.as_str()))
                .collect();
            Slide::Summary(summary::summarize(quiz, state), prompts)
        }
        Position::Credits => Slide::Credits(credits::collect(quiz, &state.questions)),
    };
    let countdown = state
        .countdown
        .filter(|(q, _)| Some(*q) == state.current_question())
        .map(|(_, c)| CountdownView {
            seconds: c.seconds_left(now),
            fraction: c.fraction_left(now),
            running: c.is_running() && !c.is_finished(now),
            finished: c.is_finished(now),
        });
    AudienceView {
        lang,
        blank: state.blank,
        help: state.help,
        slide,
        progress: state.progress(),
        countdown,
        flash: state
            .flash
            .as_ref()
            .filter(|f| f.until > now)
            .map(|f| f.text.clone()),
        phones: state.phones.as_ref().map(|p| PhonesBanner {
            url: p.url.clone(),
            code: p.code.clone(),
            qr: p.qr.clone(),
            connected: p.status.connected,
            answered: state.current_question().map(|i| p.answered(i)),
        }),
    }
}

fn question_view<'a>(
    quiz: &'a Quiz,
    state: &PresenterState,
    lang: Lang,
    index: usize,
    step: Step,
) -> QuestionView<'a> {
    let Some(q) = quiz.questions.get(index) else {
        return QuestionView {
            index,
            prompt: "",
            image: None,
            body: Body::Nothing,
            revealed: false,
            explanation: None,
            source: None,
            tally_strip: None,
        };
    };
    let position = state.position();
    let revealed = reached(position, index, Step::Reveal);
    let explaining = reached(position, index, Step::Explain);
    let asset = |id: &str| quiz.assets.get(id);
    let image = q.image.as_ref().map(|img| ImageView {
        asset: asset(&img.asset),
        alt: &img.alt,
        regions: match &q.kind {
            QuestionKind::Hotspot { regions } if revealed => regions.clone(),
            _ => Vec::new(),
        },
        credit: quiz
            .assets
            .get(&img.asset)
            .filter(|a| !a.credit.is_empty())
            .map(|a| credits::credit_line(&a.credit, lang)),
    });
    let order = state.display_order(quiz, index);
    // Phones' answers show from the reveal on (before it, per-answer counts would sway the
    // room); hands typed show as the advisor types them, as before.
    let merged = if reached(position, index, Step::Reveal) {
        state.tally(index)
    } else {
        state.tallies.get(&index).cloned()
    };
    let tally = merged.as_ref();
    // The field being typed is outlined until the reveal, where an outline would read as
    // emphasis on an answer.
    let editing = state
        .tally_cursor
        .filter(|c| c.question == index && !reached(position, index, Step::Reveal))
        .map(|c| c.position);
    let body = body(quiz, q, &order, (tally, editing), (step, revealed), lang);
    let tally_strip = (TallyKind::of(q) == Some(TallyKind::RightWrong)).then(|| TallyStrip {
        counts: tally.map_or([0, 0], |t| {
            [
                t.counts.first().copied().unwrap_or(0),
                t.counts.get(1).copied().unwrap_or(0),
            ]
        }),
        editing,
        bars: revealed && tally.is_some(),
    });
    let tally_strip = tally_strip.filter(|s| tally.is_some() || s.editing.is_some());
    QuestionView {
        index,
        prompt: &q.prompt,
        image,
        body,
        revealed,
        explanation: explaining
            .then_some(q.explanation.as_str())
            .filter(|e| !e.trim().is_empty()),
        source: explaining.then(|| source_line(quiz, q, lang)).flatten(),
        tally_strip,
    }
}

fn mark(revealed: bool, correct: bool) -> Mark {
    match (revealed, correct) {
        (false, _) => Mark::Neutral,
        (true, true) => Mark::Correct,
        (true, false) => Mark::Dimmed,
    }
}

/// "Source : title, detail — licence …".
pub(crate) fn source_line(quiz: &Quiz, q: &crate::model::Question, lang: Lang) -> Option<String> {
    let r = q.source.as_ref()?;
    let source = quiz.source(&r.source);
    let mut what = source.map_or_else(|| r.source.clone(), |s| s.title.clone());
    if !r.detail.trim().is_empty() {
        what = format!("{what}, {}", r.detail);
    }
    let license = source
        .filter(|s| !s.license.is_empty())
        .map(|s| credits::license_label(&s.license, lang));
    Some(match license {
        Some(l) => lang.f(
            "present.source_with_license",
            &[("source", &what), ("license", &l)],
        ),
        None => lang.f("present.source", &[("source", &what)]),
    })
}

/// The answers part of a question at `step`, with right answers only once `revealed`.
fn body<'a>(
    quiz: &'a Quiz,
    q: &'a crate::model::Question,
    order: &[usize],
    (tally, editing): (Option<&super::tally::Tally>, Option<usize>),
    (step, revealed): (Step, bool),
    lang: Lang,
) -> Body<'a> {
    let asset = |id: &str| quiz.assets.get(id);
    let show_answers = step >= Step::Answers;
    match &q.kind {
        QuestionKind::SingleChoice { choices }
        | QuestionKind::MultipleChoice { choices }
        | QuestionKind::Poll { choices }
            if show_answers =>
        {
            let poll = matches!(q.kind, QuestionKind::Poll { .. });
            let answers = order
                .iter()
                .enumerate()
                .filter_map(|(shown, &orig)| {
                    let c = choices.get(orig)?;
                    Some(AnswerView {
                        shown,
                        text: &c.text,
                        image: c.image.as_ref().map(|i| (asset(&i.asset), i.alt.as_str())),
                        mark: mark(revealed && !poll, c.correct),
                        count: tally.and_then(|t| t.counts.get(orig).copied()),
                        editing: editing == Some(shown),
                    })
                })
                .collect();
            Body::Choices {
                answers,
                true_false: false,
                bars: revealed && tally.is_some(),
            }
        }
        QuestionKind::TrueFalse { answer } if show_answers => {
            let labels = [lang.t("present.true"), lang.t("present.false")];
            let answers = labels
                .iter()
                .enumerate()
                .map(|(shown, text)| AnswerView {
                    shown,
                    text,
                    image: None,
                    mark: mark(revealed, (shown == 0) == *answer),
                    count: tally.and_then(|t| t.counts.get(shown).copied()),
                    editing: editing == Some(shown),
                })
                .collect();
            Body::Choices {
                answers,
                true_false: true,
                bars: revealed && tally.is_some(),
            }
        }
        QuestionKind::Ordering { items } if show_answers => {
            let mut shown: Vec<OrderItem> = order
                .iter()
                .enumerate()
                .filter_map(|(s, &orig)| {
                    items.get(orig).map(|t| OrderItem {
                        shown: s,
                        text: t.as_str(),
                    })
                })
                .collect();
            if revealed {
                // Right order = original order; keep each item's shown letter.
                shown.sort_by_key(|item| order.get(item.shown).copied().unwrap_or(0));
            }
            Body::Ordering {
                items: shown,
                revealed,
            }
        }
        QuestionKind::Open { answer_text } if revealed => Body::OpenAnswer(answer_text),
        _ => Body::Nothing,
    }
}
