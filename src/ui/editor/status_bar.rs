//! The status bar: size of the quiz, its checks (clickable), and the last action's message
//! ("Question n°4 supprimée — Ctrl+Z pour annuler", "Enregistré").

use egui::{RichText, Ui};

use super::widgets;
use crate::app::command::Command;
use crate::app::state::{AppState, EditorTab, ViewCommand};
use crate::model::Severity;

pub fn status_bar_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let diagnostics = state.shown_diagnostics();
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    ui.horizontal(|ui| {
        ui.label(lang.f(
            "status.counts",
            &[
                ("questions", &quiz.questions.len()),
                ("levels", &quiz.levels.len()),
            ],
        ));
        ui.separator();
        if errors + warnings == 0 {
            ui.label(lang.t("status.no_problem"));
        } else {
            if errors > 0 {
                widgets::severity_mark(ui, Severity::Error, 16.0);
            }
            if warnings > 0 {
                widgets::severity_mark(ui, Severity::Warning, 16.0);
            }
            let text = lang.f(
                "status.problems",
                &[("errors", &errors), ("warnings", &warnings)],
            );
            if widgets::link(ui, text).clicked() {
                out.push(Command::View(ViewCommand::SetTab(EditorTab::Checks)));
            }
        }
        if let Some(status) = &state.editor.status {
            ui.separator();
            let response = ui.label(RichText::new(status).strong());
            crate::ui::a11y::live(&response);
        }
    });
}
