//! The app's modal dialogs: unsaved changes, crash recovery, errors and notices.
//!
//! Each draws from state and returns commands; Escape and a click outside mean "Cancel" /
//! "Close", the safe choice.

use egui::{Id, Modal, RichText, ScrollArea, Ui};

use super::shapes;
use crate::app::command::{Command, PromptAnswer};
use crate::app::state::{AppState, Notice, Prompt};
use crate::i18n::Lang;

/// Draws the pending prompt, if any.
pub fn prompt_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(prompt) = &state.prompt else { return };
    let lang = state.lang();
    let response = Modal::new(Id::unique("prompt")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        match prompt {
            Prompt::UnsavedChanges(_) => {
                ui.heading(lang.t("prompt.unsaved.title"));
                let name = state.doc.display_name(lang);
                ui.label(lang.f("prompt.unsaved.body", &[("file", &name)]));
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    answer(ui, lang.t("prompt.unsaved.save"), PromptAnswer::Save, out);
                    answer(
                        ui,
                        lang.t("prompt.unsaved.discard"),
                        PromptAnswer::Discard,
                        out,
                    );
                    answer(ui, lang.t("common.cancel"), PromptAnswer::Cancel, out);
                });
            }
            Prompt::Recover(found) => {
                ui.heading(lang.t("prompt.recover.title"));
                let name = found.info.original.as_ref().map_or_else(
                    || lang.t("doc.untitled_file").to_owned(),
                    |p| p.display().to_string(),
                );
                ui.label(lang.f("prompt.recover.body", &[("file", &name)]));
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    answer(
                        ui,
                        lang.t("prompt.recover.restore"),
                        PromptAnswer::Restore,
                        out,
                    );
                    answer(
                        ui,
                        lang.t("prompt.recover.discard"),
                        PromptAnswer::Discard,
                        out,
                    );
                    answer(
                        ui,
                        lang.t("prompt.recover.later"),
                        PromptAnswer::Cancel,
                        out,
                    );
                });
            }
        }
    });
    if response.should_close() {
        out.push(Command::Answer(PromptAnswer::Cancel));
    }
}

fn answer(ui: &mut Ui, label: &str, answer: PromptAnswer, out: &mut Vec<Command>) {
    if ui.button(label).clicked() {
        out.push(Command::Answer(answer));
    }
}

/// Draws the current notice (error, bad file, information), if any.
pub fn notice_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(notice) = &state.notice else { return };
    let lang = state.lang();
    let response = Modal::new(Id::unique("notice")).show(ui.ctx(), |ui| {
        ui.set_max_width(640.0);
        match notice {
            Notice::Error { title, details } => {
                ui.horizontal(|ui| {
                    let color = ui_error_color(ui);
                    shapes::mark(ui, 22.0, |p, r| shapes::paint_error(p, r, color));
                    ui.heading(title);
                });
                for d in details {
                    ui.label(d);
                }
                ui.label(RichText::new(lang.t("notice.nothing_lost")).italics());
            }
            Notice::BadFile { file, diagnostics } => bad_file(ui, lang, file, diagnostics),
            Notice::Report { title, details } => report(ui, title, details),
            Notice::Info(text) => {
                ui.label(text);
            }
        }
        ui.add_space(8.0);
        if ui.button(lang.t("common.ok")).clicked() {
            out.push(Command::DismissNotice);
        }
    });
    if response.should_close() {
        out.push(Command::DismissNotice);
    }
}

/// A conversion report: a warning mark (shape, not only colour), then every line, scrolled —
/// a Kahoot sheet can give a hundred rows.
fn report(ui: &mut Ui, title: &str, details: &[String]) {
    ui.horizontal(|ui| {
        let color = ui.visuals().warn_fg_color;
        shapes::mark(ui, 22.0, |p, r| shapes::paint_warning(p, r, color));
        ui.heading(title);
    });
    ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
        for d in details {
            ui.label(d);
        }
    });
}

fn ui_error_color(ui: &Ui) -> egui::Color32 {
    ui.visuals().error_fg_color
}

fn bad_file(ui: &mut Ui, lang: Lang, file: &str, diagnostics: &[crate::model::Diagnostic]) {
    ui.horizontal(|ui| {
        let color = ui_error_color(ui);
        shapes::mark(ui, 22.0, |p, r| shapes::paint_error(p, r, color));
        ui.heading(lang.t("notice.bad_file.title"));
    });
    ui.label(lang.f("notice.bad_file.body", &[("file", &file)]));
    ui.add_space(6.0);
    ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
        for d in diagnostics.iter().filter(|d| d.is_error()).take(50) {
            let subject = d.subject_label(lang);
            let position = d
                .position
                .map(|(l, c)| lang.f("notice.position", &[("line", &l), ("column", &c)]));
            let head = [Some(subject), position]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            ui.label(
                RichText::new(if head.is_empty() {
                    d.message(lang)
                } else {
                    lang.f(
                        "notice.diagnostic_line",
                        &[("head", &head), ("message", &d.message(lang))],
                    )
                })
                .strong(),
            );
            ui.label(d.hint(lang));
            ui.add_space(4.0);
        }
    });
    ui.label(RichText::new(lang.t("notice.current_kept")).italics());
}
