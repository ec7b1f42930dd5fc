//! `atelier-quiz convert IN OUT`: normalise a quiz file (and, later, import/export others).
//!
//! JSON → JSON rewrites the file in the canonical form (field order, indentation), keeps unknown
//! fields and upgrades older versions, through the same atomic save as the app. `modified` is
//! left as is: converting is not editing.

use std::path::Path;

use super::{exit, report};
use crate::format::ImageCheck;
use crate::i18n::Lang;
use crate::model::Diagnostic;
use crate::storage::{self, OpenError};

fn is_quiz_json(path: &Path) -> bool {
    crate::format::is_json_file_name(path)
}

/// Converts `input` to `output`; prints problems to stderr and returns the exit code.
pub fn run(input: &Path, output: &Path, lang: Lang) -> u8 {
    for path in [input, output] {
        if !is_quiz_json(path) {
            let severity = lang.t("diag.severity.error");
            let message = lang.f("cli.convert.unsupported", &[("file", &path.display())]);
            eprintln!("{}: {severity}: {message}", path.display());
            return exit::USAGE;
        }
    }
    let loaded = match storage::open_quiz(input, ImageCheck::Full) {
        Ok(loaded) => loaded,
        Err(OpenError::Storage(e)) => {
            eprintln!(
                "{}: {}: {}",
                input.display(),
                lang.t("diag.severity.error"),
                e.message(lang)
            );
            return exit::USAGE;
        }
        Err(OpenError::Format(e)) => return refuse(input, &e.diagnostics, lang),
    };
    if loaded.has_errors() {
        return refuse(input, &loaded.diagnostics, lang);
    }
    for d in &loaded.diagnostics {
        eprintln!("{}", report::line(input, d, lang));
    }
    match storage::save_quiz(output, &loaded.quiz) {
        Ok(()) => {
            let message = lang.f(
                "cli.convert.done",
                &[("input", &input.display()), ("output", &output.display())],
            );
            eprintln!("{message}");
            exit::OK
        }
        Err(e) => {
            eprintln!(
                "{}: {}: {}",
                output.display(),
                lang.t("diag.severity.error"),
                e.message(lang)
            );
            exit::USAGE
        }
    }
}

fn refuse(input: &Path, diagnostics: &[Diagnostic], lang: Lang) -> u8 {
    for d in diagnostics {
        eprintln!("{}", report::line(input, d, lang));
    }
    eprintln!(
        "{}",
        lang.f("cli.convert.refused", &[("file", &input.display())])
    );
    exit::ERRORS
}
