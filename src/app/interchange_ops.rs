//! Files of other tools in the editor: opening them (a new, unsaved quiz), importing questions
//! from them (the same picker as for a colleague's quiz) and exporting to them (File →
//! Export…: the format, then the list of what will change or be left out, then where).
//!
//! The converters are the CLI's ([`crate::interchange`]); this file only reads and writes
//! through [`crate::storage`] and turns the outcome into state or a notice.

use std::path::{Path, PathBuf};

use super::apply::Platform;
use super::command::Command;
use super::document::Document;
use super::file_ops::{self, ask, document_folder, error};
use super::platform::{DialogKind, DialogRequest};
use super::state::{AppState, ImportSource, Notice};
use crate::export::ExportTarget;
use crate::format::Loaded;
use crate::interchange::{self, Format, ImportContext, Problem};
use crate::storage;

/// The export being prepared: the target chosen and what the conversion would report.
#[derive(Debug)]
pub struct ExportState {
    pub target: ExportTarget,
    pub problems: Vec<Problem>,
}

/// Whether `path` is another tool's file (not `.json`).
pub fn is_foreign(path: &Path) -> bool {
    !crate::format::is_json_file_name(path)
}

/// Reads another tool's file; the import, or a notice already set.
fn read_foreign(
    state: &mut AppState,
    platform: &Platform,
    path: &Path,
) -> Option<interchange::Import> {
    let lang = state.lang();
    let bytes = match storage::read_file(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            error(state, "notice.open_failed", e.message(lang));
            return None;
        }
    };
    let Ok(format) = interchange::detect(path, &bytes) else {
        // A text, a document… opened by mistake: say what it is not, and what can be opened.
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let message = lang.f("interchange.open.not_a_quiz", &[("file", &name)]);
        error(state, "notice.open_failed", message);
        return None;
    };
    let ctx = ImportContext {
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        today: platform.clock.today(),
    };
    match interchange::import(format, &bytes, &ctx) {
        Ok(import) => Some(import),
        Err(refusal) => {
            let details = refusal.problems.iter().map(|p| describe(p, lang)).collect();
            state.notice = Some(Notice::Error {
                title: lang.t("notice.open_failed").to_owned(),
                details,
            });
            None
        }
    }
}

/// "ligne 12 : message — hint", for notices (the colon's spacing is the language's).
pub fn describe(p: &Problem, lang: crate::i18n::Lang) -> String {
    lang.f(
        "interchange.app.problem_line",
        &[
            ("at", &p.location.describe(lang)),
            ("message", &p.message(lang)),
            ("hint", &p.hint_text(lang)),
        ],
    )
}

/// Opens another tool's file as a new, unsaved quiz.
pub fn open(state: &mut AppState, platform: &Platform, path: &Path) {
    let Some(import) = read_foreign(state, platform, path) else {
        return;
    };
    let lang = state.lang();
    let mut doc = Document::new(import.quiz, None);
    doc.mark_unsaved();
    state.doc = doc;
    state.editor = state.editor.for_new_document();
    state.editor.selected = Some(0);
    report(state, &import.problems, lang);
}

/// Opens another tool's file in the import picker.
pub fn open_import(state: &mut AppState, platform: &Platform, path: PathBuf) {
    let Some(import) = read_foreign(state, platform, &path) else {
        return;
    };
    let lang = state.lang();
    report(state, &import.problems, lang);
    state.editor.import = Some(ImportSource {
        path,
        loaded: Loaded {
            quiz: import.quiz,
            diagnostics: Vec::new(),
        },
    });
}

/// What the import changed, in an information notice (errors and warnings listed).
fn report(state: &mut AppState, problems: &[Problem], lang: crate::i18n::Lang) {
    if problems.is_empty() {
        return;
    }
    let lines: Vec<String> = problems.iter().map(|p| describe(p, lang)).collect();
    state.notice = Some(Notice::Report {
        title: lang.t("interchange.app.imported_with_changes").to_owned(),
        details: lines,
    });
}

/// Opens the export dialog on `target` (GIFT first). A web page (alone or in a SCORM
/// package) loses nothing: every question type works in it.
pub fn choose_target(state: &mut AppState, target: ExportTarget) {
    let problems = match target {
        ExportTarget::Interchange(format) => interchange::export(format, state.doc.quiz()).problems,
        ExportTarget::WebPage | ExportTarget::ScormPackage => Vec::new(),
    };
    state.editor.export = Some(ExportState { target, problems });
}

/// Asks where to write the export.
pub fn ask_path(state: &mut AppState) {
    let Some(target) = state.editor.export.as_ref().map(|e| e.target) else {
        return;
    };
    let kind = match target {
        ExportTarget::Interchange(Format::Gift) => DialogKind::ExportGift,
        ExportTarget::Interchange(Format::MoodleXml) => DialogKind::ExportMoodleXml,
        ExportTarget::Interchange(Format::Aiken) => DialogKind::ExportAiken,
        ExportTarget::Interchange(Format::Kahoot) => DialogKind::ExportKahoot,
        ExportTarget::Interchange(Format::H5p | Format::Quiz) => DialogKind::ExportH5p,
        ExportTarget::WebPage => DialogKind::ExportWebPage,
        ExportTarget::ScormPackage => DialogKind::ExportScorm,
    };
    let stem = file_ops::suggested_file_name(&state.doc.quiz().title);
    let stem = stem
        .strip_suffix(crate::format::FILE_SUFFIX)
        .unwrap_or(&stem)
        .to_owned();
    let name = format!("{stem}.{}", target.extension());
    let request = DialogRequest::new(kind, document_folder(state), move |path| {
        Command::ExportTo { path, target }
    })
    .with_file_name(name);
    ask(state, request);
}

/// The bytes of `target` for the open quiz, or the sentence saying why there are none.
fn export_bytes(state: &AppState, path: &Path, target: ExportTarget) -> Result<Vec<u8>, String> {
    let lang = state.lang();
    match target {
        ExportTarget::Interchange(format) => {
            let export = interchange::export(format, state.doc.quiz());
            if export.bytes.is_empty() {
                return Err(lang.f("interchange.cli.nothing_left", &[("file", &path.display())]));
            }
            Ok(export.bytes)
        }
        ExportTarget::WebPage => crate::export::web::page(state.doc.quiz())
            .map(String::into_bytes)
            .map_err(|e| lang.f("write.non_finite", &[("id", &e.question_id)])),
        ExportTarget::ScormPackage => {
            crate::export::scorm::package(state.doc.quiz()).map_err(|e| e.message(lang))
        }
    }
}

/// Writes the export to `path` (atomic save).
pub fn write(state: &mut AppState, path: &Path, target: ExportTarget) {
    let lang = state.lang();
    let bytes = match export_bytes(state, path, target) {
        Ok(bytes) => bytes,
        Err(message) => {
            error(state, "notice.save_failed", message);
            return;
        }
    };
    match storage::write_atomic(path, &bytes) {
        Ok(()) => {
            state.editor.export = None;
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            state.editor.status = Some(lang.f("interchange.app.exported", &[("file", &file)]));
        }
        Err(e) => error(state, "notice.save_failed", e.message(lang)),
    }
}
