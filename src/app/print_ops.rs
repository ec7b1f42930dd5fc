//! File → Imprimer…: the same choices as `atelier-quiz print` (participant sheet or corrigé,
//! levels, paper), a preview, then where to write the PDF.
//!
//! The layout is computed here, once each time a choice changes, and kept in
//! [`PrintState`]: the dialog's preview draws it every frame without laying anything out, and
//! the PDF written is made from that very layout, so what is previewed is what is printed.

use std::path::{Path, PathBuf};

use super::command::Command;
use super::file_ops::{self, ask, document_folder, error};
use super::platform::{DialogKind, DialogRequest};
use super::state::AppState;
use crate::export::print::{self, Layout, Paper, PrintOptions};
use crate::storage;

/// The handout being prepared.
#[derive(Debug)]
pub struct PrintState {
    pub answers: bool,
    pub paper: Paper,
    /// Level ids ticked, in the quiz's order.
    pub levels: Vec<String>,
    /// The pages of these choices (none when no level is ticked).
    pub layout: Layout,
    /// The page shown in the preview (0-based).
    pub page: usize,
}

/// What the print dialog asks.
#[derive(Clone, Debug, PartialEq)]
pub enum PrintCommand {
    Open,
    SetAnswers(bool),
    SetPaper(Paper),
    /// Tick (true) or untick one level.
    SetLevel(String, bool),
    /// Show this page (0-based) in the preview.
    ShowPage(usize),
    ChoosePath,
    WriteTo(PathBuf),
    Close,
}

/// Applies `command` to the print dialog.
pub fn apply(state: &mut AppState, command: PrintCommand) {
    match command {
        PrintCommand::Open => open(state),
        PrintCommand::SetAnswers(answers) => change(state, |p| p.answers = answers),
        PrintCommand::SetPaper(paper) => change(state, |p| p.paper = paper),
        PrintCommand::SetLevel(level, on) => {
            let order: Vec<String> = state
                .doc
                .quiz()
                .levels
                .iter()
                .map(|l| l.id.clone())
                .collect();
            change(state, |p| {
                p.levels.retain(|l| *l != level);
                if on {
                    p.levels.push(level);
                }
                p.levels.sort_by_key(|l| order.iter().position(|o| o == l));
            });
        }
        PrintCommand::ShowPage(page) => {
            if let Some(p) = &mut state.editor.print {
                p.page = page.min(p.layout.pages.len().saturating_sub(1));
            }
        }
        PrintCommand::ChoosePath => ask_path(state),
        PrintCommand::WriteTo(path) => write(state, &path),
        PrintCommand::Close => state.editor.print = None,
    }
}

/// The options of the dialog's choices; `None` when no level is ticked.
fn options(state: &AppState, p: &PrintState) -> Option<PrintOptions> {
    let quiz = state.doc.quiz();
    let mut options = PrintOptions::for_quiz(quiz, state.lang());
    options.answers = p.answers;
    options.paper = p.paper;
    let every_level = quiz.levels.iter().all(|l| p.levels.contains(&l.id));
    if !every_level {
        if p.levels.is_empty() {
            return None;
        }
        options.levels.clone_from(&p.levels);
    }
    (!options.questions(quiz).is_empty()).then_some(options)
}

/// The layout of the current choices (empty when nothing is to be printed).
fn lay_out(state: &AppState, p: &PrintState) -> Layout {
    options(state, p).map_or_else(Layout::default, |o| print::layout(state.doc.quiz(), &o))
}

/// Opens the dialog with the CLI's defaults: participant sheet, every level, the paper of the
/// quiz's language.
fn open(state: &mut AppState) {
    let quiz = state.doc.quiz();
    let defaults = PrintOptions::for_quiz(quiz, state.lang());
    let mut p = PrintState {
        answers: false,
        paper: defaults.paper,
        levels: quiz.levels.iter().map(|l| l.id.clone()).collect(),
        layout: Layout::default(),
        page: 0,
    };
    p.layout = lay_out(state, &p);
    state.editor.print = Some(p);
}

/// Changes a choice and lays the pages out again, keeping the page shown when it still
/// exists.
fn change(state: &mut AppState, f: impl FnOnce(&mut PrintState)) {
    let Some(mut p) = state.editor.print.take() else {
        return;
    };
    f(&mut p);
    p.layout = lay_out(state, &p);
    p.page = p.page.min(p.layout.pages.len().saturating_sub(1));
    state.editor.print = Some(p);
}

/// Asks where to write the PDF: the quiz's name, `-corrige` for the corrigé.
fn ask_path(state: &mut AppState) {
    let Some(p) = &state.editor.print else {
        return;
    };
    if p.layout.pages.is_empty() {
        return;
    }
    let stem = file_ops::suggested_file_name(&state.doc.quiz().title);
    let stem = stem
        .strip_suffix(crate::format::FILE_SUFFIX)
        .unwrap_or(&stem)
        .to_owned();
    let suffix = if p.answers {
        state.lang().t("print.app.answers_suffix")
    } else {
        ""
    };
    let name = format!("{stem}{suffix}.pdf");
    let request = DialogRequest::new(DialogKind::SavePdf, document_folder(state), |path| {
        Command::Print(PrintCommand::WriteTo(path))
    })
    .with_file_name(name);
    ask(state, request);
}

/// Writes the PDF of the previewed layout to `path` (atomic save), then closes the dialog.
fn write(state: &mut AppState, path: &Path) {
    let lang = state.lang();
    let Some(p) = &state.editor.print else {
        return;
    };
    let bytes = match print::to_pdf(&p.layout, state.doc.quiz()) {
        Ok(bytes) => bytes,
        Err(e) => return error(state, "print.app.failed", e.message(lang)),
    };
    match storage::write_atomic(path, &bytes) {
        Ok(()) => {
            state.editor.print = None;
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            state.editor.status = Some(lang.f("print.app.saved", &[("file", &file)]));
        }
        Err(e) => error(state, "print.app.failed", e.message(lang)),
    }
}
