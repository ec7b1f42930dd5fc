//! The phone server through a real HTTP client on 127.0.0.1 (issue 12): join with the code,
//! wrong codes refused then rate-limited, one counted answer per phone per question (replaced
//! before the reveal, refused after), nothing about the answer before the reveal, reconnect
//! after a drop, the port closed once the session ends.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use atelier_quiz::live::protocol::{
    AnswerCard, AnswerKey, CardKind, QuestionCard, RevealCard, StageScreen,
};
use atelier_quiz::live::{LiveServer, ServerConfig, Stage, StageQuestion, limits};

use crate::common::http::{get, post};

pub fn server() -> LiveServer {
    LiveServer::start(&ServerConfig {
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
        code: Some("2468".into()),
    })
    .unwrap()
}

/// Question 1 of 2, three answers shown A B C = original 2 0 1; the right one is original 0.
pub fn question(revealed: bool) -> Stage {
    let answers = ["Pomme", "Poire", "Prune"]
        .iter()
        .map(|t| AnswerCard {
            text: (*t).to_owned(),
            image: None,
        })
        .collect();
    Stage {
        lang: "fr",
        title: "Quiz de test".into(),
        screen: StageScreen::Question(Box::new(StageQuestion {
            index: 7,
            card: QuestionCard {
                number: 1,
                total: 2,
                kind: CardKind::Single,
                prompt: "Quel fruit ?".into(),
                image: None,
                answers,
                answers_shown: true,
            },
            key: AnswerKey::Choices {
                order: vec![2, 0, 1],
                correct: Some(vec![true, false, false]),
                multiple: false,
            },
            revealed,
            reveal: RevealCard {
                correct: vec![1],
                explanation: "EXPLICATION-SECRETE".into(),
                source: "SOURCE-SECRETE".into(),
                ..RevealCard::default()
            },
            images: Vec::new(),
        })),
    }
}

/// Waits (bounded) until `check` holds on the server's snapshot.
pub fn until(server: &LiveServer, check: impl Fn(&atelier_quiz::live::LiveStatus) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if check(&server.status()) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

/// Waits (bounded) until the phones see `screen`.
pub fn stage_reached(addr: SocketAddr, cookie: &str, what: &str) -> serde_json::Value {
    let start = Instant::now();
    loop {
        let state = get(addr, "/api/state", Some(cookie)).json();
        if state.to_string().contains(what) || start.elapsed() > Duration::from_secs(5) {
            return state;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub fn join(addr: SocketAddr) -> String {
    let r = post(addr, "/api/join", None, r#"{"code":"2468"}"#);
    assert_eq!(r.status, 200, "{}", r.body);
    let cookie = r.cookie().unwrap();
    assert!(r.header("set-cookie").unwrap().contains("HttpOnly"));
    cookie
}

pub fn answer(addr: SocketAddr, cookie: &str, shown: usize) -> u16 {
    let body = format!(r#"{{"question":1,"answer":{{"kind":"choices","shown":[{shown}]}}}}"#);
    post(addr, "/api/answer", Some(cookie), &body).status
}

#[test]
fn the_page_is_served_with_a_strict_policy_and_nothing_else_is() {
    let s = server();
    let page = get(s.addr, "/", None);
    assert_eq!(page.status, 200);
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.starts_with("default-src 'none'; script-src 'sha256-"),
        "{csp}"
    );
    assert!(page.body.contains("aq-strings"));
    for path in [
        "/../Cargo.toml",
        "/etc/passwd",
        "/index.html",
        "/img/0",
        "/api/nope",
    ] {
        assert_eq!(get(s.addr, path, None).status, 404, "{path}");
    }
    assert_eq!(post(s.addr, "/", None, "{}").status, 405);
}

#[test]
fn join_needs_the_code_and_wrong_codes_are_rate_limited() {
    let s = server();
    let before = join(s.addr);
    let wrong = post(s.addr, "/api/join", None, r#"{"code":"1111"}"#);
    assert_eq!(
        (wrong.status, wrong.json()["error"].as_str()),
        (403, Some("wrong_code"))
    );
    for _ in 1..limits::WRONG_PER_ADDRESS {
        post(s.addr, "/api/join", None, r#"{"code":"1112"}"#);
    }
    // Now even the right code waits a minute from this address…
    let limited = post(s.addr, "/api/join", None, r#"{"code":"2468"}"#);
    assert_eq!(
        (limited.status, limited.json()["error"].as_str()),
        (429, Some("too_many_tries"))
    );
    // …but the phone that joined before is not locked out.
    let state = get(s.addr, "/api/state", Some(&before)).json();
    assert_eq!(state["joined"], true);
    assert_eq!(
        post(s.addr, "/api/join", Some(&before), r#"{"code":""}"#).status,
        200
    );
    let stranger = get(s.addr, "/api/state", None).json();
    assert_eq!(stranger["screen"]["screen"], "join");
}

#[test]
fn one_answer_per_phone_replaced_before_the_reveal_none_after() {
    let s = server();
    let (a, b) = (join(s.addr), join(s.addr));
    s.set_stage(question(false));
    stage_reached(s.addr, &a, "Quel fruit");
    assert_eq!(answer(s.addr, &a, 0), 200);
    assert_eq!(answer(s.addr, &a, 1), 200, "a changes its mind");
    assert_eq!(answer(s.addr, &b, 1), 200);
    // Shown B is original 0: two answers there, a's first one replaced.
    assert!(until(&s, |st| st
        .tallies
        .get(&7)
        .is_some_and(|t| t.counts == [2, 0, 0] && t.answered == 2)));
    s.set_stage(question(true));
    stage_reached(s.addr, &a, "EXPLICATION");
    let late = post(
        s.addr,
        "/api/answer",
        Some(&a),
        r#"{"question":1,"answer":{"kind":"choices","shown":[2]}}"#,
    );
    assert_eq!(
        (late.status, late.json()["error"].as_str()),
        (409, Some("closed"))
    );
    assert_eq!(s.status().tallies[&7].counts, [2, 0, 0]);
    assert_eq!(
        answer(s.addr, "aq_phone=00000000000000000000000000000000", 0),
        401
    );
}

#[test]
fn nothing_about_the_answer_leaves_before_the_reveal() {
    let s = server();
    let a = join(s.addr);
    s.set_stage(question(false));
    let state = stage_reached(s.addr, &a, "Quel fruit");
    assert_eq!(answer(s.addr, &a, 1), 200);
    let after_answer = get(s.addr, "/api/state", Some(&a)).body;
    for text in [state.to_string(), after_answer] {
        for secret in ["SECRETE", "correct", "\"right\":true", "\"right\":false"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }
    s.set_stage(question(true));
    let revealed = stage_reached(s.addr, &a, "EXPLICATION");
    assert_eq!(revealed["screen"]["right"], true);
    assert_eq!(
        revealed["screen"]["reveal"]["correct"],
        serde_json::json!([1])
    );
    assert_eq!(revealed["screen"]["reveal"]["source"], "SOURCE-SECRETE");
}

/// Reads SSE `data:` lines from an open stream until one contains `what` (bounded).
fn event_with(reader: &mut BufReader<TcpStream>, what: &str) -> bool {
    let start = Instant::now();
    let mut line = String::new();
    while start.elapsed() < Duration::from_secs(5) {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) => return false,
            Ok(_) if line.starts_with("data:") && line.contains(what) => return true,
            _ => {}
        }
    }
    false
}

fn open_events(addr: SocketAddr, cookie: &str) -> BufReader<TcpStream> {
    let mut s = TcpStream::connect(crate::common::http::loopback(addr)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(
        s,
        "GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\r\n"
    )
    .unwrap();
    BufReader::new(s)
}

#[test]
fn events_follow_the_presenter_and_a_dropped_phone_comes_back() {
    let s = server();
    let a = join(s.addr);
    let mut events = open_events(s.addr, &a);
    assert!(event_with(&mut events, "\"waiting\""));
    assert!(until(&s, |st| st.connected == 1));
    s.set_stage(question(false));
    assert!(event_with(&mut events, "Quel fruit"));
    drop(events); // the phone sleeps; the room moves on
    s.set_stage(question(true));
    let mut again = open_events(s.addr, &a);
    assert!(
        event_with(&mut again, "EXPLICATION"),
        "back on the current screen at once"
    );
    assert_eq!(
        get(s.addr, "/api/events", None).status,
        401,
        "no stream without joining"
    );
}

#[test]
fn the_port_is_closed_after_the_session_and_a_taken_port_is_skipped() {
    let s = server();
    let addr = s.addr;
    let _ = join(addr);
    let taken = LiveServer::start(&ServerConfig {
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: addr.port(),
        code: None,
    })
    .unwrap();
    assert_ne!(taken.addr.port(), addr.port(), "another port when taken");
    assert_eq!(taken.code.len(), 4);
    s.stop();
    assert!(
        TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err(),
        "nothing listens once the session ended"
    );
    drop(taken);
}
