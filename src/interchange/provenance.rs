//! Provenance of imported questions: every import adds a `sources` entry crediting the file,
//! and every question points to it with a detail (its title, or where it was in the file).
//!
//! Written at import time, in the converters' shared code, so that no format can forget it and
//! the editor's "adapted" offer works as for v1 imports. GIFT, Aiken and Moodle XML say nothing
//! about authors or licence: the source then says "licence inconnue" and a warning asks the
//! user to find out before sharing.

use super::{Format, ImportContext, Location, Problem};
use crate::i18n::Lang;
use crate::model::{Level, Quiz, Source, SourceRef, SourceUse};

/// Where an imported question came from in its file.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// The question's own title in the file (GIFT `::title::`, Moodle `<name>`).
    Title(String),
    /// Its position (line, row, entry).
    At(Location),
}

/// What the file says about who made it, when it says anything (H5P metadata).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileCredits {
    pub title: String,
    pub author: String,
    pub license: String,
    pub url: String,
}

/// Adds the `sources` entry for the imported file to `quiz` and points each question to it
/// (`origins[i]` for question `i`); fills the title and dates when the file had none.
/// Returns the "licence inconnue" warning when the file says nothing about its licence.
pub fn credit_import(
    quiz: &mut Quiz,
    ctx: &ImportContext,
    format: Format,
    credits: &FileCredits,
    origins: &[Origin],
) -> Option<Problem> {
    let lang = Lang::from_code(&quiz.language).unwrap_or_default();
    if quiz.title.trim().is_empty() {
        quiz.title = if credits.title.is_empty() {
            file_stem(&ctx.file_name)
        } else {
            credits.title.clone()
        };
    }
    for date in [&mut quiz.created, &mut quiz.modified] {
        if date.is_empty() {
            date.clone_from(&ctx.today);
        }
    }
    let id = quiz.fresh_source_id("import");
    let unknown = credits.license.trim().is_empty();
    quiz.sources.push(Source {
        id: id.clone(),
        title: if ctx.file_name.is_empty() {
            quiz.title.clone()
        } else {
            ctx.file_name.clone()
        },
        author: credits.author.clone(),
        url: credits.url.clone(),
        license: if unknown {
            lang.t("interchange.license_unknown.value").to_owned()
        } else {
            credits.license.clone()
        },
        usage: Some(SourceUse::Reused),
        note: lang.f(
            "interchange.source_note",
            &[("format", &format.display_name())],
        ),
        ..Source::default()
    });
    for (q, origin) in quiz.questions.iter_mut().zip(origins) {
        let detail = match origin {
            Origin::Title(t) => t.clone(),
            Origin::At(loc) => loc.describe(lang),
        };
        q.source = Some(SourceRef {
            source: id.clone(),
            detail,
            ..SourceRef::default()
        });
    }
    unknown.then(|| {
        Problem::warning(
            Location::File,
            "interchange.license_unknown",
            "interchange.license_unknown.hint",
        )
    })
}

/// `ma-banque.gift` → `banque`; `a.quiz.json` → `a`.
pub fn file_stem(name: &str) -> String {
    let name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = name.split('.').next().unwrap_or(name).trim();
    if stem.is_empty() {
        "Quiz".to_owned()
    } else {
        stem.to_owned()
    }
}

/// Finds or adds the level called `name` (a Moodle category's last segment); its id.
pub fn level_named(quiz: &mut Quiz, name: &str) -> String {
    if let Some(l) = quiz.levels.iter().find(|l| l.name == name) {
        return l.id.clone();
    }
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug.chars().take(40).collect();
    let base = if slug.is_empty() {
        "niveau".to_owned()
    } else {
        slug
    };
    let id = if quiz.level(&base).is_none() {
        base
    } else {
        quiz.fresh_level_id(&base)
    };
    quiz.levels.push(Level {
        id: id.clone(),
        name: name.to_owned(),
        ..Level::default()
    });
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Question, QuestionKind};

    #[test]
    fn import_adds_a_reused_source_with_unknown_licence() {
        let mut quiz = Quiz::default();
        let level = level_named(&mut quiz, "Découverte");
        for id in ["a", "b"] {
            quiz.questions.push(Question::new(
                id,
                &level,
                QuestionKind::TrueFalse { answer: true },
            ));
        }
        let ctx = ImportContext {
            file_name: "ma-banque.gift".into(),
            today: "2026-12-02".into(),
        };
        let origins = [Origin::Title("Q1".into()), Origin::At(Location::Line(7))];
        let warning = credit_import(
            &mut quiz,
            &ctx,
            Format::Gift,
            &FileCredits::default(),
            &origins,
        );
        assert_eq!(warning.unwrap().key, "interchange.license_unknown");
        assert_eq!(quiz.title, "ma-banque");
        let source = &quiz.sources[0];
        assert_eq!(source.usage, Some(SourceUse::Reused));
        assert_eq!(source.title, "ma-banque.gift");
        assert_eq!(source.license, "licence inconnue");
        let details: Vec<_> = quiz
            .questions
            .iter()
            .map(|q| q.source.as_ref().unwrap().detail.as_str())
            .collect();
        assert_eq!(details, ["Q1", "ligne 7"]);
        assert_eq!(level_named(&mut quiz, "Découverte"), "découverte");
        assert_eq!(level_named(&mut quiz, "Pratique"), "pratique");
    }
}
