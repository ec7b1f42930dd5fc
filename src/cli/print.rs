//! `atelier-quiz print IN OUT.pdf [--answers] [--level ID]… [--paper a4|letter]`: a
//! printable handout (participant sheet or corrigé) through the same layout as the editor's
//! "Imprimer…", written with the same atomic save.
//!
//! Exit codes like `convert`: 0 written, 1 the quiz has errors or nothing to print (unknown
//! level), 2 usage or a file that cannot be read or written.

use std::path::{Path, PathBuf};

use super::{exit, report};
use crate::export::print::{self, Paper, PrintOptions};
use crate::format::ImageCheck;
use crate::i18n::Lang;
use crate::storage::{self, OpenError};

/// What `print` was asked.
#[derive(Debug, Default, PartialEq)]
pub struct Request {
    pub input: PathBuf,
    pub output: PathBuf,
    pub answers: bool,
    pub levels: Vec<String>,
    pub paper: Option<Paper>,
}

fn error(path: &Path, lang: Lang, message: &str) {
    eprintln!(
        "{}: {}: {message}",
        path.display(),
        lang.t("diag.severity.error")
    );
}

/// Prints `request`; reports to stderr and returns the exit code.
pub fn run(request: &Request, lang: Lang) -> u8 {
    let is_pdf = request
        .output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !is_pdf {
        let message = lang.f("cli.print.not_pdf", &[("file", &request.output.display())]);
        eprintln!("{}: {message}", lang.t("diag.severity.error"));
        return exit::USAGE;
    }
    let loaded = match storage::open_quiz(&request.input, ImageCheck::Full) {
        Ok(loaded) => loaded,
        Err(OpenError::Storage(e)) => {
            error(&request.input, lang, &e.message(lang));
            return exit::USAGE;
        }
        Err(OpenError::Format(e)) => return refuse(&request.input, &e.diagnostics, lang),
    };
    if loaded.has_errors() {
        return refuse(&request.input, &loaded.diagnostics, lang);
    }
    for d in &loaded.diagnostics {
        eprintln!("{}", report::line(&request.input, d, lang));
    }
    let quiz = &loaded.quiz;
    if let Some(level) = request.levels.iter().find(|l| quiz.level(l).is_none()) {
        error(
            &request.input,
            lang,
            &lang.f("cli.print.unknown_level", &[("level", level)]),
        );
        return exit::ERRORS;
    }
    let mut options = PrintOptions::for_quiz(quiz, lang);
    options.answers = request.answers;
    options.levels.clone_from(&request.levels);
    options.paper = request.paper.unwrap_or(options.paper);
    if options.questions(quiz).is_empty() {
        error(&request.input, lang, lang.t("cli.print.no_question"));
        return exit::ERRORS;
    }
    let (layout, bytes) = match print::print(quiz, &options) {
        Ok(done) => done,
        Err(e) => {
            error(&request.output, lang, &e.message(lang));
            return exit::ERRORS;
        }
    };
    if let Err(e) = storage::write_atomic(&request.output, &bytes) {
        error(&request.output, lang, &e.message(lang));
        return exit::USAGE;
    }
    let done = lang.f(
        "cli.print.done",
        &[
            ("output", &request.output.display()),
            ("pages", &layout.pages.len()),
            ("n", &layout.questions),
        ],
    );
    eprintln!("{done}");
    exit::OK
}

fn refuse(input: &Path, diagnostics: &[crate::model::Diagnostic], lang: Lang) -> u8 {
    for d in diagnostics {
        eprintln!("{}", report::line(input, d, lang));
    }
    eprintln!(
        "{}",
        lang.f("cli.convert.refused", &[("file", &input.display())])
    );
    exit::ERRORS
}
