//! The editor screen: question list on the left, the open tab in the centre (question, quiz
//! details, levels, sources and credits, checks), the audience preview on the right, a status
//! bar at the bottom, and the editor's dialogs (level deletion, import picker).
//!
//! Like every screen, it draws from `&AppState` and pushes commands; the pure builders of
//! `app::actions` compute the edits.

mod add_menu;
mod checks;
mod choices;
mod competences;
mod details;
mod drop_hint;
mod export_dialog;
mod hotspot;
mod image_field;
mod import_picker;
mod level_delete;
mod levels;
mod license_picker;
mod list_rows;
mod metadata;
mod open_answer;
mod ordering;
mod preview;
mod print_dialog;
mod print_preview;
mod question_editor;
mod question_list;
mod sources;
mod status_bar;
mod tabs;
mod true_false;
mod widgets;

use egui::Ui;

use crate::app::command::Command;
use crate::app::state::{AppState, EditorTab};
use crate::app::textures::TextureCache;
use crate::ui::a11y;

pub use preview::preview_ui;

/// Below this width (in points) the preview becomes a tab instead of a side panel.
const WIDE: f32 = 1180.0;

/// Draws the editor.
pub fn editor_ui(
    ui: &mut Ui,
    state: &AppState,
    textures: &mut TextureCache,
    out: &mut Vec<Command>,
) {
    let width = ui.available_width();
    let wide = width >= WIDE;
    egui::Panel::bottom("status-bar").show(ui, |ui| status_bar::status_bar_ui(ui, state, out));
    let lang = state.lang();
    let splitter = a11y::Splitter::keys(ui, "question-list", a11y::Grows::Right);
    let list = egui::Panel::left("question-list")
        .resizable(true)
        .default_size((width * 0.2).clamp(280.0, 360.0))
        .size_range(260.0..=560.0)
        .show(ui, |ui| question_list::question_list_ui(ui, state, out));
    splitter.finish(ui, &list.response, lang.t("a11y.splitter_list"));
    let side_preview = wide && !state.editor.hide_preview;
    if side_preview {
        let splitter = a11y::Splitter::keys(ui, "preview", a11y::Grows::Left);
        let preview = egui::Panel::right("preview")
            .resizable(true)
            .default_size((width * 0.24).clamp(300.0, 480.0))
            .size_range(280.0..=900.0)
            .show(ui, |ui| preview::preview_panel_ui(ui, state, textures, out));
        splitter.finish(ui, &preview.response, lang.t("a11y.splitter_preview"));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        let tab = match state.editor.tab {
            EditorTab::Preview if side_preview => EditorTab::Question,
            tab => tab,
        };
        tabs::tabs_ui(ui, state, tab, !side_preview, out);
        ui.separator();
        match tab {
            EditorTab::Question => question_editor::question_tab_ui(ui, state, textures, out),
            EditorTab::Details => details::details_ui(ui, state, out),
            EditorTab::Levels => levels::levels_ui(ui, state, out),
            EditorTab::Sources => sources::sources_ui(ui, state, textures, out),
            EditorTab::Checks => checks::checks_ui(ui, state, out),
            EditorTab::Preview => preview::preview_panel_ui(ui, state, textures, out),
        }
    });
    level_delete::level_delete_ui(ui, state, out);
    import_picker::import_picker_ui(ui, state, out);
    export_dialog::export_dialog_ui(ui, state, out);
    print_dialog::print_dialog_ui(ui, state, textures, out);
    drop_hint::drop_hint_ui(ui, state);
}
