//! Aiken, Moodle's simplest text format ⇄ quiz: single-choice questions only.
//!
//! ```text
//! Quel mot de passe est le plus solide ?
//! A. 123456
//! B) cheval-agrafe-batterie-correct
//! ANSWER: B
//! ```
//!
//! As in Moodle's reader, the question text is every line before the first option (joined by
//! spaces), options are `A.` or `A)` followed by a space, and `ANSWER: X` ends the question.
//! Aiken has no comments, titles, feedback or categories: a line starting with `//` is skipped
//! on import (other tools write them), and export cannot carry our credits — it says so.

use std::fmt::Write as _;

use super::provenance::{self, FileCredits, Origin};
use super::{Export, Format, Import, ImportContext, Location, Problem, Refusal, text};
use crate::i18n::Lang;
use crate::model::{Choice, Question, QuestionKind, Quiz};

/// A question being read.
#[derive(Default)]
struct Pending {
    line: usize,
    text: Vec<String>,
    options: Vec<(char, String)>,
}

/// Reads an Aiken file.
pub fn import(bytes: &[u8], ctx: &ImportContext) -> Result<Import, Refusal> {
    let text = text::decode(bytes)?;
    let mut quiz = Quiz::default();
    let mut problems = Vec::new();
    let mut origins = Vec::new();
    let level = provenance::level_named(&mut quiz, &provenance::file_stem(&ctx.file_name));
    let mut pending = Pending::default();
    let mut skipping = false;
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.trim();
        let n = i + 1;
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        if let Some(letter) = line.strip_prefix("ANSWER:") {
            if !skipping {
                match finish(&quiz, &pending, letter.trim(), &level) {
                    Ok(q) => {
                        quiz.questions.push(q);
                        origins.push(Origin::At(Location::Line(pending.line)));
                    }
                    Err(p) => problems.push(p),
                }
            }
            pending = Pending::default();
            skipping = false;
            continue;
        }
        if skipping {
            continue;
        }
        if pending.text.is_empty() {
            pending.line = n;
        }
        if let Some((letter, option)) = option(line) {
            if pending.text.is_empty() {
                problems.push(error(n, "interchange.aiken.no_text"));
                skipping = true;
            } else {
                pending.options.push((letter, option.to_owned()));
            }
        } else if pending.options.is_empty() {
            pending.text.push(line.to_owned());
        } else {
            problems.push(error(n, "interchange.aiken.text_after_options"));
            skipping = true;
        }
    }
    if !pending.text.is_empty() && !skipping {
        problems.push(error(pending.line, "interchange.aiken.no_answer"));
    }
    if quiz.questions.is_empty() {
        problems.push(Problem::error(
            Location::File,
            "interchange.aiken.no_question",
            "interchange.aiken.no_question.hint",
        ));
        return Err(Refusal { problems });
    }
    let warning = provenance::credit_import(
        &mut quiz,
        ctx,
        Format::Aiken,
        &FileCredits::default(),
        &origins,
    );
    problems.extend(warning);
    Ok(Import { quiz, problems })
}

fn error(line: usize, key: &'static str) -> Problem {
    let hint = match key {
        "interchange.aiken.no_text" => "interchange.aiken.no_text.hint",
        "interchange.aiken.text_after_options" => "interchange.aiken.text_after_options.hint",
        "interchange.aiken.no_answer" => "interchange.aiken.no_answer.hint",
        "interchange.aiken.few_options" => "interchange.aiken.few_options.hint",
        _ => "interchange.aiken.bad_answer.hint",
    };
    Problem::error(Location::Line(line), key, hint)
}

/// `A. texte` or `B) texte` (a capital letter, `.` or `)`, then a space).
fn option(line: &str) -> Option<(char, &str)> {
    let mut chars = line.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let mark = chars.next().filter(|c| *c == '.' || *c == ')')?;
    let _ = mark;
    let rest = chars.as_str();
    rest.starts_with([' ', '\t']).then(|| (letter, rest.trim()))
}

fn finish(quiz: &Quiz, p: &Pending, letter: &str, level: &str) -> Result<Question, Problem> {
    if p.options.len() < 2 {
        return Err(error(p.line, "interchange.aiken.few_options"));
    }
    let right = letter
        .chars()
        .next()
        .filter(|_| letter.chars().count() == 1);
    if !right.is_some_and(|r| p.options.iter().any(|(l, _)| *l == r)) {
        return Err(error(p.line, "interchange.aiken.bad_answer").with("letter", letter));
    }
    let choices = p
        .options
        .iter()
        .map(|(l, t)| Choice::text(t.clone(), Some(*l) == right))
        .collect();
    let mut q = Question::new(
        quiz.fresh_question_id("q"),
        level,
        QuestionKind::SingleChoice { choices },
    );
    q.prompt = p.text.join(" ");
    Ok(q)
}

/// Writes the single-choice questions of `quiz` (true/false as two options); the others are
/// left out, each said.
pub fn export(quiz: &Quiz) -> Export {
    let lang = Lang::from_code(&quiz.language).unwrap_or_default();
    let mut out = String::new();
    let mut problems = vec![Problem::warning(
        Location::File,
        "interchange.aiken.no_credits",
        "interchange.aiken.no_credits.hint",
    )];
    for (n, i) in quiz.in_level_order().into_iter().enumerate() {
        let q = &quiz.questions[i];
        let at = Location::Question(n + 1);
        let choices: Vec<(String, bool)> = match &q.kind {
            QuestionKind::SingleChoice { choices } => choices
                .iter()
                .map(|c| (c.text.clone(), c.correct))
                .collect(),
            QuestionKind::TrueFalse { answer } => {
                problems.push(Problem::warning(
                    at.clone(),
                    "interchange.aiken.true_false",
                    "interchange.aiken.true_false.hint",
                ));
                vec![
                    (lang.t("interchange.aiken.true").to_owned(), *answer),
                    (lang.t("interchange.aiken.false").to_owned(), !*answer),
                ]
            }
            _ => {
                problems.push(Problem::error(
                    at,
                    "interchange.aiken.left_out",
                    "interchange.aiken.left_out.hint",
                ));
                continue;
            }
        };
        let Some(right) = choices
            .iter()
            .position(|(_, c)| *c)
            .filter(|_| choices.len() <= 26)
        else {
            problems.push(Problem::error(
                at,
                "interchange.aiken.unanswerable",
                "interchange.aiken.unanswerable.hint",
            ));
            continue;
        };
        if q.prompt.contains('\n') || choices.iter().any(|(t, _)| t.contains('\n')) {
            problems.push(Problem::warning(
                at.clone(),
                "interchange.aiken.joined_lines",
                "interchange.aiken.joined_lines.hint",
            ));
        }
        if !q.explanation.is_empty() || q.asset_ids().next().is_some() {
            problems.push(Problem::warning(
                at,
                "interchange.aiken.lost",
                "interchange.aiken.lost.hint",
            ));
        }
        let _ = writeln!(out, "{}", one_line(&q.prompt));
        for (k, (text, _)) in choices.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", letter(k), joined(text));
        }
        let _ = writeln!(out, "ANSWER: {}\n", letter(right));
    }
    Export {
        bytes: out.into_bytes(),
        problems,
    }
}

fn letter(k: usize) -> char {
    char::from(b'A' + u8::try_from(k).unwrap_or(25).min(25))
}

/// Line breaks and runs of spaces as one space.
fn joined(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A question text on one line; one that would read as an option, an answer or a comment
/// (Aiken has no escape) is prefixed with `—`.
fn one_line(s: &str) -> String {
    let joined = joined(s);
    if option(&joined).is_some() || joined.starts_with("ANSWER:") || joined.starts_with("//") {
        format!("— {joined}")
    } else {
        joined
    }
}

#[cfg(test)]
#[path = "aiken_tests.rs"]
mod tests;
