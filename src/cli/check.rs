//! `atelier-quiz check FILE…`: report every error and warning of quiz files.
//!
//! Made for advisors who keep quizzes in shared folders: run it on a folder's files before a
//! workshop. Images are decoded completely here (the app only reads their headers at load).
//! Files of other tools (GIFT, Moodle XML, Aiken, Kahoot, H5P) are checked as an import would
//! read them: the same problems `convert` prints, and how many questions would come in.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::{exit, interchange_report, report};
use crate::format::ImageCheck;
use crate::i18n::Lang;
use crate::interchange::{self, Format, ImportContext, Problem};
use crate::model::Diagnostic;
use crate::storage::{self, OpenError};

/// The outcome for one file.
enum Outcome {
    Unreadable(String),
    Checked(Vec<Diagnostic>),
    /// Another tool's file: what an import gives (`None`: nothing could be read).
    Imported(Vec<Problem>, Option<usize>),
}

fn check_file(path: &Path, lang: Lang) -> Outcome {
    if !crate::format::is_json_file_name(path) {
        let bytes = match storage::read_file(path) {
            Ok(bytes) => bytes,
            Err(e) => return Outcome::Unreadable(e.message(lang)),
        };
        let Ok(format) = interchange::detect(path, &bytes)
            .map_err(|_| ())
            .and_then(|f| if f == Format::Quiz { Err(()) } else { Ok(f) })
        else {
            let key = "cli.convert.unsupported";
            return Outcome::Unreadable(lang.f(key, &[("file", &path.display())]));
        };
        let ctx = ImportContext {
            file_name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            today: crate::dates::today(),
        };
        return match interchange::import(format, &bytes, &ctx) {
            Ok(import) => Outcome::Imported(import.problems, Some(import.quiz.questions.len())),
            Err(refusal) => Outcome::Imported(refusal.problems, None),
        };
    }
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
            Outcome::Unreadable(_) | Outcome::Imported(_, None) => exit::USAGE,
            Outcome::Checked(d) if d.iter().any(Diagnostic::is_error) => exit::ERRORS,
            Outcome::Imported(p, Some(_)) if p.iter().any(Problem::is_error) => exit::ERRORS,
            Outcome::Checked(_) | Outcome::Imported(_, Some(_)) => exit::OK,
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
        Outcome::Imported(problems, questions) => {
            for p in problems {
                println!("{}", interchange_report::line(path, p, lang));
            }
            let errors = problems.iter().filter(|p| p.is_error()).count();
            let n = lang.int(i64::try_from(questions.unwrap_or(0)).unwrap_or(i64::MAX));
            let (e, w) = (
                lang.int(to_i64(errors)),
                lang.int(to_i64(problems.len() - errors)),
            );
            println!(
                "{}",
                lang.f(
                    "interchange.check.summary",
                    &[
                        ("file", &path.display()),
                        ("n", &n),
                        ("errors", &e),
                        ("warnings", &w)
                    ],
                )
            );
        }
    }
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn file_json(path: &Path, outcome: &Outcome, lang: Lang) -> Value {
    let file = path.display().to_string();
    match outcome {
        Outcome::Unreadable(message) => json!({
            "file": file, "readable": false, "ok": false, "message": message,
            "errors": 1, "warnings": 0, "diagnostics": [],
        }),
        Outcome::Imported(problems, questions) => {
            let errors = problems.iter().filter(|p| p.is_error()).count();
            json!({
                "file": file, "readable": questions.is_some(), "ok": errors == 0,
                "questions": questions,
                "errors": errors, "warnings": problems.len() - errors,
                "diagnostics": problems.iter().map(|p| interchange_report::json(p, "import", lang)).collect::<Vec<_>>(),
            })
        }
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
