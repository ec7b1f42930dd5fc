//! The sheet's cells (streamed by calamine, bounded) and one row → one question.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

use super::{HEADER_ROW, MAX_ROWS, TIME_LIMITS};
use crate::interchange::{Location, Problem};
use crate::model::{Choice, Question, QuestionKind};

/// Columns A–H.
pub const COLUMNS: usize = 8;

/// One row of the sheet with something in it.
#[derive(Debug, Default)]
pub struct Row {
    /// As the spreadsheet numbers it (from 1).
    pub number: usize,
    /// Columns A–H as text (numbers written as Excel shows them).
    pub cells: [String; COLUMNS],
    /// Something is written past column H.
    pub beyond_h: bool,
}

impl Row {
    /// Every non-empty cell of the row, joined.
    pub fn joined(&self) -> String {
        let cells: Vec<&str> = self
            .cells
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect();
        cells.join(" ")
    }
}

/// The first sheet, as rows.
#[derive(Debug, Default)]
pub struct Sheet {
    pub rows: Vec<Row>,
    /// Rows with content past [`MAX_ROWS`], not read.
    pub rows_beyond: usize,
}

impl Sheet {
    /// The text of `row` (from 1), column `col` (from 0), or "".
    pub fn text(&self, row: usize, col: usize) -> String {
        self.rows
            .iter()
            .find(|r| r.number == row)
            .map(|r| r.cells[col].clone())
            .unwrap_or_default()
    }
}

fn not_xlsx() -> Problem {
    Problem::error(
        Location::File,
        "interchange.kahoot.not_xlsx",
        "interchange.kahoot.not_xlsx.hint",
    )
}

/// The cells of the first sheet of the workbook in `bytes` (a zip already checked for size).
pub fn sheet(bytes: &[u8]) -> Result<Sheet, Problem> {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| not_xlsx())?;
    let Some(name) = workbook.sheet_names().into_iter().next() else {
        return Err(not_xlsx());
    };
    let mut reader = workbook
        .worksheet_cells_reader(&name)
        .map_err(|_| not_xlsx())?;
    let mut rows: BTreeMap<usize, Row> = BTreeMap::new();
    // Cells come row by row: rows past the limit are counted, not kept.
    let (mut beyond, mut last_beyond) = (0usize, 0usize);
    loop {
        let cell = match reader.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(_) => {
                return Err(Problem::error(
                    Location::File,
                    "interchange.kahoot.bad_sheet",
                    "interchange.kahoot.bad_sheet.hint",
                ));
            }
        };
        let (r, c) = cell.get_position();
        let text = cell_text(cell.get_value());
        if text.trim().is_empty() {
            continue;
        }
        let number = usize::try_from(r).unwrap_or(usize::MAX).saturating_add(1);
        if number > MAX_ROWS {
            if number != last_beyond {
                beyond += 1;
                last_beyond = number;
            }
            continue;
        }
        let row = rows.entry(number).or_insert_with(|| Row {
            number,
            ..Row::default()
        });
        match usize::try_from(c) {
            Ok(c) if c < COLUMNS => row.cells[c] = text,
            _ => row.beyond_h = true,
        }
    }
    Ok(Sheet {
        rows: rows.into_values().collect(),
        rows_beyond: beyond,
    })
}

/// A cell as text: whole numbers without decimals (`20`, not `20.0`).
fn cell_text(value: &DataRef) -> String {
    match value {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        DataRef::Float(f) => f.to_string(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(d) => d.as_f64().to_string(),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

/// The row of the headers: row 8 when the file follows the template, else the first of
/// rows 1–20 that reads like them (B "Question…", C "Answer…"), or `None`.
pub fn find_header(sheet: &Sheet) -> Option<usize> {
    let is_header = |r: &Row| {
        let b = r.cells[1].trim().to_lowercase();
        let c = r.cells[2].trim().to_lowercase();
        b.starts_with("question") && (c.starts_with("answer") || c.starts_with("réponse"))
    };
    let at = |n: usize| sheet.rows.iter().find(|r| r.number == n);
    if at(HEADER_ROW).is_some_and(is_header) {
        return Some(HEADER_ROW);
    }
    sheet
        .rows
        .iter()
        .take_while(|r| r.number <= 20)
        .find(|r| is_header(r))
        .map(|r| r.number)
}

fn error(row: usize, key: &'static str, hint: &'static str) -> Problem {
    Problem::error(Location::Row(row), key, hint)
}

/// The question of a row, or `None` (empty row, or an error said why).
pub fn question(row: &Row, level: &str, problems: &mut Vec<Problem>) -> Option<Question> {
    let n = row.number;
    let prompt = row.cells[1].trim();
    let answers: Vec<(usize, &str)> = (2..6)
        .map(|c| (c - 1, row.cells[c].trim()))
        .filter(|(_, t)| !t.is_empty())
        .collect();
    if prompt.is_empty() && answers.is_empty() && row.cells[7].trim().is_empty() {
        return None; // a numbered but empty template row
    }
    if row.beyond_h {
        problems.push(Problem::warning(
            Location::Row(n),
            "interchange.kahoot.beyond_h",
            "interchange.kahoot.beyond_h.hint",
        ));
    }
    if prompt.is_empty() {
        problems.push(error(
            n,
            "interchange.kahoot.no_text",
            "interchange.kahoot.no_text.hint",
        ));
        return None;
    }
    if answers.len() < 2 {
        problems.push(error(
            n,
            "interchange.kahoot.few_answers",
            "interchange.kahoot.few_answers.hint",
        ));
        return None;
    }
    let correct_cell = row.cells[7].trim();
    let mut correct = Vec::new();
    for part in correct_cell
        .split([',', ';', ' ', '/'])
        .filter(|p| !p.is_empty())
    {
        match part.parse::<usize>() {
            Ok(k) if answers.iter().any(|(i, _)| *i == k) => correct.push(k),
            Ok(k @ 1..=4) => {
                problems.push(
                    error(
                        n,
                        "interchange.kahoot.correct_empty",
                        "interchange.kahoot.correct_empty.hint",
                    )
                    .with("n", k),
                );
                return None;
            }
            _ => {
                problems.push(
                    error(
                        n,
                        "interchange.kahoot.bad_correct",
                        "interchange.kahoot.bad_correct.hint",
                    )
                    .with("value", correct_cell),
                );
                return None;
            }
        }
    }
    let choices: Vec<Choice> = answers
        .iter()
        .map(|(i, t)| Choice::text(*t, correct.contains(i)))
        .collect();
    let right = choices.iter().filter(|c| c.correct).count();
    let kind = if right == 0 {
        problems.push(Problem::warning(
            Location::Row(n),
            "interchange.kahoot.no_correct",
            "interchange.kahoot.no_correct.hint",
        ));
        QuestionKind::Poll { choices }
    } else if let Some(answer) = true_false(&choices) {
        QuestionKind::TrueFalse { answer }
    } else if right == 1 {
        QuestionKind::SingleChoice { choices }
    } else {
        QuestionKind::MultipleChoice { choices }
    };
    let mut q = Question::new(String::new(), level, kind);
    prompt.clone_into(&mut q.prompt);
    q.time_limit_s = time_limit(row.cells[6].trim(), n, problems);
    Some(q)
}

/// Two answers "Vrai"/"Faux" (or "True"/"False"), one right: a true/false question (how a
/// true/false question is written to Kahoot's spreadsheet, which has no such type).
fn true_false(choices: &[Choice]) -> Option<bool> {
    let [a, b] = choices else { return None };
    let truth = |t: &str| match t.trim().to_lowercase().as_str() {
        "vrai" | "true" => Some(true),
        "faux" | "false" => Some(false),
        _ => None,
    };
    let (ta, tb) = (truth(&a.text)?, truth(&b.text)?);
    if ta == tb || a.correct == b.correct {
        return None;
    }
    Some(if a.correct { ta } else { tb })
}

/// Column G: seconds. Kept even when Kahoot would not accept it (said); unreadable → none.
fn time_limit(cell: &str, row: usize, problems: &mut Vec<Problem>) -> Option<u32> {
    if cell.is_empty() {
        return None;
    }
    let seconds = cell
        .trim_end_matches(['s', ' '])
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s >= 1.0 && *s <= 3600.0);
    let Some(seconds) = seconds else {
        problems.push(
            Problem::warning(
                Location::Row(row),
                "interchange.kahoot.bad_time",
                "interchange.kahoot.bad_time.hint",
            )
            .with("value", cell),
        );
        return None;
    };
    // In 1..=3600 (checked above), so the cast neither truncates nor wraps.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let seconds = seconds.round() as u32;
    if !TIME_LIMITS.contains(&seconds) {
        problems.push(
            Problem::warning(
                Location::Row(row),
                "interchange.kahoot.odd_time",
                "interchange.kahoot.odd_time.hint",
            )
            .with("seconds", seconds),
        );
    }
    Some(seconds)
}
