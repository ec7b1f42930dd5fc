//! Reporting interchange problems: `IN:LINE: avertissement: …` lines for people, objects with
//! stable keys for `--json`. Shared by `convert` and `check`.

use std::path::Path;

use serde_json::{Value, json};

use crate::i18n::Lang;
use crate::interchange::{Location, Problem};

/// One problem as `FILE:LINE: severity: message` plus an indented hint line. Export problems
/// (located at a question) name the question in words: `FILE: question 3: …`.
pub fn line(file: &Path, p: &Problem, lang: Lang) -> String {
    let severity = if p.is_error() {
        lang.t("diag.severity.error")
    } else {
        lang.t("diag.severity.warning")
    };
    let hint = lang.f("cli.hint", &[("hint", &p.hint_text(lang))]);
    let file = file.display();
    let message = p.message(lang);
    match &p.location {
        Location::Question(_) => format!(
            "{file}: {}: {severity}: {message}\n  {hint}",
            p.location.describe(lang)
        ),
        loc => format!("{file}{}: {severity}: {message}\n  {hint}", loc.suffix()),
    }
}

/// A problem for programs.
pub fn json(p: &Problem, stage: &str, lang: Lang) -> Value {
    let (kind, at) = match &p.location {
        Location::File => ("file", Value::Null),
        Location::Line(n) => ("line", json!(n)),
        Location::Row(n) => ("row", json!(n)),
        Location::Entry(e) => ("entry", json!(e)),
        Location::Question(n) => ("question", json!(n)),
    };
    json!({
        "stage": stage,
        "severity": if p.is_error() { "error" } else { "warning" },
        "code": p.key,
        "location": { "kind": kind, "at": at },
        "message": p.message(lang),
        "hint": p.hint_text(lang),
    })
}

/// The questions an export left out: the distinct questions its errors point at.
pub fn left_out(problems: &[Problem]) -> usize {
    let mut seen: Vec<usize> = problems
        .iter()
        .filter(|p| p.is_error())
        .filter_map(|p| match p.location {
            Location::Question(n) => Some(n),
            _ => None,
        })
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}
