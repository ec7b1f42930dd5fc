//! Quiz → SCORM 1.2 package (issue 11 §2): `atelier-quiz convert IN OUT.zip --to scorm` and
//! Fichier → Exporter → « Paquet SCORM ».
//!
//! A zip holding exactly two files: `imsmanifest.xml` ([`manifest`]) and `index.html`, the
//! one-file web page of [`super::web`] with `web/quiz/scorm.js` run after the page's own code
//! in the same hash-pinned script block (the CSP stays the page's). In an LMS the self-study
//! mode reports its status and score through the SCORM 1.2 API; opened alone, the page works
//! as the plain web page does.
//!
//! Pure: the zip is assembled in memory, the caller writes it (atomic save).

pub mod manifest;

use std::io::{Cursor, Write};

use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;

use crate::format::WriteError;
use crate::i18n::Lang;
use crate::model::Quiz;

/// The passing score in the manifest, percent: the page's own rule (`AQStudy.PASS_RATIO`,
/// at least half of the scored questions right), so the LMS and the page agree.
pub const MASTERY_PERCENT: u8 = 50;

/// The SCORM glue, embedded at build time like the page's other scripts.
pub const SCRIPT: &str = include_str!("../../../web/quiz/scorm.js");

/// Why no package was made.
#[derive(Debug)]
pub enum PackageError {
    /// The quiz cannot be written as JSON (a non-finite hotspot coordinate).
    NotWritable(WriteError),
    /// The zip writer failed (in memory: only for sizes a zip cannot hold).
    Zip(String),
}

impl PackageError {
    /// The sentence for the person (CLI line, editor notice).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NotWritable(e) => lang.f("write.non_finite", &[("id", &e.question_id)]),
            Self::Zip(reason) => lang.f("web.scorm.zip_failed", &[("reason", reason)]),
        }
    }
}

impl From<zip::result::ZipError> for PackageError {
    fn from(e: zip::result::ZipError) -> Self {
        Self::Zip(e.to_string())
    }
}

impl From<std::io::Error> for PackageError {
    fn from(e: std::io::Error) -> Self {
        Self::Zip(e.to_string())
    }
}

/// The package's bytes.
pub fn package(quiz: &Quiz) -> Result<Vec<u8>, PackageError> {
    let page = super::web::page_with(quiz, SCRIPT).map_err(PackageError::NotWritable)?;
    let lang = Lang::from_code(&quiz.language).unwrap_or_default();
    let title = if quiz.title.trim().is_empty() {
        lang.t("web.scorm.untitled")
    } else {
        quiz.title.as_str()
    };
    let manifest = manifest::manifest(&identifier(quiz), title, MASTERY_PERCENT);
    zip_files(&[
        ("imsmanifest.xml", manifest.as_bytes()),
        (manifest::PAGE, page.as_bytes()),
    ])
}

/// `atelier-quiz-` and 16 hex digits of the SHA-256 of the quiz's title and questions' ids:
/// stable across exports of the same quiz (an LMS can tell an update from a new course) and
/// a valid XML `ID`.
pub fn identifier(quiz: &Quiz) -> String {
    let mut hash = Sha256::new();
    hash.update(quiz.title.as_bytes());
    for q in &quiz.questions {
        hash.update([0]);
        hash.update(q.id.as_bytes());
    }
    let digest = hash.finalize();
    let mut id = String::from("atelier-quiz-");
    for b in &digest[..8] {
        for nibble in [b >> 4, b & 15] {
            id.push(char::from(HEX[usize::from(nibble)]));
        }
    }
    id
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A deflated zip of `files`, in order, with the zip format's fixed default date (so the
/// same quiz gives the same bytes).
fn zip_files(files: &[(&str, &[u8])]) -> Result<Vec<u8>, PackageError> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files {
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(u32::try_from(bytes.len()).is_err());
        zip.start_file(*name, options)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests;
