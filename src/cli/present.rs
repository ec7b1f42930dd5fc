//! `present FILE --phones [--bind ADDR] [--port N] [--results FILE.csv] [--headless]`.
//!
//! `--phones` starts the phone server with the session and prints one line with the join
//! address and code once it listens. `--headless` runs the same session without a window,
//! its keys read from standard input one per line — `next`, `back`, `home`, `end`,
//! `status` (prints the current question's counts as one JSON line), `quit` (or end of
//! input) —, for scripted runs and tests: the presenter state, the stage sent to the phones,
//! the tallies and the CSV are the app's own (`PresenterState::apply`, `app::live_ops`).

use std::io::{BufRead, Write};
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::{Arg, ArgAction, ArgMatches, value_parser};

use super::exit;
use crate::app::live_ops::{LiveLink, LiveOptions, write_results};
use crate::app::settings::PresenterSettings;
use crate::format::ImageCheck;
use crate::i18n::Lang;
use crate::live::ServerConfig;
use crate::presenter::{Outcome, PresentRequest, PresenterCommand, PresenterState};
use crate::storage::{self, OpenError};

/// How often the windowless loop looks at the server (a frame, for the window).
const TICK: Duration = Duration::from_millis(20);

/// The phone options of `present`.
pub fn phone_args(ui: Lang) -> Vec<Arg> {
    vec![
        Arg::new("phones")
            .long("phones")
            .help(ui.t("cli.arg.phones"))
            .action(ArgAction::SetTrue),
        Arg::new("bind")
            .long("bind")
            .value_name("ADDR")
            .help(ui.t("cli.arg.bind"))
            .requires("phones")
            .value_parser(value_parser!(IpAddr)),
        Arg::new("port")
            .long("port")
            .value_name("N")
            .help(ui.t("cli.arg.port"))
            .requires("phones")
            .value_parser(value_parser!(u16)),
        Arg::new("results")
            .long("results")
            .value_name("FILE.csv")
            .help(ui.t("cli.arg.results"))
            .value_parser(value_parser!(PathBuf)),
        Arg::new("headless")
            .long("headless")
            .help(ui.t("cli.arg.headless"))
            .action(ArgAction::SetTrue),
    ]
}

/// The phone options given, if `--phones` was.
pub fn live_options(m: &ArgMatches) -> Option<LiveOptions> {
    if !m.get_flag("phones") {
        return None;
    }
    let results = m.get_one::<PathBuf>("results").cloned();
    let defaults = ServerConfig::default();
    Some(LiveOptions {
        config: ServerConfig {
            bind: m
                .get_one::<IpAddr>("bind")
                .copied()
                .unwrap_or(defaults.bind),
            port: m.get_one::<u16>("port").copied().unwrap_or(defaults.port),
            code: None,
        },
        results,
        announce: true,
    })
}

fn keys(tx: &mpsc::Sender<String>) {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if tx.send(line.trim().to_owned()).is_err() {
            break;
        }
    }
}

/// The windowless session; returns the exit code.
pub fn run_headless(m: &ArgMatches, lang: Lang) -> u8 {
    let path = m.get_one::<PathBuf>("file").cloned().unwrap_or_default();
    let quiz = match storage::open_quiz(&path, ImageCheck::Full) {
        Ok(loaded) => loaded.quiz,
        Err(OpenError::Storage(e)) => {
            eprintln!("{}: {}", path.display(), e.message(lang));
            return exit::USAGE;
        }
        Err(OpenError::Format(e)) => {
            for d in &e.diagnostics {
                eprintln!("{}", super::report::line(&path, d, lang));
            }
            return exit::ERRORS;
        }
    };
    let options = live_options(m);
    let results = m.get_one::<PathBuf>("results").cloned();
    let settings = PresenterSettings::default();
    let started = Instant::now();
    let request = PresentRequest {
        levels: m
            .get_many::<String>("level")
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        phones: options.is_some(),
        ..PresentRequest::default()
    };
    let mut p = PresenterState::new(&quiz, &request, &settings, started.elapsed());
    let mut server = None;
    let apply = |p: &mut PresenterState, c: &PresenterCommand| {
        p.apply(&quiz, &settings, c, started.elapsed())
    };
    if apply(&mut p, &PresenterCommand::Start) == Outcome::StartPhones
        && let Some(options) = &options
    {
        match LiveLink::start(options, lang) {
            Ok((l, view)) => {
                server = Some(l);
                apply(&mut p, &PresenterCommand::PhonesStarted(Box::new(view)));
            }
            Err(reason) => {
                eprintln!("{reason}");
                return exit::USAGE;
            }
        }
    }
    let _ = std::io::stdout().flush();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || keys(&tx));
    loop {
        if let Some(l) = &mut server {
            for c in l.sync(&quiz, &p, lang) {
                apply(&mut p, &c);
            }
        }
        let line = match rx.recv_timeout(TICK) {
            Ok(line) => line,
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        let command = match line.as_str() {
            "next" => PresenterCommand::Next,
            "back" => PresenterCommand::Back,
            "home" => PresenterCommand::Home,
            "end" => PresenterCommand::End,
            "quit" => break,
            "status" => {
                println!("{}", status_line(&p));
                let _ = std::io::stdout().flush();
                continue;
            }
            _ => continue,
        };
        apply(&mut p, &command);
    }
    if let Some(l) = server {
        let status = l.stop();
        apply(&mut p, &PresenterCommand::PhonesStatus(status));
    }
    if let Some(path) = results {
        let shown = path.display().to_string();
        match write_results(&quiz, &p, lang, &crate::dates::today(), &path) {
            Ok(()) => eprintln!(
                "{}",
                lang.f("cli.present.results_written", &[("path", &shown)])
            ),
            Err(reason) => {
                eprintln!(
                    "{}",
                    lang.f(
                        "cli.present.results_failed",
                        &[("path", &shown), ("reason", &reason)]
                    )
                );
                return exit::USAGE;
            }
        }
    }
    exit::OK
}

/// `{"question":N,"connected":C,"answered":A,"counts":[…],"texts":[…]}` for the current
/// question (`counts`: hands + phones by the quiz's own answer order; `texts`: the phones'
/// open answers, as the console lists them — what a script or a browser test can check).
fn status_line(p: &PresenterState) -> String {
    let index = p.current_question();
    let phones = p.phones.as_ref();
    serde_json::json!({
        "question": index,
        "connected": phones.map_or(0, |v| v.status.connected),
        "answered": index.and_then(|i| phones.map(|v| v.answered(i))).unwrap_or(0),
        "counts": index.and_then(|i| p.tally(i)).map(|t| t.counts).unwrap_or_default(),
        "texts": index
            .and_then(|i| phones.and_then(|v| v.status.tallies.get(&i)))
            .map(|t| t.texts.clone())
            .unwrap_or_default(),
    })
    .to_string()
}
