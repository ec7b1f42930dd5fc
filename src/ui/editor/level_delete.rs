//! "Delete the level «Pratique»? Its 12 questions go to…": the dialog shown before deleting a
//! level that still has questions. Moving them is the default; deleting them is a clear,
//! separate choice. Either way one Ctrl+Z brings everything back.

use egui::{Id, Modal, RichText, Ui};

use crate::app::actions;
use crate::app::command::Command;
use crate::app::state::{AppState, ViewCommand};

pub fn level_delete_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(deletion) = &state.editor.level_deletion else {
        return;
    };
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let Some(level) = quiz.level(&deletion.level) else {
        out.push(Command::View(ViewCommand::CancelLevelDeletion));
        return;
    };
    let count = quiz
        .questions
        .iter()
        .filter(|q| q.level == level.id)
        .count();
    let response = Modal::new(Id::unique("level-delete")).show(ui.ctx(), |ui| {
        ui.set_max_width(ui.available_width().min(540.0));
        ui.heading(lang.f("level_delete.title", &[("level", &level.name)]));
        ui.label(lang.f("level_delete.body", &[("n", &count)]));
        ui.add_space(8.0);
        for other in quiz.levels.iter().filter(|l| l.id != level.id) {
            let on = deletion.move_to.as_deref() == Some(other.id.as_str());
            let text = lang.f("level_delete.move_to", &[("level", &other.name)]);
            if ui.radio(on, text).clicked() && !on {
                out.push(Command::View(ViewCommand::SetLevelDeletionTarget(Some(
                    other.id.clone(),
                ))));
            }
        }
        let none = deletion.move_to.is_none();
        let text = RichText::new(lang.f("level_delete.delete_questions", &[("n", &count)]));
        if ui.radio(none, text).clicked() && !none {
            out.push(Command::View(ViewCommand::SetLevelDeletionTarget(None)));
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.button(lang.t("level_delete.confirm")).clicked()
                && let Some(edit) =
                    actions::delete_level(quiz, &level.id, deletion.move_to.as_deref())
            {
                out.push(Command::edit(edit));
                out.push(Command::View(ViewCommand::CancelLevelDeletion));
                let status = lang.f("status.level_deleted", &[("level", &level.name)]);
                out.push(Command::View(ViewCommand::SetStatus(Some(status))));
            }
            if ui.button(lang.t("common.cancel")).clicked() {
                out.push(Command::View(ViewCommand::CancelLevelDeletion));
            }
        });
    });
    if response.should_close() {
        out.push(Command::View(ViewCommand::CancelLevelDeletion));
    }
}
