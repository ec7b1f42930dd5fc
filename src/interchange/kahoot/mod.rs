//! Kahoot spreadsheet (`.xlsx`, Kahoot's own quiz template) ⇄ quiz.
//!
//! Kahoot imports quizzes from its template: free text on rows 1–7, headers on row 8, one
//! question per row from row 9 (up to 100): B the question (≤ 120 characters), C–F up to four
//! answers (≤ 75), G the time limit (5, 10, 20, 30, 60, 90, 120 or 240 s), H the numbers of
//! the right answers (`1,3`). That is all it carries: no images, explanations, levels or other
//! question types — export says, question by question, what was shortened, rounded or left
//! out, and import says what it could not read, row by row.
//!
//! The file is a zip: it is opened through [`super::package`] (sizes bounded as decompressed)
//! before calamine reads it, and calamine's streaming cell reader is used so that a sheet
//! claiming a million rows never becomes a dense grid in memory ([`read`]). Written with
//! `rust_xlsxwriter`, with a fixed date so the same quiz gives the same bytes ([`write`]).

mod read;
mod write;

#[cfg(test)]
mod tests;

pub use write::export;

use super::package::{Limits, Package};
use super::provenance::{self, FileCredits, Origin};
use super::{Format, Import, ImportContext, Location, Problem, Refusal};
use crate::model::Quiz;

/// The row of the headers, as the spreadsheet numbers it.
pub const HEADER_ROW: usize = 8;
/// Questions in Kahoot's template.
pub const MAX_QUESTIONS: usize = 100;
/// Characters of a question (column B).
pub const MAX_QUESTION_CHARS: usize = 120;
/// Characters of an answer (columns C–F).
pub const MAX_ANSWER_CHARS: usize = 75;
/// The time limits Kahoot accepts, in seconds.
pub const TIME_LIMITS: [u32; 8] = [5, 10, 20, 30, 60, 90, 120, 240];
/// The headers of row 8, as Kahoot's template writes them (columns A–H).
pub const HEADERS: [&str; 8] = [
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
];

/// A Kahoot file is a few hundred KB; these bounds leave room for pictures Excel may have
/// added, and stop zip bombs and giant sheets before any parsing.
const LIMITS: Limits = Limits {
    package_bytes: 32 * 1024 * 1024,
    entries: 500,
    total_bytes: 64 * 1024 * 1024,
};
/// Largest entry once decompressed (the sheet's XML: ~10 MB holds 50,000 full rows).
const MAX_ENTRY: usize = 16 * 1024 * 1024;
/// Rows read at most (headers included): far past Kahoot's 100 questions.
pub const MAX_ROWS: usize = 10_000;

fn refuse(p: Problem) -> Refusal {
    Refusal { problems: vec![p] }
}

/// Reads a Kahoot spreadsheet.
pub fn import(bytes: &[u8], ctx: &ImportContext) -> Result<Import, Refusal> {
    let mut package = Package::open(bytes, LIMITS).map_err(refuse)?;
    package.check_all(MAX_ENTRY).map_err(refuse)?;
    if !package.contains("xl/workbook.xml") {
        return Err(refuse(Problem::error(
            Location::File,
            "interchange.kahoot.not_xlsx",
            "interchange.kahoot.not_xlsx.hint",
        )));
    }
    drop(package);
    let sheet = read::sheet(bytes).map_err(refuse)?;
    let mut problems = Vec::new();
    let header = read::find_header(&sheet).ok_or_else(|| {
        refuse(
            Problem::error(
                Location::Row(HEADER_ROW),
                "interchange.kahoot.no_header",
                "interchange.kahoot.no_header.hint",
            )
            .with("found", sheet.text(HEADER_ROW, 1)),
        )
    })?;
    if header != HEADER_ROW {
        problems.push(
            Problem::warning(
                Location::Row(header),
                "interchange.kahoot.header_moved",
                "interchange.kahoot.header_moved.hint",
            )
            .with("row", header),
        );
    }
    let mut quiz = Quiz::default();
    let level = provenance::level_named(&mut quiz, &provenance::file_stem(&ctx.file_name));
    let mut origins = Vec::new();
    for row in sheet.rows.iter().filter(|r| r.number > header) {
        if let Some(q) = read::question(row, &level, &mut problems) {
            origins.push(Origin::At(Location::Row(row.number)));
            quiz.questions.push(q);
        }
    }
    if sheet.rows_beyond > 0 {
        problems.push(
            Problem::error(
                Location::Row(MAX_ROWS + 1),
                "interchange.kahoot.too_many_rows",
                "interchange.kahoot.too_many_rows.hint",
            )
            .with("n", sheet.rows_beyond)
            .with("max", MAX_ROWS),
        );
    }
    if quiz.questions.is_empty() {
        problems.push(Problem::error(
            Location::File,
            "interchange.kahoot.no_question",
            "interchange.kahoot.no_question.hint",
        ));
        return Err(Refusal { problems });
    }
    let warning = provenance::credit_import(
        &mut quiz,
        ctx,
        Format::Kahoot,
        &FileCredits::default(),
        &origins,
    );
    problems.extend(warning);
    // The free rows above the headers often say who made the quiz: kept with the source.
    let above: Vec<String> = sheet
        .rows
        .iter()
        .filter(|r| r.number < header)
        .map(read::Row::joined)
        .filter(|t| !t.is_empty())
        .collect();
    if let (false, Some(source)) = (above.is_empty(), quiz.sources.last_mut()) {
        source.note = format!("{}\n{}", source.note, above.join("\n"));
    }
    Ok(Import { quiz, problems })
}
