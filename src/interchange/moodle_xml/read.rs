//! One `<question>` element → a quiz question, type by type; what has no place in the quiz
//! is kept in `extra` (`moodle_*` keys) or said as a warning.

use serde_json::{Value, json};

use super::media::{self, Image};
use super::tree::Element;
use crate::interchange::text::html_to_text;
use crate::interchange::{Location, Problem};
use crate::model::{Choice, ImageRef, Question, QuestionKind, Quiz, Region};

/// The plain text of a Moodle text field (`format="html"` and the default are HTML).
fn field(el: &Element, name: &str) -> String {
    let Some(c) = el.child(name) else {
        return String::new();
    };
    let raw = c.child("text").map_or(c.text.as_str(), |t| t.text.as_str());
    match c.attr("format") {
        Some("plain_text" | "markdown") => raw.trim().to_owned(),
        _ => html_to_text(raw),
    }
}

fn fraction(a: &Element) -> f64 {
    a.attr("fraction")
        .and_then(|f| f.trim().parse::<f64>().ok())
        .filter(|f| f.is_finite())
        .unwrap_or(0.0)
}

/// The question of `q`, or `None` with an error or warning saying why it is left out.
pub fn question(
    quiz: &mut Quiz,
    q: &Element,
    level: &str,
    at: &Location,
    problems: &mut Vec<Problem>,
) -> Option<Question> {
    let kind_name = q.attr("type").unwrap_or_default();
    let mut extra = serde_json::Map::new();
    let image = q
        .child("questiontext")
        .and_then(|t| media::read_image(quiz, t, problems));
    let kind = match kind_name {
        "multichoice" => choices(quiz, q, at, problems, &mut extra),
        "truefalse" => {
            let answer = q
                .children_named("answer")
                .find(|a| fraction(a) > 0.0)
                .map(|a| {
                    a.text_of("text")
                        .unwrap_or(&a.text)
                        .trim()
                        .eq_ignore_ascii_case("true")
                });
            QuestionKind::TrueFalse {
                answer: answer.unwrap_or(true),
            }
        }
        "shortanswer" | "numerical" => {
            let answers: Vec<&Element> = q.children_named("answer").collect();
            let best = answers
                .iter()
                .max_by(|a, b| fraction(a).total_cmp(&fraction(b)));
            let answer_text = best.map(|a| field_text(a)).unwrap_or_default();
            extra.insert("moodle_type".into(), kind_name.into());
            if answers.len() > 1 {
                let list: Vec<Value> = answers
                    .iter()
                    .map(|a| json!({ "text": field_text(a), "fraction": fraction(a) }))
                    .collect();
                extra.insert("moodle_answers".into(), Value::Array(list));
            }
            if kind_name == "numerical" {
                problems.push(
                    Problem::warning(
                        at.clone(),
                        "interchange.gift.numerical",
                        "interchange.gift.numerical.hint",
                    )
                    .with("answer", &answer_text),
                );
            }
            QuestionKind::Open { answer_text }
        }
        "essay" => QuestionKind::Open {
            answer_text: field(q, "graderinfo"),
        },
        "ordering" => QuestionKind::Ordering {
            items: q.children_named("answer").map(field_text).collect(),
        },
        "ddmarker" => return hotspot(quiz, q, level, at, problems),
        "description" => {
            problems.push(Problem::warning(
                at.clone(),
                "interchange.gift.description",
                "interchange.gift.description.hint",
            ));
            return None;
        }
        other => {
            problems.push(
                Problem::error(
                    at.clone(),
                    "interchange.moodle.unsupported_type",
                    "interchange.moodle.unsupported_type.hint",
                )
                .with("type", other),
            );
            return None;
        }
    };
    let mut question = Question::new(String::new(), level, kind);
    common(quiz, q, &mut question);
    question.image = image.map(|i| image_ref(&i, &question.prompt));
    question.extra.extend(extra);
    if let Some(notes) = question.extra.get("moodle_notes").and_then(Value::as_str) {
        question.notes = notes.to_owned();
    }
    Some(question)
}

/// Name, text, explanation, id, tags: the same for every type.
fn common(quiz: &Quiz, q: &Element, question: &mut Question) {
    question.prompt = field(q, "questiontext");
    question.explanation = field(q, "generalfeedback");
    let id = q.text_of("idnumber").map(str::trim).unwrap_or_default();
    question.id = if id.is_empty() || quiz.question_index(id).is_some() {
        quiz.fresh_question_id("q")
    } else {
        id.to_owned()
    };
    if let Some(tags) = q.child("tags") {
        question.tags = tags
            .children_named("tag")
            .map(|t| t.text_of("text").unwrap_or(&t.text).trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
    }
    if let Some(name) = q.text_of("name").map(str::trim).filter(|n| !n.is_empty()) {
        question.extra.insert("moodle_name".into(), name.into());
    }
}

fn image_ref(image: &Image, prompt: &str) -> ImageRef {
    ImageRef {
        asset: image.asset.clone(),
        alt: prompt.chars().take(120).collect(),
        ..ImageRef::default()
    }
}

/// An answer's text: `<answer><text>…</text></answer>`, HTML made plain.
fn field_text(a: &Element) -> String {
    let raw = a.child("text").map_or(a.text.as_str(), |t| t.text.as_str());
    match a.attr("format") {
        Some("plain_text" | "markdown" | "moodle_auto_format") => raw.trim().to_owned(),
        _ => html_to_text(raw),
    }
}

fn choices(
    quiz: &mut Quiz,
    q: &Element,
    at: &Location,
    problems: &mut Vec<Problem>,
    extra: &mut serde_json::Map<String, Value>,
) -> QuestionKind {
    let single = q.text_of("single").is_none_or(|s| s.trim() != "false");
    let answers: Vec<&Element> = q.children_named("answer").collect();
    let mut notes = Vec::new();
    let choices: Vec<Choice> = answers
        .iter()
        .map(|a| {
            let mut c = Choice::text(field_text(a), fraction(a) > 0.0);
            let f = fraction(a);
            if f.abs() > 1e-9 && (f - 100.0).abs() > 1e-9 {
                c.extra.insert("moodle_fraction".into(), json!(f));
            }
            let fb = field(a, "feedback");
            if !fb.is_empty() {
                notes.push(format!("«\u{a0}{}\u{a0}»\u{a0}: {fb}", c.text));
                c.extra.insert("feedback".into(), fb.into());
            }
            c.image = media::read_image(quiz, a, problems).map(|i| image_ref(&i, &c.text));
            c
        })
        .collect();
    if !notes.is_empty() {
        extra.insert("moodle_notes".into(), notes.join("\n").into());
        problems.push(Problem::warning(
            at.clone(),
            "interchange.gift.feedback_to_notes",
            "interchange.gift.feedback_to_notes.hint",
        ));
    }
    let positive: Vec<f64> = answers
        .iter()
        .map(|a| fraction(a))
        .filter(|f| *f > 0.0)
        .collect();
    if single && positive.len() >= 2 && positive.iter().all(|f| (f - 100.0).abs() < 1e-9) {
        // Every answer right: how we write polls.
        let choices = choices
            .into_iter()
            .map(|c| Choice {
                correct: false,
                ..c
            })
            .collect();
        return QuestionKind::Poll { choices };
    }
    let even = positive.windows(2).all(|w| (w[0] - w[1]).abs() < 0.01);
    if !even || (single && positive.len() == 1 && (positive[0] - 100.0).abs() > 1e-9) {
        let weights: Vec<String> = answers.iter().map(|a| format!("{}", fraction(a))).collect();
        problems.push(
            Problem::warning(
                at.clone(),
                "interchange.gift.weights",
                "interchange.gift.weights.hint",
            )
            .with("weights", weights.join("/")),
        );
    }
    match (positive.len(), single) {
        (0, _) => {
            problems.push(Problem::warning(
                at.clone(),
                "interchange.gift.no_correct",
                "interchange.gift.no_correct.hint",
            ));
            QuestionKind::Poll { choices }
        }
        (1, true) => QuestionKind::SingleChoice { choices },
        _ => QuestionKind::MultipleChoice { choices },
    }
}

/// `ddmarker`: the background image and its drop zones, in pixels, as regions (fractions).
fn hotspot(
    quiz: &mut Quiz,
    q: &Element,
    level: &str,
    at: &Location,
    problems: &mut Vec<Problem>,
) -> Option<Question> {
    let Some(image) = media::read_image(quiz, q, problems) else {
        problems.push(Problem::error(
            at.clone(),
            "interchange.moodle.no_background",
            "interchange.moodle.no_background.hint",
        ));
        return None;
    };
    let size = (f64::from(image.width), f64::from(image.height));
    let mut regions = Vec::new();
    for drop in q.children_named("drop") {
        let shape = drop
            .text_of("shape")
            .unwrap_or("rectangle")
            .trim()
            .to_owned();
        let Some(rect) = zone(&shape, drop.text_of("coords").unwrap_or_default()) else {
            problems.push(Problem::warning(
                Location::Line(drop.line),
                "interchange.moodle.bad_zone",
                "interchange.moodle.bad_zone.hint",
            ));
            continue;
        };
        if shape != "rectangle" {
            problems.push(
                Problem::warning(
                    Location::Line(drop.line),
                    "interchange.moodle.zone_boxed",
                    "interchange.moodle.zone_boxed.hint",
                )
                .with("shape", &shape),
            );
        }
        regions.push(region(rect, size));
    }
    let mut question = Question::new(String::new(), level, QuestionKind::Hotspot { regions });
    common(quiz, q, &mut question);
    question.image = Some(image_ref(&image, &question.prompt));
    Some(question)
}

/// A drop zone's rectangle in pixels (left, top, width, height): rectangles as they are,
/// circles and polygons by the rectangle around them.
fn zone(shape: &str, coords: &str) -> Option<(f64, f64, f64, f64)> {
    let points: Vec<(f64, f64)> = coords
        .split(';')
        .filter_map(|p| {
            let (x, y) = p.split_once(',').unwrap_or((p, "0"));
            Some((x.trim().parse().ok()?, y.trim().parse().ok()?))
        })
        .collect();
    match (shape, points.as_slice()) {
        ("rectangle", [(left, top), (width, height)]) => Some((*left, *top, *width, *height)),
        ("circle", [(cx, cy), (r, _)]) => Some((cx - r, cy - r, 2.0 * r, 2.0 * r)),
        ("polygon", pts) if pts.len() >= 3 => {
            let fold = |f: fn(&(f64, f64)) -> f64| {
                pts.iter()
                    .map(f)
                    .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)))
            };
            let ((x0, x1), (y0, y1)) = (fold(|p| p.0), fold(|p| p.1));
            Some((x0, y0, x1 - x0, y1 - y0))
        }
        _ => None,
    }
}

/// Pixels → fractions of the image, kept inside it.
fn region((left, top, width, height): (f64, f64, f64, f64), (img_w, img_h): (f64, f64)) -> Region {
    let clamp = |v: f64| {
        if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    let (fx, fy) = (clamp(left / img_w), clamp(top / img_h));
    Region::new(
        fx,
        fy,
        clamp(width / img_w).min(1.0 - fx),
        clamp(height / img_h).min(1.0 - fy),
    )
}
