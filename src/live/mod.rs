//! Answers on the participants' phones over the local network (issue 12, docs/LIVE.md).
//!
//! No egui here. The layer is split so that everything that decides is pure and unit-tested,
//! and only [`server`] touches sockets:
//! - [`protocol`]: the JSON the phone page and the server exchange (serde), and [`Stage`], what
//!   the presenter hands the server — the public card plus the private answer key, which
//!   [`session`] only copies into a phone's view once the reveal is reached;
//! - [`stage`]: the presenter's state → a [`Stage`] (the same shuffled order as the projector);
//! - [`session`]: joins with the code, one replaceable answer per phone per question, tallies;
//! - [`limits`]: every bound (body size, phones, connections, timeouts, wrong-code rates);
//! - [`addr`]: which address of the laptop to show in the QR code;
//! - [`qr`]: the QR code as a plain matrix of modules (the UI paints it);
//! - [`page`]: the phone page, assembled from `web/` at build time, with its CSP;
//! - [`server`]: hyper on a current-thread tokio runtime, on its own thread; the presenter
//!   talks to it only through a channel (stages in) and a snapshot (status out), so a frame
//!   never waits for the network.

pub mod addr;
pub mod limits;
pub mod page;
pub mod protocol;
pub mod qr;
mod routes;
pub mod server;
pub mod session;
pub mod stage;

pub use protocol::{Stage, StageQuestion};
pub use server::{LiveServer, ServerConfig, StartError};
pub use session::{LiveStatus, PhoneTally};
