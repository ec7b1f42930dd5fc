//! Atelier Quiz: write, share and present quizzes for digital-skills workshops.
//!
//! Layers, from the bottom up (see `docs/ARCHITECTURE.md`):
//! - [`model`]: the quiz data and its validation — no egui, no I/O;
//! - [`format`]: bytes ⇄ model for format v1, typed diagnostics;
//! - [`storage`]: bounded reads and atomic writes of quiz files;
//! - [`i18n`]: every user-visible string, French first;
//! - [`cli`]: `check`, `convert`, `present`;
//! - [`app`]: the egui application (state, commands, screens).

pub mod app;
pub mod cli;
pub mod dates;
pub mod export;
pub mod format;
pub mod i18n;
pub mod interchange;
pub mod live;
pub mod model;
pub mod presenter;
pub mod storage;
pub mod ui;
