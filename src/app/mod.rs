//! The application: state, commands and the one place that applies them.
//!
//! Data flow of a frame: `ui::*` functions read [`state::AppState`] and push
//! [`command::Command`]s; [`apply::apply`] carries them out (the document's only mutator, the
//! only caller of dialogs and file I/O); [`shell::AtelierApp`] runs this loop for eframe.

pub mod actions;
pub mod apply;
pub mod command;
pub mod document;
pub mod edit;
pub mod editor_state;
mod file_ops;
pub mod history;
pub mod icon;
pub mod in_app_dialog;
pub mod interchange_ops;
pub mod live_ops;
pub mod native_dialogs;
pub mod platform;
pub mod print_ops;
pub mod recovery;
pub mod samples;
pub mod settings;
pub mod shell;
pub mod startup;
pub mod state;
pub mod textures;
pub mod window;

pub use file_ops::suggested_file_name;
pub use shell::AtelierApp;
pub use startup::run;
