//! Answers of a question: choice cards (letter, shape, text, image, check mark, tally bar),
//! true/false panels, items to order, and the right/wrong tally strip.

use egui::FontFamily;
use egui::{Rect, Stroke, StrokeKind, Ui, Vec2, pos2, vec2};

use super::draw;
use super::fit;
use super::question::Scale;
use crate::app::textures::TextureCache;
use crate::i18n::Lang;
use crate::presenter::view::{AnswerView, Mark, OrderItem, TallyStrip};
use crate::ui::fonts;
use crate::ui::shapes::{self, AnswerShape};
use crate::ui::theme::Palette;

/// Grid shape for `n` answers: (columns, rows).
fn grid(n: usize, true_false: bool, beside_image: bool) -> (usize, usize) {
    if beside_image {
        (1, n.max(1))
    } else if true_false || n <= 2 {
        (n.max(1), 1)
    } else {
        (2, n.div_ceil(2))
    }
}

/// Accessible name of an answer: "A, triangle : texte — bonne réponse, mains levées : 7".
fn answer_name(a: &AnswerView, lang: Lang) -> String {
    let shape = lang.t(AnswerShape::for_index(a.shown).name_key());
    let what = match a.image {
        Some((_, alt)) if a.text.trim().is_empty() => alt,
        _ => a.text,
    };
    let mut name = format!("{}, {shape} : {what}", shapes::letter(a.shown));
    if a.mark == Mark::Correct {
        name = format!("{name} — {}", lang.t("present.correct_answer"));
    }
    if let Some(n) = a.count {
        name = format!("{name}, {}", lang.f("present.hands", &[("n", &n)]));
    }
    name
}

/// Sizes shared by the answer cards of one question.
struct CardLayout {
    pad: f32,
    badge: f32,
    bar: f32,
    text_size: f32,
    /// The smallest size the room reads.
    readable: f32,
    true_false: bool,
    total: u32,
    most: u32,
}

#[allow(clippy::too_many_arguments)] // layout inputs of one screen region
pub fn choices(
    ui: &mut Ui,
    area: Rect,
    answers: &[AnswerView],
    (true_false, bars, beside_image): (bool, bool, bool),
    textures: &mut TextureCache,
    pal: &Palette,
    s: &Scale,
    lang: Lang,
) -> bool {
    let (cols, rows) = grid(answers.len(), true_false, beside_image);
    let gap = s.gap;
    let cell = vec2(
        (area.width() - gap * (cols as f32 - 1.0)) / cols as f32,
        ((area.height() - gap * (rows as f32 - 1.0)) / rows as f32)
            .min(s.u * if true_false { 0.5 } else { 0.26 }),
    );
    let pad = s.u * 0.014;
    let badge = (cell.y * 0.5).min(s.u * 0.075);
    // Tall enough for its count and percentage at the readable size.
    let bar = if bars {
        (cell.y * 0.3).clamp(draw::bar_height(s.readable()), s.u * 0.045)
    } else {
        0.0
    };
    let room = vec2(
        cell.x - badge * 3.3 - pad * 4.0,
        cell.y - pad * 2.0 - if bars { bar + pad } else { 0.0 },
    );
    let texts: Vec<&str> = answers.iter().map(|a| a.text).collect();
    let max = s.u / if true_false { 8.0 } else { 16.0 };
    // With the explanation below, answers already read may get smaller.
    let min = if s.compact { s.readable() } else { s.u / 34.0 };
    let layout = CardLayout {
        pad,
        badge,
        bar,
        text_size: fit::common_size(ui, &texts, &FontFamily::Proportional, max, min, room),
        readable: s.readable(),
        true_false,
        total: answers.iter().filter_map(|a| a.count).sum(),
        most: answers.iter().filter_map(|a| a.count).max().unwrap_or(0),
    };
    let mut ok = true;
    for (i, answer) in answers.iter().enumerate() {
        let (col, row) = (i % cols, i / cols);
        let corner = pos2(
            area.left() + col as f32 * (cell.x + gap),
            area.top() + row as f32 * (cell.y + gap),
        );
        let rect = Rect::from_min_size(corner, cell);
        ok &= card(ui, rect, answer, &layout, textures, pal, lang);
    }
    ok
}

/// Fill, text colour and outline of a card: a right answer is also outlined and ticked, so the
/// cue never rests on colour alone.
fn card_colours(mark: Mark, pal: &Palette) -> (egui::Color32, egui::Color32, Stroke) {
    match mark {
        Mark::Correct => (
            pal.correct,
            pal.correct_text,
            Stroke::new(6.0, pal.emphasis),
        ),
        Mark::Dimmed => (
            pal.background,
            pal.dimmed_text,
            Stroke::new(2.0, pal.dimmed_text),
        ),
        Mark::Neutral => (pal.card, pal.card_text, Stroke::NONE),
    }
}

/// One answer card; returns whether its text fit.
fn card(
    ui: &mut Ui,
    rect: Rect,
    answer: &AnswerView,
    layout: &CardLayout,
    textures: &mut TextureCache,
    pal: &Palette,
    lang: Lang,
) -> bool {
    let (fill, ink, stroke) = card_colours(answer.mark, pal);
    draw::card(ui, rect, fill, stroke);
    if answer.editing {
        let outline = Stroke::new(4.0, pal.text);
        ui.painter()
            .rect_stroke(rect.expand(4.0), 14.0, outline, StrokeKind::Outside);
    }
    let (pad, badge) = (layout.pad, layout.badge);
    let inner = rect.shrink(pad);
    let bar_room = if layout.bar > 0.0 {
        layout.bar + pad
    } else {
        0.0
    };
    let top = Rect::from_min_max(inner.min, pos2(inner.right(), inner.bottom() - bar_room));
    let badge_rect = Rect::from_min_size(
        pos2(top.left(), top.center().y - badge / 2.0),
        vec2(badge * 2.1, badge),
    );
    draw::badge(ui, badge_rect, answer.shown, ink);
    let mut text_rect = Rect::from_min_max(
        pos2(badge_rect.right() + pad, top.top()),
        pos2(top.right() - badge - pad, top.bottom()),
    );
    if let Some((asset, alt)) = answer.image {
        // An answer that is only a picture gets all the room.
        let share = if answer.text.trim().is_empty() {
            1.0
        } else {
            0.4
        };
        let side = text_rect.height().min(text_rect.width() * share);
        let picture = Rect::from_min_size(
            pos2(text_rect.left(), text_rect.center().y - side / 2.0),
            Vec2::splat(side),
        );
        draw::image(ui, picture, asset, alt, textures, pal);
        text_rect.min.x = picture.right() + pad;
    }
    let align = vec2(if layout.true_false { 0.3 } else { 0.0 }, 0.5);
    let family = FontFamily::Proportional;
    let galley = fit::layout(
        ui,
        answer.text,
        &family,
        layout.text_size,
        text_rect.width(),
    );
    let fits = galley.size().y <= text_rect.height() + 0.5;
    fit::paint(ui.painter(), text_rect, &galley, ink, align);
    let node = fit::label(ui, rect, &answer_name(answer, lang));
    crate::ui::a11y::answer(&node, answer.mark == Mark::Correct);
    let right_square = Rect::from_min_size(
        pos2(top.right() - badge, top.center().y - badge / 2.0),
        Vec2::splat(badge),
    );
    if answer.mark == Mark::Correct {
        draw::check(ui, right_square, pal);
    }
    match (answer.count, layout.bar > 0.0) {
        (Some(count), true) => {
            let strip = Rect::from_min_max(
                pos2(
                    text_rect.left().min(badge_rect.right() + pad),
                    inner.bottom() - layout.bar,
                ),
                inner.max,
            );
            // On a right answer's fill the bar takes the text colour (contrast).
            let bar_fill = if answer.mark == Mark::Correct {
                ink
            } else {
                pal.bar
            };
            let tally = draw::Tally {
                count,
                total: layout.total,
                most: layout.most,
            };
            draw::bar(ui, strip, tally, (bar_fill, ink), lang);
        }
        (Some(count), false) => {
            ui.painter().text(
                pos2(top.right(), top.top()),
                egui::Align2::RIGHT_TOP,
                count.to_string(),
                egui::FontId::new((badge * 0.5).max(layout.readable), fonts::bold()),
                ink,
            );
        }
        (None, _) => {}
    }
    fits
}

pub fn ordering(
    ui: &mut Ui,
    area: Rect,
    items: &[OrderItem],
    revealed: bool,
    pal: &Palette,
    s: &Scale,
) -> bool {
    let n = items.len().max(1);
    let gap = s.gap * 0.8;
    let row_h = ((area.height() - gap * (n as f32 - 1.0)) / n as f32).min(s.u * 0.13);
    let pad = s.u * 0.012;
    // Its rank number (70 % of it) stays readable from the room.
    let badge_h = (row_h * 0.6)
        .max(s.readable() / 0.7)
        .min(s.u * 0.06)
        .min(row_h);
    let rank_w = if revealed { badge_h * 1.4 } else { 0.0 };
    let room = vec2(
        area.width() - badge_h * 2.3 - rank_w - pad * 5.0,
        row_h - pad * 2.0,
    );
    let texts: Vec<&str> = items.iter().map(|i| i.text).collect();
    let size = fit::common_size(
        ui,
        &texts,
        &FontFamily::Proportional,
        s.u / 17.0,
        s.u / 36.0,
        room,
    );
    let mut ok = true;
    for (k, item) in items.iter().enumerate() {
        let rect = Rect::from_min_size(
            pos2(area.left(), area.top() + k as f32 * (row_h + gap)),
            vec2(area.width(), row_h),
        );
        let (fill, stroke, text) = if revealed {
            (
                pal.correct,
                Stroke::new(3.0, pal.emphasis),
                pal.correct_text,
            )
        } else {
            (pal.card, Stroke::NONE, pal.card_text)
        };
        draw::card(ui, rect, fill, stroke);
        let inner = rect.shrink(pad);
        let mut x = inner.left();
        if revealed {
            let disc = Rect::from_min_size(
                pos2(x, inner.center().y - badge_h / 2.0),
                Vec2::splat(badge_h),
            );
            ui.painter()
                .circle_filled(disc.center(), badge_h / 2.0, pal.emphasis);
            ui.painter().text(
                disc.center(),
                egui::Align2::CENTER_CENTER,
                (k + 1).to_string(),
                egui::FontId::new(badge_h * 0.7, fonts::bold()),
                pal.background,
            );
            x += rank_w + pad;
        }
        let badge = Rect::from_min_size(
            pos2(x, inner.center().y - badge_h / 2.0),
            vec2(badge_h * 2.1, badge_h),
        );
        draw::badge(ui, badge, item.shown, text);
        let text_rect = Rect::from_min_max(pos2(badge.right() + pad, inner.top()), inner.max);
        let galley = fit::layout(
            ui,
            item.text,
            &FontFamily::Proportional,
            size,
            text_rect.width(),
        );
        ok &= galley.size().y <= text_rect.height() + 0.5;
        fit::paint(ui.painter(), text_rect, &galley, text, vec2(0.0, 0.5));
        let name = if revealed {
            format!("{}. {} : {}", k + 1, shapes::letter(item.shown), item.text)
        } else {
            format!("{} : {}", shapes::letter(item.shown), item.text)
        };
        fit::label(ui, rect, &name);
    }
    ok
}

pub fn tally_strip(ui: &mut Ui, rect: Rect, strip: &TallyStrip, pal: &Palette, lang: Lang) {
    let labels = [lang.t("present.tally.right"), lang.t("present.tally.wrong")];
    let half = (rect.width() - 20.0) / 2.0;
    let total = strip.counts[0] + strip.counts[1];
    let most = strip.counts[0].max(strip.counts[1]);
    for (k, label) in labels.iter().enumerate() {
        let r = Rect::from_min_size(
            pos2(rect.left() + k as f32 * (half + 20.0), rect.top()),
            vec2(half, rect.height()),
        );
        if strip.editing == Some(k) {
            ui.painter().rect_stroke(
                r.expand(3.0),
                8.0,
                Stroke::new(3.0, pal.text),
                StrokeKind::Outside,
            );
        }
        let head = format!("{label} :");
        let font = egui::FontId::new(rect.height() * 0.6, fonts::bold());
        let w = ui
            .ctx()
            .fonts_mut(|f| f.layout_no_wrap(head.clone(), font.clone(), pal.text))
            .size()
            .x;
        ui.painter().text(
            pos2(r.left(), r.center().y),
            egui::Align2::LEFT_CENTER,
            head,
            font,
            pal.text,
        );
        let b = Rect::from_min_max(
            pos2(r.left() + w + 12.0, r.top() + r.height() * 0.15),
            pos2(r.right(), r.bottom() - r.height() * 0.15),
        );
        if strip.bars {
            let tally = draw::Tally {
                count: strip.counts[k],
                total,
                most,
            };
            draw::bar(ui, b, tally, (pal.bar, pal.text), lang);
        } else {
            ui.painter().text(
                pos2(b.left(), r.center().y),
                egui::Align2::LEFT_CENTER,
                strip.counts[k].to_string(),
                egui::FontId::new(rect.height() * 0.6, fonts::bold()),
                pal.text,
            );
        }
        fit::label(ui, r, &format!("{label} : {}", strip.counts[k]));
    }
}
