//! "Sources et crédits": every source, image credit and license the presented questions use.
//!
//! Advisors reuse each other's material citing the source; the end slide does the citing for
//! them, listing only what this session actually showed.

use std::collections::BTreeSet;

use crate::i18n::Lang;
use crate::model::{Credit, Question, Quiz, Source};

/// Everything the credits slide lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Credits<'a> {
    pub title: &'a str,
    pub authors: Vec<&'a str>,
    pub license: &'a str,
    /// Sources referenced by the presented questions, in the quiz's order.
    pub sources: Vec<&'a Source>,
    /// Credits of the images shown, with their asset id.
    pub images: Vec<(&'a str, &'a Credit)>,
}

pub fn collect<'a>(quiz: &'a Quiz, questions: &[usize]) -> Credits<'a> {
    let shown = || questions.iter().filter_map(|&i| quiz.questions.get(i));
    let source_ids: BTreeSet<&str> = shown()
        .filter_map(|q| q.source.as_ref())
        .map(|s| s.source.as_str())
        .collect();
    let asset_ids: BTreeSet<&str> = shown().flat_map(Question::asset_ids).collect();
    Credits {
        title: &quiz.title,
        authors: quiz.authors.iter().map(|a| a.name.as_str()).collect(),
        license: &quiz.license,
        sources: quiz
            .sources
            .iter()
            .filter(|s| source_ids.contains(s.id.as_str()))
            .collect(),
        images: quiz
            .assets
            .iter()
            .filter(|(id, a)| asset_ids.contains(id.as_str()) && !a.credit.is_empty())
            .map(|(id, a)| (id.as_str(), &a.credit))
            .collect(),
    }
}

/// A license id as people read it (see [`crate::model::license_name`]).
pub fn license_label(license: &str, lang: Lang) -> String {
    crate::model::license_name(license, lang)
}

/// "title — author — licence …" for an image credit.
pub fn credit_line(credit: &Credit, lang: Lang) -> String {
    let license = (!credit.license.is_empty()).then(|| {
        lang.f(
            "present.license",
            &[("license", &license_label(&credit.license, lang))],
        )
    });
    [
        Some(credit.title.clone()),
        Some(credit.author.clone()),
        license,
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join(" — ")
}

/// "title (author) — licence …" for a source, with how it was used.
pub fn source_line(source: &Source, lang: Lang) -> String {
    let mut head = source.title.clone();
    if !source.author.is_empty() {
        head = format!("{head} ({})", source.author);
    }
    let usage = source.usage.map(|u| {
        lang.t(match u {
            crate::model::SourceUse::Reused => "source_use.reused",
            crate::model::SourceUse::Adapted => "source_use.adapted",
            crate::model::SourceUse::Reference => "source_use.reference",
        })
        .to_owned()
    });
    let license = (!source.license.is_empty()).then(|| {
        lang.f(
            "present.license",
            &[("license", &license_label(&source.license, lang))],
        )
    });
    [
        Some(head),
        usage,
        license,
        (!source.url.is_empty()).then(|| source.url.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" — ")
}
