//! File → Imprimer…: the choices of `atelier-quiz print` (participant sheet or corrigé,
//! levels, paper), a preview of the pages, "page 2 / 5", then « Enregistrer le PDF… ».
//!
//! Every choice is a [`PrintCommand`]; the layout it gives is computed once in
//! `app::print_ops` and only drawn here (see [`super::print_preview`]).

use egui::accesskit::Role;
use egui::{Id, Modal, RichText, Ui, Vec2};

use super::print_preview;
use crate::app::command::Command;
use crate::app::print_ops::{PrintCommand, PrintState};
use crate::app::state::AppState;
use crate::app::textures::TextureCache;
use crate::export::print::Paper;
use crate::i18n::Lang;
use crate::ui::a11y;

pub fn print_dialog_ui(
    ui: &mut Ui,
    state: &AppState,
    textures: &mut TextureCache,
    out: &mut Vec<Command>,
) {
    let Some(print) = &state.editor.print else {
        return;
    };
    if state.modal_open() {
        return;
    }
    let lang = state.lang();
    let screen = ui.ctx().content_rect().size();
    let response = Modal::new(Id::unique("print-dialog")).show(ui.ctx(), |ui| {
        // Fixed sizes, not the room egui offers: the modal sizes itself to its content, so a
        // preview as wide as "available" would grow it a little more every frame.
        let width = (screen.x - 80.0).clamp(600.0, 1100.0);
        ui.set_width(width);
        ui.heading(lang.t("print.app.title"));
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(300.0);
                choices_ui(ui, state, print, lang, out);
            });
            // No vertical separator: in a modal that sizes itself to its content it would
            // take the row's height and make the row taller every frame.
            ui.add_space(24.0);
            ui.vertical(|ui| {
                let room = Vec2::new(width - 340.0, (screen.y - 340.0).max(200.0));
                preview_ui(ui, state, print, textures, room, out);
            });
        });
        ui.separator();
        ui.horizontal(|ui| {
            let can_save = !print.layout.pages.is_empty();
            let save = ui.add_enabled(can_save, egui::Button::new(lang.t("print.app.save")));
            if save.clicked() {
                out.push(Command::Print(PrintCommand::ChoosePath));
            }
            if ui.button(lang.t("common.cancel")).clicked() {
                out.push(Command::Print(PrintCommand::Close));
            }
        });
    });
    if response.should_close() {
        out.push(Command::Print(PrintCommand::Close));
    }
}

/// Sheet, levels and paper.
fn choices_ui(
    ui: &mut Ui,
    state: &AppState,
    print: &PrintState,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let label = lang.t("print.app.sheet");
    ui.label(RichText::new(label).strong());
    ui.vertical(|ui| {
        a11y::container(ui, Role::RadioGroup, label);
        for (answers, key) in [
            (false, "print.sheet.participant"),
            (true, "print.sheet.answers"),
        ] {
            if ui.radio(print.answers == answers, lang.t(key)).clicked() {
                out.push(Command::Print(PrintCommand::SetAnswers(answers)));
            }
        }
    });
    ui.add_space(8.0);
    let quiz = state.doc.quiz();
    if !quiz.levels.is_empty() {
        let label = lang.t("print.app.levels");
        ui.label(RichText::new(label).strong());
        ui.vertical(|ui| {
            a11y::container(ui, Role::Group, label);
            for level in &quiz.levels {
                let mut on = print.levels.contains(&level.id);
                let name = if level.name.trim().is_empty() {
                    &level.id
                } else {
                    &level.name
                };
                if ui.checkbox(&mut on, name).changed() {
                    out.push(Command::Print(PrintCommand::SetLevel(level.id.clone(), on)));
                }
            }
        });
        ui.add_space(8.0);
    }
    let label = lang.t("print.app.paper");
    ui.label(RichText::new(label).strong());
    ui.vertical(|ui| {
        a11y::container(ui, Role::RadioGroup, label);
        for (paper, key) in [
            (Paper::A4, "print.app.paper.a4"),
            (Paper::Letter, "print.app.paper.letter"),
        ] {
            if ui.radio(print.paper == paper, lang.t(key)).clicked() {
                out.push(Command::Print(PrintCommand::SetPaper(paper)));
            }
        }
    });
}

/// The page shown, "page 2 / 5" and the buttons to turn pages.
fn preview_ui(
    ui: &mut Ui,
    state: &AppState,
    print: &PrintState,
    textures: &mut TextureCache,
    room: Vec2,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let pages = &print.layout.pages;
    let Some(page) = pages.get(print.page) else {
        ui.label(lang.t("print.app.nothing"));
        return;
    };
    let (n, total) = (print.page + 1, pages.len());
    ui.horizontal(|ui| {
        let previous = ui.add_enabled(
            print.page > 0,
            egui::Button::new(lang.t("print.app.previous")),
        );
        if previous.clicked() {
            out.push(Command::Print(PrintCommand::ShowPage(print.page - 1)));
        }
        let counter = ui.label(lang.f("print.app.page", &[("n", &n), ("total", &total)]));
        a11y::live(&counter);
        let next = ui.add_enabled(n < total, egui::Button::new(lang.t("print.app.next")));
        if next.clicked() {
            out.push(Command::Print(PrintCommand::ShowPage(print.page + 1)));
        }
        let summary = lang.f(
            "print.app.summary",
            &[("pages", &total), ("n", &print.layout.questions)],
        );
        ui.label(RichText::new(summary).weak());
    });
    let room = room - Vec2::new(0.0, 40.0);
    let name = lang.f("print.app.preview", &[("n", &n), ("total", &total)]);
    ui.vertical_centered(|ui| {
        print_preview::page_ui(ui, page, state.doc.quiz(), textures, room, &name);
    });
}
