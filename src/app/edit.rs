//! Document mutations, as data.
//!
//! An [`Edit`] is the only way the open quiz changes. Applying one returns its inverse, which
//! is what the undo history stores: undoing a typo in one prompt keeps one old question in
//! memory, not a copy of a 1,500-question quiz. Higher-level actions (delete a level and move
//! its questions, import from a colleague's file) are [`Edit::Batch`]es of these primitives.

use crate::model::{Asset, Author, Level, Question, Quiz, Source};

/// The quiz-wide fields edited in the "quiz details" panel (dates are set by saving).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Header {
    pub title: String,
    pub description: String,
    pub language: String,
    pub authors: Vec<Author>,
    pub license: String,
}

impl Header {
    pub fn of(quiz: &Quiz) -> Self {
        Self {
            title: quiz.title.clone(),
            description: quiz.description.clone(),
            language: quiz.language.clone(),
            authors: quiz.authors.clone(),
            license: quiz.license.clone(),
        }
    }

    fn swap_into(&mut self, quiz: &mut Quiz) {
        std::mem::swap(&mut self.title, &mut quiz.title);
        std::mem::swap(&mut self.description, &mut quiz.description);
        std::mem::swap(&mut self.language, &mut quiz.language);
        std::mem::swap(&mut self.authors, &mut quiz.authors);
        std::mem::swap(&mut self.license, &mut quiz.license);
    }
}

/// One reversible change to the quiz.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetHeader(Box<Header>),
    SetLevels(Vec<Level>),
    SetSources(Vec<Source>),
    /// Replaces the question at `index`.
    SetQuestion {
        index: usize,
        question: Box<Question>,
    },
    /// Inserts `question` so that it ends up at `index`.
    InsertQuestion {
        index: usize,
        question: Box<Question>,
    },
    RemoveQuestion {
        index: usize,
    },
    /// Moves the question at `from` so that it ends up at `to`.
    MoveQuestion {
        from: usize,
        to: usize,
    },
    /// Adds, replaces (`Some`) or removes (`None`) an embedded image.
    SetAsset {
        id: String,
        asset: Option<Box<Asset>>,
    },
    /// Several edits undone and redone as one step, applied in order.
    Batch(Vec<Edit>),
}

/// An edit that does not fit the document (an index past the end): nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutOfBounds;

impl Edit {
    /// Applies the edit to `quiz` and returns the edit that undoes it.
    ///
    /// On error the quiz is unchanged (a batch is rolled back).
    pub fn apply(self, quiz: &mut Quiz) -> Result<Edit, OutOfBounds> {
        let n = quiz.questions.len();
        Ok(match self {
            Edit::SetHeader(mut header) => {
                header.swap_into(quiz);
                Edit::SetHeader(header)
            }
            Edit::SetLevels(levels) => Edit::SetLevels(std::mem::replace(&mut quiz.levels, levels)),
            Edit::SetSources(sources) => {
                Edit::SetSources(std::mem::replace(&mut quiz.sources, sources))
            }
            Edit::SetQuestion { index, question } => {
                let slot = quiz.questions.get_mut(index).ok_or(OutOfBounds)?;
                let old = std::mem::replace(slot, *question);
                Edit::SetQuestion {
                    index,
                    question: Box::new(old),
                }
            }
            Edit::InsertQuestion { index, question } if index <= n => {
                quiz.questions.insert(index, *question);
                Edit::RemoveQuestion { index }
            }
            Edit::RemoveQuestion { index } if index < n => {
                let question = Box::new(quiz.questions.remove(index));
                Edit::InsertQuestion { index, question }
            }
            Edit::MoveQuestion { from, to } if from < n && to < n => {
                let q = quiz.questions.remove(from);
                quiz.questions.insert(to, q);
                Edit::MoveQuestion { from: to, to: from }
            }
            Edit::SetAsset { id, asset } => {
                let old = match asset {
                    Some(a) => quiz.assets.insert(id.clone(), *a),
                    None => quiz.assets.remove(&id),
                };
                Edit::SetAsset {
                    id,
                    asset: old.map(Box::new),
                }
            }
            Edit::Batch(edits) => apply_batch(edits, quiz)?,
            Edit::InsertQuestion { .. }
            | Edit::RemoveQuestion { .. }
            | Edit::MoveQuestion { .. } => {
                return Err(OutOfBounds);
            }
        })
    }

    /// The question this edit leaves in view once applied (the one changed, inserted or
    /// moved), so undo and redo can show what they changed.
    pub fn question_index(&self) -> Option<usize> {
        match self {
            Edit::SetQuestion { index, .. } | Edit::InsertQuestion { index, .. } => Some(*index),
            Edit::MoveQuestion { to, .. } => Some(*to),
            Edit::Batch(edits) => edits.iter().find_map(Edit::question_index),
            _ => None,
        }
    }

    /// True when applying would change nothing (an empty batch).
    pub fn is_noop(&self) -> bool {
        match self {
            Edit::Batch(edits) => edits.iter().all(Edit::is_noop),
            Edit::MoveQuestion { from, to } => from == to,
            _ => false,
        }
    }
}

fn apply_batch(edits: Vec<Edit>, quiz: &mut Quiz) -> Result<Edit, OutOfBounds> {
    let mut inverses = Vec::with_capacity(edits.len());
    for edit in edits {
        match edit.apply(quiz) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => {
                // Roll back what was applied so the batch is all-or-nothing.
                for inverse in inverses.into_iter().rev() {
                    let _ = inverse.apply(quiz); // inverses of applied edits always fit
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Edit::Batch(inverses))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuestionType;

    fn quiz_with(n: usize) -> Quiz {
        let mut quiz = Quiz::default();
        for i in 0..n {
            quiz.questions.push(Question::new(
                format!("q{i}"),
                "l",
                QuestionType::Open.empty_kind(),
            ));
        }
        quiz
    }

    fn ids(quiz: &Quiz) -> Vec<&str> {
        quiz.questions.iter().map(|q| q.id.as_str()).collect()
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse() {
        let original = quiz_with(3);
        let mut q2 = original.questions[0].clone();
        q2.prompt = "changed".into();
        let edits = vec![
            Edit::SetQuestion {
                index: 1,
                question: Box::new(q2.clone()),
            },
            Edit::InsertQuestion {
                index: 3,
                question: Box::new(q2.clone()),
            },
            Edit::RemoveQuestion { index: 0 },
            Edit::MoveQuestion { from: 0, to: 2 },
            Edit::SetLevels(vec![Level {
                id: "x".into(),
                ..Level::default()
            }]),
            Edit::SetHeader(Box::new(Header {
                title: "T".into(),
                ..Header::default()
            })),
            Edit::SetAsset {
                id: "a".into(),
                asset: Some(Box::new(Asset::new(crate::model::MediaType::Png, vec![1]))),
            },
            Edit::Batch(vec![
                Edit::RemoveQuestion { index: 2 },
                Edit::MoveQuestion { from: 1, to: 0 },
            ]),
        ];
        for edit in edits {
            let mut quiz = original.clone();
            let inverse = edit.clone().apply(&mut quiz).unwrap();
            assert_ne!(quiz, original, "{edit:?} changes something");
            let redo = inverse.apply(&mut quiz).unwrap();
            assert_eq!(quiz, original, "inverse of {edit:?}");
            redo.apply(&mut quiz).unwrap();
            let mut expected = original.clone();
            edit.apply(&mut expected).unwrap();
            assert_eq!(quiz, expected, "redo of the inverse");
        }
    }

    #[test]
    fn moves_and_bounds() {
        let mut quiz = quiz_with(3);
        Edit::MoveQuestion { from: 0, to: 2 }
            .apply(&mut quiz)
            .unwrap();
        assert_eq!(ids(&quiz), ["q1", "q2", "q0"]);
        assert_eq!(
            Edit::RemoveQuestion { index: 3 }.apply(&mut quiz),
            Err(OutOfBounds)
        );
    }

    #[test]
    fn failed_batch_is_rolled_back() {
        let mut quiz = quiz_with(2);
        let before = quiz.clone();
        let batch = Edit::Batch(vec![
            Edit::RemoveQuestion { index: 0 },
            Edit::RemoveQuestion { index: 5 },
        ]);
        assert_eq!(batch.apply(&mut quiz), Err(OutOfBounds));
        assert_eq!(quiz, before);
    }
}
