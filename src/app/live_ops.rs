//! The phone server seen from the app: start it when a session with phones starts, hand it
//! the presenter's screen when it changes, bring its snapshot back as presenter commands,
//! stop it (and write `--results`) when the session ends.
//!
//! Used by the window (`shell`) and by the windowless `present --headless` alike, so both
//! drive the server the same way. Nothing here blocks on the network: `set_stage` is a
//! channel send and `status` a snapshot read (see `live::server`).

use std::path::PathBuf;
use std::sync::Arc;

use crate::i18n::Lang;
use crate::live::{self, LiveServer, LiveStatus, ServerConfig};
use crate::model::Quiz;
use crate::presenter::phones::PhonesView;
use crate::presenter::{Phase, PresenterCommand, PresenterState};

/// How a session with phones runs (from the command line, or the defaults).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LiveOptions {
    pub config: ServerConfig,
    /// Write the session's CSV here when it ends.
    pub results: Option<PathBuf>,
    /// Print the join line on standard output once listening (`present --phones`).
    pub announce: bool,
}

/// A running server and what was last sent to it / read from it.
pub struct LiveLink {
    server: LiveServer,
    shown: Option<(Phase, usize, u64)>,
    status: Arc<LiveStatus>,
    failure_told: bool,
}

impl std::fmt::Debug for LiveLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveLink")
            .field("addr", &self.server.addr)
            .finish_non_exhaustive()
    }
}

impl LiveLink {
    /// Starts the server; the view to hand the presenter with `PhonesStarted`.
    pub fn start(options: &LiveOptions, lang: Lang) -> Result<(Self, PhonesView), String> {
        let server = LiveServer::start(&options.config)
            .map_err(|e| lang.f("live.start_failed", &[("reason", &e)]))?;
        let bind = options.config.bind;
        let (addresses, bound) = if bind.is_unspecified() {
            (live::addr::candidates(), None)
        } else {
            (Vec::new(), Some(bind.to_string()))
        };
        let view = PhonesView::new(server.code.clone(), server.addr.port(), addresses, bound);
        if options.announce {
            println!(
                "{}",
                lang.f(
                    "live.listening",
                    &[("url", &view.url), ("code", &view.code)]
                )
            );
        }
        let link = Self {
            server,
            shown: None,
            status: Arc::new(LiveStatus::default()),
            failure_told: false,
        };
        Ok((link, view))
    }

    /// Sends the presenter's screen if it changed; returns the commands that bring the
    /// server's news into the presenter state.
    pub fn sync(&mut self, quiz: &Quiz, p: &PresenterState, lang: Lang) -> Vec<PresenterCommand> {
        let key = (p.phase, p.cursor, p.seed);
        if self.shown != Some(key) {
            self.server.set_stage(live::stage::stage(quiz, p, lang));
            self.shown = Some(key);
        }
        let mut out = Vec::new();
        let status = self.server.status();
        if !Arc::ptr_eq(&status, &self.status) {
            self.status = status.clone();
            out.push(PresenterCommand::PhonesStatus(status));
        }
        if !self.failure_told
            && let Some(reason) = self.server.failure()
        {
            self.failure_told = true;
            out.push(PresenterCommand::PhonesFailed(reason));
        }
        out
    }

    /// Stops listening (the port is closed when this returns).
    pub fn stop(self) -> Arc<LiveStatus> {
        self.server.stop()
    }
}

/// Writes the session's CSV to `path` (UTF-8 with BOM, as « Exporter les résultats »).
pub fn write_results(
    quiz: &Quiz,
    p: &PresenterState,
    lang: Lang,
    today: &str,
    path: &std::path::Path,
) -> Result<(), String> {
    let bytes = crate::presenter::csv::export(quiz, p, lang, today);
    crate::storage::write_atomic(path, &bytes).map_err(|e| e.message(lang))
}
