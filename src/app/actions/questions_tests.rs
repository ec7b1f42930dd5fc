use super::*;
use crate::model::{Asset, Choice, ImageRef, Level, MediaType, QuestionKind};

/// Levels a, b, c; questions given as (id, level).
fn quiz(questions: &[(&str, &str)]) -> Quiz {
    let mut quiz = Quiz::default();
    for id in ["a", "b", "c"] {
        quiz.levels.push(Level {
            id: id.into(),
            name: id.to_uppercase(),
            ..Level::default()
        });
    }
    for (id, level) in questions {
        quiz.questions
            .push(Question::new(*id, *level, QuestionType::Open.empty_kind()));
    }
    quiz
}

fn order(quiz: &Quiz) -> Vec<String> {
    quiz.questions
        .iter()
        .map(|q| format!("{}:{}", q.id, q.level))
        .collect()
}

fn run(quiz: &mut Quiz, edit: Edit) {
    let before = quiz.clone();
    let inverse = edit.apply(quiz).unwrap();
    let after = quiz.clone();
    inverse.clone().apply(quiz).unwrap();
    assert_eq!(*quiz, before, "undo restores");
    *quiz = after;
}

#[test]
fn new_questions_end_their_level_or_follow_the_selection() {
    let mut q = quiz(&[("1", "a"), ("2", "a"), ("3", "c")]);
    let (edit, at) = add_question(&q, "b", QuestionType::TrueFalse, None);
    assert_eq!(at, 2, "after the last question of an earlier level");
    run(&mut q, edit);
    let (edit, at) = add_question(&q, "a", QuestionType::Poll, Some(0));
    assert_eq!(at, 1, "right after the selected question of the same level");
    run(&mut q, edit);
    let (edit, at) = add_question(&q, "a", QuestionType::Poll, Some(3));
    assert_eq!(at, 3, "selection in another level: end of the level");
    run(&mut q, edit);
    assert_eq!(q.questions[3].question_type(), QuestionType::Poll);
    assert_eq!(insertion_index(&quiz(&[("1", "c")]), "a", None), 0);
}

#[test]
fn duplicate_gets_a_fresh_id_right_after() {
    let mut q = quiz(&[("q1", "a"), ("q2", "a")]);
    let (edit, at) = duplicate_question(&q, 0).unwrap();
    run(&mut q, edit);
    assert_eq!(at, 1);
    assert_eq!(q.questions[1].id, "q1-copie-1");
    let (edit, _) = duplicate_question(&q, 1).unwrap();
    run(&mut q, edit);
    assert_eq!(q.questions[2].id, "q1-copie-2");
}

#[test]
fn moves_stay_within_the_level_and_across_levels() {
    let mut q = quiz(&[("1", "a"), ("2", "b"), ("3", "a"), ("4", "a")]);
    let (edit, at) = move_within_level(&q, 2, true).unwrap();
    run(&mut q, edit);
    assert_eq!(at, 0);
    assert_eq!(order(&q), ["3:a", "1:a", "2:b", "4:a"]);
    assert!(move_within_level(&q, 0, true).is_none(), "already first");
    let (edit, at) = move_within_level(&q, 1, false).unwrap();
    run(&mut q, edit);
    assert_eq!(order(&q), ["3:a", "2:b", "4:a", "1:a"]);
    assert_eq!(at, 3);
    let (edit, at) = move_to_level(&q, 0, "b").unwrap();
    run(&mut q, edit);
    assert_eq!(order(&q), ["2:b", "3:b", "4:a", "1:a"]);
    assert_eq!(at, 1);
}

#[test]
fn drops_before_after_and_into_levels() {
    let mut q = quiz(&[("1", "a"), ("2", "a"), ("3", "b"), ("4", "b")]);
    let (edit, at) = drop_question(&q, 0, &DropTarget::Before(3)).unwrap();
    run(&mut q, edit);
    assert_eq!(order(&q), ["2:a", "3:b", "1:b", "4:b"]);
    assert_eq!(at, 2);
    let (edit, at) = drop_question(&q, 3, &DropTarget::After(0)).unwrap();
    run(&mut q, edit);
    assert_eq!(order(&q), ["2:a", "4:a", "3:b", "1:b"]);
    assert_eq!(at, 1);
    let (edit, at) = drop_question(&q, 0, &DropTarget::EndOf("c".into())).unwrap();
    run(&mut q, edit);
    assert_eq!(order(&q), ["4:a", "3:b", "1:b", "2:c"]);
    assert_eq!(at, 3);
    assert!(drop_question(&q, 1, &DropTarget::Before(1)).is_none());
    assert!(drop_question(&q, 2, &DropTarget::After(1)).is_none());
}

#[test]
fn deleting_drops_images_nobody_else_shows() {
    let mut q = quiz(&[("1", "a"), ("2", "a")]);
    q.assets
        .insert("shared".into(), Asset::new(MediaType::Png, vec![1]));
    q.assets
        .insert("own".into(), Asset::new(MediaType::Png, vec![2]));
    let img = |id: &str| {
        Some(ImageRef {
            asset: id.into(),
            ..ImageRef::default()
        })
    };
    q.questions[0].image = img("shared");
    q.questions[1].image = img("shared");
    q.questions[1].kind = QuestionKind::SingleChoice {
        choices: vec![
            Choice {
                image: img("own"),
                ..Choice::text("x", true)
            },
            Choice::text("y", false),
        ],
    };
    let edit = delete_question(&q, 1).unwrap();
    run(&mut q, edit);
    assert!(q.assets.contains_key("shared"));
    assert!(!q.assets.contains_key("own"));
    assert_eq!(q.questions.len(), 1);
}

#[test]
fn converting_keeps_texts_and_drops_choice_images() {
    let mut q = quiz(&[("1", "a")]);
    q.assets
        .insert("i".into(), Asset::new(MediaType::Png, vec![1]));
    q.questions[0].kind = QuestionKind::MultipleChoice {
        choices: vec![
            Choice {
                image: Some(ImageRef {
                    asset: "i".into(),
                    ..ImageRef::default()
                }),
                ..Choice::text("x", true)
            },
            Choice::text("y", true),
        ],
    };
    let edit = convert_type(&q, 0, QuestionType::Ordering).unwrap();
    run(&mut q, edit);
    assert_eq!(
        q.questions[0].kind,
        QuestionKind::Ordering {
            items: vec!["x".into(), "y".into()]
        }
    );
    assert!(q.assets.is_empty());
    assert!(convert_type(&q, 0, QuestionType::Ordering).is_none());
}
