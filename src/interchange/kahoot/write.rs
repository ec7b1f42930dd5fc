//! Quiz → Kahoot's template: our credits on rows 1–7 (Kahoot's importer skips them) and in
//! the workbook's properties, headers on row 8, one question per row from row 9.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format as CellFormat, Workbook, Worksheet};
use serde_json::Value;

use super::{
    HEADER_ROW, HEADERS, MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, MAX_QUESTIONS, TIME_LIMITS,
};
use crate::i18n::Lang;
use crate::interchange::{Export, Location, Problem, credits_lines};
use crate::model::{Choice, Question, QuestionKind, Quiz};

/// Kahoot's default time when the question has none.
const DEFAULT_TIME: u32 = 20;

/// What one question row holds.
struct Line {
    prompt: String,
    answers: Vec<String>,
    time: u32,
    correct: String,
}

fn warn(at: &Location, key: &'static str, hint: &'static str) -> Problem {
    Problem::warning(at.clone(), key, hint)
}

/// Writes `quiz` as Kahoot's quiz template.
pub fn export(quiz: &Quiz) -> Export {
    let lang = Lang::from_code(&quiz.language).unwrap_or_default();
    let mut problems = Vec::new();
    let mut lines = Vec::new();
    for (n, i) in quiz.in_level_order().into_iter().enumerate() {
        let at = Location::Question(n + 1);
        let Some(line) = line(&quiz.questions[i], &at, lang, &mut problems) else {
            continue;
        };
        if lines.len() == MAX_QUESTIONS {
            problems.push(
                Problem::error(
                    at,
                    "interchange.kahoot.over_100",
                    "interchange.kahoot.over_100.hint",
                )
                .with("max", MAX_QUESTIONS),
            );
            continue;
        }
        lines.push(line);
    }
    if quiz.levels.len() > 1 {
        problems.push(warn(
            &Location::File,
            "interchange.kahoot.levels_lost",
            "interchange.kahoot.levels_lost.hint",
        ));
    }
    match workbook(quiz, &lines) {
        Ok(bytes) => Export { bytes, problems },
        Err(_) => {
            problems.push(Problem::error(
                Location::File,
                "interchange.kahoot.write_failed",
                "interchange.kahoot.write_failed.hint",
            ));
            Export {
                bytes: Vec::new(),
                problems,
            }
        }
    }
}

fn workbook(quiz: &Quiz, lines: &[Line]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = Workbook::new();
    let authors: Vec<&str> = quiz.authors.iter().map(|a| a.name.as_str()).collect();
    let (y, m, d) = date_of(&quiz.modified);
    wb.set_properties(
        &DocProperties::new()
            .set_title(&quiz.title)
            .set_author(authors.join(", "))
            .set_comment(credits_lines(quiz).join("\n"))
            // A fixed date (the quiz's own) instead of the clock: same quiz, same bytes.
            .set_creation_datetime(&ExcelDateTime::from_ymd(y, m, d)?),
    );
    let sheet = wb.add_worksheet();
    sheet.set_name("Kahoot")?;
    write_sheet(sheet, quiz, lines)?;
    wb.save_to_buffer()
}

fn write_sheet(
    sheet: &mut Worksheet,
    quiz: &Quiz,
    lines: &[Line],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let bold = CellFormat::new().set_bold();
    let wrap = CellFormat::new().set_text_wrap();
    let mut credits = credits_lines(quiz);
    if credits.len() > HEADER_ROW - 1 {
        let rest = credits.split_off(HEADER_ROW - 2).join(" · ");
        credits.push(rest);
    }
    for (r, text) in (0u32..).zip(&credits) {
        sheet.write_string(r, 0, text)?;
    }
    let header = u32::try_from(HEADER_ROW - 1).unwrap_or(7);
    for (c, text) in (0u16..).zip(HEADERS) {
        sheet.write_string_with_format(header, c, text, &bold)?;
    }
    sheet.set_column_width(1, 60)?;
    for c in 2..6 {
        sheet.set_column_width(c, 30)?;
    }
    for (k, line) in (1u32..).zip(lines) {
        let r = header + k;
        sheet.write_number(r, 0, f64::from(k))?;
        sheet.write_string_with_format(r, 1, &line.prompt, &wrap)?;
        for (c, answer) in (2u16..).zip(&line.answers) {
            sheet.write_string_with_format(r, c, answer, &wrap)?;
        }
        sheet.write_number(r, 6, f64::from(line.time))?;
        sheet.write_string(r, 7, &line.correct)?;
    }
    Ok(())
}

/// `YYYY-MM-DD` → its parts; 2000-01-01 when it is not a date.
fn date_of(date: &str) -> (u16, u8, u8) {
    let mut parts = date.split('-').map(str::parse::<u16>);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) if (1900..=9999).contains(&y) => (
            y,
            u8::try_from(m)
                .ok()
                .filter(|m| (1..=12).contains(m))
                .unwrap_or(1),
            u8::try_from(d)
                .ok()
                .filter(|d| (1..=28).contains(d))
                .unwrap_or(1),
        ),
        _ => (2000, 1, 1),
    }
}

/// `text` cut to `max` characters, ending with `…`, when longer.
fn shortened(text: &str, max: usize) -> Option<String> {
    (text.chars().count() > max).then(|| {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    })
}

/// The row of a question, or `None` when it is left out (an error says why); each check in
/// the order a reader of the report expects them.
#[allow(clippy::too_many_lines)]
fn line(q: &Question, at: &Location, lang: Lang, problems: &mut Vec<Problem>) -> Option<Line> {
    let left_out =
        |key: &'static str| Problem::error(at.clone(), key, "interchange.kahoot.left_out.hint");
    let choices: Vec<Choice> = match &q.kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            choices.clone()
        }
        QuestionKind::TrueFalse { answer } => {
            problems.push(warn(
                at,
                "interchange.kahoot.true_false",
                "interchange.kahoot.true_false.hint",
            ));
            vec![
                Choice::text(lang.t("interchange.kahoot.true"), *answer),
                Choice::text(lang.t("interchange.kahoot.false"), !*answer),
            ]
        }
        QuestionKind::Poll { .. } => {
            problems.push(left_out("interchange.kahoot.poll"));
            return None;
        }
        other => {
            let name = lang.t(other.question_type().label_key());
            problems.push(left_out("interchange.kahoot.other_type").with("type", name));
            return None;
        }
    };
    if q.prompt.trim().is_empty() {
        problems.push(left_out("interchange.kahoot.no_prompt"));
        return None;
    }
    if choices.iter().any(|c| c.text.trim().is_empty()) {
        problems.push(left_out("interchange.kahoot.image_answer"));
        return None;
    }
    let kept = four_of(&choices);
    if kept.len() < choices.len() {
        problems.push(
            warn(
                at,
                "interchange.kahoot.answers_left_out",
                "interchange.kahoot.answers_left_out.hint",
            )
            .with("n", choices.len() - kept.len()),
        );
    }
    let correct: Vec<String> = (1..)
        .zip(&kept)
        .filter(|(_, c)| c.correct)
        .map(|(k, _)| k.to_string())
        .collect();
    if correct.is_empty() {
        problems.push(left_out("interchange.kahoot.no_right_answer"));
        return None;
    }
    let prompt = q.prompt.trim().to_owned();
    let prompt = match shortened(&prompt, MAX_QUESTION_CHARS) {
        Some(short) => {
            problems.push(
                warn(
                    at,
                    "interchange.kahoot.question_shortened",
                    "interchange.kahoot.shortened.hint",
                )
                .with("n", prompt.chars().count())
                .with("max", MAX_QUESTION_CHARS),
            );
            short
        }
        None => prompt,
    };
    let answers = (1..)
        .zip(&kept)
        .map(|(k, c)| {
            let text = c.text.trim();
            shortened(text, MAX_ANSWER_CHARS).map_or_else(
                || text.to_owned(),
                |short| {
                    problems.push(
                        warn(
                            at,
                            "interchange.kahoot.answer_shortened",
                            "interchange.kahoot.shortened.hint",
                        )
                        .with("k", k)
                        .with("max", MAX_ANSWER_CHARS),
                    );
                    short
                },
            )
        })
        .collect();
    let time = q.time_limit_s.map_or(DEFAULT_TIME, |t| {
        let near = nearest_time(t);
        if near != t {
            problems.push(
                warn(
                    at,
                    "interchange.kahoot.time_rounded",
                    "interchange.kahoot.time_rounded.hint",
                )
                .with("from", t)
                .with("to", near),
            );
        }
        near
    });
    lost(q, at, problems);
    Some(Line {
        prompt,
        answers,
        time,
        correct: correct.join(","),
    })
}

/// At most four answers: every right one first (up to four), then the first wrong ones, in
/// their order.
fn four_of(choices: &[Choice]) -> Vec<Choice> {
    if choices.len() <= 4 {
        return choices.to_vec();
    }
    let right: Vec<usize> = (0..choices.len())
        .filter(|i| choices[*i].correct)
        .take(4)
        .collect();
    let wrong = (0..choices.len()).filter(|i| !choices[*i].correct);
    let mut keep: Vec<usize> = right.iter().copied().chain(wrong).take(4).collect();
    keep.sort_unstable();
    keep.into_iter().map(|i| choices[i].clone()).collect()
}

/// The accepted time limit nearest to `t` (the longer one on a tie).
pub fn nearest_time(t: u32) -> u32 {
    TIME_LIMITS
        .into_iter()
        .min_by_key(|l| (l.abs_diff(t), u32::MAX - l))
        .unwrap_or(DEFAULT_TIME)
}

/// What a Kahoot row has no place for.
fn lost(q: &Question, at: &Location, problems: &mut Vec<Problem>) {
    let has_image = q.asset_ids().next().is_some();
    if has_image {
        problems.push(warn(
            at,
            "interchange.kahoot.images_lost",
            "interchange.kahoot.images_lost.hint",
        ));
    }
    if !q.explanation.trim().is_empty() {
        problems.push(warn(
            at,
            "interchange.kahoot.explanation_lost",
            "interchange.kahoot.explanation_lost.hint",
        ));
    }
    let feedback = q.kind.choices().unwrap_or_default().iter().any(|c| {
        c.extra
            .get("feedback")
            .and_then(Value::as_str)
            .is_some_and(|f| !f.is_empty())
    });
    if !q.notes.trim().is_empty() || feedback {
        problems.push(warn(
            at,
            "interchange.lost.notes",
            "interchange.lost.notes.hint",
        ));
    }
    if !q.tags.is_empty() {
        problems.push(warn(
            at,
            "interchange.kahoot.tags_lost",
            "interchange.kahoot.tags_lost.hint",
        ));
    }
    if !q.competences.is_empty() {
        problems.push(warn(
            at,
            "interchange.lost.competences",
            "interchange.lost.competences.hint",
        ));
    }
}
