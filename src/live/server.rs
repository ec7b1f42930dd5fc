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
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{Semaphore, mpsc, watch};

use super::limits;
use super::protocol::Stage;
use super::routes;
use super::session::{LiveSession, LiveStatus};

/// Ports tried after the asked one is taken, before letting the system choose.
const PORT_TRIES: u16 = 10;

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

pub(super) struct Shared {
    session: Mutex<LiveSession>,
    started: Instant,
    pub(super) version: watch::Sender<u64>,
    status: watch::Sender<Arc<LiveStatus>>,
}

impl Shared {
    pub(super) fn lock(&self) -> MutexGuard<'_, LiveSession> {
        // A panic while holding the lock cannot leave the session half-changed in a way that
        // matters more than stopping answering: carry on with it.
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(super) fn now(&self) -> Duration {
        self.started.elapsed()
    }

    pub(super) fn publish(&self, session: &LiveSession) {
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
                async move { Ok::<_, Infallible>(routes::handle(&shared, peer.ip(), req).await) }
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
