//! One quiz question → the `params` of an H5P content type, written from each type's
//! `semantics.json` (field names and value kinds): `MultiChoice` (`question`, `answers[]` with
//! `text`/`correct`/`tipsAndFeedback`, `behaviour.singleAnswer`/`type`, `overallFeedback`,
//! `media`), `TrueFalse` (`question`, `correct` as the string "true"/"false",
//! `behaviour.feedbackOnCorrect`/`feedbackOnWrong`, `media`), Essay (`taskDescription`,
//! `solution.sample`, `keywords`, `overallFeedback`, `media`) and `ImageHotspotQuestion`
//! (`imageHotspotQuestion.backgroundImageSettings.backgroundImage`, `hotspotSettings.hotspot[]`
//! with `userSettings.correct` and `computedSettings` in percent of the image).

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::media::{Images, image_metadata};
use super::{ESSAY, HOTSPOT, IMAGE, MULTI_CHOICE, TRUE_FALSE};
use crate::interchange::{Location, Problem};
use crate::model::{Choice, ImageRef, Question, QuestionKind, Quiz};

/// Plain text as the HTML H5P shows: escaped, line breaks as `<br>`.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.trim().chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

fn paragraph(s: &str) -> String {
    format!("<p>{}</p>", html(s))
}

/// A stable sub-content id (UUID-shaped) from the quiz and the question: the same quiz gives
/// the same package, and H5P keeps each question's saved state apart.
pub fn sub_content_id(seed: &str) -> String {
    use sha2::{Digest, Sha256};
    let h = Sha256::digest(seed.as_bytes());
    let hex = h.iter().take(16).fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    });
    format!(
        "{}-{}-4{}-8{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// The `media` group of `MultiChoice`, `TrueFalse` and Essay holding the question's image.
fn media(
    quiz: &Quiz,
    image: Option<&ImageRef>,
    seed: &str,
    images: &mut Images,
    at: &Location,
    problems: &mut Vec<Problem>,
) -> Option<Value> {
    let img = image?;
    let file = images.file(quiz, &img.asset, at, problems)?;
    let credit = quiz
        .assets
        .get(&img.asset)
        .map(|a| a.credit.clone())
        .unwrap_or_default();
    Some(json!({
        "type": {
            "library": IMAGE,
            "params": {
                "file": file,
                "alt": img.alt,
                "decorative": img.alt.trim().is_empty(),
                "contentName": "Image",
            },
            "subContentId": sub_content_id(&format!("{seed}/image")),
            "metadata": image_metadata(&credit, &img.alt),
        },
        "disableImageZooming": false,
    }))
}

fn feedback_ranges(explanation: &str) -> Value {
    json!([{ "from": 0, "to": 100, "feedback": html(explanation) }])
}

/// The library and params of `q` (one arm per content type, kept together so each
/// reads against its semantics); `None` when it has no H5P type (the caller says so).
#[allow(clippy::too_many_lines)]
pub fn params(
    quiz: &Quiz,
    q: &Question,
    seed: &str,
    images: &mut Images,
    at: &Location,
    problems: &mut Vec<Problem>,
) -> Option<(&'static str, Value)> {
    let media = |images: &mut Images, problems: &mut Vec<Problem>| {
        media(quiz, q.image.as_ref(), seed, images, at, problems)
    };
    let p = match &q.kind {
        QuestionKind::SingleChoice { choices }
        | QuestionKind::MultipleChoice { choices }
        | QuestionKind::Poll { choices } => {
            let single = matches!(q.kind, QuestionKind::SingleChoice { .. });
            let all_right = matches!(q.kind, QuestionKind::Poll { .. });
            if choices.iter().any(|c| c.image.is_some()) {
                problems.push(Problem::warning(
                    at.clone(),
                    "interchange.h5p.choice_images",
                    "interchange.h5p.choice_images.hint",
                ));
            }
            let answers: Vec<Value> = choices.iter().map(|c| answer(c, all_right)).collect();
            let mut p = json!({
                "question": paragraph(&q.prompt),
                "answers": answers,
                "behaviour": {
                    "singleAnswer": single,
                    "type": if single { "single" } else { "multi" },
                    "enableRetry": true,
                    "enableSolutionsButton": true,
                    "randomAnswers": false,
                    "singlePoint": false,
                    "showSolutionsRequiresInput": true,
                    "autoCheck": false,
                    "passPercentage": 100,
                    "showScorePoints": true,
                },
                "overallFeedback": feedback_ranges(&q.explanation),
            });
            if let Some(m) = media(images, problems) {
                p["media"] = m;
            }
            (MULTI_CHOICE, p)
        }
        QuestionKind::TrueFalse { answer } => {
            let explanation = html(&q.explanation);
            let mut p = json!({
                "question": paragraph(&q.prompt),
                "correct": if *answer { "true" } else { "false" },
                "behaviour": {
                    "enableRetry": true,
                    "enableSolutionsButton": true,
                    "enableCheckButton": true,
                    "confirmCheckDialog": false,
                    "confirmRetryDialog": false,
                    "autoCheck": false,
                    "feedbackOnCorrect": explanation,
                    "feedbackOnWrong": explanation,
                },
            });
            if let Some(m) = media(images, problems) {
                p["media"] = m;
            }
            (TRUE_FALSE, p)
        }
        QuestionKind::Open { answer_text } => {
            let keywords = q
                .extra
                .get("h5p_keywords")
                .cloned()
                .unwrap_or_else(|| json!([]));
            let scored = keywords.as_array().is_some_and(|k| !k.is_empty());
            let mut p = json!({
                "taskDescription": paragraph(&q.prompt),
                "placeholderText": "",
                "solution": { "introduction": "", "sample": html(answer_text) },
                // Without keywords (ours never have any) there is nothing to score on: the
                // answer is read by the presenter, as in our open questions.
                "keywords": keywords,
                "overallFeedback": feedback_ranges(&q.explanation),
                "behaviour": {
                    "minimumLength": 0,
                    "inputFieldSize": "10",
                    "enableRetry": true,
                    "ignoreScoring": !scored,
                    "pointsHost": 1,
                },
            });
            if let Some(m) = media(images, problems) {
                p["media"] = m;
            }
            (ESSAY, p)
        }
        QuestionKind::Hotspot { regions } => {
            let file = q
                .image
                .as_ref()
                .and_then(|img| images.file(quiz, &img.asset, at, problems))?;
            let spots: Vec<Value> = regions
                .iter()
                .map(|r| {
                    json!({
                        "userSettings": { "correct": true, "feedbackText": html(&q.explanation) },
                        "computedSettings": {
                            "x": r.x * 100.0,
                            "y": r.y * 100.0,
                            "width": r.w * 100.0,
                            "height": r.h * 100.0,
                            "figure": "rectangle",
                        },
                    })
                })
                .collect();
            let p = json!({
                "imageHotspotQuestion": {
                    "backgroundImageSettings": { "backgroundImage": file },
                    "hotspotSettings": {
                        "taskDescription": paragraph(&q.prompt),
                        "hotspot": spots,
                        "showFeedbackAsPopup": true,
                        "noneSelectedFeedback": "",
                    },
                },
                "behaviour": { "enableRetry": true },
            });
            (HOTSPOT, p)
        }
        QuestionKind::Ordering { .. } | QuestionKind::Unknown { .. } => return None,
    };
    Some(p)
}

fn answer(c: &Choice, all_right: bool) -> Value {
    let feedback = c
        .extra
        .get("feedback")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let tip = c
        .extra
        .get("h5p_tip")
        .and_then(Value::as_str)
        .unwrap_or_default();
    json!({
        "text": format!("<div>{}</div>", html(&c.text)),
        "correct": all_right || c.correct,
        "tipsAndFeedback": {
            "tip": html(tip),
            "chosenFeedback": html(feedback),
            "notChosenFeedback": "",
        },
    })
}
