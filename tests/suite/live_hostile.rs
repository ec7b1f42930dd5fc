//! Hostile clients against the phone server on 127.0.0.1: oversized bodies, 1,000 idle
//! connections, a slow-drip request, random bytes, malformed JSON. Each gets a 4xx or is cut
//! off, and the session goes on: valid phones still join and every valid answer counts.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use atelier_quiz::live::limits;

use crate::common::http::{loopback, post, raw};
use crate::live_protocol::{answer, join, question, server, until};

#[test]
fn oversized_and_malformed_bodies_get_a_4xx_and_change_nothing() {
    let s = server();
    let a = join(s.addr);
    s.set_stage(question(false));
    crate::live_protocol::stage_reached(s.addr, &a, "Quel fruit");
    let big = format!(
        "POST /api/answer HTTP/1.1\r\nHost: x\r\nCookie: {a}\r\nContent-Length: 100000\r\n\
         Connection: close\r\n\r\n{}",
        "x".repeat(5000)
    );
    assert_eq!(raw(s.addr, big.as_bytes()).unwrap().status, 413);
    let chunk = "y".repeat(limits::MAX_BODY + 10);
    let chunked = format!(
        "POST /api/join HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n\
         {:x}\r\n{chunk}\r\n0\r\n\r\n",
        chunk.len()
    );
    assert_eq!(raw(s.addr, chunked.as_bytes()).unwrap().status, 413);
    for body in [
        "",
        "{",
        "null",
        r#"{"question":1}"#,
        r#"{"question":1,"answer":{"kind":"choices","shown":[9]}}"#,
        r#"{"question":1,"answer":{"kind":"choices","shown":[0,0]}}"#,
        r#"{"question":1,"answer":{"kind":"point","x":0.5,"y":0.5}}"#,
        r#"{"question":1,"answer":{"kind":"choices","shown":[0]},"extra":1}"#,
    ] {
        let r = post(s.addr, "/api/answer", Some(&a), body);
        assert_eq!(r.status, 400, "{body}: {}", r.body);
    }
    let huge_header = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-A: {}\r\n\r\n",
        "a".repeat(20_000)
    );
    let r = raw(s.addr, huge_header.as_bytes()).map_or(0, |r| r.status);
    assert!(
        r == 431 || r == 0 || r == 400,
        "oversized head refused: {r}"
    );
    assert!(!s.status().tallies.contains_key(&7));
    assert_eq!(answer(s.addr, &a, 1), 200);
    assert!(until(&s, |st| st
        .tallies
        .get(&7)
        .is_some_and(|t| t.answered == 1)));
}

#[test]
fn idle_connections_slow_drips_and_random_bytes_do_not_stop_the_session() {
    let s = server();
    s.set_stage(question(false));
    // 1,000 connections that never say anything.
    let idle: Vec<TcpStream> = (0..1_000)
        .filter_map(|_| TcpStream::connect(loopback(s.addr)).ok())
        .collect();
    assert!(idle.len() >= 990, "opened {}", idle.len());
    // A slow drip: one byte of the head every 100 ms.
    let mut drip = TcpStream::connect(loopback(s.addr)).unwrap();
    drip.set_write_timeout(Some(Duration::from_secs(1)))
        .unwrap();
    drip.set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    // Random bytes (a fixed xorshift stream, so a failure can be replayed).
    let mut x: u32 = 0x9E37_79B9;
    for _ in 0..50 {
        let junk: Vec<u8> = (0..512)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x.to_le_bytes()[0]
            })
            .collect();
        if let Ok(r) = raw(s.addr, &junk) {
            assert!(
                r.status == 0 || (400..500).contains(&r.status),
                "{}",
                r.status
            );
        }
    }
    // Meanwhile, the room's phones join and answer.
    let phones: Vec<String> = (0..5).map(|_| join(s.addr)).collect();
    for (i, p) in phones.iter().enumerate() {
        assert_eq!(answer(s.addr, p, i % 2), 200);
    }
    assert!(until(&s, |st| st
        .tallies
        .get(&7)
        .is_some_and(|t| t.answered == 5 && t.counts == [2, 0, 3])));
    // The drip is cut off after the head timeout, however patient it is.
    let start = Instant::now();
    let head = b"GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    let mut cut = false;
    let mut i = 0;
    while start.elapsed() < limits::HEADER_TIMEOUT + Duration::from_secs(4) {
        let byte = head.get(i).copied().unwrap_or(b'z');
        i += 1;
        if drip.write_all(&[byte]).is_err() {
            cut = true;
            break;
        }
        let mut buf = [0u8; 256];
        match drip.read(&mut buf) {
            Ok(0) => {
                cut = true;
                break;
            }
            Ok(_) => {
                // hyper answers 408 before closing
                cut = true;
                break;
            }
            Err(_) => {}
        }
    }
    assert!(
        cut,
        "slow client still connected after {:?}",
        start.elapsed()
    );
    assert!(start.elapsed() >= limits::HEADER_TIMEOUT.saturating_sub(Duration::from_secs(1)));
    drop(idle);
    assert_eq!(
        answer(s.addr, &phones[0], 2),
        200,
        "still answering after all that"
    );
}
