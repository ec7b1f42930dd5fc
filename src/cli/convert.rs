//! `atelier-quiz convert IN OUT [--from F] [--to F] [--json]`: between Atelier Quiz and the
//! formats of other tools (GIFT, Moodle XML, Aiken, Kahoot, H5P).
//!
//! JSON → JSON rewrites the file in the canonical form (field order, indentation), keeps unknown
//! fields and upgrades older versions. Other formats go through [`crate::interchange`]: every
//! problem is printed (`IN:LINE: avertissement: …`), and nothing is written when the input
//! cannot be read or when no question could be converted. Writing is the atomic save. Exit
//! codes: 0 converted, 1 some questions could not be, 2 usage error or unreadable input.
//! A new target (SCORM…) is one variant of [`ExportTarget`] and one arm of [`write_target`].

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::{exit, interchange_report, report};
use crate::export::ExportTarget;
use crate::format::ImageCheck;
use crate::i18n::Lang;
use crate::interchange::{self, Format, ImportContext, Problem};
use crate::model::{Diagnostic, Quiz};
use crate::storage;

/// What the command line asked.
#[derive(Debug, Default)]
pub struct Options {
    pub input: PathBuf,
    pub output: PathBuf,
    pub from: Option<Format>,
    pub to: Option<ExportTarget>,
    pub json: bool,
}

/// Collects the report, printed as lines on stderr or as one JSON document on stdout.
struct Report<'a> {
    opts: &'a Options,
    lang: Lang,
    problems: Vec<Value>,
    errors: bool,
}

impl Report<'_> {
    fn problems(&mut self, file: &Path, problems: &[Problem], stage: &str) {
        for p in problems {
            self.errors |= p.is_error();
            if self.opts.json {
                self.problems
                    .push(interchange_report::json(p, stage, self.lang));
            } else {
                eprintln!("{}", interchange_report::line(file, p, self.lang));
            }
        }
    }

    fn diagnostics(&mut self, diagnostics: &[Diagnostic]) {
        for d in diagnostics {
            self.errors |= d.is_error();
            if self.opts.json {
                let mut v = report::json(d, self.lang);
                if let Some(o) = v.as_object_mut() {
                    o.insert("stage".into(), "import".into());
                }
                self.problems.push(v);
            } else {
                eprintln!("{}", report::line(&self.opts.input, d, self.lang));
            }
        }
    }

    /// A sentence about the whole run (`rien n'a été écrit…`, a storage error).
    fn say(&mut self, text: &str) {
        if !self.opts.json {
            eprintln!("{text}");
        }
    }

    fn finish(self, code: u8, written: bool, from: Option<Format>, to: Option<ExportTarget>) -> u8 {
        if self.opts.json {
            let doc = json!({
                "input": self.opts.input.display().to_string(),
                "output": self.opts.output.display().to_string(),
                "from": from.map(Format::cli_name),
                "to": to.map(ExportTarget::cli_name),
                "written": written,
                "exit": code,
                "problems": self.problems,
            });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        code
    }
}

fn error_line(lang: Lang, file: &Path, message: &str) -> String {
    format!(
        "{}: {}: {message}",
        file.display(),
        lang.t("diag.severity.error")
    )
}

/// Converts `opts.input` to `opts.output`; returns the exit code.
pub fn run(opts: &Options, lang: Lang) -> u8 {
    let mut report = Report {
        opts,
        lang,
        problems: Vec::new(),
        errors: false,
    };
    let Some(to) = opts
        .to
        .or_else(|| ExportTarget::from_file_name(&opts.output))
    else {
        let message = lang.f(
            "cli.convert.unsupported",
            &[("file", &opts.output.display())],
        );
        report.say(&error_line(lang, &opts.output, &message));
        return report.finish(exit::USAGE, false, opts.from, None);
    };
    let bytes = match storage::read_file(&opts.input) {
        Ok(bytes) => bytes,
        Err(e) => {
            report.say(&error_line(lang, &opts.input, &e.message(lang)));
            return report.finish(exit::USAGE, false, opts.from, Some(to));
        }
    };
    let from = match opts.from {
        Some(f) => f,
        None => match interchange::detect(&opts.input, &bytes) {
            Ok(f) => f,
            Err(why) => {
                let key = match why {
                    interchange::Undecided::AmbiguousText => "interchange.cli.ambiguous_txt",
                    interchange::Undecided::UnknownExtension => "cli.convert.unsupported",
                };
                let message = lang.f(key, &[("file", &opts.input.display())]);
                report.say(&error_line(lang, &opts.input, &message));
                return report.finish(exit::USAGE, false, None, Some(to));
            }
        },
    };
    let Some(quiz) = read_input(&mut report, from, &bytes) else {
        let code = if from == Format::Quiz {
            exit::ERRORS
        } else {
            exit::USAGE
        };
        return report.finish(code, false, Some(from), Some(to));
    };
    if quiz.questions.is_empty() && from != Format::Quiz {
        report.say(&lang.f("cli.convert.refused", &[("file", &opts.input.display())]));
        return report.finish(exit::ERRORS, false, Some(from), Some(to));
    }
    let written = write_target(&mut report, to, &quiz);
    let code = match written {
        None => exit::USAGE,
        Some(false) => exit::ERRORS,
        Some(true) if report.errors => exit::ERRORS,
        Some(true) => exit::OK,
    };
    if written == Some(true) {
        report.say(&lang.f(
            "cli.convert.done",
            &[
                ("input", &opts.input.display()),
                ("output", &opts.output.display()),
            ],
        ));
    }
    report.finish(code, written == Some(true), Some(from), Some(to))
}

/// The quiz in `bytes`, or `None` when nothing can be read (reported).
fn read_input(report: &mut Report, from: Format, bytes: &[u8]) -> Option<Quiz> {
    let (lang, input) = (report.lang, report.opts.input.clone());
    if from == Format::Quiz {
        let loaded = match crate::format::load_with(bytes, ImageCheck::Full) {
            Ok(loaded) => loaded,
            Err(e) => {
                report.diagnostics(&e.diagnostics);
                report.say(&lang.f("cli.convert.refused", &[("file", &input.display())]));
                return None;
            }
        };
        report.diagnostics(&loaded.diagnostics);
        if loaded.has_errors() {
            report.say(&lang.f("cli.convert.refused", &[("file", &input.display())]));
            return None;
        }
        return Some(loaded.quiz);
    }
    let ctx = ImportContext {
        file_name: input
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        today: crate::dates::today(),
    };
    match interchange::import(from, bytes, &ctx) {
        Ok(import) => {
            report.problems(&input, &import.problems, "import");
            Some(import.quiz)
        }
        Err(refusal) => {
            report.problems(&input, &refusal.problems, "import");
            report.say(&lang.f("interchange.cli.unreadable", &[("file", &input.display())]));
            None
        }
    }
}

/// Writes `quiz` as `to`: `Some(true)` written, `Some(false)` nothing to write (no question
/// survived), `None` the file could not be written.
fn write_target(report: &mut Report, to: ExportTarget, quiz: &Quiz) -> Option<bool> {
    let (lang, output, input) = (
        report.lang,
        report.opts.output.clone(),
        report.opts.input.clone(),
    );
    let result = match to {
        ExportTarget::Interchange(Format::Quiz) => {
            storage::save_quiz(&output, quiz).map_err(|e| e.message(lang))
        }
        ExportTarget::WebPage => match crate::export::web::page(quiz) {
            Ok(page) => {
                storage::write_atomic(&output, page.as_bytes()).map_err(|e| e.message(lang))
            }
            Err(e) => Err(lang.f("write.non_finite", &[("id", &e.question_id)])),
        },
        ExportTarget::ScormPackage => match crate::export::scorm::package(quiz) {
            Ok(zip) => storage::write_atomic(&output, &zip).map_err(|e| e.message(lang)),
            Err(e) => Err(e.message(lang)),
        },
        ExportTarget::Interchange(to) => {
            let export = interchange::export(to, quiz);
            report.problems(&input, &export.problems, "export");
            let left_out = interchange_report::left_out(&export.problems);
            if export.bytes.is_empty() || left_out >= quiz.questions.len() {
                report.say(&lang.f(
                    "interchange.cli.nothing_left",
                    &[("file", &output.display())],
                ));
                return Some(false);
            }
            storage::write_atomic(&output, &export.bytes).map_err(|e| e.message(lang))
        }
    };
    match result {
        Ok(()) => Some(true),
        Err(message) => {
            report.say(&error_line(lang, &output, &message));
            None
        }
    }
}
