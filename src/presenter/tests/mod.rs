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
    // Level order (what the editor shows), not file order: "open" (l1) comes before l2.
    assert_eq!(session(&quiz, &[]).questions, [0, 1, 5, 2, 3, 4, 6]);
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
        (5, P),
        (5, R),
        (5, E),
        (2, P),
        (2, A),
        (2, R),
        (3, P),
        (3, A),
        (3, R),
        (3, E),
        (4, P),
        (4, R),
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
    assert_eq!(p.progress(), Some((5, 7)), "level order: 0, 1, 5, 2, 3…");
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
fn full_screen_goes_to_the_right_window() {
    let quiz = quiz();
    let mut p = session(&quiz, &[]);
    assert_eq!(
        p.apply(&quiz, &settings(), &C::SetFullscreen(false), at(0)),
        Outcome::Fullscreen(false),
        "one screen: the main window"
    );
    assert_eq!(
        p.apply(&quiz, &settings(), &C::SetConsole(true), at(0)),
        Outcome::Fullscreen(false),
        "the console leaves full screen"
    );
    assert!(p.audience_fullscreen);
    assert_eq!(
        p.apply(&quiz, &settings(), &C::SetFullscreen(true), at(0)),
        Outcome::Stay
    );
    assert!(!p.audience_fullscreen, "F toggles the audience window");
    assert_eq!(
        p.apply(&quiz, &settings(), &C::SetMonitor(2), at(0)),
        Outcome::MoveAudience(2)
    );
    assert_eq!(p.monitor, Some(2));
    assert!(p.audience_fullscreen, "the audience goes full screen there");
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

mod results;
