//! The editor screen (skeleton: the editor issue builds the real panels).

use egui::{RichText, ScrollArea, Ui};

use crate::app::command::Command;
use crate::app::state::AppState;
use crate::app::textures::TextureCache;

/// Draws the editor: the question list on the left, the selected question in the centre.
pub fn editor_ui(
    ui: &mut Ui,
    state: &AppState,
    _textures: &mut TextureCache,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    egui::Panel::left("question-list")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                for level in &quiz.levels {
                    ui.heading(&level.name);
                    for (i, q) in quiz
                        .questions
                        .iter()
                        .enumerate()
                        .filter(|(_, q)| q.level == level.id)
                    {
                        let selected = state.editor.selected == Some(i);
                        if ui
                            .selectable_label(selected, format!("{}. {}", i + 1, q.prompt))
                            .clicked()
                        {
                            out.push(Command::Select(Some(i)));
                        }
                    }
                }
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        ui.heading(RichText::new(&quiz.title).strong());
        if let Some(q) = state.editor.selected.and_then(|i| quiz.questions.get(i)) {
            ui.label(lang.t(q.question_type().label_key()));
            ui.label(RichText::new(&q.prompt).size(22.0));
            ui.label(&q.explanation);
        }
    });
}
