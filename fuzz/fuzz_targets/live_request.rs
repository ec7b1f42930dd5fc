//! The phone server's request bodies on arbitrary bytes: `JoinRequest::parse` and
//! `AnswerRequest::parse` never panic; a parsed answer, given to a session on each kind of
//! question, is either refused or counted once (never more answers than phones, never a
//! count outside the question's fields).
#![no_main]

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use atelier_quiz::live::protocol::{
    AnswerCard, AnswerKey, AnswerRequest, CardKind, JoinRequest, QuestionCard, RevealCard,
    StageScreen,
};
use atelier_quiz::live::session::LiveSession;
use atelier_quiz::live::{Stage, StageQuestion};
use atelier_quiz::model::Region;
use libfuzzer_sys::fuzz_target;

fn stage(kind: CardKind, key: AnswerKey, answers: usize) -> Stage {
    Stage {
        lang: "fr",
        title: String::new(),
        screen: StageScreen::Question(Box::new(StageQuestion {
            index: 0,
            card: QuestionCard {
                number: 1,
                total: 1,
                kind,
                prompt: String::new(),
                image: None,
                answers: (0..answers)
                    .map(|_| AnswerCard { text: String::new(), image: None })
                    .collect(),
                answers_shown: true,
            },
            key,
            revealed: false,
            reveal: RevealCard::default(),
            images: Vec::new(),
        })),
    }
}

fuzz_target!(|data: &[u8]| {
    let _ = JoinRequest::parse(data);
    let Ok(request) = AnswerRequest::parse(data) else { return };
    let stages = [
        stage(CardKind::Multiple, AnswerKey::Choices { order: vec![2, 0, 1], correct: Some(vec![true, false, true]), multiple: true }, 3),
        stage(CardKind::TrueFalse, AnswerKey::TrueFalse { answer: true }, 2),
        stage(CardKind::Ordering, AnswerKey::Ordering { order: vec![1, 0, 2] }, 3),
        stage(CardKind::Hotspot, AnswerKey::Hotspot { regions: vec![Region::new(0.1, 0.1, 0.2, 0.2)] }, 0),
        stage(CardKind::Open, AnswerKey::Open, 0),
    ];
    for s in stages {
        let mut session = LiveSession::new("1234".into());
        session.set_stage(s);
        let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let token = session.join("1234", None, "t".into(), ip, Duration::ZERO).unwrap_or_default();
        let again = AnswerRequest::parse(data).ok();
        let _ = session.answer(&token, AnswerRequest { question: request.question, answer: request.answer.clone() });
        if let Some(r) = again {
            let _ = session.answer(&token, r);
        }
        let status = session.status(Duration::ZERO);
        for t in status.tallies.values() {
            assert!(t.answered <= 1);
            assert!(t.counts.iter().all(|&c| c <= 1));
            assert!(t.texts.iter().all(|x| x.chars().count() <= 280));
        }
        let _ = session.phone_state(Some(&token));
    }
});
