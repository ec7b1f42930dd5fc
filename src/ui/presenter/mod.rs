//! The presenter screens (skeleton: the presenter issue builds the real views).

use egui::{Key, RichText, Ui};

use crate::app::command::Command;
use crate::app::state::AppState;
use crate::app::textures::TextureCache;
use crate::presenter::{PresenterCommand, PresenterState};

/// Draws the audience view and handles the presenter's keys.
pub fn presenter_ui(
    ui: &mut Ui,
    state: &AppState,
    presenter: &PresenterState,
    _textures: &mut TextureCache,
    out: &mut Vec<Command>,
) {
    ui.input(|i| {
        if i.key_pressed(Key::ArrowRight) || i.key_pressed(Key::Space) {
            out.push(Command::Presenter(PresenterCommand::Next));
        }
        if i.key_pressed(Key::ArrowLeft) {
            out.push(Command::Presenter(PresenterCommand::Back));
        }
        if i.key_pressed(Key::Escape) {
            out.push(Command::Presenter(PresenterCommand::Leave));
        }
    });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(q) = presenter
            .current_question()
            .and_then(|i| state.doc.quiz().questions.get(i))
        {
            ui.label(RichText::new(&q.prompt).size(48.0));
        }
    });
}
