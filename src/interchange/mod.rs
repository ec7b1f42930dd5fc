//! Interchange with other quiz tools: pure converters bytes ⇄ [`Quiz`], one module per format.
//!
//! Advisors reuse questions kept in Moodle (GIFT, Moodle XML), Aiken files, Kahoot spreadsheets
//! and H5P packages, and send quizzes back to them. Each converter is a pure function — no
//! egui, no file system (the CLI and the editor read and write through [`crate::storage`]) — so
//! it can be unit-tested, round-tripped and fuzzed on bytes alone.
//!
//! Nothing is lost silently: every conversion returns its [`Problem`]s, each with a
//! [`Location`] (line, row, zip entry, question) and a translated message and hint. Errors are
//! blocks that could not be read (skipped); warnings are things changed or left out.
//!
//! Contract for a format module `xyz`:
//! - `pub fn import(bytes: &[u8], ctx: &ImportContext) -> Result<Import, Refusal>` — `Refusal`
//!   when nothing can be read at all (wrong encoding, not a zip, no question);
//! - `pub fn export(quiz: &Quiz) -> Export`;
//! - its strings in `src/i18n/interchange_xyz.rs` under keys `interchange.xyz.*`, each problem
//!   with a message key and a hint key.

pub mod h5p;
pub mod kahoot;
mod problem;

pub use problem::{Location, Problem, ProblemSeverity};

use crate::model::Quiz;

/// The interchange formats, as named on the command line (`--from`, `--to`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Atelier Quiz's own `*.quiz.json` (handled by [`crate::format`]).
    Quiz,
    Gift,
    MoodleXml,
    Aiken,
    Kahoot,
    H5p,
}

impl Format {
    /// Every format, in the order menus and help list them.
    pub const ALL: [Format; 6] = [
        Format::Quiz,
        Format::Gift,
        Format::MoodleXml,
        Format::Aiken,
        Format::Kahoot,
        Format::H5p,
    ];

    /// The command-line name (`gift`, `moodle-xml`…).
    pub fn cli_name(self) -> &'static str {
        match self {
            Format::Quiz => "quiz",
            Format::Gift => "gift",
            Format::MoodleXml => "moodle-xml",
            Format::Aiken => "aiken",
            Format::Kahoot => "kahoot",
            Format::H5p => "h5p",
        }
    }

    /// The format named `name` on the command line.
    pub fn from_cli_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.cli_name() == name)
    }

    /// The format a file name implies, if its extension says it (`.txt` does not: sniff it).
    pub fn from_file_name(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(Format::Quiz),
            "gift" => Some(Format::Gift),
            "xml" => Some(Format::MoodleXml),
            "xlsx" => Some(Format::Kahoot),
            "h5p" => Some(Format::H5p),
            _ => None,
        }
    }
}

/// What an importer knows about where the bytes came from: it goes into the `sources` entry
/// that every import adds (provenance).
#[derive(Clone, Debug, Default)]
pub struct ImportContext {
    /// The file's name as the user sees it (`quiz-banque.gift`), without its folder.
    pub file_name: String,
    /// Today's date (`YYYY-MM-DD`) for `created`/`modified`, given by the caller (pure code
    /// has no clock).
    pub today: String,
}

/// A successful import: the quiz read, and what changed on the way.
#[derive(Debug)]
pub struct Import {
    pub quiz: Quiz,
    /// Errors (blocks skipped) and warnings (things changed or left out), in file order.
    pub problems: Vec<Problem>,
}

impl Import {
    /// True when some block of the input could not be converted.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }
}

/// Input that cannot be read as this format at all.
#[derive(Debug)]
pub struct Refusal {
    /// At least one error saying why.
    pub problems: Vec<Problem>,
}

/// A quiz written in another format, with what did not survive the trip.
#[derive(Debug)]
pub struct Export {
    pub bytes: Vec<u8>,
    /// Warnings (shortened, rounded, converted) and errors (questions left out).
    pub problems: Vec<Problem>,
}
