//! Format v1 (`*.quiz.json`): pure functions from bytes to the model and back.
//!
//! No file system here (see [`crate::storage`]) and no egui: the CLI, the app, the tests and
//! the fuzzers all load through [`load`] and write through [`to_bytes`], so there is exactly
//! one reader and one writer of the format. Loading is tolerant where it can be (unknown
//! fields are kept, `null` means absent, a UTF-8 BOM is skipped) and strict where sharing
//! requires it (every problem is reported, with where and how to fix it).

mod images;
mod prepare;
mod read;
mod read_assets;
mod read_obj;
mod scan;
mod stream;
mod write;

pub use images::{ImageError, decode_image, image_dimensions};
pub use prepare::{MAX_EMBED_SIDE, Prepared, encode_png, prepare_image};
pub use write::{WriteError, check_writable, to_bytes, write_json};

use crate::i18n::Lang;
use crate::model::{Diagnostic, Quiz, Severity, validate};

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "atelier-quiz";
/// The version this build writes and the newest it reads.
pub const FORMAT_VERSION: u64 = 1;
/// Usual file name suffix.
pub const FILE_SUFFIX: &str = ".quiz.json";
/// Largest file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;
/// Largest embedded image, in decoded bytes.
pub const MAX_ASSET_BYTES: u64 = 20 * 1024 * 1024;
/// Largest image side, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 8192;
/// Deepest JSON nesting accepted (the format itself needs 6).
pub const MAX_DEPTH: usize = 64;

/// True for names ending in `.json` (any case), which includes `*.quiz.json`.
pub fn is_json_file_name(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// How thoroughly embedded images are checked while loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageCheck {
    /// Format and dimensions from the header only: fast, pixels are decoded when shown.
    Header,
    /// Decode every image completely (what `atelier-quiz check` does).
    Full,
}

/// A quiz that could be read, with its warnings and content errors (if any).
#[derive(Debug)]
pub struct Loaded {
    pub quiz: Quiz,
    /// Content errors and warnings, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// A file that cannot be turned into a quiz: at least one structural error.
#[derive(Debug)]
pub struct LoadError {
    /// Every problem found, structural or not, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// The first error, the one to show when there is room for only one line.
    pub fn first_error(&self) -> Option<&Diagnostic> {
        self.diagnostics.iter().find(|d| d.is_error())
    }

    /// One line per error, in the user's language.
    pub fn summary(&self, lang: Lang) -> String {
        self.diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .map(|d| {
                let subject = d.subject_label(lang);
                if subject.is_empty() {
                    d.message(lang)
                } else {
                    format!("{subject} : {}", d.message(lang))
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Reads a quiz from the bytes of a file, checking image headers only.
pub fn load(bytes: &[u8]) -> Result<Loaded, LoadError> {
    load_with(bytes, ImageCheck::Header)
}

/// Reads a quiz from the bytes of a file.
///
/// `Err` when the file has a structural error (it cannot be represented as a quiz);
/// `Ok` otherwise, with the content errors and warnings of [`validate`].
pub fn load_with(bytes: &[u8], images: ImageCheck) -> Result<Loaded, LoadError> {
    let (value, decoded) = scan::parse(bytes).map_err(|d| LoadError {
        diagnostics: vec![d],
    })?;
    let mut diagnostics = Vec::new();
    let quiz = read::read_quiz(value, decoded, images, &mut diagnostics);
    match quiz {
        Some(quiz) if diagnostics.iter().all(|d| !d.problem.is_structural()) => {
            merge(&mut diagnostics, validate(&quiz));
            Ok(Loaded { quiz, diagnostics })
        }
        Some(quiz) => {
            merge(&mut diagnostics, validate(&quiz));
            Err(LoadError { diagnostics })
        }
        None => Err(LoadError { diagnostics }),
    }
}

/// Adds the validator's findings, except those about a field the reader already reported
/// (a missing `prompt` is not also an empty one).
fn merge(reader: &mut Vec<Diagnostic>, validator: Vec<Diagnostic>) {
    let reported: std::collections::HashSet<(crate::model::Subject, String)> = reader
        .iter()
        .map(|d| (d.subject.clone(), d.field.clone()))
        .collect();
    reader.extend(
        validator
            .into_iter()
            .filter(|d| !reported.contains(&(d.subject.clone(), d.field.clone()))),
    );
}
