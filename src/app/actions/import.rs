//! Bringing questions in from a colleague's quiz, with their images and provenance.
//!
//! "Importing question 3 of a colleague's quiz adds a `reused` source and points the copy to
//! it": provenance is written at copy time, so it cannot be forgotten later.

use std::collections::HashMap;

use super::insertion_index;
use crate::app::edit::Edit;
use crate::i18n::Lang;
use crate::model::{ImageRef, Question, Quiz, Source, SourceRef, SourceUse};

/// The edit that copies questions `picked` (indices in `other`) into `quiz`, each at the end
/// of its level, with their images, crediting `other` as a reused source; and where the first
/// of them lands.
///
/// Ids are renamed where they clash; levels are matched by id, then by name, else the first
/// level of `quiz`.
pub fn import_questions(
    quiz: &Quiz,
    other: &Quiz,
    picked: &[usize],
    file_name: &str,
    lang: Lang,
) -> (Edit, Option<usize>) {
    let mut edits = Vec::new();
    let mut taken = quiz.clone(); // tracks ids as we add, without touching `quiz`
    let source_id = source_for(quiz, other, file_name, &mut taken, &mut edits);
    let mut asset_map: HashMap<String, String> = HashMap::new();
    let mut first = None;
    for &i in picked {
        let Some(original) = other.questions.get(i) else {
            continue;
        };
        let mut q = original.clone();
        if taken.question_index(&q.id).is_some() || q.id.trim().is_empty() {
            q.id = taken.fresh_question_id("q");
        }
        q.level = match_level(quiz, other, &q.level);
        let upstream = original
            .source
            .as_ref()
            .and_then(|s| other.source(&s.source))
            .map(|s| s.title.clone());
        let mut detail = lang.f("import.detail", &[("n", &(i + 1))]);
        if let Some(own) = own_source(other, file_name).and(original.source.as_ref()) {
            // Another tool's file: its import already credited the file, with the question's
            // title or line as detail; keep that.
            detail.clone_from(&own.detail);
        } else if let Some(title) = upstream {
            detail = lang.f(
                "import.detail_upstream",
                &[("detail", &detail), ("title", &title)],
            );
        }
        q.source = Some(SourceRef {
            source: source_id.clone(),
            detail,
            ..SourceRef::default()
        });
        remap_images(&mut q, other, &mut taken, &mut asset_map, &mut edits);
        // At the end of its level, in the file too: the order other tools read is the list's.
        let index = insertion_index(&taken, &q.level, None);
        first.get_or_insert_with(|| q.id.clone());
        taken.questions.insert(index, q.clone());
        edits.push(Edit::InsertQuestion {
            index,
            question: Box::new(q),
        });
    }
    let first = first.and_then(|id| taken.question_index(&id));
    (Edit::Batch(edits), first)
}

/// The source an interchange import added for its file (`file_name`), if `other` came from
/// another tool's file.
fn own_source<'a>(other: &'a Quiz, file_name: &str) -> Option<&'a Source> {
    match other.sources.as_slice() {
        [only] if only.title == file_name && !file_name.is_empty() => Some(only),
        _ => None,
    }
}

/// Reuses the source already crediting `other` (same title and license), or adds one; for
/// another tool's file, the source its import made.
fn source_for(
    quiz: &Quiz,
    other: &Quiz,
    file_name: &str,
    taken: &mut Quiz,
    edits: &mut Vec<Edit>,
) -> String {
    if let Some(existing) = quiz
        .sources
        .iter()
        .find(|s| s.title == other.title && s.license == other.license)
    {
        return existing.id.clone();
    }
    if let Some(own) = own_source(other, file_name) {
        if let Some(existing) = quiz
            .sources
            .iter()
            .find(|s| s.title == own.title && s.license == own.license)
        {
            return existing.id.clone();
        }
        let id = if taken.source(&own.id).is_none() {
            own.id.clone()
        } else {
            taken.fresh_source_id("import")
        };
        taken.sources.push(Source {
            id: id.clone(),
            ..own.clone()
        });
        edits.push(Edit::SetSources(taken.sources.clone()));
        return id;
    }
    let slug: String = other
        .title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(5)
        .collect::<Vec<_>>()
        .join("-");
    let base = if slug.is_empty() {
        "source".to_owned()
    } else {
        slug
    };
    let id = if taken.source(&base).is_none() {
        base
    } else {
        taken.fresh_source_id(&base)
    };
    let source = Source {
        id: id.clone(),
        title: other.title.clone(),
        author: other
            .authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        license: other.license.clone(),
        usage: Some(SourceUse::Reused),
        note: file_name.to_owned(),
        ..Source::default()
    };
    taken.sources.push(source);
    edits.push(Edit::SetSources(taken.sources.clone()));
    id
}

fn match_level(quiz: &Quiz, other: &Quiz, level: &str) -> String {
    if quiz.level(level).is_some() {
        return level.to_owned();
    }
    let name = other.level(level).map(|l| l.name.to_lowercase());
    quiz.levels
        .iter()
        .find(|l| Some(l.name.to_lowercase()) == name)
        .or_else(|| quiz.levels.first())
        .map_or_else(|| level.to_owned(), |l| l.id.clone())
}

/// Copies the images `q` uses into `taken`, renaming ids that clash with different images.
fn remap_images(
    q: &mut Question,
    other: &Quiz,
    taken: &mut Quiz,
    map: &mut HashMap<String, String>,
    edits: &mut Vec<Edit>,
) {
    let mut remap = |img: &mut ImageRef| {
        if let Some(new_id) = map.get(&img.asset) {
            img.asset.clone_from(new_id);
            return;
        }
        let Some(asset) = other.assets.get(&img.asset) else {
            return;
        };
        let new_id = match taken.assets.get(&img.asset) {
            Some(existing) if existing.data == asset.data => img.asset.clone(),
            None => img.asset.clone(),
            Some(_) => taken.fresh_asset_id(&img.asset),
        };
        if !taken.assets.contains_key(&new_id) {
            taken.assets.insert(new_id.clone(), asset.clone());
            edits.push(Edit::SetAsset {
                id: new_id.clone(),
                asset: Some(Box::new(asset.clone())),
            });
        }
        map.insert(img.asset.clone(), new_id.clone());
        img.asset = new_id;
    };
    if let Some(img) = q.image.as_mut() {
        remap(img);
    }
    if let Some(choices) = q.kind.choices_mut() {
        for img in choices.iter_mut().filter_map(|c| c.image.as_mut()) {
            remap(img);
        }
    }
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
