//! Drawing: functions that take state by reference and return [`Command`](crate::app::command::Command)s.
//!
//! Nothing here mutates the document, opens a dialog or reads a file; see `docs/ARCHITECTURE.md`.

pub mod a11y;
pub mod editor;
pub mod fonts;
pub mod menu;
pub mod modals;
pub mod presenter;
pub mod shapes;
pub mod shortcuts;
pub mod theme;
