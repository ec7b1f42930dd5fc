//! GIFT, Moodle's question text format ⇄ quiz.
//!
//! Moodle's own importer (`question/format/gift/format.php`) is the reference, not a grammar
//! file: what Moodle accepts is what teachers' files contain. See `docs/interchange/gift.md`
//! for what maps to what. Titles, weights, per-answer feedback and Moodle-only answers are
//! kept in the questions' unknown fields (`extra`, keys `gift_*`) so that GIFT → quiz → GIFT
//! gives the same questions back.

mod answers;
mod build;
mod escape;
mod read;
mod write;

#[cfg(test)]
mod tests;

pub use escape::escape;
pub use read::category_name;
pub use write::export;

use super::provenance::{self, FileCredits, Origin};
use super::{Format, Import, ImportContext, Location, Problem, Refusal, text};
use crate::model::Quiz;
use read::Parsed;

/// Reads a GIFT file.
pub fn import(bytes: &[u8], ctx: &ImportContext) -> Result<Import, Refusal> {
    let text = text::decode(bytes)?;
    let mut quiz = Quiz::default();
    let mut problems = Vec::new();
    let mut origins = Vec::new();
    let mut level: Option<String> = None;
    for block in read::blocks(&text) {
        let at = Location::Line(block.line);
        let raw = block.lines.join("\n");
        let mut parsed = read::parse_block(&raw);
        if let Parsed::Category { name, rest } = parsed {
            level = Some(provenance::level_named(&mut quiz, &name));
            let Some(rest) = rest else { continue };
            parsed = read::parse_block(&rest);
        }
        match parsed {
            Parsed::Nothing | Parsed::Category { .. } => {}
            Parsed::UnclosedTitle => problems.push(Problem::error(
                at,
                "interchange.gift.unclosed_title",
                "interchange.gift.unclosed_title.hint",
            )),
            Parsed::UnbalancedBraces => problems.push(Problem::error(
                at,
                "interchange.gift.unbalanced_braces",
                "interchange.gift.unbalanced_braces.hint",
            )),
            Parsed::Question(parts) => {
                let level_id = level.get_or_insert_with(|| {
                    provenance::level_named(&mut quiz, &provenance::file_stem(&ctx.file_name))
                });
                let level_id = level_id.clone();
                let (id, tags) = read::id_and_tags(&block.comments);
                let origin = parts
                    .title
                    .as_ref()
                    .map(|t| escape::restore(t))
                    .filter(|t| !t.is_empty())
                    .map_or(Origin::At(at.clone()), Origin::Title);
                let built = build::question(&quiz, parts, id, tags, &level_id, &at);
                problems.extend(built.problems);
                if let Some(q) = built.question {
                    quiz.questions.push(q);
                    origins.push(origin);
                }
            }
        }
    }
    if quiz.questions.is_empty() {
        problems.push(Problem::error(
            Location::File,
            "interchange.gift.no_question",
            "interchange.gift.no_question.hint",
        ));
        return Err(Refusal { problems });
    }
    quiz.levels
        .retain(|l| quiz.questions.iter().any(|q| q.level == l.id));
    let warning = provenance::credit_import(
        &mut quiz,
        ctx,
        Format::Gift,
        &FileCredits::default(),
        &origins,
    );
    problems.extend(warning);
    Ok(Import { quiz, problems })
}
