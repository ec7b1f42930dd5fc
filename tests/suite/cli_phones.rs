//! `atelier-quiz present FILE --phones --bind 127.0.0.1 --port 0 --headless --results r.csv`:
//! the real binary prints one join line once listening, phones (the std client) join and
//! answer, `status` reports the tally, `quit` writes the CSV and the port is closed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::http::post;

#[test]
fn a_scripted_session_with_phones_counts_and_writes_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("r.csv");
    let quiz = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("quizzes/naviguer-en-securite.quiz.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_atelier-quiz"))
        .args(["--lang", "fr", "present"])
        .arg(&quiz)
        .args([
            "--phones",
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--headless",
            "--results",
        ])
        .arg(&results)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let rest = first
        .strip_prefix("Téléphones\u{202f}: http://")
        .expect(&first);
    let (addr, code) = rest.split_once("/ (code ").unwrap();
    let addr: SocketAddr = addr.parse().unwrap();
    assert!(addr.ip().is_loopback());
    let code = code.trim_end_matches(')');
    let join = format!(r#"{{"code":"{code}"}}"#);
    let phones: Vec<String> = (0..3)
        .map(|_| post(addr, "/api/join", None, &join).cookie().unwrap())
        .collect();
    // Question 1 (a poll with four answers): its answers step.
    writeln!(stdin, "next\nnext").unwrap();
    let start = Instant::now();
    for (i, p) in phones.iter().enumerate() {
        let body = format!(
            r#"{{"question":1,"answer":{{"kind":"choices","shown":[{}]}}}}"#,
            i.min(1)
        );
        loop {
            let r = post(addr, "/api/answer", Some(p), &body);
            if r.status == 200 || start.elapsed() > Duration::from_secs(5) {
                assert_eq!(r.status, 200, "{}", r.body);
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    let mut status = serde_json::Value::Null;
    while start.elapsed() < Duration::from_secs(5) {
        writeln!(stdin, "status").unwrap();
        status = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
        if status["answered"] == 3 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        status["counts"],
        serde_json::json!([1, 2, 0, 0]),
        "{status}"
    );
    writeln!(stdin, "quit").unwrap();
    assert!(child.wait().unwrap().success());
    let csv = std::fs::read_to_string(&results).unwrap();
    assert!(
        csv.contains("\"Oui, souvent : 1 | Oui, une ou deux fois : 2 | Non, jamais : 0"),
        "{csv}"
    );
    assert!(std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err());
}
