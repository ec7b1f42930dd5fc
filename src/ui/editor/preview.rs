//! Preview of the selected question as the audience will see it on the projector.
//!
//! It is the presenter's own [`audience_ui`], fed a one-question session
//! ([`PresenterState::preview`]), drawn in a 16:9 box: what the author sees here is exactly what
//! the room will see, in the presenter's palette, at the asking step or revealed — with the
//! question's real number in the presentation ("Question 3 sur 12"). A click (or Entrée on it)
//! shows it large, for tired eyes and for checking what fits.

use egui::{Id, Modal, RichText, Sense, Ui, UiBuilder, vec2};

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
            let shown = Shown {
                index,
                theme,
                show_answer: state.editor.preview_answer,
            };
            let width = ui.available_width().max(160.0);
            if preview_ui(ui, lang, quiz, shown, width, textures).clicked() {
                out.push(Command::View(ViewCommand::SetPreviewZoom(true)));
            }
            if state.editor.preview_zoom {
                zoomed_ui(ui, lang, quiz, shown, textures, out);
            }
        }
        None => {
            ui.label(RichText::new(lang.t("preview.nothing")).weak());
        }
    }
}

/// Which question the preview shows, and how.
#[derive(Clone, Copy)]
pub struct Shown {
    pub index: usize,
    pub theme: ThemeChoice,
    pub show_answer: bool,
}

/// The preview over the editor, as large as the window allows; Échap or the button closes it.
fn zoomed_ui(
    ui: &mut Ui,
    lang: Lang,
    quiz: &Quiz,
    shown: Shown,
    textures: &mut TextureCache,
    out: &mut Vec<Command>,
) {
    let screen = ui.ctx().content_rect();
    let width = (screen.width() * 0.85).min((screen.height() * 0.8 - 60.0) * 16.0 / 9.0);
    let response = Modal::new(Id::unique("preview-zoom")).show(ui.ctx(), |ui| {
        preview_ui(ui, lang, quiz, shown, width, textures);
        ui.add_space(8.0);
        ui.button(lang.t("preview.zoom_close")).clicked()
    });
    if response.inner || response.should_close() {
        out.push(Command::View(ViewCommand::SetPreviewZoom(false)));
    }
}

/// Draws question `shown.index` as the audience will see it, in a 16:9 box `width` wide,
/// numbered as in the presentation. The box is a button that asks for the large preview.
pub fn preview_ui(
    ui: &mut Ui,
    lang: Lang,
    quiz: &Quiz,
    shown: Shown,
    width: f32,
    textures: &mut TextureCache,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(vec2(width, width * 9.0 / 16.0), Sense::click());
    crate::ui::a11y::name(&response, lang.t("preview.zoom"));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let session = PresenterState::preview(quiz, shown.index, shown.show_answer);
    let mut view = audience_view(quiz, &session, lang, std::time::Duration::ZERO);
    // The preview is a one-question session: number it as the presentation will.
    let order = quiz.in_level_order();
    view.progress = order
        .iter()
        .position(|&i| i == shown.index)
        .map(|n| (n + 1, order.len()));
    let palette = Palette::of(shown.theme);
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        audience_ui(ui, &view, textures, &palette);
    });
    ui.painter().rect_stroke(
        rect,
        0.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Outside,
    );
    response
}
