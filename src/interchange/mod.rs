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

pub mod aiken;
pub mod gift;
pub mod h5p;
pub mod kahoot;
pub mod moodle_xml;
mod package;
mod problem;
pub mod provenance;
pub mod text;

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

    /// The format's own name, as its makers spell it (not translated).
    pub fn display_name(self) -> &'static str {
        match self {
            Format::Quiz => "Atelier Quiz",
            Format::Gift => "GIFT (Moodle)",
            Format::MoodleXml => "Moodle XML",
            Format::Aiken => "Aiken",
            Format::Kahoot => "Kahoot",
            Format::H5p => "H5P",
        }
    }

    /// The extension written on export (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Quiz => "quiz.json",
            Format::Gift => "gift",
            Format::MoodleXml => "xml",
            Format::Aiken => "txt",
            Format::Kahoot => "xlsx",
            Format::H5p => "h5p",
        }
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

/// Reads `bytes` as `format`. [`Format::Quiz`] goes through the v1 loader (its diagnostics
/// are the loader's business: the CLI and the editor open quiz files through
/// [`crate::storage`] to show them).
pub fn import(format: Format, bytes: &[u8], ctx: &ImportContext) -> Result<Import, Refusal> {
    match format {
        Format::Quiz => crate::format::load(bytes)
            .map(|loaded| Import {
                quiz: loaded.quiz,
                problems: Vec::new(),
            })
            .map_err(|_| Refusal {
                problems: vec![Problem::error(
                    Location::File,
                    "interchange.quiz.refused",
                    "interchange.quiz.refused.hint",
                )],
            }),
        Format::Gift => gift::import(bytes, ctx),
        Format::MoodleXml => moodle_xml::import(bytes, ctx),
        Format::Aiken => aiken::import(bytes, ctx),
        Format::Kahoot => kahoot::import(bytes, ctx),
        Format::H5p => h5p::import(bytes, ctx),
    }
}

/// Writes `quiz` as `format`.
pub fn export(format: Format, quiz: &Quiz) -> Export {
    match format {
        Format::Quiz => match crate::format::to_bytes(quiz) {
            Ok(bytes) => Export {
                bytes,
                problems: Vec::new(),
            },
            Err(e) => Export {
                bytes: Vec::new(),
                problems: vec![
                    Problem::error(
                        Location::File,
                        "interchange.quiz.unwritable",
                        "interchange.quiz.unwritable.hint",
                    )
                    .with("id", e.question_id),
                ],
            },
        },
        Format::Gift => gift::export(quiz),
        Format::MoodleXml => moodle_xml::export(quiz),
        Format::Aiken => aiken::export(quiz),
        Format::Kahoot => kahoot::export(quiz),
        Format::H5p => h5p::export(quiz),
    }
}

/// Why the format of a file could not be decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undecided {
    /// A `.txt` file that reads as both GIFT and Aiken, or as neither.
    AmbiguousText,
    /// An extension no format uses.
    UnknownExtension,
}

/// The format of the file `name` holding `bytes`: by extension, `.txt` sniffed.
pub fn detect(name: &std::path::Path, bytes: &[u8]) -> Result<Format, Undecided> {
    if let Some(format) = Format::from_file_name(name) {
        return Ok(format);
    }
    let is_txt = name
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    if !is_txt {
        return Err(Undecided::UnknownExtension);
    }
    sniff_text(bytes).ok_or(Undecided::AmbiguousText)
}

/// GIFT or Aiken, for a `.txt` file: Aiken has `ANSWER:` lines and no braces; GIFT has
/// braces (or `$CATEGORY:`) and no `ANSWER:` line. Anything else is ambiguous.
pub fn sniff_text(bytes: &[u8]) -> Option<Format> {
    let text = String::from_utf8_lossy(bytes);
    if text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with(['{', '['])
    {
        return None; // JSON (or another tool's data) renamed .txt
    }
    let answer_lines = text.lines().any(|l| l.trim_start().starts_with("ANSWER:"));
    let gift_marks = text.contains('{') || text.contains("$CATEGORY:");
    match (answer_lines, gift_marks) {
        (true, false) => Some(Format::Aiken),
        (false, true) => Some(Format::Gift),
        _ => None,
    }
}

/// Our credits as plain lines, in the quiz's language, for formats that only have comments
/// (GIFT's header, Moodle XML's comment and description): title, authors, licence, sources.
pub fn credits_lines(quiz: &Quiz) -> Vec<String> {
    let lang = crate::i18n::Lang::from_code(&quiz.language).unwrap_or_default();
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut lines = vec![lang.f(
        "interchange.credits.title",
        &[("title", &one_line(&quiz.title))],
    )];
    if !quiz.authors.is_empty() {
        let names: Vec<&str> = quiz.authors.iter().map(|a| a.name.as_str()).collect();
        lines.push(lang.f(
            "interchange.credits.authors",
            &[("authors", &one_line(&names.join(", ")))],
        ));
    }
    if !quiz.license.is_empty() {
        lines.push(lang.f(
            "interchange.credits.license",
            &[("license", &one_line(&quiz.license))],
        ));
    }
    for s in &quiz.sources {
        let parts: Vec<&str> = [s.title.as_str(), &s.author, &s.license, &s.url]
            .into_iter()
            .filter(|p| !p.trim().is_empty())
            .collect();
        let usage = match s.usage {
            Some(crate::model::SourceUse::Reused) | None => {
                lang.t("interchange.credits.use.reused")
            }
            Some(crate::model::SourceUse::Adapted) => lang.t("interchange.credits.use.adapted"),
            Some(crate::model::SourceUse::Reference) => lang.t("interchange.credits.use.reference"),
        };
        lines.push(lang.f(
            "interchange.credits.source",
            &[("source", &one_line(&parts.join(" — "))), ("use", &usage)],
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn txt_files_are_sniffed() {
        let gift = b"Le ciel est bleu ? {T}";
        let aiken = b"Quelle couleur ?\nA. Bleu\nB. Vert\nANSWER: A\n";
        assert_eq!(detect(Path::new("x-a.txt"), gift), Ok(Format::Gift));
        assert_eq!(detect(Path::new("x-a.TXT"), aiken), Ok(Format::Aiken));
        assert_eq!(
            detect(Path::new("x-a.txt"), b"rien"),
            Err(Undecided::AmbiguousText)
        );
        assert_eq!(
            detect(Path::new("x-a.txt"), b"{x}\nANSWER: A"),
            Err(Undecided::AmbiguousText)
        );
        assert_eq!(
            detect(Path::new("x-a.doc"), b""),
            Err(Undecided::UnknownExtension)
        );
        assert_eq!(detect(Path::new("x-b.gift"), b""), Ok(Format::Gift));
        assert_eq!(detect(Path::new("b.quiz.json"), b""), Ok(Format::Quiz));
    }
}
