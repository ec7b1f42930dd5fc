//! The keys overlay (? or H): every presenter key, in the words of the room.
//!
//! The same table feeds the console's reminder, so the two never disagree with the handler in
//! [`super::keys`].

use egui::{FontFamily, Rect, Stroke, Ui, pos2, vec2};

use super::draw;
use super::fit;
use crate::i18n::Lang;
use crate::ui::fonts;
use crate::ui::theme::Palette;

/// (keys, action) translation keys, in the order shown.
pub const KEYS: [(&str, &str); 11] = [
    ("present.keys.next", "present.keys.next_action"),
    ("present.keys.back", "present.keys.back_action"),
    ("present.keys.home_end", "present.keys.home_end_action"),
    ("present.keys.black", "present.keys.black_action"),
    ("present.keys.white", "present.keys.white_action"),
    ("present.keys.timer", "present.keys.timer_action"),
    ("present.keys.tally", "present.keys.tally_action"),
    ("present.keys.export", "present.keys.export_action"),
    ("present.keys.fullscreen", "present.keys.fullscreen_action"),
    ("present.keys.help", "present.keys.help_action"),
    ("present.keys.leave", "present.keys.leave_action"),
];

/// Draws the overlay over `screen`.
pub fn overlay(ui: &mut Ui, screen: Rect, pal: &Palette, u: f32, lang: Lang) {
    ui.painter()
        .rect_filled(screen, 0.0, pal.background.gamma_multiply(0.96));
    let panel = screen.shrink2(vec2(screen.width() * 0.08, screen.height() * 0.06));
    draw::card(ui, panel, pal.card, Stroke::new(3.0, pal.text));
    let inner = panel.shrink(u * 0.03);
    let head = Rect::from_min_size(inner.min, vec2(inner.width(), u * 0.07));
    fit::text_box(
        ui,
        head,
        lang.t("present.keys.title"),
        &fonts::bold(),
        u / 18.0,
        u / 30.0,
        pal.card_text,
        vec2(0.0, 0.5),
    );
    let rows = Rect::from_min_max(pos2(inner.left(), head.bottom() + u * 0.02), inner.max);
    let row_h = rows.height() / KEYS.len() as f32;
    let size = (row_h * 0.55).min(u / 30.0).max(fit::readable(u));
    for (i, (keys, action)) in KEYS.iter().enumerate() {
        let y = rows.top() + i as f32 * row_h;
        let left = Rect::from_min_size(pos2(rows.left(), y), vec2(rows.width() * 0.42, row_h));
        let right = Rect::from_min_size(
            pos2(left.right() + u * 0.02, y),
            vec2(rows.width() * 0.56, row_h),
        );
        fit::text_box(
            ui,
            left,
            lang.t(keys),
            &fonts::bold(),
            size,
            fit::readable(u),
            pal.card_text,
            vec2(0.0, 0.5),
        );
        fit::text_box(
            ui,
            right,
            lang.t(action),
            &FontFamily::Proportional,
            size,
            fit::readable(u),
            pal.card_text,
            vec2(0.0, 0.5),
        );
    }
}
