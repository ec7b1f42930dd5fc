//! `content/content.json` → questions, content type by content type, following each type's
//! semantics (see [`super::content`] for the field names). Containers (Question Set, Column,
//! Single Choice Set) are walked; what is not a question is said and skipped.

use serde_json::Value;

use super::media;
use crate::interchange::package::Package;
use crate::interchange::provenance::Origin;
use crate::interchange::text::html_to_text;
use crate::interchange::{Location, Problem};
use crate::model::{Choice, ImageRef, Question, QuestionKind, Quiz};

/// Containers nested deeper than this are not walked (a Column in a Column in a Column…).
const MAX_DEPTH: usize = 6;

/// The state of one import.
pub struct Walk<'p, 'a> {
    pub package: &'p mut Package<'a>,
    pub quiz: Quiz,
    pub level: String,
    pub problems: Vec<Problem>,
    pub origins: Vec<Origin>,
}

pub(super) fn at(pointer: &str) -> Location {
    Location::Entry(format!("content/content.json#{pointer}"))
}

pub(super) fn html(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .map(html_to_text)
        .unwrap_or_default()
}

pub(super) fn truthy(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true",
        _ => false,
    }
}

/// The texts of an `overallFeedback` list, one per line.
fn ranges(v: &Value) -> String {
    let texts: Vec<String> = v
        .get("overallFeedback")
        .and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .map(|r| html(r, "feedback"))
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default();
    texts.join("\n")
}

impl Walk<'_, '_> {
    /// Reads the content `params` of `library` found at `pointer` (one arm per content type).
    #[allow(clippy::too_many_lines)]
    pub fn content(
        &mut self,
        library: &str,
        params: &Value,
        meta: Option<&Value>,
        pointer: &str,
        depth: usize,
    ) {
        let name = library.split(' ').next().unwrap_or_default();
        if depth > MAX_DEPTH {
            self.problems.push(Problem::error(
                at(pointer),
                "interchange.h5p.too_deep",
                "interchange.h5p.too_deep.hint",
            ));
            return;
        }
        let children = |key: &str| {
            params
                .get(key)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        match name {
            "H5P.QuestionSet" => {
                for (k, q) in children("questions").iter().enumerate() {
                    self.sub(q, &format!("{pointer}/questions/{k}"), depth);
                }
            }
            "H5P.Column" => {
                for (k, c) in children("content").iter().enumerate() {
                    if let Some(inner) = c.get("content") {
                        self.sub(inner, &format!("{pointer}/content/{k}/content"), depth);
                    }
                }
            }
            "H5P.SingleChoiceSet" => {
                for (k, c) in children("choices").iter().enumerate() {
                    self.single_choice(c, &format!("{pointer}/choices/{k}"));
                }
            }
            "H5P.MultiChoice" => self.multi_choice(params, meta, pointer),
            "H5P.TrueFalse" => {
                let answer = match params.get("correct") {
                    Some(Value::String(s)) => s == "true",
                    other => truthy(other),
                };
                let fb: Vec<String> = ["feedbackOnCorrect", "feedbackOnWrong"]
                    .iter()
                    .filter_map(|k| params.get("behaviour").map(|b| html(b, k)))
                    .filter(|t| !t.is_empty())
                    .collect();
                let mut q = Question::new(
                    String::new(),
                    &self.level,
                    QuestionKind::TrueFalse { answer },
                );
                q.prompt = html(params, "question");
                let mut fb = fb;
                fb.dedup();
                q.explanation = fb.join("\n");
                q.image = self.media(params, &q.prompt);
                self.push(q, meta, pointer);
            }
            "H5P.Essay" => {
                let solution = params.get("solution").cloned().unwrap_or(Value::Null);
                let kind = QuestionKind::Open {
                    answer_text: html(&solution, "sample"),
                };
                let mut q = Question::new(String::new(), &self.level, kind);
                q.prompt = html(params, "taskDescription");
                let intro = html(&solution, "introduction");
                q.explanation = [ranges(params), intro]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
                if let Some(Value::Array(k)) = params
                    .get("keywords")
                    .filter(|k| k.as_array().is_some_and(|a| !a.is_empty()))
                {
                    q.extra
                        .insert("h5p_keywords".into(), Value::Array(k.clone()));
                }
                q.image = self.media(params, &q.prompt);
                self.push(q, meta, pointer);
            }
            "H5P.SortParagraphs" => {
                let items: Vec<String> = children("paragraphs")
                    .iter()
                    .filter_map(Value::as_str)
                    .map(html_to_text)
                    .collect();
                let mut q =
                    Question::new(String::new(), &self.level, QuestionKind::Ordering { items });
                q.prompt = html(params, "taskDescription");
                self.push(q, meta, pointer);
            }
            "H5P.ImageHotspotQuestion" => self.hotspot(params, meta, pointer),
            "H5P.AdvancedText" | "H5P.Text" | "H5P.Image" | "H5P.Link" | "H5P.Video"
            | "H5P.Audio" | "H5P.Table" => {
                self.problems.push(
                    Problem::warning(
                        at(pointer),
                        "interchange.h5p.not_a_question",
                        "interchange.h5p.not_a_question.hint",
                    )
                    .with("library", name),
                );
            }
            other => {
                self.problems.push(
                    Problem::error(
                        at(pointer),
                        "interchange.h5p.unsupported",
                        "interchange.h5p.unsupported.hint",
                    )
                    .with("library", if other.is_empty() { "?" } else { other }),
                );
            }
        }
    }

    /// A sub-content object `{library, params, metadata}`.
    fn sub(&mut self, v: &Value, pointer: &str, depth: usize) {
        let library = v.get("library").and_then(Value::as_str).unwrap_or_default();
        let params = v.get("params").cloned().unwrap_or(Value::Null);
        self.content(
            library,
            &params,
            v.get("metadata"),
            &format!("{pointer}/params"),
            depth + 1,
        );
    }

    pub(super) fn push(&mut self, mut q: Question, meta: Option<&Value>, pointer: &str) {
        if q.prompt.trim().is_empty() {
            self.problems.push(Problem::warning(
                at(pointer),
                "interchange.h5p.no_text",
                "interchange.h5p.no_text.hint",
            ));
        }
        let title = meta
            .and_then(|m| m.get("title"))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty() && !t.starts_with("Untitled"));
        if let Some(m) = meta {
            let credited = m
                .get("authors")
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty())
                || m.get("license")
                    .and_then(Value::as_str)
                    .is_some_and(|l| !l.is_empty() && l != "U");
            if credited {
                q.extra.insert("h5p_metadata".into(), m.clone());
            }
        }
        self.origins
            .push(title.map_or_else(|| Origin::At(at(pointer)), |t| Origin::Title(t.to_owned())));
        self.quiz.questions.push(q);
    }

    /// The image of a `media` group (H5P.Image only; video and audio are said).
    fn media(&mut self, params: &Value, prompt: &str) -> Option<ImageRef> {
        let ty = params.get("media")?.get("type")?;
        let library = ty
            .get("library")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !library.starts_with("H5P.Image ") {
            if !library.is_empty() {
                self.problems.push(
                    Problem::warning(
                        Location::File,
                        "interchange.h5p.media_lost",
                        "interchange.h5p.media_lost.hint",
                    )
                    .with("library", library),
                );
            }
            return None;
        }
        let p = ty.get("params")?;
        let asset = media::read_image(
            self.package,
            &mut self.quiz,
            p.get("file")?,
            ty.get("metadata"),
            &mut self.problems,
        )?;
        let alt = p
            .get("alt")
            .and_then(Value::as_str)
            .map(html_to_text)
            .unwrap_or_default();
        Some(ImageRef {
            asset,
            alt: if alt.is_empty() {
                prompt.chars().take(120).collect()
            } else {
                alt
            },
            ..ImageRef::default()
        })
    }

    fn multi_choice(&mut self, params: &Value, meta: Option<&Value>, pointer: &str) {
        let mut notes = Vec::new();
        let choices: Vec<Choice> = params
            .get("answers")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|a| {
                let mut c = Choice::text(html(a, "text"), truthy(a.get("correct")));
                let tf = a.get("tipsAndFeedback").cloned().unwrap_or(Value::Null);
                for (key, ours) in [("chosenFeedback", "feedback"), ("tip", "h5p_tip")] {
                    let text = html(&tf, key);
                    if !text.is_empty() {
                        notes.push(format!("«\u{a0}{}\u{a0}»\u{a0}: {text}", c.text));
                        c.extra.insert(ours.into(), text.into());
                    }
                }
                c
            })
            .collect();
        let right = choices.iter().filter(|c| c.correct).count();
        let multi = params
            .get("behaviour")
            .and_then(|b| b.get("type"))
            .and_then(Value::as_str)
            == Some("multi");
        let kind = if right == 0 {
            self.problems.push(Problem::warning(
                at(pointer),
                "interchange.h5p.no_correct",
                "interchange.h5p.no_correct.hint",
            ));
            QuestionKind::Poll { choices }
        } else if right == choices.len() && right >= 2 {
            QuestionKind::Poll {
                choices: choices
                    .into_iter()
                    .map(|c| Choice {
                        correct: false,
                        ..c
                    })
                    .collect(),
            }
        } else if right == 1 && !multi {
            QuestionKind::SingleChoice { choices }
        } else {
            QuestionKind::MultipleChoice { choices }
        };
        let mut q = Question::new(String::new(), &self.level, kind);
        q.prompt = html(params, "question");
        q.explanation = ranges(params);
        if !notes.is_empty() {
            q.notes = notes.join("\n");
            q.extra.insert("h5p_notes".into(), q.notes.clone().into());
            self.problems.push(Problem::warning(
                at(pointer),
                "interchange.gift.feedback_to_notes",
                "interchange.gift.feedback_to_notes.hint",
            ));
        }
        q.image = self.media(params, &q.prompt);
        self.push(q, meta, pointer);
    }

    /// One question of a Single Choice Set: the first answer is the right one.
    fn single_choice(&mut self, c: &Value, pointer: &str) {
        let answers: Vec<String> = c
            .get("answers")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(html_to_text)
                    .collect()
            })
            .unwrap_or_default();
        let choices = answers
            .into_iter()
            .enumerate()
            .map(|(i, t)| Choice::text(t, i == 0))
            .collect();
        let mut q = Question::new(
            String::new(),
            &self.level,
            QuestionKind::SingleChoice { choices },
        );
        q.prompt = html(c, "question");
        self.push(q, None, pointer);
    }
}
