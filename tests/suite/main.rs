//! Every integration test in one binary.
//!
//! Each file under `tests/` used to be its own test binary, and each of them linked the whole
//! app (egui, winit, zbus, krilla…): 44 links of ~150 MB. CI ran out of disk while linking
//! them and spent minutes in the linker. One binary links once; the files stay separate
//! modules, so `cargo test editor_undo` still runs one area. Add a new area as a file here
//! and a `mod` line below.

mod common;

mod app_shell;
mod atomic_save;
mod autosave_recovery;
mod cli;
mod cli_convert;
mod cli_interchange;
mod cli_phones;
mod cli_print;
mod cli_scorm;
mod cli_web;
mod contrast;
mod crash_safe_save;
mod editor_checks;
mod editor_create;
mod editor_files;
mod editor_hotspot;
mod editor_import;
mod editor_interchange;
mod editor_layout;
mod editor_order;
mod editor_panels;
mod editor_preview;
mod editor_print;
mod editor_scorm_export;
mod editor_undo;
mod editor_web_export;
mod file_dialogs;
mod fonts;
mod fuzz_regressions;
mod hostile_inputs;
mod i18n;
mod interchange_hostile;
mod interchange_judges;
mod interchange_package_judges;
mod interchange_packages_hostile;
mod interchange_roundtrip;
mod invalid_corpus;
mod live_hostile;
mod live_protocol;
mod presenter_audience;
mod presenter_flow;
mod presenter_keys;
mod presenter_phones;
mod print_layout;
mod print_pdf;
mod roundtrip;
mod roundtrip_unknown_fields;
mod schema;
mod scorm_manifest;
mod tolerant_reading;
