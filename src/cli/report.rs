//! Printing diagnostics for people (`FILE:LINE:COL: erreur: …`) and for programs (`--json`).

use std::path::Path;

use serde_json::{Value, json};

use crate::i18n::Lang;
use crate::model::{Diagnostic, Severity, Subject};

/// One human-readable line (plus an indented hint line) for a diagnostic of `file`.
pub fn line(file: &Path, d: &Diagnostic, lang: Lang) -> String {
    let file = file.display();
    let severity = d.severity().label(lang);
    let message = d.message(lang);
    let hint = lang.f("cli.hint", &[("hint", &d.hint(lang))]);
    let subject = d.subject_label(lang);
    match (d.position, subject.is_empty()) {
        (Some((l, c)), _) => format!("{file}:{l}:{c}: {severity}: {message}\n  {hint}"),
        (None, true) => format!("{file}: {severity}: {message}\n  {hint}"),
        (None, false) => format!("{file}: {subject}: {severity}: {message}\n  {hint}"),
    }
}

/// The end-of-file summary line.
pub fn summary(file: &Path, diagnostics: &[Diagnostic], lang: Lang) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let file = file.display();
    if diagnostics.is_empty() {
        lang.f("cli.summary.clean", &[("file", &file)])
    } else {
        lang.f(
            "cli.summary.counts",
            &[
                ("file", &file),
                ("errors", &errors),
                ("warnings", &warnings),
            ],
        )
    }
}

fn subject_json(subject: &Subject) -> Value {
    match subject {
        Subject::File => json!({ "kind": "file" }),
        Subject::Author { number } => json!({ "kind": "author", "number": number }),
        Subject::Source { id, number } => json!({ "kind": "source", "id": id, "number": number }),
        Subject::Level { id, number } => json!({ "kind": "level", "id": id, "number": number }),
        Subject::Question { id, number } => {
            json!({ "kind": "question", "id": id, "number": number })
        }
        Subject::Asset { id } => json!({ "kind": "asset", "id": id }),
    }
}

/// A diagnostic as a JSON object with stable keys.
pub fn json(d: &Diagnostic, lang: Lang) -> Value {
    let severity = match d.severity() {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut v = json!({
        "severity": severity,
        "code": d.problem.code(),
        "subject": subject_json(&d.subject),
        "field": d.field,
        "message": d.message(lang),
        "hint": d.hint(lang),
    });
    if let (Some((line, column)), Some(obj)) = (d.position, v.as_object_mut()) {
        obj.insert("line".into(), line.into());
        obj.insert("column".into(), column.into());
    }
    v
}
