//! Exports of a quiz to other media (see each module).

pub mod print;
pub mod scorm;
pub mod target;
pub mod web;

pub use target::ExportTarget;
