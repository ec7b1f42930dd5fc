//! A tiny HTTP/1.1 client over `std::net::TcpStream` for the phone-server tests: every
//! request goes to 127.0.0.1 only, with `Connection: close` and a read timeout, so no test
//! can hang or reach the network.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `aq_phone=…` pair of `Set-Cookie`.
    pub fn cookie(&self) -> Option<String> {
        self.header("set-cookie")
            .and_then(|c| c.split(';').next())
            .map(str::to_owned)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

pub fn loopback(addr: SocketAddr) -> SocketAddr {
    assert!(addr.ip().is_loopback(), "tests talk to 127.0.0.1 only");
    addr
}

/// Sends raw bytes and reads the whole reply (the server closes after it).
pub fn raw(addr: SocketAddr, bytes: &[u8]) -> std::io::Result<Reply> {
    let mut s = TcpStream::connect_timeout(&loopback(addr), Duration::from_secs(5))?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    s.write_all(bytes)?;
    let mut out = Vec::new();
    s.read_to_end(&mut out)?;
    Ok(parse(&out))
}

pub fn parse(bytes: &[u8]) -> Reply {
    let text = String::from_utf8_lossy(bytes);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// One request; `cookie` is the `aq_phone=…` pair.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Option<&str>,
) -> Reply {
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if let Some(c) = cookie {
        req += &["Cookie: ", c, "\r\n"].concat();
    }
    if let Some(b) = body {
        let length = b.len().to_string();
        req += &[
            "Content-Type: application/json\r\nContent-Length: ",
            &length,
            "\r\n\r\n",
            b,
        ]
        .concat();
    } else {
        req.push_str("\r\n");
    }
    raw(addr, req.as_bytes()).unwrap_or(Reply {
        status: 0,
        headers: Vec::new(),
        body: String::new(),
    })
}

pub fn get(addr: SocketAddr, path: &str, cookie: Option<&str>) -> Reply {
    request(addr, "GET", path, cookie, None)
}

pub fn post(addr: SocketAddr, path: &str, cookie: Option<&str>, body: &str) -> Reply {
    request(addr, "POST", path, cookie, Some(body))
}
