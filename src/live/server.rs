//! The phone server: hyper (HTTP/1.1) on a current-thread tokio runtime, on its own thread.
//!
//! The presenter never waits for it: [`LiveServer::set_stage`] is a non-blocking channel
//! send, [`LiveServer::status`] reads the latest snapshot (a `watch` value, replaced whole by
//! the server). The server serves only the embedded page, its fonts, the current question's
//! images and the JSON API — never a file from disk. Every connection takes a permit from a
//! fixed pool ([`limits::MAX_CONNECTIONS`]: over it, new connections are closed at once),
//! must send its request head within [`limits::HEADER_TIMEOUT`] and its body (≤
//! [`limits::MAX_BODY`]) within [`limits::BODY_TIMEOUT`]. Stopping drops the runtime, which
//! closes the listening socket and every connection: the port is free when
//! [`LiveServer::stop`] returns.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{Semaphore, mpsc, watch};

use super::limits;
use super::page;
use super::protocol::{AnswerRequest, ErrorBody, ErrorCode, JoinRequest, Stage, StageScreen};
use super::session::{LiveSession, LiveStatus};

/// Ports tried after the asked one is taken, before letting the system choose.
const PORT_TRIES: u16 = 10;
/// An event stream sends a comment this often, so proxies and phones keep it open.
const KEEPALIVE: Duration = Duration::from_secs(15);
const COOKIE: &str = "aq_phone";

type Body = BoxBody<Bytes, Infallible>;

/// Where and how to listen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerConfig {
    /// Address to bind (`0.0.0.0`: every interface; tests use `127.0.0.1`).
    pub bind: IpAddr,
    /// Port asked for; the next ones, then any free one, when it is taken.
    pub port: u16,
    /// The session code (random when `None`).
    pub code: Option<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            bind: IpAddr::from([0, 0, 0, 0]),
            port: 8080,
            code: None,
        }
    }
}

/// Why the server could not start.
#[derive(Debug)]
pub enum StartError {
    Bind(std::io::Error),
    Runtime(std::io::Error),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Bind(e) | Self::Runtime(e) => e.fmt(f),
        }
    }
}

enum Control {
    Stage(Stage),
}

/// A running phone server, owned by the presenter.
pub struct LiveServer {
    pub addr: SocketAddr,
    pub code: String,
    control: mpsc::UnboundedSender<Control>,
    status: watch::Receiver<Arc<LiveStatus>>,
    failure: Arc<Mutex<Option<String>>>,
    thread: Option<JoinHandle<()>>,
}

struct Shared {
    session: Mutex<LiveSession>,
    started: Instant,
    version: watch::Sender<u64>,
    status: watch::Sender<Arc<LiveStatus>>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, LiveSession> {
        // A panic while holding the lock cannot leave the session half-changed in a way that
        // matters more than stopping answering: carry on with it.
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn now(&self) -> Duration {
        self.started.elapsed()
    }

    fn publish(&self, session: &LiveSession) {
        let status = session.status(self.now());
        self.status.send_if_modified(|old| {
            if **old == status {
                false
            } else {
                *old = Arc::new(status);
                true
            }
        });
    }
}

/// A random 4-digit code, "0000" to "9999".
fn random_code() -> String {
    let mut bytes = [0u8; 4];
    // Without the OS's random source, fall back to the clock: the code stays hard to guess
    // from another seat, and the rate limit still holds.
    let n = if getrandom::fill(&mut bytes).is_ok() {
        u128::from(u32::from_le_bytes(bytes))
    } else {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos()
    };
    format!("{:04}", n % 10_000)
}

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

/// Accepted connections waiting for the server (a room scanning the QR code at once: the
/// system's default of 128 would make the 129th phone wait a second for a SYN retry).
const BACKLOG: u32 = 1_024;

fn bind_one(ip: IpAddr, port: u16) -> std::io::Result<tokio::net::TcpListener> {
    let addr = SocketAddr::new(ip, port);
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    // As std's TcpListener does on Unix: a port left in TIME_WAIT by the last session is
    // free again at once (on Windows the option means sharing a bound port: not set).
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(BACKLOG)
}

/// The asked port, else the next ones, else any free one. Needs the runtime entered.
fn bind(config: &ServerConfig) -> std::io::Result<tokio::net::TcpListener> {
    if config.port == 0 {
        return bind_one(config.bind, 0);
    }
    let mut last = None;
    for offset in 0..PORT_TRIES {
        let Some(port) = config.port.checked_add(offset) else {
            break;
        };
        match bind_one(config.bind, port) {
            Ok(l) => return Ok(l),
            Err(e) => last = Some(e),
        }
    }
    bind_one(config.bind, 0).map_err(|e| last.unwrap_or(e))
}

impl LiveServer {
    /// Listens (port fallback included) and starts the server thread.
    pub fn start(config: &ServerConfig) -> Result<Self, StartError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(StartError::Runtime)?;
        let listener = {
            let _inside = runtime.enter();
            bind(config).map_err(StartError::Bind)?
        };
        let addr = listener.local_addr().map_err(StartError::Bind)?;
        let code = config.code.clone().unwrap_or_else(random_code);
        let (control, control_rx) = mpsc::unbounded_channel();
        let (status_tx, status) = watch::channel(Arc::new(LiveStatus::default()));
        let (version_tx, _) = watch::channel(1);
        let shared = Arc::new(Shared {
            session: Mutex::new(LiveSession::new(code.clone())),
            started: Instant::now(),
            version: version_tx,
            status: status_tx,
        });
        let failure = Arc::new(Mutex::new(None));
        let failed = failure.clone();
        let thread = std::thread::Builder::new()
            .name("phones".into())
            .spawn(move || {
                let result = runtime.block_on(run(listener, shared, control_rx));
                if let Err(e) = result {
                    *failed.lock().unwrap_or_else(PoisonError::into_inner) = Some(e.to_string());
                }
                // Dropping the runtime here closes the listener and every connection.
            })
            .map_err(StartError::Runtime)?;
        Ok(Self {
            addr,
            code,
            control,
            status,
            failure,
            thread: Some(thread),
        })
    }

    /// Shows phones what the presenter shows now (never blocks).
    pub fn set_stage(&self, stage: Stage) {
        // A closed channel means the server died: `failure` says why.
        let _ = self.control.send(Control::Stage(stage));
    }

    /// The latest snapshot (connected phones, answers per question).
    pub fn status(&self) -> Arc<LiveStatus> {
        self.status.borrow().clone()
    }

    /// Why the server stopped on its own, if it did.
    pub fn failure(&self) -> Option<String> {
        if let Some(f) = self
            .failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
        {
            return Some(f);
        }
        self.thread
            .as_ref()
            .is_some_and(JoinHandle::is_finished)
            .then(String::new)
    }

    /// Stops listening and closes every connection; returns the last snapshot.
    pub fn stop(mut self) -> Arc<LiveStatus> {
        self.shutdown();
        self.status()
    }

    fn shutdown(&mut self) {
        // Closing the channel ends the control loop, hence `block_on` and the runtime.
        let (closed, _) = mpsc::unbounded_channel();
        drop(std::mem::replace(&mut self.control, closed));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for LiveServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

async fn run(
    listener: tokio::net::TcpListener,
    shared: Arc<Shared>,
    mut control: mpsc::UnboundedReceiver<Control>,
) -> std::io::Result<()> {
    tokio::spawn(accept_loop(listener, shared.clone()));
    let ticker = shared.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            tick.tick().await;
            let session = ticker.lock();
            ticker.publish(&session);
        }
    });
    while let Some(Control::Stage(stage)) = control.recv().await {
        let mut session = shared.lock();
        if session.set_stage(stage) {
            shared.version.send_replace(session.version());
        }
        shared.publish(&session);
    }
    Ok(())
}

async fn accept_loop(listener: tokio::net::TcpListener, shared: Arc<Shared>) {
    let permits = Arc::new(Semaphore::new(limits::MAX_CONNECTIONS));
    loop {
        let Ok((stream, peer)) = listener.accept().await else {
            // Out of file descriptors or a reset before accept: wait a little, go on.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let shared = shared.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| {
                let shared = shared.clone();
                async move { Ok::<_, Infallible>(handle(&shared, peer.ip(), req).await) }
            });
            let _ = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits::HEADER_TIMEOUT)
                .max_buf_size(8 * 1024)
                .serve_connection(TokioIo::new(stream), service)
                .await;
            drop(permit);
        });
    }
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

async fn handle(shared: &Arc<Shared>, ip: IpAddr, req: Request<Incoming>) -> Response<Body> {
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
    let Ok(request) = serde_json::from_slice::<JoinRequest>(&bytes) else {
        return error(ErrorCode::Invalid);
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
    let Ok(request) = serde_json::from_slice::<AnswerRequest>(&bytes) else {
        return error(ErrorCode::Invalid);
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
