//! The "levels" tab: name, describe, reorder, add and delete levels.
//!
//! Deleting a level that still has questions opens a dialog asking where they go
//! ([`super::level_delete`]); an empty level is deleted at once (undo brings it back).

use egui::{RichText, ScrollArea, Ui};

use super::widgets::{self, Icon, TextField};
use crate::app::actions;
use crate::app::command::Command;
use crate::app::edit::Edit;
use crate::app::state::{AppState, ListFilter, ViewCommand};
use crate::model::Level;

pub fn levels_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let focus = state.editor.focus_field.as_deref();
    ScrollArea::vertical()
        .id_salt("levels")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(860.0));
            widgets::section(ui, lang.t("levels.section"));
            widgets::help(ui, lang.t("levels.help"));
            let n = quiz.levels.len();
            for (i, level) in quiz.levels.iter().enumerate() {
                ui.add_space(8.0);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    level_card(ui, state, i, n, level, focus, out);
                });
            }
            ui.add_space(10.0);
            if widgets::icon_button(ui, Icon::Plus, lang.t("levels.add")).clicked() {
                let (edit, _) = actions::add_level(quiz, lang.t("levels.new_name"));
                out.push(Command::edit(edit));
                out.push(Command::View(ViewCommand::JumpTo {
                    tab: crate::app::state::EditorTab::Levels,
                    question: None,
                    field: Some(format!("levels[{n}].name")),
                }));
            }
            crate::ui::a11y::keep_focus_visible(ui);
        });
    if focus.is_some() {
        out.push(Command::View(ViewCommand::FocusDone));
    }
}

fn level_card(
    ui: &mut Ui,
    state: &AppState,
    i: usize,
    n: usize,
    level: &Level,
    focus: Option<&str>,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let count = quiz
        .questions
        .iter()
        .filter(|q| q.level == level.id)
        .count();
    let set = |out: &mut Vec<Command>, key: &str, change: &dyn Fn(&mut Level)| {
        let mut levels = quiz.levels.clone();
        change(&mut levels[i]);
        out.push(Command::typing(
            Edit::SetLevels(levels),
            format!("level:{}:{key}", level.id),
        ));
    };
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(lang.f("levels.number", &[("n", &(i + 1))]))
                .strong()
                .size(16.0),
        );
        let text = lang.f("levels.count", &[("n", &count)]);
        if count > 0
            && widgets::link(ui, text)
                .on_hover_text(lang.t("levels.show_questions"))
                .clicked()
        {
            let filter = ListFilter {
                level: Some(level.id.clone()),
                ..ListFilter::default()
            };
            out.push(Command::View(ViewCommand::SetFilter(filter)));
        } else if count == 0 {
            ui.label(RichText::new(lang.t("levels.empty")).weak());
        }
    });
    let id = ui.scope_id().with(("level", &level.id));
    let name_label = lang.f("levels.name", &[("n", &(i + 1))]);
    let name = TextField::new(id.with("name"), &name_label)
        .hint(lang.t("levels.name_hint"))
        .focus(focus == Some(format!("levels[{i}].name").as_str()));
    if let Some(text) = name.show(ui, &level.name) {
        set(out, "name", &|l| l.name.clone_from(&text));
    }
    let description_label = lang.f("levels.description", &[("n", &(i + 1))]);
    let description = TextField::new(id.with("description"), &description_label)
        .hint(lang.t("levels.description_hint"))
        .rows(2)
        .focus(focus == Some(format!("levels[{i}].description").as_str()));
    if let Some(text) = description.show(ui, &level.description) {
        set(out, "description", &|l| l.description.clone_from(&text));
    }
    level_buttons(ui, state, (i, n), level, count, out);
}

/// Move up, move down, delete: short words on the buttons, the level's name in their names.
fn level_buttons(
    ui: &mut Ui,
    state: &AppState,
    (i, n): (usize, usize),
    level: &Level,
    count: usize,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    ui.horizontal_wrapped(|ui| {
        let name = if level.name.trim().is_empty() {
            &level.id
        } else {
            &level.name
        };
        let up = lang.f("levels.move_up", &[("level", name)]);
        if ui
            .add_enabled_ui(i > 0, |ui| {
                widgets::icon_button_short(ui, Icon::Up, lang.t("levels.move_up_short"), &up)
            })
            .inner
            .clicked()
            && let Some(edit) = actions::move_level(quiz, i, true)
        {
            out.push(Command::edit(edit));
        }
        let down = lang.f("levels.move_down", &[("level", name)]);
        if ui
            .add_enabled_ui(i + 1 < n, |ui| {
                let short = lang.t("levels.move_down_short");
                widgets::icon_button_short(ui, Icon::Down, short, &down)
            })
            .inner
            .clicked()
            && let Some(edit) = actions::move_level(quiz, i, false)
        {
            out.push(Command::edit(edit));
        }
        let delete = lang.f("levels.delete", &[("level", name)]);
        let response = ui
            .add_enabled_ui(n > 1, |ui| {
                let short = lang.t("levels.delete_short");
                widgets::icon_button_short(ui, Icon::Remove, short, &delete)
            })
            .inner
            .on_disabled_hover_text(lang.t("levels.last_one"));
        if response.clicked() {
            if count == 0 {
                if let Some(edit) = actions::delete_level(quiz, &level.id, None) {
                    out.push(Command::edit(edit));
                }
            } else {
                out.push(Command::View(ViewCommand::AskDeleteLevel(level.id.clone())));
                let target = quiz
                    .levels
                    .iter()
                    .find(|l| l.id != level.id)
                    .map(|l| l.id.clone());
                out.push(Command::View(ViewCommand::SetLevelDeletionTarget(target)));
            }
        }
    });
}
