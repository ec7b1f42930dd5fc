//! Preview of the selected question as the audience will see it on the projector.
//!
//! It is the presenter's own [`audience_ui`], fed a one-question session
//! ([`PresenterState::preview`]), drawn in a 16:9 box: what the author sees here is exactly what
//! the room will see, in the presenter's palette, at the asking step or revealed.

use egui::{RichText, Sense, Ui, UiBuilder, vec2};

use crate::app::command::Command;
use crate::app::settings::ThemeChoice;
use crate::app::state::{AppState, ViewCommand};
use crate::app::textures::TextureCache;
use crate::i18n::Lang;
use crate::model::Quiz;
use crate::presenter::PresenterState;
use crate::presenter::view::audience_view;
use crate::ui::presenter::audience_ui;
use crate::ui::theme::Palette;

/// The preview panel: a title, "show the answer", and the slide.
pub fn preview_panel_ui(
    ui: &mut Ui,
    state: &AppState,
    textures: &mut TextureCache,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading(lang.t("preview.title"));
        let mut answer = state.editor.preview_answer;
        if ui
            .checkbox(&mut answer, lang.t("preview.show_answer"))
            .changed()
        {
            out.push(Command::View(ViewCommand::SetPreviewAnswer(answer)));
        }
    });
    ui.label(RichText::new(lang.t("preview.help")).small().weak());
    ui.add_space(6.0);
    let quiz = state.doc.quiz();
    match state.editor.selected.filter(|&i| i < quiz.questions.len()) {
        Some(index) => {
            let theme = state.settings.presenter.theme;
            preview_ui(
                ui,
                lang,
                quiz,
                index,
                theme,
                state.editor.preview_answer,
                textures,
            );
        }
        None => {
            ui.label(RichText::new(lang.t("preview.nothing")).weak());
        }
    }
}

/// Draws question `index` as the audience will see it, in a 16:9 box as wide as the panel.
pub fn preview_ui(
    ui: &mut Ui,
    lang: Lang,
    quiz: &Quiz,
    index: usize,
    theme: ThemeChoice,
    show_answer: bool,
    textures: &mut TextureCache,
) {
    let width = ui.available_width().max(160.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, width * 9.0 / 16.0), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let session = PresenterState::preview(quiz, index, show_answer);
    let view = audience_view(quiz, &session, lang, std::time::Duration::ZERO);
    let palette = Palette::of(theme);
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        audience_ui(ui, &view, textures, &palette);
    });
    ui.painter().rect_stroke(
        rect,
        0.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Outside,
    );
}
