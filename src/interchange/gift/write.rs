//! Quiz → GIFT. Every special character is escaped (including `:` and line breaks), so both
//! Moodle and other GIFT readers accept the file; levels become `$CATEGORY:` blocks, ids and
//! tags Moodle 4's `// [id:…] [tag:…]` comments, explanations the general feedback (`####`).
//! GIFT has no images, polls, orderings or hotspots: each one left out is said, per question.

use std::fmt::Write as _;

use serde_json::Value;

use super::build::format_weight;
use super::escape::escape;
use crate::interchange::{Export, Location, Problem, credits_lines};
use crate::model::{Choice, Question, QuestionKind, Quiz};

/// Writes `quiz` as GIFT.
pub fn export(quiz: &Quiz) -> Export {
    let mut out = String::new();
    let mut problems = Vec::new();
    for line in credits_lines(quiz) {
        let _ = writeln!(out, "// {line}");
    }
    out.push('\n');
    let mut current_level: Option<&str> = None;
    for (n, i) in quiz.in_level_order().into_iter().enumerate() {
        let q = &quiz.questions[i];
        let at = Location::Question(n + 1);
        let Some(answers) = answers(q, &at, &mut problems) else {
            continue;
        };
        if current_level != Some(q.level.as_str()) {
            current_level = Some(q.level.as_str());
            let name = quiz.level(&q.level).map_or(q.level.as_str(), |l| &l.name);
            let _ = writeln!(out, "$CATEGORY: {}\n", category(name));
        }
        lost(q, &at, &mut problems);
        write_question(&mut out, q, &answers);
    }
    Export {
        bytes: out.into_bytes(),
        problems,
    }
}

fn write_question(out: &mut String, q: &Question, answers: &str) {
    let mut meta = String::new();
    if !q.id.is_empty() {
        let _ = write!(meta, "[id:{}] ", comment_safe(&q.id));
    }
    for tag in &q.tags {
        let _ = write!(meta, "[tag:{}] ", comment_safe(tag));
    }
    if !meta.is_empty() {
        let _ = writeln!(out, "// {}", meta.trim_end());
    }
    if let Some(title) = q.extra.get("gift_title").and_then(Value::as_str) {
        let _ = write!(out, "::{}::", escape(title));
    }
    let _ = write!(out, "{} {{", text(&q.prompt));
    out.push_str(answers);
    if !q.explanation.is_empty() {
        let _ = write!(out, "####{}", escape(&q.explanation));
    }
    out.push_str("}\n\n");
}

/// A text as GIFT, protected from being read as a text format (`[html]…`).
fn text(s: &str) -> String {
    let escaped = escape(s);
    let looks_like_format = ["[html]", "[plain]", "[moodle]", "[markdown]"]
        .iter()
        .any(|f| s.starts_with(f));
    if looks_like_format {
        format!("[plain]{escaped}")
    } else {
        escaped
    }
}

/// `]` would end Moodle's `[id:…]`; line breaks would end the comment.
fn comment_safe(s: &str) -> String {
    s.replace([']', '\n', '\r'], " ")
}

/// `/` inside a level name is `//` in a category path.
fn category(name: &str) -> String {
    escape(&name.replace('/', "//"))
}

/// The answers between the braces, or `None` (with an error) when GIFT cannot hold the type.
fn answers(q: &Question, at: &Location, problems: &mut Vec<Problem>) -> Option<String> {
    let left_out =
        |key: &'static str| Problem::error(at.clone(), key, "interchange.gift.left_out.hint");
    Some(match &q.kind {
        QuestionKind::SingleChoice { choices } => choice_lines(choices, false),
        QuestionKind::MultipleChoice { choices } => choice_lines(choices, true),
        QuestionKind::TrueFalse { answer } => {
            let mut s = if *answer { "TRUE" } else { "FALSE" }.to_owned();
            let wrong = q.extra.get("gift_if_wrong").and_then(Value::as_str);
            let right = q.extra.get("gift_if_right").and_then(Value::as_str);
            if wrong.is_some() || right.is_some() {
                let _ = write!(s, "#{}", escape(wrong.unwrap_or_default()));
            }
            if let Some(right) = right {
                let _ = write!(s, "#{}", escape(right));
            }
            s
        }
        QuestionKind::Open { answer_text } => open(q, answer_text),
        QuestionKind::Poll { .. } => {
            problems.push(left_out("interchange.gift.left_out.poll"));
            return None;
        }
        QuestionKind::Ordering { .. } => {
            problems.push(left_out("interchange.gift.left_out.ordering"));
            return None;
        }
        QuestionKind::Hotspot { .. } => {
            problems.push(left_out("interchange.gift.left_out.hotspot"));
            return None;
        }
        QuestionKind::Unknown { .. } => {
            problems.push(left_out("interchange.gift.left_out.unknown"));
            return None;
        }
    })
}

fn choice_lines(choices: &[Choice], multiple: bool) -> String {
    let correct = choices.iter().filter(|c| c.correct).count().max(1);
    let even = 100.0 / f64::from(u32::try_from(correct).unwrap_or(1));
    let mut s = String::from("\n");
    for c in choices {
        let kept = c.extra.get("gift_weight").and_then(Value::as_f64);
        let weight = match (multiple, c.correct, kept) {
            (_, _, Some(w)) if (w > 0.0) == c.correct => Some(w),
            (true, true, _) => Some(even),
            (true, false, _) => Some(-100.0),
            (false, _, _) => None,
        };
        let mark = match weight {
            Some(w) => format!("~%{}%", format_weight(w)),
            None if c.correct => "=".to_owned(),
            // A wrong answer starting with `%` would be read as a weight: say 0 % first.
            None if c.text.starts_with('%') => "~%0%".to_owned(),
            None => "~".to_owned(),
        };
        let _ = write!(s, "{mark}{}", text(&choice_text(c)));
        if let Some(fb) = c.extra.get("feedback").and_then(Value::as_str) {
            let _ = write!(s, "#{}", escape(fb));
        }
        s.push('\n');
    }
    s
}

/// A choice's text; an image-only choice (GIFT has no images) is written as its image's
/// description, so the answer is not empty.
fn choice_text(c: &Choice) -> String {
    match &c.image {
        Some(img) if c.text.trim().is_empty() => {
            let alt = img.alt.trim();
            if alt.is_empty() {
                img.asset.clone()
            } else {
                alt.to_owned()
            }
        }
        _ => c.text.clone(),
    }
}

/// Essay (`{}`), numerical (`{#…}`) or short answer (`{=…}`).
fn open(q: &Question, answer_text: &str) -> String {
    if let Some(n) = q.extra.get("gift_numerical").and_then(Value::as_str)
        && n == answer_text
    {
        return format!("#{}", escape(n));
    }
    if let Some(Value::Array(list)) = q.extra.get("gift_answers") {
        let kept_model = list
            .iter()
            .any(|a| a.get("text").and_then(Value::as_str) == Some(answer_text));
        if kept_model {
            let mut s = String::new();
            for a in list {
                let text = a.get("text").and_then(Value::as_str).unwrap_or_default();
                let weight = a.get("weight").and_then(Value::as_f64).unwrap_or(100.0);
                if weight >= 100.0 {
                    s.push('=');
                } else {
                    let _ = write!(s, "=%{}%", format_weight(weight));
                }
                s.push_str(&escape(text));
                if let Some(fb) = a.get("feedback").and_then(Value::as_str) {
                    let _ = write!(s, "#{}", escape(fb));
                }
                s.push(' ');
            }
            return s.trim_end().to_owned();
        }
    }
    if answer_text.trim().is_empty() {
        String::new()
    } else if answer_text.contains("->") {
        // `=` with `->` would be read as matching: an answer without `=` is accepted too.
        escape(answer_text.trim())
    } else {
        format!("={}", escape(answer_text.trim()))
    }
}

/// Warnings for what the question has and GIFT does not carry.
fn lost(q: &Question, at: &Location, problems: &mut Vec<Problem>) {
    let warn = |key: &'static str, hint: &'static str| Problem::warning(at.clone(), key, hint);
    if q.asset_ids().next().is_some() {
        problems.push(warn(
            "interchange.gift.no_images",
            "interchange.gift.no_images.hint",
        ));
    }
    let generated = q.extra.get("gift_notes").and_then(Value::as_str);
    if !q.notes.trim().is_empty() && generated != Some(q.notes.as_str()) {
        problems.push(warn(
            "interchange.lost.notes",
            "interchange.lost.notes.hint",
        ));
    }
    if q.time_limit_s.is_some() {
        problems.push(warn(
            "interchange.lost.time_limit",
            "interchange.lost.time_limit.hint",
        ));
    }
    if !q.competences.is_empty() {
        problems.push(warn(
            "interchange.lost.competences",
            "interchange.lost.competences.hint",
        ));
    }
}
