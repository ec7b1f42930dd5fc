//! Preview of the selected question as the audience will see it on the projector: a 16:9
//! slide in the presenter's palette, big text, answers with their letter and shape.
//!
//! A stand-in until the presenter's own audience view can be embedded: [`preview_ui`] is the
//! single entry point to swap. It paints (no widgets), so the editor's fields stay the only
//! controls a screen reader meets; the slide itself has one accessible description.

use egui::text::LayoutJob;
use egui::{
    Align2, Color32, FontFamily, FontId, Galley, Painter, Rect, RichText, Role, Sense, Stroke, Ui,
    WidgetInfo, pos2, vec2,
};
use std::sync::Arc;

use crate::app::command::Command;
use crate::app::settings::ThemeChoice;
use crate::app::state::{AppState, ViewCommand};
use crate::app::textures::{ImageState, TextureCache};
use crate::i18n::Lang;
use crate::model::{ImageRef, Question, QuestionKind, Quiz};
use crate::ui::fonts;
use crate::ui::shapes::{self, AnswerShape};
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

/// Paints question `index` as a 16:9 slide as wide as the available space.
pub fn preview_ui(
    ui: &mut Ui,
    lang: Lang,
    quiz: &Quiz,
    index: usize,
    theme: ThemeChoice,
    show_answer: bool,
    textures: &mut TextureCache,
) {
    let q = &quiz.questions[index];
    let width = ui.available_width().max(160.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, width * 9.0 / 16.0), Sense::hover());
    let name = lang.f("preview.name", &[("prompt", &q.prompt)]);
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &name));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let slide = Slide {
        painter: ui.painter_at(rect),
        palette: Palette::of(theme),
        s: width / 1280.0,
        lang,
        quiz,
        show_answer,
    };
    slide
        .painter
        .rect_filled(rect, 6.0, slide.palette.background);
    slide.painter.rect_stroke(
        rect,
        6.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    slide.draw(rect.shrink(36.0 * slide.s), q, index, textures);
}

struct Slide<'a> {
    painter: Painter,
    palette: Palette,
    /// Points per slide unit (the slide is designed 1280 units wide).
    s: f32,
    lang: Lang,
    quiz: &'a Quiz,
    show_answer: bool,
}

impl Slide<'_> {
    fn text(&self, text: &str, size: f32, bold: bool, color: Color32, wrap: f32) -> Arc<Galley> {
        let family = if bold {
            fonts::bold()
        } else {
            FontFamily::Proportional
        };
        let job = LayoutJob::simple(
            text.to_owned(),
            FontId::new(size * self.s, family),
            color,
            wrap,
        );
        self.painter.layout_job(job)
    }

    /// Largest text (from `size` down) whose height fits in `max_h`.
    fn fitted(
        &self,
        text: &str,
        mut size: f32,
        bold: bool,
        color: Color32,
        wrap: f32,
        max_h: f32,
    ) -> Arc<Galley> {
        loop {
            let g = self.text(text, size, bold, color, wrap);
            if g.size().y <= max_h || size <= 14.0 {
                return g;
            }
            size *= 0.88;
        }
    }

    fn draw(&self, area: Rect, q: &Question, index: usize, textures: &mut TextureCache) {
        let p = &self.palette;
        let level = self.quiz.level(&q.level).map_or("", |l| l.name.as_str());
        let head = self.lang.f(
            "preview.header",
            &[
                ("level", &level),
                ("n", &(index + 1)),
                ("total", &self.quiz.questions.len()),
            ],
        );
        let g = self.text(&head, 22.0, false, p.muted, area.width());
        self.painter.galley(area.min, g.clone(), p.muted);
        let mut top = area.top() + g.size().y + 10.0 * self.s;
        let prompt = if q.prompt.trim().is_empty() {
            self.lang.t("preview.empty_prompt")
        } else {
            &q.prompt
        };
        let g = self.fitted(
            prompt,
            46.0,
            true,
            p.text,
            area.width(),
            area.height() * 0.3,
        );
        self.painter
            .galley(pos2(area.left(), top), g.clone(), p.text);
        top += g.size().y + 22.0 * self.s;
        let rest = Rect::from_min_max(pos2(area.left(), top), area.max);
        match &q.kind {
            QuestionKind::Hotspot { regions } => {
                // The image is drawn first; its rectangles only when the answer is shown.
                if let Some(shown) = q
                    .image
                    .as_ref()
                    .and_then(|img| self.image(rest, img, textures))
                    && self.show_answer
                {
                    {
                        for r in regions {
                            #[allow(clippy::cast_possible_truncation)] // fractions of the slide
                            let rr = Rect::from_min_size(
                                shown.min + vec2(r.x as f32, r.y as f32) * shown.size(),
                                vec2(r.w as f32, r.h as f32) * shown.size(),
                            );
                            self.painter.rect_stroke(
                                rr,
                                0.0,
                                Stroke::new(5.0 * self.s, p.emphasis),
                                egui::StrokeKind::Middle,
                            );
                        }
                    }
                }
            }
            kind => {
                let answers = self.answers(kind);
                let mut cards = rest;
                if let Some(img) = &q.image {
                    let split = if answers.is_empty() {
                        rest.width()
                    } else {
                        rest.width() * 0.42
                    };
                    let img_rect = Rect::from_min_size(rest.min, vec2(split, rest.height()));
                    self.image(img_rect, img, textures);
                    cards.min.x += split + 20.0 * self.s;
                }
                self.cards(cards, &answers, textures);
            }
        }
    }

    /// `(text, correct, image)` of each answer card of the question type.
    fn answers<'q>(
        &self,
        kind: &'q QuestionKind,
    ) -> Vec<(String, Option<bool>, Option<&'q ImageRef>)> {
        let lang = self.lang;
        match kind {
            QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
                choices
                    .iter()
                    .map(|c| (c.text.clone(), Some(c.correct), c.image.as_ref()))
                    .collect()
            }
            QuestionKind::Poll { choices } => choices
                .iter()
                .map(|c| (c.text.clone(), None, c.image.as_ref()))
                .collect(),
            QuestionKind::TrueFalse { answer } => vec![
                (lang.t("true_false.true").to_owned(), Some(*answer), None),
                (lang.t("true_false.false").to_owned(), Some(!*answer), None),
            ],
            QuestionKind::Ordering { items } => items
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let t = if self.show_answer {
                        format!("{}. {t}", i + 1)
                    } else {
                        t.clone()
                    };
                    (t, None, None)
                })
                .collect(),
            QuestionKind::Open { answer_text } => {
                if self.show_answer && !answer_text.trim().is_empty() {
                    vec![(answer_text.clone(), Some(true), None)]
                } else {
                    Vec::new()
                }
            }
            QuestionKind::Hotspot { .. } => Vec::new(),
        }
    }

    fn cards(
        &self,
        area: Rect,
        answers: &[(String, Option<bool>, Option<&ImageRef>)],
        textures: &mut TextureCache,
    ) {
        let count = answers.len();
        if count == 0 {
            return;
        }
        let palette = &self.palette;
        let columns = if count > 2 && area.width() > area.height() {
            2
        } else {
            1
        };
        let rows = count.div_ceil(columns);
        let gap = 14.0 * self.s;
        let w = (area.width() - gap * (columns as f32 - 1.0)) / columns as f32;
        let h = ((area.height() - gap * (rows as f32 - 1.0)) / rows as f32).min(120.0 * self.s);
        for (i, (text, correct, image)) in answers.iter().enumerate() {
            let (col, row) = (i % columns, i / columns);
            let card = Rect::from_min_size(
                area.min + vec2(col as f32 * (w + gap), row as f32 * (h + gap)),
                vec2(w, h),
            );
            let revealed = self.show_answer && correct.is_some();
            let good = revealed && *correct == Some(true);
            let (fill, color) = match (revealed, good) {
                (true, true) => (palette.correct, palette.correct_text),
                (true, false) => (palette.card, palette.dimmed_text),
                _ => (palette.card, palette.card_text),
            };
            self.painter.rect_filled(card, 8.0 * self.s, fill);
            if good {
                self.painter.rect_stroke(
                    card,
                    8.0 * self.s,
                    Stroke::new(4.0 * self.s, palette.emphasis),
                    egui::StrokeKind::Inside,
                );
            }
            let badge = Rect::from_min_size(
                card.min + vec2(12.0, h / 2.0 - 22.0) * vec2(self.s, 1.0),
                vec2(44.0, 44.0) * self.s,
            );
            shapes::paint_answer_shape(
                &self.painter,
                badge
                    .translate(vec2(22.0 * self.s, 0.0))
                    .shrink(8.0 * self.s),
                AnswerShape::for_index(i),
                color.gamma_multiply(0.3),
            );
            self.painter.text(
                badge.left_center(),
                Align2::LEFT_CENTER,
                shapes::letter(i),
                FontId::new(30.0 * self.s, fonts::bold()),
                color,
            );
            let mut left = badge.right() + 30.0 * self.s;
            if let Some(img) = image {
                let img_rect = Rect::from_min_size(
                    pos2(left, card.top() + 6.0 * self.s),
                    vec2(h * 1.3, h - 12.0 * self.s),
                );
                if let Some(shown) = self.image(img_rect, img, textures) {
                    left = shown.right() + 12.0 * self.s;
                }
            }
            let right = if good {
                card.right() - 50.0 * self.s
            } else {
                card.right() - 12.0 * self.s
            };
            let g = self.fitted(
                text,
                30.0,
                false,
                color,
                (right - left).max(20.0),
                h - 8.0 * self.s,
            );
            self.painter.with_clip_rect(card).galley(
                pos2(left, card.center().y - g.size().y / 2.0),
                g,
                color,
            );
            if good {
                let mark = Rect::from_center_size(
                    pos2(card.right() - 28.0 * self.s, card.center().y),
                    vec2(34.0, 34.0) * self.s,
                );
                shapes::paint_check(&self.painter, mark, palette.emphasis);
            }
        }
    }

    /// Draws an image fitted in `area`; returns where it went.
    fn image(&self, area: Rect, img: &ImageRef, textures: &mut TextureCache) -> Option<Rect> {
        let asset = self.quiz.assets.get(&img.asset)?;
        match textures.get(self.painter.ctx(), asset) {
            ImageState::Ready(t) => {
                let size = t.size_vec2();
                let scale = (area.width() / size.x).min(area.height() / size.y);
                let shown = Rect::from_min_size(area.min, size * scale);
                let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
                self.painter.image(t.id(), shown, uv, Color32::WHITE);
                Some(shown)
            }
            ImageState::Loading | ImageState::Failed => {
                let g = self.text(&img.alt, 20.0, false, self.palette.muted, area.width());
                self.painter.galley(area.min, g, self.palette.muted);
                None
            }
        }
    }
}
