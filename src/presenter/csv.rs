//! Anonymous session results as CSV for the activity statistics advisors report.
//!
//! Made for French spreadsheets: UTF-8 with a byte-order mark (so Excel does not read it as
//! Windows-1252), `;` separators (the French list separator, as `,` is the decimal mark), CRLF
//! line ends. Quiz text is written inert: cells that a spreadsheet would take for a formula
//! (`=`, `+`, `-`, `@`, tab, CR) get a leading `'`, and every text cell is quoted.

use super::state::PresenterState;
use super::summary::{self, QuestionResult};
use super::tally::TallyKind;
use crate::i18n::Lang;
use crate::model::{Question, Quiz};

const BOM: &str = "\u{FEFF}";
const HEADERS: [&str; 11] = [
    "present.csv.date",
    "present.csv.quiz",
    "present.csv.number",
    "present.csv.id",
    "present.csv.level",
    "present.csv.type",
    "present.csv.question",
    "present.csv.hands",
    "present.csv.right",
    "present.csv.percent",
    "present.csv.detail",
];

/// A text cell: neutralised if it looks like a formula, then quoted.
pub fn text_cell(value: &str) -> String {
    let flat = value.replace("\r\n", " ").replace(['\n', '\r'], " ");
    let inert = if flat.starts_with(['=', '+', '-', '@', '\t']) {
        format!("'{flat}")
    } else {
        flat
    };
    format!("\"{}\"", inert.replace('"', "\"\""))
}

fn number_cell(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// Labels of the tally fields of `q`, by original index.
pub fn field_labels(q: &Question, lang: Lang) -> Vec<String> {
    match TallyKind::of(q) {
        Some(TallyKind::Choices) => q
            .kind
            .choices()
            .unwrap_or_default()
            .iter()
            .map(|c| {
                if c.text.trim().is_empty() {
                    c.image.as_ref().map(|i| i.alt.clone()).unwrap_or_default()
                } else {
                    c.text.clone()
                }
            })
            .collect(),
        Some(TallyKind::TrueFalse) => vec![
            lang.t("present.true").to_owned(),
            lang.t("present.false").to_owned(),
        ],
        Some(TallyKind::RightWrong) => vec![
            lang.t("present.tally.right").to_owned(),
            lang.t("present.tally.wrong").to_owned(),
        ],
        None => Vec::new(),
    }
}

fn detail(q: &Question, result: &QuestionResult, lang: Lang) -> String {
    let Some(tally) = &result.tally else {
        return String::new();
    };
    field_labels(q, lang)
        .iter()
        .zip(&tally.counts)
        .map(|(label, n)| format!("{label} : {n}"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The CSV file of a session, ready to write.
pub fn export(quiz: &Quiz, state: &PresenterState, lang: Lang, date: &str) -> Vec<u8> {
    let mut out = String::from(BOM);
    let header: Vec<String> = HEADERS.iter().map(|k| text_cell(lang.t(k))).collect();
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for result in summary::summarize(quiz, state).results {
        let Some(q) = quiz.questions.get(result.index) else {
            continue;
        };
        let level = quiz.level(&q.level).map_or(q.level.as_str(), |l| &l.name);
        let row = [
            text_cell(date),
            text_cell(&quiz.title),
            result.number.to_string(),
            text_cell(&q.id),
            text_cell(level),
            text_cell(lang.t(q.question_type().label_key())),
            text_cell(&q.prompt),
            number_cell(result.tally.as_ref().map(super::tally::Tally::total)),
            number_cell(result.right),
            number_cell(result.percent),
            text_cell(&detail(q, &result, lang)),
        ];
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// File name offered in the save dialog: `resultats-<quiz>-<date>.csv`.
pub fn file_name(quiz: &Quiz, date: &str, lang: Lang) -> String {
    let stem: String = quiz
        .title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(50)
        .collect();
    let prefix = lang.t("present.csv.file_prefix");
    if stem.is_empty() {
        format!("{prefix}-{date}.csv")
    } else {
        format!("{prefix}-{stem}-{date}.csv")
    }
}
