//! File → Export…: choose the target (another tool's format, the web page…), read — before
//! anything is written — what will change or be left out, question by question, then choose
//! where to write.
//!
//! The list comes from the converter's own report (computed once when the format is chosen,
//! never per frame), so what the dialog promises is what the file gets.

use egui::{Id, Modal, RichText, ScrollArea, Ui};

use crate::app::command::Command;
use crate::app::state::AppState;
use crate::export::ExportTarget;
use crate::interchange::Location;
use crate::ui::a11y;

pub fn export_dialog_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(export) = &state.editor.export else {
        return;
    };
    if state.modal_open() {
        return;
    }
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let order = quiz.in_level_order();
    let response = Modal::new(Id::unique("export-dialog")).show(ui.ctx(), |ui| {
        ui.set_width(720.0_f32.min(ui.ctx().content_rect().width() - 80.0));
        ui.heading(lang.t("interchange.app.export_title"));
        let label = lang.t("interchange.app.format");
        ui.label(label);
        ui.horizontal_wrapped(|ui| {
            a11y::container(ui, egui::accesskit::Role::RadioGroup, label);
            for target in ExportTarget::OFFERED {
                if ui
                    .radio(export.target == target, target.display_name(lang))
                    .clicked()
                {
                    out.push(Command::ExportTarget(target));
                }
            }
        });
        ui.separator();
        if let Some(about) = export.target.about(lang) {
            ui.label(about);
        } else if export.problems.is_empty() {
            ui.label(lang.t("interchange.app.nothing_lost"));
        } else {
            ui.label(RichText::new(lang.t("interchange.app.changes")).strong());
            ScrollArea::vertical()
                .max_height(ui.ctx().content_rect().height() * 0.5)
                .show(ui, |ui| {
                    for p in &export.problems {
                        let mark = if p.is_error() {
                            lang.t("interchange.app.left_out")
                        } else {
                            lang.t("interchange.app.changed")
                        };
                        let place = match p.location {
                            Location::Question(n) => {
                                let prompt = order
                                    .get(n.wrapping_sub(1))
                                    .and_then(|i| quiz.questions.get(*i))
                                    .map(|q| q.prompt.chars().take(50).collect::<String>())
                                    .unwrap_or_default();
                                format!("{} «\u{a0}{prompt}\u{a0}»", p.location.describe(lang))
                            }
                            _ => p.location.describe(lang),
                        };
                        ui.label(format!("{mark} — {place}\u{a0}: {}", p.message(lang)));
                        ui.label(RichText::new(p.hint_text(lang)).weak());
                    }
                    a11y::keep_focus_visible(ui);
                });
        }
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(lang.t("interchange.app.export_button")).clicked() {
                out.push(Command::ExportChoosePath);
            }
            if ui.button(lang.t("common.cancel")).clicked() {
                out.push(Command::CloseExport);
            }
        });
    });
    if response.should_close() {
        out.push(Command::CloseExport);
    }
}
