//! Rules of the phones' session, without a socket.

use super::*;
use crate::live::protocol::{AnswerCard, QuestionCard, RevealCard};
use std::net::Ipv4Addr;

const IP: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);
const T: Duration = Duration::from_secs(10);

fn stage(revealed: bool) -> Stage {
    let answers = ["Un", "Deux", "Trois"]
        .iter()
        .map(|t| AnswerCard {
            text: (*t).to_owned(),
            image: None,
        })
        .collect();
    Stage {
        lang: "fr",
        title: "Quiz".into(),
        screen: StageScreen::Question(Box::new(StageQuestion {
            index: 4,
            card: QuestionCard {
                number: 1,
                total: 3,
                kind: CardKind::Single,
                prompt: "Combien ?".into(),
                image: None,
                answers,
                answers_shown: true,
            },
            // Shown A B C = original 2 0 1; the right one is original 0, shown B.
            key: AnswerKey::Choices {
                order: vec![2, 0, 1],
                correct: Some(vec![true, false, false]),
                multiple: false,
            },
            revealed,
            reveal: RevealCard {
                correct: vec![1],
                explanation: "SECRET-EXPLANATION".into(),
                ..RevealCard::default()
            },
            images: Vec::new(),
        })),
    }
}

fn joined(s: &mut LiveSession, name: &str) -> String {
    s.join("1234", None, name.into(), IP, T).unwrap()
}

fn choose(shown: usize) -> AnswerRequest {
    AnswerRequest {
        question: 1,
        answer: Answer::Choices { shown: vec![shown] },
    }
}

#[test]
fn the_code_is_needed_and_wrong_codes_are_slowed_down() {
    let mut s = LiveSession::new("1234".into());
    assert_eq!(
        s.join("9999", None, "a".into(), IP, T),
        Err(ErrorCode::WrongCode)
    );
    let ok = joined(&mut s, "a");
    for _ in 1..limits::WRONG_PER_ADDRESS {
        let _ = s.join("0000", None, "x".into(), IP, T);
    }
    assert_eq!(
        s.join("1234", None, "b".into(), IP, T),
        Err(ErrorCode::TooManyTries)
    );
    // The phone that joined is never locked out.
    assert_eq!(s.join("", Some(&ok), "c".into(), IP, T), Ok(ok));
}

#[test]
fn one_answer_per_phone_replaced_until_the_reveal() {
    let mut s = LiveSession::new("1234".into());
    s.set_stage(stage(false));
    let a = joined(&mut s, "a");
    let b = joined(&mut s, "b");
    s.answer(&a, choose(0)).unwrap();
    s.answer(&a, choose(1)).unwrap();
    s.answer(&b, choose(1)).unwrap();
    let t = &s.status(T).tallies[&4];
    // Shown B is original 0: two answers there, nothing kept of a's first one.
    assert_eq!((t.counts.clone(), t.answered), (vec![2, 0, 0], 2));
    s.set_stage(stage(true));
    assert_eq!(s.answer(&a, choose(2)), Err(ErrorCode::Closed));
    assert_eq!(s.status(T).tallies[&4].counts, [2, 0, 0]);
}

#[test]
fn nothing_about_the_answer_before_the_reveal() {
    let mut s = LiveSession::new("1234".into());
    s.set_stage(stage(false));
    let a = joined(&mut s, "a");
    s.answer(&a, choose(1)).unwrap();
    let before = serde_json::to_string(&s.phone_state(Some(&a))).unwrap();
    assert!(!before.contains("SECRET"), "{before}");
    assert!(!before.contains("correct"), "{before}");
    s.set_stage(stage(true));
    let PhoneScreen::Question { right, reveal, .. } = s.phone_state(Some(&a)).screen else {
        panic!("a question");
    };
    assert_eq!(right, Some(true));
    assert_eq!(reveal.unwrap().explanation, "SECRET-EXPLANATION");
}

#[test]
fn malformed_or_late_answers_change_nothing() {
    let mut s = LiveSession::new("1234".into());
    s.set_stage(stage(false));
    let a = joined(&mut s, "a");
    let bad = |shown: Vec<usize>| AnswerRequest {
        question: 1,
        answer: Answer::Choices { shown },
    };
    assert_eq!(s.answer(&a, bad(vec![3])), Err(ErrorCode::Invalid));
    assert_eq!(s.answer(&a, bad(vec![0, 1])), Err(ErrorCode::Invalid));
    assert_eq!(s.answer(&a, bad(vec![])), Err(ErrorCode::Invalid));
    let late = AnswerRequest {
        question: 2,
        answer: Answer::Choices { shown: vec![0] },
    };
    assert_eq!(s.answer(&a, late), Err(ErrorCode::NotNow));
    let text = AnswerRequest {
        question: 1,
        answer: Answer::Text { text: "x".into() },
    };
    assert_eq!(s.answer(&a, text), Err(ErrorCode::Invalid));
    assert_eq!(s.answer("stranger", choose(0)), Err(ErrorCode::NotJoined));
    assert!(!s.status(T).tallies.contains_key(&4));
}

#[test]
fn open_answers_are_trimmed_and_bounded() {
    let mut s = LiveSession::new("1234".into());
    let mut open = stage(false);
    if let StageScreen::Question(q) = &mut open.screen {
        q.key = AnswerKey::Open;
        q.card.kind = CardKind::Open;
        q.card.answers.clear();
    }
    s.set_stage(open);
    let a = joined(&mut s, "a");
    let text = |t: &str| AnswerRequest {
        question: 1,
        answer: Answer::Text { text: t.into() },
    };
    assert_eq!(
        s.answer(&a, text(&"é".repeat(281))),
        Err(ErrorCode::Invalid)
    );
    assert_eq!(s.answer(&a, text("  \n ")), Err(ErrorCode::Invalid));
    s.answer(&a, text(" mot\u{7}de passe ")).unwrap();
    assert_eq!(s.status(T).tallies[&4].texts, ["mot de passe"]);
}

#[test]
fn phones_that_leave_stop_counting_as_connected() {
    let mut s = LiveSession::new("1234".into());
    let a = joined(&mut s, "a");
    assert_eq!(s.status(T).connected, 1);
    assert_eq!(s.status(T + SEEN_FOR).connected, 0);
    s.stream(&a, true, T);
    assert_eq!(s.status(T + SEEN_FOR * 3).connected, 1);
    assert_eq!(s.status(T).joined, 1);
}
