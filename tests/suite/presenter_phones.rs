//! The phones option in the real app (kittest harness): the start screen's option, the title
//! slide's join panel (QR code named with its address, the code, phones connected), the
//! strip under a question with « N réponses sur M », and the tally adding phones to hands;
//! on the two-screen console, the phones' open answers (plain text, console only) and the
//! address picker of a laptop with two networks, both found by their labels.
//! The server listens on 127.0.0.1 only; the phones are the std client of tests/suite/common.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use atelier_quiz::app::command::Command;
use atelier_quiz::app::live_ops::LiveOptions;
use atelier_quiz::app::state::Mode;
use atelier_quiz::live::ServerConfig;
use atelier_quiz::live::addr::Candidate;
use atelier_quiz::model::QuestionType;
use atelier_quiz::presenter::{PresentRequest, PresenterState};
use egui::Key;
use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{self, TestApp, http};

fn presenter(t: &TestApp) -> &PresenterState {
    match &t.state().mode {
        Mode::Presenting(p) => p,
        Mode::Editor => panic!("not presenting"),
    }
}

fn step(t: &mut TestApp, key: Option<Key>) {
    if let Some(k) = key {
        t.harness.key_press(k);
    }
    t.harness.run_steps(3);
}

fn with_phones() -> TestApp {
    let mut t = common::app_with(common::sample_quiz(), None);
    t.harness.state_mut().state.live_options = LiveOptions {
        config: ServerConfig {
            bind: [127, 0, 0, 1].into(),
            port: 0,
            code: Some("1357".into()),
        },
        results: None,
        announce: false,
    };
    t
}

/// Steps frames until `check` holds (bounded: 5 s).
fn until(t: &mut TestApp, check: impl Fn(&PresenterState) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        t.harness.step();
        if check(presenter(t)) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

#[test]
fn the_start_option_starts_the_server_and_the_room_sees_how_to_join() {
    let mut t = with_phones();
    step(&mut t, Some(Key::F5));
    let option = "Réponses sur les téléphones (réseau local)";
    t.harness.get_by_label(option);
    assert!(!presenter(&t).phones_wanted, "hands stay the default");
    t.harness.get_by_label(option).click();
    step(&mut t, None);
    assert!(presenter(&t).phones_wanted);
    step(&mut t, Some(Key::Enter));
    let url = presenter(&t)
        .phones
        .as_ref()
        .expect("server started")
        .url
        .clone();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    t.harness
        .get_by_label(&format!("Code QR de l'adresse {url}"));
    t.harness.get_by_label("Code\u{202f}: 1357");
    t.harness.get_by_label("0 téléphone connecté");

    let addr: SocketAddr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let phones: Vec<String> = (0..3)
        .map(|_| {
            http::post(addr, "/api/join", None, r#"{"code":"1357"}"#)
                .cookie()
                .unwrap()
        })
        .collect();
    assert!(until(&mut t, |p| p
        .phones
        .as_ref()
        .is_some_and(|v| v.status.connected == 3)));
    step(&mut t, None);
    t.harness.get_by_label("3 téléphones connectés");

    // Question 1 (a poll), answers step: two phones answer A, one answers C.
    step(&mut t, Some(Key::ArrowRight));
    step(&mut t, Some(Key::ArrowRight));
    for (i, phone) in phones.iter().enumerate() {
        let shown = if i == 2 { 2 } else { 0 };
        let body = format!(r#"{{"question":1,"answer":{{"kind":"choices","shown":[{shown}]}}}}"#);
        assert_eq!(
            http::post(addr, "/api/answer", Some(phone), &body).status,
            200
        );
    }
    let index = presenter(&t).current_question().unwrap();
    assert!(until(&mut t, |p| p
        .phones
        .as_ref()
        .is_some_and(|v| v.answered(index) == 3)));
    step(&mut t, None);
    t.harness.get_by_label_contains("3 réponses sur 3");
    // A hand typed for someone without a phone adds to the phones' answers.
    step(&mut t, Some(Key::Num1));
    assert_eq!(presenter(&t).tally(index).unwrap().counts, [3, 0, 1, 0]);

    // Leaving the session stops the server: the port is closed.
    step(&mut t, Some(Key::Escape));
    assert!(matches!(t.state().mode, Mode::Editor));
    assert!(t.state().live.is_none());
    assert!(std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err());
}

/// Joins a phone with the test code; its cookie.
fn joined(addr: SocketAddr) -> String {
    http::post(addr, "/api/join", None, r#"{"code":"1357"}"#)
        .cookie()
        .unwrap()
}

fn server_addr(t: &TestApp) -> SocketAddr {
    let url = &presenter(t).phones.as_ref().expect("server started").url;
    url.trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap()
}

/// A running two-screen session with the phone server on 127.0.0.1.
fn console_with_phones() -> TestApp {
    let mut t = with_phones();
    t.harness
        .state_mut()
        .queue(Command::Present(PresentRequest {
            console: true,
            phones: true,
            ..PresentRequest::default()
        }));
    t.harness.run();
    t.harness.get_by_label("Commencer").click();
    t.harness.run();
    t
}

#[test]
fn the_console_lists_open_answers_as_plain_text() {
    let mut t = console_with_phones();
    let addr = server_addr(&t);
    let phones = [joined(addr), joined(addr)];

    // The open question of the sample quiz (asked on its prompt step).
    let open = t
        .state()
        .doc
        .quiz()
        .questions
        .iter()
        .position(|q| q.question_type() == QuestionType::Open)
        .unwrap();
    for _ in 0..200 {
        if presenter(&t).current_question() == Some(open) {
            break;
        }
        step(&mut t, Some(Key::ArrowRight));
    }
    assert_eq!(presenter(&t).current_question(), Some(open));
    let heading = "Réponses libres des téléphones (visibles ici seulement)";
    assert!(
        t.harness.query_by_label(heading).is_none(),
        "no list before an answer"
    );
    let texts = [
        "Un carnet rangé à la maison",
        "<b>Un gestionnaire</b> & une phrase",
    ];
    // The number the phones see (the position in the session, not in the file).
    let number = http::get(addr, "/api/state", Some(&phones[0])).json()["screen"]["card"]["number"]
        .as_u64()
        .unwrap();
    for (phone, text) in phones.iter().zip(texts) {
        let body = serde_json::json!({
            "question": number,
            "answer": { "kind": "text", "text": text },
        });
        let reply = http::post(addr, "/api/answer", Some(phone), &body.to_string());
        assert_eq!(reply.status, 200, "{:?}", reply.json());
    }
    assert!(until(&mut t, |p| p
        .phones
        .as_ref()
        .is_some_and(|v| v.answered(open) == 2)));
    step(&mut t, None);
    t.harness.get_by_label(heading);
    // Each text once, as written (markup shown, never interpreted), on the console only.
    for text in texts {
        assert_eq!(t.harness.get_all_by_label(text).count(), 1, "{text}");
    }
}

#[test]
fn the_console_offers_each_address_of_a_laptop_on_two_networks() {
    let mut t = console_with_phones();
    let port = server_addr(&t).port();
    // The test machine has one loopback: the two networks are put in the view directly.
    {
        let state = &mut t.harness.state_mut().state;
        let atelier_quiz::app::state::Mode::Presenting(p) = &mut state.mode else {
            panic!("not presenting");
        };
        let view = p.phones.as_mut().unwrap();
        view.addresses = vec![
            Candidate {
                interface: "wlan0".into(),
                ip: [192, 168, 1, 23].into(),
                default_route: true,
            },
            Candidate {
                interface: "usb0".into(),
                ip: [10, 42, 0, 1].into(),
                default_route: false,
            },
        ];
    }
    step(&mut t, None);
    // A named group of radio buttons, one per address (the interface says which network).
    t.harness
        .get_by_role_and_label(Role::RadioGroup, "Adresse des téléphones");
    let radio = |t: &TestApp, label: &str| {
        t.harness
            .get_by_role_and_label(Role::RadioButton, label)
            .accesskit_node()
            .toggled()
    };
    assert_eq!(radio(&t, "192.168.1.23 (wlan0)"), Some(Toggled::True));
    assert_eq!(radio(&t, "10.42.0.1 (usb0)"), Some(Toggled::False));
    t.harness
        .get_by_role_and_label(Role::RadioButton, "10.42.0.1 (usb0)")
        .click_accesskit();
    step(&mut t, None);
    let url = format!("http://10.42.0.1:{port}/");
    assert_eq!(presenter(&t).phones.as_ref().unwrap().url, url);
    // Every QR code (the console's, the audience window's) now carries the chosen address.
    let qr = |t: &TestApp, url: &str| {
        t.harness
            .query_all_by_label(&format!("Code QR de l'adresse {url}"))
            .count()
    };
    assert!(qr(&t, &url) > 0);
    assert_eq!(qr(&t, &format!("http://192.168.1.23:{port}/")), 0);
    assert_eq!(radio(&t, "10.42.0.1 (usb0)"), Some(Toggled::True));
    t.harness
        .get_by_role_and_label(Role::RadioButton, "192.168.1.23 (wlan0)")
        .click_accesskit();
    step(&mut t, None);
    assert_eq!(
        presenter(&t).phones.as_ref().unwrap().url,
        format!("http://192.168.1.23:{port}/")
    );
}
