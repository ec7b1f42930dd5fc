//! While a file is dragged over the window, say what dropping it will do: open a quiz, or put
//! an image on the selected question. The shell does the dropping (`AtelierApp::frame`).

use egui::{Align2, Color32, FontId, Ui};

use crate::app::state::AppState;

pub fn drop_hint_ui(ui: &Ui, state: &AppState) {
    let hovered = ui.ctx().input(|i| i.raw.hovered_files.clone());
    let Some(file) = hovered.first() else {
        return;
    };
    let lang = state.lang();
    let is_quiz = file
        .path
        .as_deref()
        .is_some_and(crate::format::is_json_file_name);
    let text = match (is_quiz, state.editor.selected) {
        (true, _) => lang.t("drop.quiz").to_owned(),
        (false, Some(i)) => lang.f("drop.image", &[("n", &(i + 1))]),
        (false, None) => lang.t("notice.drop_select_first").to_owned(),
    };
    let rect = ui.ctx().content_rect();
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-hint"),
    ));
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(170));
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        text,
        FontId::proportional(28.0),
        Color32::WHITE,
    );
}
