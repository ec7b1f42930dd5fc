//! What a session produces: summary numbers, CSV, credits, and the audience view (privacy,
//! reveal per type).
#![allow(clippy::unwrap_used, clippy::too_many_lines)]

use super::*;

#[test]
fn summary_numbers() {
    let quiz = quiz();
    let mut p = session(&quiz, &[]);
    let set = |p: &mut PresenterState, question, field, count| {
        p.apply(
            &quiz,
            &settings(),
            &C::SetTally {
                question,
                field,
                count,
            },
            at(0),
        );
    };
    set(&mut p, 0, 0, 6); // single: 6 right of 8 → 75 %
    set(&mut p, 0, 1, 2);
    set(&mut p, 1, 1, 5); // true/false, answer false: field 1 = Faux → 5 of 5 → 100 %
    set(&mut p, 2, 0, 4); // poll: no right answer
    set(&mut p, 6, 0, 3); // multiple: 3 + 1 on right answers of 6 → 67 %
    set(&mut p, 6, 1, 1);
    set(&mut p, 6, 2, 2);
    set(&mut p, 3, 9, 2); // no such field: ignored
    let s = crate::presenter::summary::summarize(&quiz, &p);
    assert_eq!(s.results.len(), 7);
    assert_eq!(s.tallied, 4);
    let pct: Vec<Option<u32>> = s.results.iter().map(|r| r.percent).collect();
    // In session order (level order: open, of l1, before the l2 questions).
    assert_eq!(pct, [Some(75), Some(100), None, None, None, None, Some(67)]);
    assert_eq!(s.results[3].tally.as_ref().unwrap().total(), 4, "the poll");
    assert_eq!(s.mean_percent, Some(81), "(75 + 100 + 67) / 3");
}

#[test]
fn csv_is_french_excel_ready_and_inert() {
    let mut quiz = quiz();
    quiz.questions[0].prompt = "=HYPERLINK(\"http://x\";\"clic\")\nsuite".into();
    let mut p = session(&quiz, &["l1"]);
    for (field, count) in [(0, 6), (1, 2)] {
        p.apply(
            &quiz,
            &settings(),
            &C::SetTally {
                question: 0,
                field,
                count,
            },
            at(0),
        );
    }
    let bytes = crate::presenter::csv::export(&quiz, &p, Lang::Fr, "2026-11-27");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines.len(), 5, "header, 3 questions, final newline: {text}");
    assert!(lines[0].starts_with("\"Date\";\"Quiz\";\"N°\""));
    assert_eq!(
        lines[1],
        "\"2026-11-27\";\"Quiz test\";1;\"single\";\"Niveau l1\";\"Choix unique\";\
         \"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\") suite\";8;6;75;\
         \"Bonne : 6 | =CMD() : 2 | Autre \"\"citée\"\" : 0\""
    );
    assert!(lines[2].contains("\"tf\"") && lines[2].ends_with(";;;;\"\""));
    assert_eq!(lines[4], "");
    assert_eq!(
        crate::presenter::csv::text_cell("@SUM(A1)"),
        "\"'@SUM(A1)\"",
        "formula-looking cells get a quote"
    );
    assert_eq!(crate::presenter::csv::text_cell("-2+3"), "\"'-2+3\"");
    assert_eq!(
        crate::presenter::csv::text_cell("Sans danger"),
        "\"Sans danger\""
    );
    assert_eq!(
        crate::presenter::csv::file_name(&quiz, "2026-11-27", Lang::Fr),
        "resultats-Quiz-test-2026-11-27.csv"
    );
}

#[test]
fn audience_never_sees_notes_nor_answers_before_reveal() {
    let quiz = quiz();
    let mut p = session(&quiz, &[]);
    for (question, field) in [(0, 1), (1, 0)] {
        p.apply(
            &quiz,
            &settings(),
            &C::SetTally {
                question,
                field,
                count: 3,
            },
            at(0),
        );
    }
    for _ in 0..p.deck.len() {
        let v = view(&quiz, &p);
        let debug = format!("{v:?}");
        assert!(!debug.contains(SECRET), "notes shown at {:?}", p.position());
        if let Slide::Question(qv) = &v.slide {
            let before_reveal = matches!(p.position().step(), Some(Step::Prompt | Step::Answers));
            if before_reveal {
                assert!(!qv.revealed);
                assert!(!debug.contains("Correct"), "mark at {:?}", p.position());
                assert!(!debug.contains("Réponse modèle"));
                assert!(!debug.contains("Region"), "hotspot region before reveal");
                assert!(!debug.contains("un\", revealed: true"));
                assert!(qv.explanation.is_none() && qv.source.is_none());
            }
        }
        p.apply(&quiz, &settings(), &C::Next, at(0));
    }
}

#[test]
fn reveal_per_type() {
    let quiz = quiz();
    let mut p = session(&quiz, &[]);
    let revealed = |p: &mut PresenterState, index| {
        p.apply(&quiz, &settings(), &C::GoToQuestion(index), at(0));
        while p.position().step() != Some(Step::Reveal) {
            p.apply(&quiz, &settings(), &C::Next, at(0));
        }
        let Slide::Question(qv) = view(&quiz, p).slide else {
            panic!()
        };
        *qv
    };
    // Single choice: the right answer checked, others dimmed.
    let qv = revealed(&mut p, 0);
    let Body::Choices { answers, .. } = &qv.body else {
        panic!()
    };
    let marks: Vec<Mark> = answers.iter().map(|a| a.mark).collect();
    assert_eq!(marks, [Mark::Correct, Mark::Dimmed, Mark::Dimmed]);
    // True/false: two panels, Faux right.
    let qv = revealed(&mut p, 1);
    let Body::Choices {
        answers,
        true_false,
        ..
    } = &qv.body
    else {
        panic!()
    };
    assert!(true_false);
    assert_eq!(
        (
            answers[0].text,
            answers[0].mark,
            answers[1].text,
            answers[1].mark
        ),
        ("Vrai", Mark::Dimmed, "Faux", Mark::Correct)
    );
    // Poll: no right answer.
    let qv = revealed(&mut p, 2);
    let Body::Choices { answers, .. } = &qv.body else {
        panic!()
    };
    assert!(answers.iter().all(|a| a.mark == Mark::Neutral));
    // Ordering: shuffled on the answers step, right order on reveal, letters kept.
    p.apply(&quiz, &settings(), &C::GoToQuestion(3), at(0));
    p.apply(&quiz, &settings(), &C::Next, at(0));
    let Slide::Question(qv) = view(&quiz, &p).slide else {
        panic!()
    };
    let Body::Ordering { items, revealed: r } = &qv.body else {
        panic!()
    };
    assert!(!r);
    let shown: Vec<&str> = items.iter().map(|i| i.text).collect();
    assert_ne!(
        shown,
        ["un", "deux", "trois"],
        "never shown already in order"
    );
    let qv = revealed(&mut p, 3);
    let Body::Ordering { items, revealed: r } = &qv.body else {
        panic!()
    };
    assert!(r);
    assert_eq!(
        items.iter().map(|i| i.text).collect::<Vec<_>>(),
        ["un", "deux", "trois"]
    );
    let letter_of_un = shown.iter().position(|t| *t == "un").unwrap();
    assert_eq!(items[0].shown, letter_of_un);
    // Hotspot: regions outlined on reveal only.
    let qv = revealed(&mut p, 4);
    let image = qv.image.unwrap();
    assert_eq!(image.regions, [Region::new(0.1, 0.2, 0.3, 0.4)]);
    assert!(image.credit.unwrap().contains("Camille"));
    // Open: the model answer.
    let qv = revealed(&mut p, 5);
    assert_eq!(qv.body, Body::OpenAnswer("Réponse modèle"));
    // Explanation step: the why and the source line.
    p.apply(&quiz, &settings(), &C::GoToQuestion(0), at(0));
    p.apply(&quiz, &settings(), &C::End, at(0));
    p.apply(&quiz, &settings(), &C::GoToQuestion(0), at(0));
    press(&mut p, &quiz, &C::Next, 3);
    let Slide::Question(qv) = view(&quiz, &p).slide else {
        panic!()
    };
    assert_eq!(qv.explanation, Some("Parce que."));
    assert_eq!(
        qv.source.as_deref(),
        Some("Source\u{202f}: Guide public, fiche 2 — licence voir le site")
    );
}

#[test]
fn credits_list_only_what_was_presented() {
    let quiz = quiz();
    let p = session(&quiz, &["l1"]);
    let c = crate::presenter::credits::collect(&quiz, &p.questions);
    assert_eq!(
        c.sources.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["s1"]
    );
    assert!(c.images.is_empty(), "the hotspot image is in level l2");
    let p = session(&quiz, &[]);
    let c = crate::presenter::credits::collect(&quiz, &p.questions);
    assert_eq!(c.sources.len(), 2);
    assert_eq!(c.images.len(), 1);
    assert_eq!(c.license, "CC-BY-4.0");
    assert_eq!(
        crate::presenter::credits::credit_line(c.images[0].1, Lang::Fr),
        "Capture d'écran — Camille — licence CC0 1.0"
    );
}
