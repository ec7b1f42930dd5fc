//! quiz → format → quiz keeps everything the format carries (proptest), for GIFT, Moodle XML
//! and Aiken: ids, level names, prompts, choices and which are right, true/false answers,
//! orderings, model answers, explanations and tags; for Kahoot: prompts, answers and time
//! limits; for H5P: prompts, answers, model answers and explanations — with texts full of
//! each format's special characters.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use atelier_quiz::interchange::{self, Format, ImportContext};
use atelier_quiz::model::{Choice, Level, Question, QuestionKind, Quiz};
use proptest::prelude::*;

/// A word with GIFT's, XML's and HTML's special characters (never a leading `/`, which would
/// make a GIFT line a comment, nor a capital, which could read as an Aiken option).
fn word() -> impl Strategy<Value = String> {
    "[a-zéèàç0-9][a-zéèàç0-9~=#{}:\\\\<>&%'\"?!;.,]{0,7}"
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..5).prop_map(|w| w.join(" "))
}

fn choices(min_right: usize, max_right: usize) -> impl Strategy<Value = Vec<Choice>> {
    choices_of(2..6, min_right, max_right)
}

fn choices_of(
    count: std::ops::Range<usize>,
    min_right: usize,
    max_right: usize,
) -> impl Strategy<Value = Vec<Choice>> {
    (
        prop::collection::vec(text(), count),
        any::<prop::sample::Index>(),
        min_right..=max_right,
    )
        .prop_filter_map("distinct", move |(texts, start, right)| {
            let n = texts.len();
            if right > n {
                return None;
            }
            let first = start.index(n);
            Some(
                texts
                    .into_iter()
                    .enumerate()
                    .map(|(i, t)| Choice::text(t, (i + n - first) % n < right))
                    .collect(),
            )
        })
}

#[derive(Clone, Copy, Debug)]
enum Kinds {
    Gift,
    Moodle,
    Aiken,
    Kahoot,
    H5p,
}

fn kind(kinds: Kinds) -> BoxedStrategy<QuestionKind> {
    let single = choices(1, 1).prop_map(|choices| QuestionKind::SingleChoice { choices });
    let multiple = choices(2, 5).prop_map(|choices| QuestionKind::MultipleChoice { choices });
    let tf = any::<bool>().prop_map(|answer| QuestionKind::TrueFalse { answer });
    let open = prop_oneof![Just(String::new()), text()]
        .prop_map(|answer_text| QuestionKind::Open { answer_text });
    match kinds {
        Kinds::Aiken => single.boxed(),
        Kinds::Kahoot => prop_oneof![
            choices_of(2..5, 1, 1).prop_map(|choices| QuestionKind::SingleChoice { choices }),
            choices_of(2..5, 2, 4).prop_map(|choices| QuestionKind::MultipleChoice { choices }),
            tf,
        ]
        .boxed(),
        Kinds::H5p => {
            let poll = choices(0, 0).prop_map(|choices| QuestionKind::Poll { choices });
            // Every answer right reads back as a poll (how polls are written): keep one wrong.
            let multiple =
                choices_of(3..6, 2, 2).prop_map(|choices| QuestionKind::MultipleChoice { choices });
            prop_oneof![single, multiple, tf, open, poll].boxed()
        }
        Kinds::Gift => prop_oneof![single, multiple, tf, open].boxed(),
        Kinds::Moodle => {
            let poll = choices(0, 0).prop_map(|choices| QuestionKind::Poll { choices });
            let ordering = prop::collection::vec(text(), 2..6)
                .prop_map(|items| QuestionKind::Ordering { items });
            prop_oneof![single, multiple, tf, open, poll, ordering].boxed()
        }
    }
}

fn quiz(kinds: Kinds) -> impl Strategy<Value = Quiz> {
    let question = (
        kind(kinds),
        text(),
        prop_oneof![Just(String::new()), text()],
        0..3usize,
        prop::collection::vec("[a-z]{1,8}", 0..3),
        prop::sample::select(&[5u32, 10, 20, 30, 60, 90, 120, 240][..]),
    );
    prop::collection::vec(question, 1..8).prop_map(|qs| {
        let mut quiz = Quiz {
            title: "Quiz".into(),
            ..Quiz::default()
        };
        for (n, name) in ["Découverte", "Pratique : suite", "Expert {x}"]
            .iter()
            .enumerate()
        {
            quiz.levels.push(Level {
                id: format!("l{n}"),
                name: (*name).into(),
                ..Level::default()
            });
        }
        for (i, (kind, prompt, explanation, level, tags, time)) in qs.into_iter().enumerate() {
            let mut q = Question::new(format!("q-{i}"), format!("l{level}"), kind);
            q.prompt = prompt;
            q.explanation = explanation;
            q.tags = tags;
            q.time_limit_s = Some(time);
            quiz.questions.push(q);
        }
        quiz.levels
            .retain(|l| quiz.questions.iter().any(|q| q.level == l.id));
        quiz.group_by_level();
        quiz
    })
}

/// What a format carries of a question, for comparison.
fn carried(quiz: &Quiz, q: &Question, kinds: Kinds) -> String {
    let kind = match &q.kind {
        QuestionKind::SingleChoice { choices }
        | QuestionKind::MultipleChoice { choices }
        | QuestionKind::Poll { choices } => {
            let c: Vec<_> = choices.iter().map(|c| (&c.text, c.correct)).collect();
            format!("{:?} {c:?}", q.question_type())
        }
        other => format!("{other:?}"),
    };
    let level = quiz
        .level(&q.level)
        .map(|l| l.name.clone())
        .unwrap_or_default();
    match kinds {
        Kinds::Aiken => format!("{} | {kind}", q.prompt),
        Kinds::Kahoot => format!("{} | {kind} | {:?}", q.prompt, q.time_limit_s),
        Kinds::H5p => format!("{} | {} | {kind}", q.prompt, q.explanation),
        _ => format!(
            "{} | {level} | {} | {kind} | {} | {:?}",
            q.id, q.prompt, q.explanation, q.tags
        ),
    }
}

fn round_trip(quiz: &Quiz, format: Format, kinds: Kinds) -> Result<(), TestCaseError> {
    let export = interchange::export(format, quiz);
    prop_assert!(
        export.problems.iter().all(|p| !p.is_error()),
        "{:?}",
        export.problems
    );
    let back =
        interchange::import(format, &export.bytes, &ImportContext::default()).map_err(|r| {
            TestCaseError::fail(format!(
                "{:?}\n{}",
                r.problems,
                String::from_utf8_lossy(&export.bytes)
            ))
        })?;
    let theirs: Vec<String> = back
        .quiz
        .questions
        .iter()
        .map(|q| carried(&back.quiz, q, kinds))
        .collect();
    let ours: Vec<String> = quiz
        .questions
        .iter()
        .map(|q| carried(quiz, q, kinds))
        .collect();
    prop_assert_eq!(theirs, ours, "{}", String::from_utf8_lossy(&export.bytes));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn gift_keeps_what_it_carries(quiz in quiz(Kinds::Gift)) {
        round_trip(&quiz, Format::Gift, Kinds::Gift)?;
    }

    #[test]
    fn moodle_xml_keeps_what_it_carries(quiz in quiz(Kinds::Moodle)) {
        round_trip(&quiz, Format::MoodleXml, Kinds::Moodle)?;
    }

    #[test]
    fn aiken_keeps_what_it_carries(quiz in quiz(Kinds::Aiken)) {
        round_trip(&quiz, Format::Aiken, Kinds::Aiken)?;
    }

    #[test]
    fn kahoot_keeps_what_it_carries(quiz in quiz(Kinds::Kahoot)) {
        round_trip(&quiz, Format::Kahoot, Kinds::Kahoot)?;
    }

    #[test]
    fn h5p_keeps_what_it_carries(quiz in quiz(Kinds::H5p)) {
        round_trip(&quiz, Format::H5p, Kinds::H5p)?;
    }
}
