//! Adding, copying, removing, converting and moving questions.
//!
//! The list shows questions grouped by level, in the order of the file. These builders keep
//! that order meaningful: a new question goes at the end of its level's group (or right after
//! the selected one), moving to another level puts the question at the end of that level.

use super::{batch, drop_orphans};
use crate::app::edit::Edit;
use crate::model::{Question, QuestionType, Quiz};

/// Where a dragged question is dropped in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DropTarget {
    /// Just before the question at this index (taking its level).
    Before(usize),
    /// Just after the question at this index (taking its level).
    After(usize),
    /// At the end of this level's questions.
    EndOf(String),
}

/// Index at which a question of `level` is inserted so that it ends its level's group, in the
/// list without question `excluding`: after the last question of that level, else after the
/// last question of an earlier level, else first.
pub fn insertion_index(quiz: &Quiz, level: &str, excluding: Option<usize>) -> usize {
    let rank = quiz.level_index(level);
    let mut after_same = None;
    let mut after_earlier = None;
    let mut pos = 0;
    for (i, q) in quiz.questions.iter().enumerate() {
        if Some(i) == excluding {
            continue;
        }
        pos += 1;
        if q.level == level {
            after_same = Some(pos);
        } else if let (Some(r), Some(qr)) = (rank, quiz.level_index(&q.level))
            && qr < r
        {
            after_earlier = Some(pos);
        }
    }
    after_same.or(after_earlier).unwrap_or(0)
}

/// Clones question `index`, lets `change` modify it, and returns the edit that stores it
/// (dropping images nothing shows any more). `None` if nothing changed.
pub fn edit_question(
    quiz: &Quiz,
    index: usize,
    change: impl FnOnce(&mut Question),
) -> Option<Edit> {
    let old = quiz.questions.get(index)?;
    let mut q = old.clone();
    change(&mut q);
    if &q == old {
        return None;
    }
    let mut edits = drop_orphans(quiz, index, old, Some(&q));
    edits.insert(
        0,
        Edit::SetQuestion {
            index,
            question: Box::new(q),
        },
    );
    Some(batch(edits))
}

/// A new, empty question of type `ty` in `level`: right after `after` when it is in that
/// level, else at the end of the level. Returns the edit and the new question's index.
pub fn add_question(
    quiz: &Quiz,
    level: &str,
    ty: QuestionType,
    after: Option<usize>,
) -> (Edit, usize) {
    let index = match after {
        Some(i) if quiz.questions.get(i).is_some_and(|q| q.level == level) => i + 1,
        _ => insertion_index(quiz, level, None),
    };
    let q = Question::new(quiz.fresh_question_id("q"), level, ty.empty_kind());
    (
        Edit::InsertQuestion {
            index,
            question: Box::new(q),
        },
        index,
    )
}

/// A copy of question `index` right after it, with a fresh id (images are shared).
pub fn duplicate_question(quiz: &Quiz, index: usize) -> Option<(Edit, usize)> {
    let mut q = quiz.questions.get(index)?.clone();
    q.id = quiz.fresh_question_id(&base_id(&q.id));
    Some((
        Edit::InsertQuestion {
            index: index + 1,
            question: Box::new(q),
        },
        index + 1,
    ))
}

/// `q12-copie-2` → `q12-copie`; `q3` → `q3-copie`.
fn base_id(id: &str) -> String {
    let stem = id.rsplit_once('-').map_or(id, |(stem, n)| {
        if n.bytes().all(|b| b.is_ascii_digit()) && stem.ends_with("-copie") {
            stem
        } else {
            id
        }
    });
    if stem.ends_with("-copie") {
        stem.to_owned()
    } else {
        format!("{stem}-copie")
    }
}

/// Removes question `index` and the images only it showed.
pub fn delete_question(quiz: &Quiz, index: usize) -> Option<Edit> {
    let old = quiz.questions.get(index)?;
    let mut edits = vec![Edit::RemoveQuestion { index }];
    edits.extend(drop_orphans(quiz, index, old, None));
    Some(batch(edits))
}

/// Converts question `index` to another type, keeping what can be kept.
pub fn convert_type(quiz: &Quiz, index: usize, ty: QuestionType) -> Option<Edit> {
    super::edit_question(quiz, index, |q| {
        if q.question_type() != ty {
            q.kind = q.kind.converted(ty);
        }
    })
}

/// Swaps question `index` with its neighbour of the same level (`up`: the previous one).
pub fn move_within_level(quiz: &Quiz, index: usize, up: bool) -> Option<(Edit, usize)> {
    let level = &quiz.questions.get(index)?.level;
    let same = |(_, q): &(usize, &Question)| &q.level == level;
    let neighbour = if up {
        quiz.questions[..index]
            .iter()
            .enumerate()
            .rev()
            .find(same)?
            .0
    } else {
        index + 1 + quiz.questions[index + 1..].iter().enumerate().find(same)?.0
    };
    Some((
        Edit::MoveQuestion {
            from: index,
            to: neighbour,
        },
        neighbour,
    ))
}

/// Moves question `index` to the end of `level`.
pub fn move_to_level(quiz: &Quiz, index: usize, level: &str) -> Option<(Edit, usize)> {
    drop_question(quiz, index, &DropTarget::EndOf(level.to_owned()))
}

/// Moves question `from` to `target`, changing its level when the target is in another one.
/// Returns the edit and the question's new index; `None` when nothing would change.
pub fn drop_question(quiz: &Quiz, from: usize, target: &DropTarget) -> Option<(Edit, usize)> {
    let n = quiz.questions.len();
    let question = quiz.questions.get(from)?;
    let (level, to) = match target {
        DropTarget::Before(t) | DropTarget::After(t) => {
            let level = quiz.questions.get(*t)?.level.clone();
            // Index in the list without the moved question.
            let mut to = if t > &from { t - 1 } else { *t };
            if matches!(target, DropTarget::After(_)) && *t != from {
                to += 1;
            }
            (level, to.min(n - 1))
        }
        DropTarget::EndOf(level) => (level.clone(), insertion_index(quiz, level, Some(from))),
    };
    let mut edits = Vec::new();
    if question.level != level {
        let mut q = question.clone();
        q.level.clone_from(&level);
        edits.push(Edit::SetQuestion {
            index: from,
            question: Box::new(q),
        });
    }
    let to = to.min(n - 1);
    if to != from {
        edits.push(Edit::MoveQuestion { from, to });
    }
    if edits.is_empty() {
        return None;
    }
    Some((batch(edits), to))
}

#[cfg(test)]
#[path = "questions_tests.rs"]
mod tests;
