//! 300 simulated phones join and answer one question at once on 127.0.0.1, while the real
//! presenter (the app in the kittest harness, 1920×1080) keeps drawing frames.
//!
//! Prints: wall time from the start signal to the last answer counted (must be < 2 s), the
//! answer → tally latency (median, p99: the time from sending an answer to its reply; the
//! server publishes the new tally before it replies), the process's resident memory before
//! the server and after the load (it includes the 300 client threads: an upper bound for the
//! server), and the presenter's frame time meanwhile (median must stay < 1 ms in release).
//! Bounded: one round of 300 phones, then it stops. `cargo bench --bench live_load`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use atelier_quiz::app::AtelierApp;
use atelier_quiz::app::apply::Platform;
use atelier_quiz::app::command::Command;
use atelier_quiz::app::document::Document;
use atelier_quiz::app::live_ops::LiveOptions;
use atelier_quiz::app::platform::{ManualClock, ScriptedDialogs};
use atelier_quiz::app::settings::Settings;
use atelier_quiz::app::state::{AppState, Mode};
use atelier_quiz::i18n::Lang;
use atelier_quiz::live::ServerConfig;
use atelier_quiz::presenter::{PresentRequest, PresenterCommand};
use egui_kittest::Harness;

const PHONES: usize = 300;

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn post(addr: SocketAddr, path: &str, cookie: Option<&str>, body: &str) -> (u16, String) {
    assert!(addr.ip().is_loopback());
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let cookie = cookie
        .map(|c| format!("Cookie: {c}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{cookie}\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, out)
}

/// The `pct`-th percentile of sorted durations (nearest rank).
fn percentile(sorted: &[Duration], pct: usize) -> Duration {
    sorted[((sorted.len() - 1) * pct)
        .div_ceil(100)
        .min(sorted.len() - 1)]
}

fn main() {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("quizzes/naviguer-en-securite.quiz.json"),
    )
    .unwrap();
    let quiz = atelier_quiz::format::load(&bytes).unwrap().quiz;
    let settings = Settings {
        lang: Some(Lang::Fr),
        ..Settings::default()
    };
    let mut state = AppState::new(Document::new(quiz, None), settings);
    state.live_options = LiveOptions {
        config: ServerConfig {
            bind: [127, 0, 0, 1].into(),
            port: 0,
            code: Some("2468".into()),
        },
        results: None,
        announce: false,
    };
    let platform = Platform::new(
        Box::new(ScriptedDialogs::default()),
        Box::new(ManualClock::default()),
        None,
    );
    let before = rss_kb();
    let mut app = AtelierApp::new(
        state,
        platform,
        atelier_quiz::app::textures::TextureCache::new(false),
    );
    app.queue(Command::Present(PresentRequest {
        phones: true,
        ..PresentRequest::default()
    }));
    app.queue(Command::Presenter(PresenterCommand::Start));
    app.queue(Command::Presenter(PresenterCommand::Next));
    app.queue(Command::Presenter(PresenterCommand::Next));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_ui_state(|ui, app: &mut AtelierApp| app.frame(ui), app);
    h.run_steps(3);
    let (addr, index) = {
        let Mode::Presenting(p) = &h.state().state.mode else {
            panic!("presenting")
        };
        let phones = p.phones.as_ref().expect("phone server started");
        let url = phones
            .url
            .trim_start_matches("http://")
            .trim_end_matches('/');
        (
            url.parse::<SocketAddr>().unwrap(),
            p.current_question().unwrap(),
        )
    };
    let idle_frames: Vec<Duration> = (0..200)
        .map(|_| {
            let t = Instant::now();
            h.step();
            t.elapsed()
        })
        .collect();
    let start = Arc::new(Barrier::new(PHONES + 1));
    let threads: Vec<_> = (0..PHONES)
        .map(|i| {
            let start = start.clone();
            std::thread::spawn(move || {
                start.wait();
                let (status, reply) = post(addr, "/api/join", None, r#"{"code":"2468"}"#);
                assert_eq!(status, 200, "{reply}");
                let cookie = reply
                    .lines()
                    .find_map(|l| {
                        l.strip_prefix("set-cookie: ")
                            .or_else(|| l.strip_prefix("Set-Cookie: "))
                    })
                    .and_then(|c| c.split(';').next())
                    .unwrap()
                    .to_owned();
                let body = format!(
                    r#"{{"question":1,"answer":{{"kind":"choices","shown":[{}]}}}}"#,
                    i % 4
                );
                let t = Instant::now();
                let (status, reply) = post(addr, "/api/answer", Some(&cookie), &body);
                assert_eq!(status, 200, "{reply}");
                t.elapsed()
            })
        })
        .collect();
    let began = Instant::now();
    start.wait();
    let mut frames = Vec::new();
    let mut counted_at = None;
    while began.elapsed() < Duration::from_secs(10) {
        let t = Instant::now();
        h.step();
        frames.push(t.elapsed());
        let Mode::Presenting(p) = &h.state().state.mode else {
            break;
        };
        let answered = p.phones.as_ref().map_or(0, |v| v.answered(index));
        if answered as usize == PHONES && counted_at.is_none() {
            counted_at = Some(began.elapsed());
            break;
        }
    }
    let mut latencies: Vec<Duration> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    latencies.sort();
    let after = rss_kb();
    frames.sort();
    let mut idle = idle_frames;
    idle.sort();
    let counted = counted_at.expect("every answer counted within 10 s");
    let Mode::Presenting(p) = &h.state().state.mode else {
        panic!()
    };
    let tally = p.tally(index).unwrap();
    assert_eq!(tally.total() as usize, PHONES, "every answer counted");
    println!(
        "live_load: {PHONES} phones joined and answered; all counted by the presenter after {counted:.2?}"
    );
    println!(
        "live_load: answer → tally latency median {:.2?}, p99 {:.2?}, max {:.2?}",
        percentile(&latencies, 50),
        percentile(&latencies, 99),
        latencies[latencies.len() - 1]
    );
    println!(
        "live_load: resident memory {before} kB before the server, {after} kB after the load (+{} kB, client threads included)",
        after.saturating_sub(before)
    );
    println!(
        "live_load: presenter frame 1080p median {:.2?} (p99 {:.2?}) during the load over {} frames; idle median {:.2?}",
        percentile(&frames, 50),
        percentile(&frames, 99),
        frames.len(),
        percentile(&idle, 50)
    );
    assert!(
        counted < Duration::from_secs(2),
        "300 answers counted in {counted:?}"
    );
}
