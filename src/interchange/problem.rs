//! A problem met while converting, with where it is and how to fix it.
//!
//! Like the v1 [`crate::model::Diagnostic`], a problem is data: its text is produced in the
//! user's language when shown, so the CLI, the editor's report and `--json` agree. The message
//! and hint are translation keys; the arguments fill their `{placeholders}`. Tests match on
//! [`Problem::key`], which is stable.

use std::fmt::Display;

use crate::i18n::Lang;

/// Errors skip a block (a question, a row); warnings say what changed or was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemSeverity {
    Error,
    Warning,
}

/// Where in the input (import) or in the quiz (export) a problem is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Location {
    /// The whole file.
    File,
    /// A line of a text format, from 1.
    Line(usize),
    /// A row of a spreadsheet, from 1 as the spreadsheet shows it.
    Row(usize),
    /// An entry of a zip package (`content/content.json`).
    Entry(String),
    /// A question of the quiz, by its position from 1 (export).
    Question(usize),
}

impl Location {
    /// `IN:12` style suffix for command-line reports; empty for the whole file.
    pub fn suffix(&self) -> String {
        match self {
            Location::File => String::new(),
            Location::Line(n) | Location::Row(n) | Location::Question(n) => format!(":{n}"),
            Location::Entry(name) => format!(":{name}"),
        }
    }

    /// The location in words ("ligne 12", "rangée 9", "question 3"), translated.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Location::File => lang.t("interchange.at.file").to_owned(),
            Location::Line(n) => lang.f("interchange.at.line", &[("n", &lang.int(to_i64(*n)))]),
            Location::Row(n) => lang.f("interchange.at.row", &[("n", &lang.int(to_i64(*n)))]),
            Location::Entry(name) => lang.f("interchange.at.entry", &[("name", name)]),
            Location::Question(n) => {
                lang.f("interchange.at.question", &[("n", &lang.int(to_i64(*n)))])
            }
        }
    }
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// One problem of a conversion.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: ProblemSeverity,
    pub location: Location,
    /// Translation key of the message (`interchange.gift.unclosed_brace`); stable, for tests.
    pub key: &'static str,
    /// Translation key of the hint (what to do about it).
    pub hint: &'static str,
    /// Values for the `{placeholders}` of message and hint.
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn error(location: Location, key: &'static str, hint: &'static str) -> Problem {
        Problem {
            severity: ProblemSeverity::Error,
            location,
            key,
            hint,
            args: Vec::new(),
        }
    }

    pub fn warning(location: Location, key: &'static str, hint: &'static str) -> Problem {
        Problem {
            severity: ProblemSeverity::Warning,
            ..Problem::error(location, key, hint)
        }
    }

    /// The same problem with one more placeholder value.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Display) -> Problem {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == ProblemSeverity::Error
    }

    fn fill(&self, lang: Lang, key: &'static str) -> String {
        let args: Vec<(&str, &dyn Display)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value as &dyn Display))
            .collect();
        lang.f(key, &args)
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.fill(lang, self.key)
    }

    /// The hint in `lang`.
    pub fn hint_text(&self, lang: Lang) -> String {
        self.fill(lang, self.hint)
    }
}
