//! `atelier-quiz check FILE…`: report every error and warning of quiz files.
//!
//! Made for advisors who keep quizzes in shared folders: run it on a folder's files before a
//! workshop. Images are decoded completely here (the app only reads their headers at load).

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::{exit, report};
use crate::format::ImageCheck;
use crate::i18n::Lang;
use crate::model::Diagnostic;
use crate::storage::{self, OpenError};

/// The outcome for one file.
enum Outcome {
    Unreadable(String),
    Checked(Vec<Diagnostic>),
}

fn check_file(path: &Path, lang: Lang) -> Outcome {
    match storage::open_quiz(path, ImageCheck::Full) {
        Ok(loaded) => Outcome::Checked(loaded.diagnostics),
        Err(OpenError::Format(e)) => Outcome::Checked(e.diagnostics),
        Err(OpenError::Storage(e)) => Outcome::Unreadable(e.message(lang)),
    }
}

/// Checks `files`, prints the report and returns the exit code.
pub fn run(files: &[PathBuf], as_json: bool, lang: Lang) -> u8 {
    let mut code = exit::OK;
    let mut json_files = Vec::new();
    for path in files {
        let outcome = check_file(path, lang);
        code = code.max(match &outcome {
            Outcome::Unreadable(_) => exit::USAGE,
            Outcome::Checked(d) if d.iter().any(Diagnostic::is_error) => exit::ERRORS,
            Outcome::Checked(_) => exit::OK,
        });
        if as_json {
            json_files.push(file_json(path, &outcome, lang));
        } else {
            print_human(path, &outcome, lang);
        }
    }
    if as_json {
        let doc = json!({ "files": json_files });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    }
    code
}

fn print_human(path: &Path, outcome: &Outcome, lang: Lang) {
    match outcome {
        Outcome::Unreadable(message) => {
            let severity = lang.t("diag.severity.error");
            eprintln!("{}: {severity}: {message}", path.display());
        }
        Outcome::Checked(diagnostics) => {
            for d in diagnostics {
                println!("{}", report::line(path, d, lang));
            }
            println!("{}", report::summary(path, diagnostics, lang));
        }
    }
}

fn file_json(path: &Path, outcome: &Outcome, lang: Lang) -> Value {
    let file = path.display().to_string();
    match outcome {
        Outcome::Unreadable(message) => json!({
            "file": file, "readable": false, "ok": false, "message": message,
            "errors": 1, "warnings": 0, "diagnostics": [],
        }),
        Outcome::Checked(diagnostics) => {
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            json!({
                "file": file, "readable": true, "ok": errors == 0,
                "errors": errors, "warnings": diagnostics.len() - errors,
                "diagnostics": diagnostics.iter().map(|d| report::json(d, lang)).collect::<Vec<_>>(),
            })
        }
    }
}
