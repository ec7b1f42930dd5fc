#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use super::*;
use crate::model::{Choice, Level, Question, QuestionKind};

/// A workbook written cell by cell: `(row from 1, [A, B, C…])`; cells that parse as numbers
/// are written as numbers, as a spreadsheet program would.
pub fn sheet_bytes(rows: &[(u32, &[&str])]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    for (r, cells) in rows {
        for (c, text) in (0u16..).zip(cells.iter()) {
            if text.is_empty() {
                continue;
            }
            match text.parse::<f64>() {
                Ok(n) => sheet.write_number(r - 1, c, n).unwrap(),
                Err(_) => sheet.write_string(r - 1, c, *text).unwrap(),
            };
        }
    }
    wb.save_to_buffer().unwrap()
}

fn template(questions: &[(u32, &[&str])]) -> Vec<u8> {
    let mut rows: Vec<(u32, &[&str])> =
        vec![(1, &["Quiz de l'atelier du mardi"][..]), (8, &HEADERS[..])];
    rows.extend_from_slice(questions);
    sheet_bytes(&rows)
}

fn ctx() -> ImportContext {
    ImportContext {
        file_name: "atelier-mardi.xlsx".into(),
        today: "2026-12-03".into(),
    }
}

fn keys(problems: &[Problem]) -> Vec<(&'static str, Location)> {
    problems
        .iter()
        .map(|p| (p.key, p.location.clone()))
        .collect()
}

#[test]
fn reads_the_template_row_by_row() {
    let bytes = template(&[
        (
            9,
            &[
                "1",
                "Quel signe montre qu'un site est sécurisé ?",
                "Un cadenas",
                "Une étoile",
                "",
                "",
                "20",
                "1",
            ],
        ),
        (
            10,
            &[
                "2",
                "Lesquels sont des navigateurs ?",
                "Firefox",
                "Word",
                "Chrome",
                "Paint",
                "30",
                "1,3",
            ],
        ),
        (
            11,
            &[
                "3",
                "Un mot de passe se partage.",
                "Vrai",
                "Faux",
                "",
                "",
                "10",
                "2",
            ],
        ),
        (12, &["4"]),
        (
            13,
            &[
                "5",
                "Votre appareil préféré ?",
                "Téléphone",
                "Tablette",
                "",
                "",
                "45",
                "",
            ],
        ),
        (
            14,
            &["6", "Réponse vide ?", "Oui", "Non", "", "", "20", "3"],
        ),
        (
            15,
            &["7", "Réponse folle ?", "Oui", "Non", "", "", "20", "7"],
        ),
        (16, &["8", "", "Oui", "Non", "", "", "20", "1"]),
        (
            17,
            &["9", "Une seule réponse ?", "Oui", "", "", "", "20", "1"],
        ),
    ]);
    let import = import(&bytes, &ctx()).unwrap();
    let q = &import.quiz.questions;
    assert_eq!(q.len(), 4);
    assert!(
        matches!(&q[0].kind, QuestionKind::SingleChoice { choices } if choices[0].correct && !choices[1].correct)
    );
    assert_eq!(q[0].time_limit_s, Some(20));
    assert!(
        matches!(&q[1].kind, QuestionKind::MultipleChoice { choices } if choices.iter().map(|c| c.correct).collect::<Vec<_>>() == [true, false, true, false])
    );
    assert_eq!(q[2].kind, QuestionKind::TrueFalse { answer: false });
    assert!(matches!(q[3].kind, QuestionKind::Poll { .. }));
    assert_eq!(q[3].time_limit_s, Some(45));
    let found = keys(&import.problems);
    for expected in [
        ("interchange.kahoot.odd_time", Location::Row(13)),
        ("interchange.kahoot.no_correct", Location::Row(13)),
        ("interchange.kahoot.correct_empty", Location::Row(14)),
        ("interchange.kahoot.bad_correct", Location::Row(15)),
        ("interchange.kahoot.no_text", Location::Row(16)),
        ("interchange.kahoot.few_answers", Location::Row(17)),
        ("interchange.license_unknown", Location::File),
    ] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
    let source = &import.quiz.sources[0];
    assert_eq!(source.title, "atelier-mardi.xlsx");
    assert!(
        source.note.contains("Quiz de l'atelier du mardi"),
        "{}",
        source.note
    );
    let detail = &q[1].source.as_ref().unwrap().detail;
    assert_eq!(detail, "rangée 10");
}

#[test]
fn headers_elsewhere_are_found_and_said_wrong_headers_are_refused() {
    let moved = sheet_bytes(&[
        (1, &HEADERS),
        (2, &["", "Deux et deux ?", "4", "5", "", "", "5", "1"]),
    ]);
    let import = import(&moved, &ctx()).unwrap();
    assert_eq!(import.quiz.questions.len(), 1);
    assert_eq!(import.problems[0].key, "interchange.kahoot.header_moved");
    let wrong = sheet_bytes(&[
        (8, &["", "Intitulé", "Choix 1"]),
        (9, &["", "Q ?", "a", "b", "", "", "5", "1"]),
    ]);
    let refusal = super::import(&wrong, &ctx()).unwrap_err();
    assert_eq!(
        keys(&refusal.problems),
        [("interchange.kahoot.no_header", Location::Row(8))]
    );
    assert_eq!(refusal.problems[0].args[0].1, "Intitulé");
}

#[test]
fn what_is_not_a_workbook_is_refused_with_its_own_error() {
    let refused = |bytes: &[u8]| super::import(bytes, &ctx()).unwrap_err().problems[0].key;
    assert_eq!(refused(b"Question;Answer 1\n"), "interchange.zip.not_zip");
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("lisez-moi.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut w, b"pas un classeur").unwrap();
    let zip = w.finish().unwrap().into_inner();
    assert_eq!(refused(&zip), "interchange.kahoot.not_xlsx");
    let empty = template(&[]);
    assert_eq!(refused(&empty), "interchange.kahoot.no_question");
}

fn quiz_of(kinds: Vec<QuestionKind>) -> Quiz {
    let mut quiz = Quiz {
        title: "Sécurité".into(),
        modified: "2026-12-03".into(),
        ..Quiz::default()
    };
    quiz.levels.push(Level {
        id: "l".into(),
        name: "Découverte".into(),
        ..Level::default()
    });
    for (i, kind) in kinds.into_iter().enumerate() {
        let mut q = Question::new(format!("q{i}"), "l", kind);
        q.prompt = format!("Question numéro {i} ?");
        quiz.questions.push(q);
    }
    quiz
}

#[test]
fn export_says_what_it_shortens_rounds_and_leaves_out() {
    let five: Vec<Choice> = (0..5)
        .map(|k| Choice::text(format!("réponse {k}"), k == 4))
        .collect();
    let mut quiz = quiz_of(vec![
        QuestionKind::SingleChoice { choices: five },
        QuestionKind::Poll {
            choices: vec![Choice::text("a", false), Choice::text("b", false)],
        },
        QuestionKind::Ordering {
            items: vec!["a".into(), "b".into()],
        },
        QuestionKind::TrueFalse { answer: true },
    ]);
    quiz.questions[0].prompt = "é".repeat(130);
    quiz.questions[0].time_limit_s = Some(45);
    quiz.questions[0].explanation = "Parce que.".into();
    if let Some(c) = quiz.questions[0].kind.choices_mut() {
        c[1].text = "x".repeat(80);
    }
    let export = export(&quiz);
    let found = keys(&export.problems);
    for expected in [
        ("interchange.kahoot.answers_left_out", Location::Question(1)),
        (
            "interchange.kahoot.question_shortened",
            Location::Question(1),
        ),
        ("interchange.kahoot.answer_shortened", Location::Question(1)),
        ("interchange.kahoot.time_rounded", Location::Question(1)),
        ("interchange.kahoot.explanation_lost", Location::Question(1)),
        ("interchange.kahoot.poll", Location::Question(2)),
        ("interchange.kahoot.other_type", Location::Question(3)),
        ("interchange.kahoot.true_false", Location::Question(4)),
    ] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
    let back = import(&export.bytes, &ctx()).unwrap().quiz;
    assert_eq!(back.questions.len(), 2);
    let q = &back.questions[0];
    assert_eq!(q.prompt.chars().count(), MAX_QUESTION_CHARS);
    assert!(q.prompt.ends_with('…'));
    assert_eq!(q.time_limit_s, Some(60));
    let choices = q.kind.choices().unwrap();
    assert_eq!(choices.len(), 4);
    assert!(choices[3].correct, "the right answer is kept, in its place");
    assert_eq!(choices[1].text.chars().count(), MAX_ANSWER_CHARS);
    assert_eq!(
        back.questions[1].kind,
        QuestionKind::TrueFalse { answer: true }
    );
}

#[test]
fn export_is_the_same_bytes_for_the_same_quiz_and_past_100_questions_says_so() {
    let kinds = (0..101)
        .map(|_| QuestionKind::SingleChoice {
            choices: vec![Choice::text("oui", true), Choice::text("non", false)],
        })
        .collect();
    let quiz = quiz_of(kinds);
    let a = export(&quiz);
    assert_eq!(a.bytes, export(&quiz).bytes);
    let over: Vec<_> = a
        .problems
        .iter()
        .filter(|p| p.key == "interchange.kahoot.over_100")
        .collect();
    assert_eq!(over.len(), 1);
    assert_eq!(over[0].location, Location::Question(101));
    assert_eq!(import(&a.bytes, &ctx()).unwrap().quiz.questions.len(), 100);
}

#[test]
fn nearest_time_prefers_the_longer_on_a_tie() {
    assert_eq!(write::nearest_time(45), 60);
    assert_eq!(write::nearest_time(1), 5);
    assert_eq!(write::nearest_time(1000), 240);
    assert_eq!(write::nearest_time(20), 20);
}
