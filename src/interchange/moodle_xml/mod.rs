//! Moodle XML ⇄ quiz: Moodle's full question export, which Wooclap and many LMS import too.
//!
//! Read with quick-xml into a small bounded tree ([`tree`]: DOCTYPEs refused, so no entity can
//! expand), then mapped question by question ([`read`]); written by hand ([`write`]) with
//! Moodle's element names. Images travel inside, base64, through the v1 image checks
//! ([`media`]). See `docs/interchange/moodle-xml.md` for what maps to what and what is lost.

mod media;
mod read;
mod tree;
mod write;

#[cfg(test)]
mod tests;

pub use write::export;

use super::provenance::{self, FileCredits, Origin};
use super::{Format, Import, ImportContext, Location, Problem, Refusal, text};
use crate::model::Quiz;

/// Reads a Moodle XML file.
pub fn import(bytes: &[u8], ctx: &ImportContext) -> Result<Import, Refusal> {
    let refuse = |p: Problem| Refusal { problems: vec![p] };
    if bytes.len() > tree::MAX_XML_BYTES {
        return Err(refuse(
            Problem::error(
                Location::File,
                "interchange.text.too_large",
                "interchange.text.too_large.hint",
            )
            .with("max", tree::MAX_XML_BYTES / (1024 * 1024)),
        ));
    }
    let head = &bytes[..bytes.len().min(text::MAX_TEXT_BYTES)];
    if let Err(refusal) = text::decode(head) {
        // Null bytes or bad UTF-8 in the first 16 MB: say it like the text formats do.
        if refusal
            .problems
            .iter()
            .all(|p| p.key != "interchange.text.too_large")
        {
            return Err(refusal);
        }
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|_| {
        refuse(
            Problem::error(
                Location::File,
                "interchange.text.not_utf8",
                "interchange.text.not_utf8.hint",
            )
            .with("byte", "?"),
        )
    })?;
    let root = tree::parse(text).map_err(refuse)?;
    if root.name != "quiz" {
        return Err(refuse(Problem::error(
            Location::Line(root.line),
            "interchange.moodle.not_quiz",
            "interchange.moodle.not_quiz.hint",
        )));
    }
    let mut quiz = Quiz::default();
    let mut problems = Vec::new();
    let mut origins = Vec::new();
    let mut level: Option<String> = None;
    for q in root.children_named("question") {
        let at = Location::Line(q.line);
        if q.attr("type") == Some("category") {
            let path = q.text_of("category").unwrap_or_default();
            let name = super::gift::category_name(path.trim());
            if !name.is_empty() {
                level = Some(provenance::level_named(&mut quiz, &name));
            }
            continue;
        }
        let level_id = level
            .get_or_insert_with(|| {
                provenance::level_named(&mut quiz, &provenance::file_stem(&ctx.file_name))
            })
            .clone();
        if let Some(question) = read::question(&mut quiz, q, &level_id, &at, &mut problems) {
            let title = q.text_of("name").map(str::trim).filter(|t| !t.is_empty());
            origins.push(title.map_or(Origin::At(at), |t| Origin::Title(t.to_owned())));
            quiz.questions.push(question);
        }
    }
    if quiz.questions.is_empty() {
        problems.push(Problem::error(
            Location::File,
            "interchange.moodle.no_question",
            "interchange.moodle.no_question.hint",
        ));
        return Err(Refusal { problems });
    }
    quiz.levels
        .retain(|l| quiz.questions.iter().any(|q| q.level == l.id));
    let warning = provenance::credit_import(
        &mut quiz,
        ctx,
        Format::MoodleXml,
        &FileCredits::default(),
        &origins,
    );
    problems.extend(warning);
    Ok(Import { quiz, problems })
}
