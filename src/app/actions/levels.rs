//! Levels: add, reorder, delete (moving or deleting their questions).
//!
//! Level order is presentation order, so reordering levels also regroups the questions: the
//! list, the numbers shown to the author and the presenter then all agree.

use super::{batch, drop_orphans, insertion_index};
use crate::app::edit::Edit;
use crate::model::{Level, Quiz};

/// A new level called `name`, last. Returns the edit and the new level's id.
pub fn add_level(quiz: &Quiz, name: &str) -> (Edit, String) {
    let slug = slug(name);
    let id = if slug.is_empty() || quiz.level(&slug).is_some() {
        quiz.fresh_level_id(if slug.is_empty() { "niveau" } else { &slug })
    } else {
        slug
    };
    let mut levels = quiz.levels.clone();
    levels.push(Level {
        id: id.clone(),
        name: name.to_owned(),
        ..Level::default()
    });
    (Edit::SetLevels(levels), id)
}

/// `Pour aller plus loin` → `pour-aller-plus-loin` (ASCII letters and digits only).
fn slug(name: &str) -> String {
    let plain: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    plain
        .split('-')
        .filter(|s| !s.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-")
}

/// Moves level `index` up or down, and regroups the questions in the new level order.
pub fn move_level(quiz: &Quiz, index: usize, up: bool) -> Option<Edit> {
    let other = if up { index.checked_sub(1)? } else { index + 1 };
    if other >= quiz.levels.len() || index >= quiz.levels.len() {
        return None;
    }
    let mut levels = quiz.levels.clone();
    levels.swap(index, other);
    let mut scratch = quiz.clone();
    let mut edits = vec![Edit::SetLevels(levels)];
    edits[0].clone().apply(&mut scratch).ok()?;
    edits.extend(regroup_by_level(&scratch));
    Some(batch(edits))
}

/// The moves that put the questions in level order, keeping their order within a level
/// (questions of unknown levels go last). Empty when they already are.
pub fn regroup_by_level(quiz: &Quiz) -> Vec<Edit> {
    let mut current: Vec<usize> = (0..quiz.questions.len()).collect();
    let target = quiz.in_level_order();
    let mut edits = Vec::new();
    for (pos, wanted) in target.iter().enumerate() {
        let Some(from) = current.iter().position(|i| i == wanted) else {
            continue;
        };
        if from != pos {
            let moved = current.remove(from);
            current.insert(pos, moved);
            edits.push(Edit::MoveQuestion { from, to: pos });
        }
    }
    edits
}

/// Deletes level `id`. Its questions move to the end of level `move_to`, or are deleted
/// (with the images only they showed) when `move_to` is `None`. One undo step.
pub fn delete_level(quiz: &Quiz, id: &str, move_to: Option<&str>) -> Option<Edit> {
    quiz.level(id)?;
    if move_to.is_some_and(|t| t == id || quiz.level(t).is_none()) {
        return None;
    }
    let mut scratch = quiz.clone();
    let mut edits = Vec::new();
    let mut push = |edit: Edit, scratch: &mut Quiz| {
        // Each edit is computed on the quiz as the previous ones left it.
        if edit.clone().apply(scratch).is_ok() {
            edits.push(edit);
        }
    };
    while let Some(index) = scratch.questions.iter().position(|q| q.level == id) {
        match move_to {
            Some(target) => {
                let mut q = scratch.questions[index].clone();
                target.clone_into(&mut q.level);
                let to = insertion_index(&scratch, target, Some(index));
                push(
                    Edit::SetQuestion {
                        index,
                        question: Box::new(q),
                    },
                    &mut scratch,
                );
                if to != index {
                    push(Edit::MoveQuestion { from: index, to }, &mut scratch);
                }
            }
            None => {
                let old = scratch.questions[index].clone();
                let orphans = drop_orphans(&scratch, index, &old, None);
                push(Edit::RemoveQuestion { index }, &mut scratch);
                for orphan in orphans {
                    push(orphan, &mut scratch);
                }
            }
        }
    }
    let levels = quiz.levels.iter().filter(|l| l.id != id).cloned().collect();
    edits.push(Edit::SetLevels(levels));
    Some(batch(edits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Question, QuestionType};

    fn quiz(questions: &[(&str, &str)]) -> Quiz {
        let mut quiz = Quiz::default();
        for id in ["a", "b", "c"] {
            quiz.levels.push(Level {
                id: id.into(),
                name: id.into(),
                ..Level::default()
            });
        }
        for (id, level) in questions {
            let kind = QuestionType::Open.empty_kind();
            quiz.questions.push(Question::new(*id, *level, kind));
        }
        quiz
    }

    fn order(quiz: &Quiz) -> Vec<String> {
        quiz.questions
            .iter()
            .map(|q| format!("{}:{}", q.id, q.level))
            .collect()
    }

    #[test]
    fn new_levels_get_readable_unique_ids() {
        let mut q = quiz(&[]);
        let (edit, id) = add_level(&q, "Pour aller plus loin !");
        assert_eq!(id, "pour-aller-plus-loin");
        edit.apply(&mut q).unwrap();
        let (_, id) = add_level(&q, "Pour aller plus loin");
        assert_eq!(id, "pour-aller-plus-loin-1");
        let (_, id) = add_level(&q, "");
        assert_eq!(id, "niveau-1");
    }

    #[test]
    fn moving_a_level_regroups_questions() {
        let mut q = quiz(&[("1", "a"), ("2", "b"), ("3", "a"), ("4", "c")]);
        let before = q.clone();
        let undo = move_level(&q, 1, true).unwrap().apply(&mut q).unwrap();
        let ids: Vec<&str> = q.levels.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["b", "a", "c"]);
        assert_eq!(order(&q), ["2:b", "1:a", "3:a", "4:c"]);
        undo.apply(&mut q).unwrap();
        assert_eq!(q, before);
        assert!(move_level(&q, 0, true).is_none());
        assert!(move_level(&q, 2, false).is_none());
    }

    #[test]
    fn deleting_a_level_moves_its_questions_to_the_end_of_another() {
        let mut q = quiz(&[("1", "a"), ("2", "b"), ("3", "b"), ("4", "c")]);
        let before = q.clone();
        let undo = delete_level(&q, "b", Some("a"))
            .unwrap()
            .apply(&mut q)
            .unwrap();
        assert_eq!(order(&q), ["1:a", "2:a", "3:a", "4:c"]);
        assert!(q.level("b").is_none());
        undo.apply(&mut q).unwrap();
        assert_eq!(q, before);
        delete_level(&q, "a", Some("c"))
            .unwrap()
            .apply(&mut q)
            .unwrap();
        assert_eq!(order(&q), ["2:b", "3:b", "4:c", "1:c"]);
    }

    #[test]
    fn deleting_a_level_with_its_questions() {
        let mut q = quiz(&[("1", "a"), ("2", "b"), ("3", "b")]);
        delete_level(&q, "b", None).unwrap().apply(&mut q).unwrap();
        assert_eq!(order(&q), ["1:a"]);
        assert_eq!(q.levels.len(), 2);
        assert!(delete_level(&q, "a", Some("a")).is_none());
        assert!(delete_level(&q, "zz", None).is_none());
    }
}
