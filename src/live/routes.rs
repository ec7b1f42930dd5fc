//! The phone server's routes: the embedded page and fonts, the current question's images and
//! the JSON API (join, state, answer, Server-Sent Events). Anything else is a 404; every error
//! is a 4xx with a stable code the page translates (`protocol::ErrorCode`).

use std::convert::Infallible;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use tokio::sync::mpsc;

use super::limits;
use super::page;
use super::protocol::{AnswerRequest, ErrorBody, ErrorCode, JoinRequest, StageScreen};
use super::server::Shared;

/// An event stream sends a comment this often, so proxies and phones keep it open.
const KEEPALIVE: Duration = Duration::from_secs(15);
const COOKIE: &str = "aq_phone";

type Body = BoxBody<Bytes, Infallible>;

/// A phone's token: 128 random bits as hex.
fn random_token() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes.iter().fold(String::with_capacity(32), |mut s, b| {
        use std::fmt::Write as _;
        // Writing to a String cannot fail.
        let _ = write!(s, "{b:02x}");
        s
    }))
}

fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into()).boxed()
}

fn respond(
    status: StatusCode,
    content_type: &'static str,
    body: impl Into<Bytes>,
) -> Response<Body> {
    let mut r = Response::new(full(body));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    r
}

fn json(value: &impl serde::Serialize) -> Response<Body> {
    let body = serde_json::to_vec(value).unwrap_or_default();
    respond(StatusCode::OK, "application/json", body)
}

fn error(code: ErrorCode) -> Response<Body> {
    let mut r = json(&ErrorBody { error: code });
    *r.status_mut() = StatusCode::from_u16(code.status()).unwrap_or(StatusCode::BAD_REQUEST);
    r
}

fn token_of(req: &Request<Incoming>) -> Option<String> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('='))
        .filter(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_owned)
}

/// The request body, at most [`limits::MAX_BODY`] bytes, within [`limits::BODY_TIMEOUT`].
async fn body(req: Request<Incoming>) -> Result<Bytes, ErrorCode> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limits::MAX_BODY) {
        return Err(ErrorCode::TooLarge);
    }
    let limited = Limited::new(req.into_body(), limits::MAX_BODY);
    match tokio::time::timeout(limits::BODY_TIMEOUT, limited.collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => Err(ErrorCode::TooLarge),
        _ => Err(ErrorCode::Invalid),
    }
}

pub(super) async fn handle(
    shared: &Arc<Shared>,
    ip: IpAddr,
    req: Request<Incoming>,
) -> Response<Body> {
    let token = token_of(&req);
    let path = req.uri().path().to_owned();
    let method = req.method().clone();
    if let Some(t) = &token
        && !shared.lock().take_request(t, shared.now())
    {
        return error(ErrorCode::TooFast);
    }
    match (method, path.as_str()) {
        (Method::GET, "/") => {
            let p = page::page();
            let mut r = respond(StatusCode::OK, "text/html; charset=utf-8", p.html.clone());
            if let Ok(v) = HeaderValue::from_str(&p.csp) {
                r.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
            }
            r
        }
        (Method::GET, "/favicon.ico") => respond(StatusCode::NO_CONTENT, "text/plain", ""),
        (Method::GET, "/font/regular.ttf") => font(page::FONT_REGULAR),
        (Method::GET, "/font/bold.ttf") => font(page::FONT_BOLD),
        (Method::GET, "/api/state") => json(&shared.lock().phone_state(token.as_deref())),
        (Method::GET, "/api/events") => events(shared, token),
        (Method::POST, "/api/join") => join(shared, ip, token, req).await,
        (Method::POST, "/api/answer") => answer(shared, token, req).await,
        (Method::GET, p) if p.starts_with("/img/") => image(shared, &p[5..]),
        (_, "/" | "/api/state" | "/api/events" | "/api/join" | "/api/answer") => {
            respond(StatusCode::METHOD_NOT_ALLOWED, "text/plain", "")
        }
        _ => error(ErrorCode::NotFound),
    }
}

fn font(bytes: &'static [u8]) -> Response<Body> {
    let mut r = respond(StatusCode::OK, "font/ttf", Bytes::from_static(bytes));
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("max-age=86400"),
    );
    r
}

fn image(shared: &Arc<Shared>, n: &str) -> Response<Body> {
    let session = shared.lock();
    let StageScreen::Question(q) = &session.stage().screen else {
        return error(ErrorCode::NotFound);
    };
    match n.parse::<usize>().ok().and_then(|i| q.images.get(i)) {
        Some((mime, data)) => respond(StatusCode::OK, mime, Bytes::from(data.to_vec())),
        None => error(ErrorCode::NotFound),
    }
}

async fn join(
    shared: &Arc<Shared>,
    ip: IpAddr,
    token: Option<String>,
    req: Request<Incoming>,
) -> Response<Body> {
    let bytes = match body(req).await {
        Ok(b) => b,
        Err(e) => return error(e),
    };
    let request = match JoinRequest::parse(&bytes) {
        Ok(r) => r,
        Err(e) => return error(e),
    };
    let Some(fresh) = random_token() else {
        return error(ErrorCode::Full);
    };
    let mut session = shared.lock();
    match session.join(&request.code, token.as_deref(), fresh, ip, shared.now()) {
        Ok(token) => {
            shared.publish(&session);
            let mut r = json(&session.phone_state(Some(&token)));
            let cookie = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict");
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                r.headers_mut().insert(header::SET_COOKIE, v);
            }
            r
        }
        Err(e) => error(e),
    }
}

async fn answer(
    shared: &Arc<Shared>,
    token: Option<String>,
    req: Request<Incoming>,
) -> Response<Body> {
    let bytes = match body(req).await {
        Ok(b) => b,
        Err(e) => return error(e),
    };
    let Some(token) = token else {
        return error(ErrorCode::NotJoined);
    };
    let request = match AnswerRequest::parse(&bytes) {
        Ok(r) => r,
        Err(e) => return error(e),
    };
    let mut session = shared.lock();
    match session.answer(&token, request) {
        Ok(()) => {
            shared.publish(&session);
            json(&session.phone_state(Some(&token)))
        }
        Err(e) => error(e),
    }
}

/// Server-Sent Events: this phone's state now, then at every change of stage.
fn events(shared: &Arc<Shared>, token: Option<String>) -> Response<Body> {
    let Some(token) = token.filter(|t| shared.lock().is_joined(t)) else {
        return error(ErrorCode::NotJoined);
    };
    let (tx, rx) = mpsc::channel::<Bytes>(4);
    let shared = shared.clone();
    let mut version = shared.version.subscribe();
    tokio::spawn(async move {
        shared.lock().stream(&token, true, shared.now());
        loop {
            let state =
                serde_json::to_string(&shared.lock().phone_state(Some(&token))).unwrap_or_default();
            if tx
                .send(Bytes::from(format!("data: {state}\n\n")))
                .await
                .is_err()
            {
                break;
            }
            let changed = loop {
                match tokio::time::timeout(KEEPALIVE, version.changed()).await {
                    Ok(r) => break r.is_ok(),
                    Err(_)
                        if tx
                            .send(Bytes::from_static(b": keepalive\n\n"))
                            .await
                            .is_err() =>
                    {
                        break false;
                    }
                    Err(_) => {}
                }
            };
            if !changed {
                break;
            }
        }
        shared.lock().stream(&token, false, shared.now());
    });
    let mut r = Response::new(BoxBody::new(EventBody(rx)));
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// A streamed body fed by a channel (one SSE event per message).
struct EventBody(mpsc::Receiver<Bytes>);

impl hyper::body::Body for EventBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0.poll_recv(cx).map(|m| m.map(|b| Ok(Frame::data(b))))
    }
}
