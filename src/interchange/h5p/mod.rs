//! H5P package (`.h5p`: h5p.json + content/content.json + images) ⇄ quiz.
//!
//! Export writes a *content-only* package — no libraries inside — which Moodle, Lumi,
//! `WordPress` and h5p.com accept wherever the content types are installed: a Question Set of
//! `MultiChoice`, `TrueFalse` and Essay, or a Column when the quiz has image hotspots
//! (`ImageHotspotQuestion`, which Question Set cannot hold). Orderings are left out, each said:
//! `SortParagraphs` fits in neither container. Our credits go into H5P's metadata, the closest
//! to our model ([`metadata`]); images are PNG, JPEG or GIF ([`media`]).
//!
//! Import reads what Lumi and h5p.com produce for those types, with or without the libraries
//! inside (they are never decompressed), through the bounded zip reader ([`super::package`]).

mod content;
mod media;
mod metadata;
mod read;
mod read_hotspot;
mod write;

#[cfg(test)]
mod tests;

pub use write::export;

use serde_json::Value;

use super::package::{Limits, Package};
use super::provenance::{self, FileCredits};
use super::{Format, Import, ImportContext, Location, Problem, Refusal};
use crate::model::Quiz;

pub const QUESTION_SET: &str = "H5P.QuestionSet 1.20";
pub const COLUMN: &str = "H5P.Column 1.16";
pub const MULTI_CHOICE: &str = "H5P.MultiChoice 1.16";
pub const TRUE_FALSE: &str = "H5P.TrueFalse 1.8";
pub const ESSAY: &str = "H5P.Essay 1.5";
pub const HOTSPOT: &str = "H5P.ImageHotspotQuestion 1.8";
pub const IMAGE: &str = "H5P.Image 1.1";

/// Packages with their libraries inside (Lumi's) hold thousands of small files; images make
/// the size. Only `h5p.json`, `content.json` and the images used are ever decompressed.
const LIMITS: Limits = Limits {
    package_bytes: 100 * 1024 * 1024,
    entries: 10_000,
    total_bytes: 100 * 1024 * 1024,
};
const MAX_H5P_JSON: usize = 1024 * 1024;
const MAX_CONTENT_JSON: usize = 16 * 1024 * 1024;

fn refuse(p: Problem) -> Refusal {
    Refusal { problems: vec![p] }
}

/// The JSON of entry `name`, or why not.
fn json_entry(package: &mut Package, name: &str, max: usize) -> Result<Value, Refusal> {
    let at = || Location::Entry(name.to_owned());
    let bytes = package
        .read(name, max)
        .ok_or_else(|| {
            refuse(Problem::error(
                at(),
                "interchange.h5p.missing_entry",
                "interchange.h5p.missing_entry.hint",
            ))
        })?
        .map_err(refuse)?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice(body).map_err(|e| {
        refuse(
            Problem::error(
                at(),
                "interchange.h5p.bad_json",
                "interchange.h5p.bad_json.hint",
            )
            .with("line", e.line()),
        )
    })
}

/// Reads an H5P package.
pub fn import(bytes: &[u8], ctx: &ImportContext) -> Result<Import, Refusal> {
    let mut package = Package::open(bytes, LIMITS).map_err(refuse)?;
    let h5p = json_entry(&mut package, "h5p.json", MAX_H5P_JSON)?;
    let Some(main) = h5p
        .get("mainLibrary")
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return Err(refuse(Problem::error(
            Location::Entry("h5p.json".into()),
            "interchange.h5p.no_main_library",
            "interchange.h5p.no_main_library.hint",
        )));
    };
    let content = json_entry(&mut package, "content/content.json", MAX_CONTENT_JSON)?;
    let credits = metadata::Credits::read(&h5p);
    let mut quiz = Quiz::default();
    credits.apply_to(&mut quiz);
    if let Some(changes @ Value::Array(_)) = h5p.get("changes") {
        quiz.extra.insert("h5p_changes".into(), changes.clone());
    }
    let level_name = if quiz.title.trim().is_empty() {
        provenance::file_stem(&ctx.file_name)
    } else {
        quiz.title.clone()
    };
    let level = provenance::level_named(&mut quiz, &level_name);
    let mut walk = read::Walk {
        package: &mut package,
        quiz,
        level,
        problems: Vec::new(),
        origins: Vec::new(),
    };
    walk.content(&main, &content, None, "", 0);
    let read::Walk {
        mut quiz,
        mut problems,
        origins,
        ..
    } = walk;
    if quiz.questions.is_empty() {
        problems.push(
            Problem::error(
                Location::Entry("content/content.json".into()),
                "interchange.h5p.no_question",
                "interchange.h5p.no_question.hint",
            )
            .with("library", &main),
        );
        return Err(Refusal { problems });
    }
    let file_credits = FileCredits {
        title: credits.title.clone(),
        author: credits.authors_line(),
        license: credits.license.clone(),
        url: credits.source.clone(),
    };
    let warning = provenance::credit_import(&mut quiz, ctx, Format::H5p, &file_credits, &origins);
    problems.extend(warning);
    if let Some(source) = quiz.sources.last_mut() {
        source.changes = credits.changes.join("\n");
        if !credits.comments.is_empty() {
            source.note = format!("{}\n{}", source.note, credits.comments);
        }
    }
    Ok(Import { quiz, problems })
}
