//! Drawing pieces shared by the slides: answer badges, images fitted without distortion,
//! cards, tally bars.

use egui::{Align2, Color32, CornerRadius, FontId, Rect, Stroke, StrokeKind, Ui, Vec2, pos2, vec2};

use super::fit;
use crate::app::textures::{ImageState, TextureCache};
use crate::i18n::Lang;
use crate::model::Asset;
use crate::ui::fonts;
use crate::ui::shapes::{self, AnswerShape};
use crate::ui::theme::Palette;

/// Letter and shape of answer `shown` ("A ▲"), drawn in `rect` (about 2:1).
pub fn badge(ui: &Ui, rect: Rect, shown: usize, color: Color32) {
    let side = rect.height().min(rect.width() / 2.0);
    let shape_rect = Rect::from_min_size(
        pos2(rect.left(), rect.center().y - side / 2.0),
        Vec2::splat(side),
    );
    shapes::paint_answer_shape(
        ui.painter(),
        shape_rect.shrink(side * 0.08),
        AnswerShape::for_index(shown),
        color,
    );
    ui.painter().text(
        pos2(shape_rect.right() + side * 0.12, rect.center().y),
        Align2::LEFT_CENTER,
        shapes::letter(shown),
        FontId::new(side * 0.9, fonts::bold()),
        color,
    );
}

/// `size` scaled down to fit `room`, keeping its proportions.
pub fn fit_size(size: Vec2, room: Vec2) -> Vec2 {
    if size.x <= 0.0 || size.y <= 0.0 {
        return room;
    }
    let scale = (room.x / size.x).min(room.y / size.y);
    size * scale
}

/// Paints an image centred in `room` without distortion; returns where it went. While
/// decoding, or when it cannot be shown, its description (alt text) takes its place.
pub fn image(
    ui: &mut Ui,
    room: Rect,
    asset: Option<&Asset>,
    alt: &str,
    textures: &mut TextureCache,
    pal: &Palette,
) -> Option<Rect> {
    let state = asset.map_or(ImageState::Failed, |a| textures.get(ui.ctx(), a));
    match state {
        ImageState::Ready(texture) => {
            let size = fit_size(texture.size_vec2(), room.size());
            let rect = Rect::from_center_size(room.center(), size);
            ui.painter().image(
                texture.id(),
                rect,
                Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                Color32::WHITE,
            );
            ui.painter().rect_stroke(
                rect,
                CornerRadius::ZERO,
                Stroke::new(2.0, pal.muted),
                StrokeKind::Outside,
            );
            fit::label(ui, rect, alt);
            Some(rect)
        }
        ImageState::Loading | ImageState::Failed => {
            ui.painter().rect_stroke(
                room,
                CornerRadius::same(8),
                Stroke::new(2.0, pal.muted),
                StrokeKind::Inside,
            );
            let size = room.height() / 10.0;
            fit::text_box(
                ui,
                room.shrink(size),
                alt,
                &egui::FontFamily::Proportional,
                size,
                size / 2.0,
                pal.muted,
                vec2(0.5, 0.5),
            );
            None
        }
    }
}

/// A card: filled rounded rectangle with an outline of `stroke` width.
pub fn card(ui: &Ui, rect: Rect, fill: Color32, stroke: Stroke) {
    let radius = CornerRadius::same(12);
    ui.painter().rect_filled(rect, radius, fill);
    if stroke.width > 0.0 {
        ui.painter()
            .rect_stroke(rect, radius, stroke, StrokeKind::Inside);
    }
}

/// The hands counted for one answer: `count` out of `total`, `most` being the largest count.
#[derive(Clone, Copy)]
pub struct Tally {
    pub count: u32,
    pub total: u32,
    pub most: u32,
}

/// Share of a bar's height its label takes.
const BAR_TEXT: f32 = 0.8;

/// The height of a bar whose label is drawn at `text_size`.
pub fn bar_height(text_size: f32) -> f32 {
    text_size / BAR_TEXT
}

/// A horizontal tally bar (`fill`) with its count and share of hands (`text` colour) in `rect`.
pub fn bar(ui: &Ui, rect: Rect, tally: Tally, (fill, text): (Color32, Color32), lang: Lang) {
    let Tally { count, total, most } = tally;
    let label = if total > 0 {
        let share = lang.percent(f64::from(count) / f64::from(total), 0);
        lang.f("present.bar", &[("n", &count), ("share", &share)])
    } else {
        count.to_string()
    };
    let font = FontId::new(rect.height() * BAR_TEXT, fonts::bold());
    let label_w = ui
        .ctx()
        .fonts_mut(|f| f.layout_no_wrap(label.clone(), font.clone(), text))
        .size()
        .x;
    let room = (rect.width() - label_w - rect.height() * 0.5).max(0.0);
    let fraction = if most == 0 {
        0.0
    } else {
        count as f32 / most as f32
    };
    let bar_w = (room * fraction).max(if count > 0 { 4.0 } else { 0.0 });
    let bar = Rect::from_min_size(rect.min, vec2(bar_w, rect.height()));
    ui.painter().rect_filled(bar, CornerRadius::same(4), fill);
    ui.painter().text(
        pos2(bar.right() + rect.height() * 0.3, rect.center().y),
        Align2::LEFT_CENTER,
        label,
        font,
        text,
    );
}

/// The check mark of a revealed right answer, in a disc so it reads on any fill.
pub fn check(ui: &Ui, rect: Rect, pal: &Palette) {
    let side = rect.width().min(rect.height());
    let disc = Rect::from_center_size(rect.center(), Vec2::splat(side));
    ui.painter()
        .circle_filled(disc.center(), side / 2.0, pal.emphasis);
    shapes::paint_check(ui.painter(), disc.shrink(side * 0.18), pal.background);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_keep_their_proportions() {
        let fitted = fit_size(vec2(3000.0, 2000.0), vec2(800.0, 800.0));
        assert!((fitted.x - 800.0).abs() < 0.01 && (fitted.y - 533.33).abs() < 0.01);
        let tall = fit_size(vec2(400.0, 900.0), vec2(1000.0, 450.0));
        assert!((tall.x / tall.y - 400.0 / 900.0).abs() < 1e-4);
        assert!(tall.y <= 450.0 + 1e-3);
        // Small images are enlarged to the room, still undistorted.
        let small = fit_size(vec2(64.0, 32.0), vec2(640.0, 640.0));
        assert_eq!(small, vec2(640.0, 320.0));
    }
}
