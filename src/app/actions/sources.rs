//! Sources and credits: add, remove (clearing the questions that cite it), change how a source
//! was used.

use super::batch;
use crate::app::edit::Edit;
use crate::model::{Quiz, Source, SourceUse};

/// A new, empty source, last. Returns the edit and its id.
pub fn add_source(quiz: &Quiz) -> (Edit, String) {
    let id = quiz.fresh_source_id("source");
    let mut sources = quiz.sources.clone();
    sources.push(Source {
        id: id.clone(),
        usage: Some(SourceUse::Reused),
        ..Source::default()
    });
    (Edit::SetSources(sources), id)
}

/// Removes source `id`; questions citing it no longer do (one undo step).
pub fn remove_source(quiz: &Quiz, id: &str) -> Option<Edit> {
    quiz.source(id)?;
    let mut edits: Vec<Edit> = quiz
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.source.as_ref().is_some_and(|s| s.source == id))
        .map(|(index, q)| {
            let mut q = q.clone();
            q.source = None;
            Edit::SetQuestion {
                index,
                question: Box::new(q),
            }
        })
        .collect();
    let sources = quiz
        .sources
        .iter()
        .filter(|s| s.id != id)
        .cloned()
        .collect();
    edits.push(Edit::SetSources(sources));
    Some(batch(edits))
}

/// Says how source `id` was used (e.g. `adapted` after changing an imported question).
pub fn set_source_use(quiz: &Quiz, id: &str, usage: SourceUse) -> Option<Edit> {
    let mut sources = quiz.sources.clone();
    let source = sources.iter_mut().find(|s| s.id == id)?;
    if source.usage == Some(usage) {
        return None;
    }
    source.usage = Some(usage);
    source.extra.remove("use"); // a value from a newer version, now replaced
    Some(Edit::SetSources(sources))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Question, QuestionType, SourceRef};

    #[test]
    fn removing_a_source_clears_citations_and_undoes() {
        let mut quiz = Quiz::default();
        let (edit, id) = add_source(&quiz);
        edit.apply(&mut quiz).unwrap();
        let mut q = Question::new("q", "l", QuestionType::Open.empty_kind());
        q.source = Some(SourceRef {
            source: id.clone(),
            ..SourceRef::default()
        });
        quiz.questions.push(q);
        let before = quiz.clone();
        let undo = remove_source(&quiz, &id).unwrap().apply(&mut quiz).unwrap();
        assert!(quiz.sources.is_empty());
        assert!(quiz.questions[0].source.is_none());
        undo.apply(&mut quiz).unwrap();
        assert_eq!(quiz, before);
        set_source_use(&quiz, &id, SourceUse::Adapted)
            .unwrap()
            .apply(&mut quiz)
            .unwrap();
        assert_eq!(quiz.sources[0].usage, Some(SourceUse::Adapted));
        assert!(set_source_use(&quiz, &id, SourceUse::Adapted).is_none());
    }
}
