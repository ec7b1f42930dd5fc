//! The session state machine, key by key: level filter, steps, navigation, tallies, summary,
//! CSV, credits and what the audience may see.
#![allow(clippy::unwrap_used, clippy::too_many_lines)]

use std::time::Duration;

use super::deck::{Position, Step};
use super::view::{AudienceView, Body, Mark, Slide, audience_view};
use super::{Blank, Outcome, Phase, PresentRequest, PresenterCommand as C, PresenterState};
use crate::app::settings::PresenterSettings;
use crate::i18n::Lang;
use crate::model::{
    Asset, Choice, Credit, ImageRef, Level, MediaType, Question, QuestionKind, Quiz, Region,
    Source, SourceRef,
};

const SECRET: &str = "NOTE-PRIVEE";

fn q(id: &str, level: &str, kind: QuestionKind) -> Question {
    let mut q = Question::new(id, level, kind);
    q.prompt = format!("Question {id} ?");
    q.notes = SECRET.into();
    q
}

fn quiz() -> Quiz {
    let mut quiz = Quiz {
        title: "Quiz test".into(),
        license: "CC-BY-4.0".into(),
        ..Quiz::default()
    };
    for id in ["l1", "l2"] {
        quiz.levels.push(Level {
            id: id.into(),
            name: format!("Niveau {id}"),
            ..Level::default()
        });
    }
    quiz.sources = vec![
        Source {
            id: "s1".into(),
            title: "Guide public".into(),
            license: "LicenseRef-voir-site".into(),
            ..Source::default()
        },
        Source {
            id: "s2".into(),
            title: "Autre guide".into(),
            ..Source::default()
        },
    ];
    let mut single = q(
        "single",
        "l1",
        QuestionKind::SingleChoice {
            choices: vec![
                Choice::text("Bonne", true),
                Choice::text("=CMD()", false),
                Choice::text("Autre \"citée\"", false),
            ],
        },
    );
    single.explanation = "Parce que.".into();
    single.source = Some(SourceRef {
        source: "s1".into(),
        detail: "fiche 2".into(),
        ..SourceRef::default()
    });
    let tf = q("tf", "l1", QuestionKind::TrueFalse { answer: false });
    let poll = q(
        "poll",
        "l2",
        QuestionKind::Poll {
            choices: vec![Choice::text("Oui", false), Choice::text("Non", false)],
        },
    );
    let mut ordering = q(
        "ord",
        "l2",
        QuestionKind::Ordering {
            items: vec!["un".into(), "deux".into(), "trois".into()],
        },
    );
    ordering.source = Some(SourceRef {
        source: "s2".into(),
        ..SourceRef::default()
    });
    let mut hotspot = q(
        "hot",
        "l2",
        QuestionKind::Hotspot {
            regions: vec![Region::new(0.1, 0.2, 0.3, 0.4)],
        },
    );
    hotspot.image = Some(ImageRef {
        asset: "img".into(),
        alt: "Capture".into(),
        ..ImageRef::default()
    });
    let mut asset = Asset::new(MediaType::Png, b"\x89PNG\r\n\x1a\n".to_vec());
    asset.credit = Credit {
        title: "Capture d'écran".into(),
        author: "Camille".into(),
        license: "CC0-1.0".into(),
        ..Credit::default()
    };
    quiz.assets.insert("img".into(), asset);
    let mut open = q(
        "open",
        "l1",
        QuestionKind::Open {
            answer_text: "Réponse modèle".into(),
        },
    );
    open.explanation = "Car.".into();
    let multi = q(
        "multi",
        "l2",
        QuestionKind::MultipleChoice {
            choices: vec![
                Choice::text("v1", true),
                Choice::text("v2", true),
                Choice::text("f", false),
            ],
        },
    );
    quiz.questions = vec![single, tf, poll, ordering, hotspot, open, multi];
    quiz
}

fn settings() -> PresenterSettings {
    PresenterSettings::default()
}

fn at(s: u64) -> Duration {
    Duration::from_secs(s)
}

/// A running session of `levels` (after the start screen).
fn session(quiz: &Quiz, levels: &[&str]) -> PresenterState {
    let request = PresentRequest {
        levels: levels.iter().map(|l| (*l).to_owned()).collect(),
        ..PresentRequest::default()
    };
    let mut p = PresenterState::new(quiz, &request, &settings(), at(0));
    assert_eq!(p.phase, Phase::Setup);
    p.apply(quiz, &settings(), &C::Start, at(0));
    assert_eq!(p.phase, Phase::Running);
    p
}

fn press(p: &mut PresenterState, quiz: &Quiz, cmd: &C, n: usize) {
    for _ in 0..n {
        p.apply(quiz, &settings(), cmd, at(1));
    }
}

fn view<'a>(quiz: &'a Quiz, p: &PresenterState) -> AudienceView<'a> {
    audience_view(quiz, p, Lang::Fr, at(1))
}

#[test]
fn level_filter_and_level_toggles() {
    let quiz = quiz();
    assert_eq!(session(&quiz, &["l1"]).questions, [0, 1, 5]);
    assert_eq!(session(&quiz, &[]).questions, [0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(
        session(&quiz, &["inconnu"]).questions.len(),
        7,
        "unknown ids mean all"
    );
    let mut p = PresenterState::new(&quiz, &PresentRequest::default(), &settings(), at(0));
    p.apply(&quiz, &settings(), &C::ToggleLevel("l1".into()), at(0));
    assert_eq!(p.levels, ["l2"], "all minus l1");
    assert_eq!(p.chosen_questions(&quiz), [2, 3, 4, 6]);
    p.apply(&quiz, &settings(), &C::ToggleLevel("l2".into()), at(0));
    assert!(
        p.levels.is_empty(),
        "removing the last level means all again"
    );
    p.apply(&quiz, &settings(), &C::ToggleLevel("l2".into()), at(0));
    p.apply(&quiz, &settings(), &C::ToggleLevel("l1".into()), at(0));
    assert!(p.levels.is_empty(), "both levels chosen = all");
    // Navigation keys do nothing before the start.
    p.apply(&quiz, &settings(), &C::Next, at(0));
    assert_eq!(p.phase, Phase::Setup);
}

#[test]
fn step_sequence_per_type() {
    use Step::{Answers as A, Explain as E, Prompt as P, Reveal as R};
    let quiz = quiz();
    let p = session(&quiz, &[]);
    let steps: Vec<(usize, Step)> = p
        .deck
        .iter()
        .filter_map(|pos| match pos {
            Position::Question { index, step } => Some((*index, *step)),
            _ => None,
        })
        .collect();
    let expected = [
        (0, P),
        (0, A),
        (0, R),
        (0, E),
        (1, P),
        (1, A),
        (1, R),
        (2, P),
        (2, A),
        (2, R),
        (3, P),
        (3, A),
        (3, R),
        (3, E),
        (4, P),
        (4, R),
        (5, P),
        (5, R),
        (5, E),
        (6, P),
        (6, A),
        (6, R),
    ];
    assert_eq!(steps, expected);
    assert_eq!(p.deck.first(), Some(&Position::Title));
    assert_eq!(
        p.deck[p.deck.len() - 2..],
        [Position::Summary, Position::Credits]
    );
}

#[test]
fn next_back_home_end_and_leave() {
    let quiz = quiz();
    let mut p = session(&quiz, &["l1"]);
    assert_eq!(p.position(), Position::Title);
    press(&mut p, &quiz, &C::Back, 1);
    assert_eq!(
        p.position(),
        Position::Title,
        "back on the first screen stays"
    );
    press(&mut p, &quiz, &C::Next, 3);
    assert_eq!(
        p.position(),
        Position::Question {
            index: 0,
            step: Step::Reveal
        }
    );
    press(&mut p, &quiz, &C::Next, 2);
    assert_eq!(p.current_question(), Some(1));
    press(&mut p, &quiz, &C::Back, 1);
    assert_eq!(
        p.position(),
        Position::Question {
            index: 0,
            step: Step::Explain
        },
        "back from a prompt goes to the previous question's last step"
    );
    press(&mut p, &quiz, &C::End, 1);
    assert_eq!(p.position(), Position::Credits);
    press(&mut p, &quiz, &C::Next, 1);
    assert_eq!(
        p.position(),
        Position::Credits,
        "next on the last screen stays"
    );
    assert_eq!(
        p.apply(&quiz, &settings(), &C::Leave, at(1)),
        Outcome::Leave { question: Some(0) },
        "from the credits, back to the last question seen"
    );
    press(&mut p, &quiz, &C::Home, 1);
    assert_eq!(p.position(), Position::Title);
    p.apply(&quiz, &settings(), &C::GoToQuestion(5), at(1));
    assert_eq!(
        p.apply(&quiz, &settings(), &C::Leave, at(1)),
        Outcome::Leave { question: Some(5) }
    );
}

#[test]
fn shift_f5_starts_on_the_question() {
    let quiz = quiz();
    let request = PresentRequest {
        from_question: Some(3),
        ..PresentRequest::default()
    };
    let p = PresenterState::new(&quiz, &request, &settings(), at(0));
    assert_eq!(p.phase, Phase::Running);
    assert_eq!(
        p.position(),
        Position::Question {
            index: 3,
            step: Step::Prompt
        }
    );
    assert_eq!(p.progress(), Some((4, 7)));
    assert_eq!(p.next_question(), Some(4));
}

#[test]
fn blank_screens_and_help() {
    let quiz = quiz();
    let mut p = session(&quiz, &[]);
    press(&mut p, &quiz, &C::Next, 1);
    press(&mut p, &quiz, &C::ToggleBlack, 1);
    assert_eq!(view(&quiz, &p).blank, Some(Blank::Black));
    press(&mut p, &quiz, &C::ToggleWhite, 1);
    assert_eq!(p.blank, Some(Blank::White));
    press(&mut p, &quiz, &C::Next, 1);
    assert_eq!(p.blank, None, "next un-blanks…");
    assert_eq!(p.current_question(), Some(0));
    assert_eq!(
        p.position().step(),
        Some(Step::Prompt),
        "…without advancing"
    );
    press(&mut p, &quiz, &C::ToggleHelp, 1);
    assert!(view(&quiz, &p).help);
    assert_eq!(
        p.apply(&quiz, &settings(), &C::Leave, at(1)),
        Outcome::Stay,
        "Esc closes the help first"
    );
    assert!(!p.help);
}

#[test]
fn countdown_starts_on_the_answers_when_enabled() {
    let mut quiz = quiz();
    quiz.questions[0].time_limit_s = Some(20);
    let s = PresenterSettings {
        timer: true,
        default_timer_s: Some(45),
        ..settings()
    };
    let mut p = PresenterState::new(&quiz, &PresentRequest::default(), &s, at(0));
    p.apply(&quiz, &s, &C::Start, at(0));
    p.apply(&quiz, &s, &C::Next, at(10));
    assert!(p.countdown.is_none(), "not on the prompt");
    p.apply(&quiz, &s, &C::Next, at(10));
    let v = audience_view(&quiz, &p, Lang::Fr, at(15));
    assert_eq!(v.countdown.unwrap().seconds, 15, "the question's own 20 s");
    p.apply(&quiz, &s, &C::ToggleTimer, at(15));
    let v = audience_view(&quiz, &p, Lang::Fr, at(100));
    assert_eq!(v.countdown.unwrap().seconds, 15, "paused");
    assert!(!v.countdown.unwrap().running);
    // Next question (true/false) uses the default 45 s.
    for _ in 0..4 {
        p.apply(&quiz, &s, &C::Next, at(100));
    }
    let v = audience_view(&quiz, &p, Lang::Fr, at(145));
    assert!(v.countdown.unwrap().finished);
    // Timer off: T starts a 30 s countdown by hand.
    let mut p = session(&quiz, &[]);
    press(&mut p, &quiz, &C::Next, 2);
    assert!(p.countdown.is_none());
    p.apply(&quiz, &settings(), &C::ToggleTimer, at(1));
    assert_eq!(
        audience_view(&quiz, &p, Lang::Fr, at(1))
            .countdown
            .unwrap()
            .seconds,
        20
    );
}

#[test]
fn tally_by_keys_follows_shuffled_letters() {
    let quiz = quiz();
    let s = PresenterSettings {
        shuffle_answers: true,
        ..settings()
    };
    let mut p = PresenterState::new(&quiz, &PresentRequest::default(), &s, at(7));
    p.apply(&quiz, &s, &C::Start, at(0));
    p.apply(&quiz, &s, &C::Next, at(0));
    p.apply(&quiz, &s, &C::Next, at(0));
    let order = p.display_order(&quiz, 0);
    // A: 1 2 → 12, Tab, B: 5, Tab, C: 3 then Delete then 4.
    for cmd in [
        C::TallyDigit(1),
        C::TallyDigit(2),
        C::TallyNextField,
        C::TallyDigit(5),
        C::TallyNextField,
        C::TallyDigit(3),
        C::TallyClear,
        C::TallyDigit(4),
    ] {
        p.apply(&quiz, &s, &cmd, at(0));
    }
    let counts = &p.tallies[&0].counts;
    assert_eq!(counts[order[0]], 12);
    assert_eq!(counts[order[1]], 5);
    assert_eq!(counts[order[2]], 4);
    // Tab wraps around; the next digit replaces.
    p.apply(&quiz, &s, &C::TallyNextField, at(0));
    p.apply(&quiz, &s, &C::TallyDigit(9), at(0));
    assert_eq!(p.tallies[&0].counts[order[0]], 9);
    p.apply(&quiz, &s, &C::TallyPrevField, at(0));
    assert_eq!(p.tally_cursor.unwrap().position, 2);
    // The view shows the counts on the shown letters, bars once revealed.
    let v = view(&quiz, &p);
    let Slide::Question(qv) = &v.slide else {
        panic!()
    };
    let Body::Choices { answers, bars, .. } = &qv.body else {
        panic!()
    };
    assert!(!bars);
    assert_eq!(answers[0].count, Some(9));
    assert_eq!(answers[1].count, Some(5));
    assert!(answers[2].editing);
    p.apply(&quiz, &s, &C::Next, at(0));
    let v = view(&quiz, &p);
    let Slide::Question(qv) = &v.slide else {
        panic!()
    };
    assert!(matches!(&qv.body, Body::Choices { bars: true, .. }));
    // Moving on ends the typing; open questions cannot be tallied.
    p.apply(&quiz, &s, &C::GoToQuestion(5), at(0));
    assert!(p.tally_cursor.is_none());
    p.apply(&quiz, &s, &C::TallyDigit(3), at(0));
    assert!(!p.tallies.contains_key(&5));
}

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
    let s = super::summary::summarize(&quiz, &p);
    assert_eq!(s.results.len(), 7);
    assert_eq!(s.tallied, 4);
    let pct: Vec<Option<u32>> = s.results.iter().map(|r| r.percent).collect();
    assert_eq!(pct, [Some(75), Some(100), None, None, None, None, Some(67)]);
    assert_eq!(s.results[2].tally.as_ref().unwrap().total(), 4);
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
    let bytes = super::csv::export(&quiz, &p, Lang::Fr, "2026-11-27");
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
        super::csv::text_cell("@SUM(A1)"),
        "\"'@SUM(A1)\"",
        "formula-looking cells get a quote"
    );
    assert_eq!(super::csv::text_cell("-2+3"), "\"'-2+3\"");
    assert_eq!(super::csv::text_cell("Sans danger"), "\"Sans danger\"");
    assert_eq!(
        super::csv::file_name(&quiz, "2026-11-27", Lang::Fr),
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
        Some("Source : Guide public, fiche 2 — licence voir le site")
    );
}

#[test]
fn credits_list_only_what_was_presented() {
    let quiz = quiz();
    let p = session(&quiz, &["l1"]);
    let c = super::credits::collect(&quiz, &p.questions);
    assert_eq!(
        c.sources.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["s1"]
    );
    assert!(c.images.is_empty(), "the hotspot image is in level l2");
    let p = session(&quiz, &[]);
    let c = super::credits::collect(&quiz, &p.questions);
    assert_eq!(c.sources.len(), 2);
    assert_eq!(c.images.len(), 1);
    assert_eq!(c.license, "CC-BY-4.0");
    assert_eq!(
        super::credits::credit_line(c.images[0].1, Lang::Fr),
        "Capture d'écran — Camille — licence CC0-1.0"
    );
}
