//! Picking questions from a colleague's quiz (File > Import questions…).
//!
//! The dialog says up front that the colleague's quiz will be credited as a source, with its
//! authors and license, so reusing stays honest without extra work.

use egui::{Id, Modal, RichText, ScrollArea, Ui};

use super::license_picker::license_name;
use crate::app::command::Command;
use crate::app::state::{AppState, ViewCommand};

pub fn import_picker_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(import) = &state.editor.import else {
        return;
    };
    if state.modal_open() {
        return;
    }
    let lang = state.lang();
    let theirs = &import.loaded.quiz;
    let picked = &state.editor.import_picked;
    let response = Modal::new(Id::unique("import-picker")).show(ui.ctx(), |ui| {
        ui.set_width(720.0_f32.min(ui.ctx().content_rect().width() - 80.0));
        ui.heading(lang.f("import.title", &[("title", &theirs.title)]));
        let authors = theirs
            .authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let license = if theirs.license.trim().is_empty() {
            lang.t("import.no_license").to_owned()
        } else {
            license_name(lang, &theirs.license)
        };
        ui.label(lang.f("import.by", &[("authors", &authors), ("license", &license)]));
        ui.label(RichText::new(lang.t("import.provenance")).weak());
        if theirs.license.trim().is_empty() || theirs.license.contains("tous-droits") {
            ui.label(
                RichText::new(lang.t("import.check_rights")).color(ui.visuals().warn_fg_color),
            );
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(lang.t("import.all")).clicked() {
                out.push(Command::View(ViewCommand::PickAllImport(true)));
            }
            if ui.button(lang.t("import.none")).clicked() {
                out.push(Command::View(ViewCommand::PickAllImport(false)));
            }
        });
        ui.separator();
        ScrollArea::vertical()
            .max_height(ui.ctx().content_rect().height() * 0.55)
            .show(ui, |ui| {
                for level in &theirs.levels {
                    let questions: Vec<_> = theirs
                        .questions
                        .iter()
                        .enumerate()
                        .filter(|(_, q)| q.level == level.id)
                        .collect();
                    if questions.is_empty() {
                        continue;
                    }
                    ui.label(RichText::new(&level.name).strong());
                    for (i, q) in questions {
                        let mut on = picked.contains(&i);
                        let text = format!(
                            "{}. {} ({})",
                            i + 1,
                            q.prompt,
                            lang.t(q.question_type().label_key())
                        );
                        if ui.checkbox(&mut on, text).changed() {
                            out.push(Command::View(ViewCommand::PickImport(i, on)));
                        }
                    }
                }
                for (i, q) in theirs
                    .questions
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| theirs.level(&q.level).is_none())
                {
                    let mut on = picked.contains(&i);
                    if ui
                        .checkbox(&mut on, format!("{}. {}", i + 1, q.prompt))
                        .changed()
                    {
                        out.push(Command::View(ViewCommand::PickImport(i, on)));
                    }
                }
            });
        ui.separator();
        ui.horizontal(|ui| {
            let n = picked.len();
            let text = lang.f("import.confirm", &[("n", &n)]);
            if ui.add_enabled(n > 0, egui::Button::new(text)).clicked() {
                out.push(Command::ImportQuestions(picked.iter().copied().collect()));
            }
            if ui.button(lang.t("common.cancel")).clicked() {
                out.push(Command::CloseImport);
            }
        });
    });
    if response.should_close() {
        out.push(Command::CloseImport);
    }
}
