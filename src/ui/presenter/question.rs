//! A question slide: prompt, image, answers (choices, true/false panels, items to order, model
//! answer, hotspot outlines), tallies, explanation and source line.

use egui::{Color32, FontFamily, Rect, Stroke, StrokeKind, Ui, Vec2, pos2, vec2};

use super::draw;
use super::fit;
use crate::app::textures::TextureCache;
use crate::i18n::Lang;
use crate::presenter::view::{AnswerView, Body, Mark, OrderItem, QuestionView, TallyStrip};
use crate::ui::fonts;
use crate::ui::shapes::{self, AnswerShape};
use crate::ui::theme::Palette;

/// Sizes of a slide, from the screen's scale unit `u` (its height, capped for narrow windows).
#[derive(Clone, Copy)]
pub struct Scale {
    pub u: f32,
    pub gap: f32,
    /// Room is short (the explanation takes the bottom): answers may shrink further.
    pub compact: bool,
}

/// Draws the question in `rect`; returns the prompt's font size and whether everything fit.
pub fn question_ui(
    ui: &mut Ui,
    rect: Rect,
    q: &QuestionView,
    textures: &mut TextureCache,
    pal: &Palette,
    s: &Scale,
    lang: Lang,
) -> (f32, bool) {
    let mut rest = rect;
    let mut all_fit = true;
    if q.explanation.is_some() || q.source.is_some() {
        let h = rect.height() * if q.explanation.is_some() { 0.3 } else { 0.09 };
        let bottom = Rect::from_min_max(pos2(rect.left(), rect.bottom() - h), rect.max);
        all_fit &= explanation(ui, bottom, q, pal, s);
        rest.max.y = bottom.top() - s.gap;
    }
    let compact = Scale {
        compact: q.explanation.is_some(),
        ..*s
    };
    let s = &compact;
    let has_body = !matches!(q.body, Body::Nothing);
    let alone = !has_body && q.image.is_none();
    let bold = fonts::bold();
    let prompt_room = vec2(rest.width(), rest.height() * if alone { 1.0 } else { 0.32 });
    let max = s.u / if alone { 11.0 } else { 14.0 };
    let fitted = fit::fit(ui, q.prompt, &bold, max, s.u / 30.0, prompt_room);
    let prompt_h = if alone {
        rest.height()
    } else {
        fitted.galley.size().y.min(prompt_room.y)
    };
    let prompt_rect = Rect::from_min_size(rest.min, vec2(rest.width(), prompt_h));
    let align = if alone {
        vec2(0.5, 0.4)
    } else {
        vec2(0.0, 0.0)
    };
    let (prompt_size, ok) = fit::text_box(
        ui,
        prompt_rect,
        q.prompt,
        &bold,
        max,
        s.u / 30.0,
        pal.text,
        align,
    );
    all_fit &= ok;
    let mut body = Rect::from_min_max(
        pos2(rest.left(), prompt_rect.bottom() + s.gap * 1.5),
        rest.max,
    );
    if let Some(strip) = &q.tally_strip {
        let h = s.u * 0.06;
        let strip_rect = Rect::from_min_max(pos2(body.left(), body.bottom() - h), body.max);
        tally_strip(ui, strip_rect, strip, pal, lang);
        body.max.y = strip_rect.top() - s.gap;
    }
    if body.height() < s.u * 0.05 {
        return (prompt_size, all_fit);
    }
    if let Some(img) = &q.image {
        let credit_h = if img.credit.is_some() {
            s.u * 0.04
        } else {
            0.0
        };
        let image_room = if has_body {
            let split = body.left() + body.width() * 0.4;
            let r = Rect::from_min_max(body.min, pos2(split - s.gap, body.bottom()));
            body.min.x = split + s.gap;
            r
        } else {
            body
        };
        let image_room = Rect::from_min_max(
            image_room.min,
            pos2(image_room.right(), image_room.bottom() - credit_h),
        );
        if let Some(drawn) = draw::image(ui, image_room, img.asset, img.alt, textures, pal) {
            for region in &img.regions {
                let r = hotspot_outline(ui, drawn, region, pal);
                fit::label(ui, r, lang.t("present.hotspot_region"));
            }
            if let Some(credit) = &img.credit {
                let r = Rect::from_min_size(
                    pos2(
                        drawn.left(),
                        (drawn.bottom() + 4.0).min(image_room.bottom()),
                    ),
                    vec2(drawn.width().max(s.u * 0.5), credit_h),
                );
                let size = s.u / 60.0;
                fit::text_box(
                    ui,
                    r,
                    credit,
                    &FontFamily::Proportional,
                    size,
                    size,
                    pal.muted,
                    vec2(1.0, 0.0),
                );
            }
        }
        if !has_body {
            return (prompt_size, all_fit);
        }
    }
    all_fit &= match &q.body {
        Body::Nothing => true,
        Body::Choices {
            answers,
            true_false,
            bars,
        } => choices(
            ui,
            body,
            answers,
            (*true_false, *bars, q.image.is_some()),
            textures,
            pal,
            s,
            lang,
        ),
        Body::Ordering { items, revealed } => ordering(ui, body, items, *revealed, pal, s),
        Body::OpenAnswer(text) => open_answer(ui, body, text, pal, s, lang),
    };
    (prompt_size, all_fit)
}

fn explanation(ui: &mut Ui, rect: Rect, q: &QuestionView, pal: &Palette, s: &Scale) -> bool {
    let mut ok = true;
    let source_h = if q.source.is_some() { s.u * 0.055 } else { 0.0 };
    if let Some(text) = q.explanation {
        let panel = Rect::from_min_max(rect.min, pos2(rect.right(), rect.bottom() - source_h));
        draw::card(ui, panel, pal.card, Stroke::new(3.0, pal.emphasis));
        let inner = panel.shrink(s.gap * 1.2);
        ok &= fit::text_box(
            ui,
            inner,
            text,
            &FontFamily::Proportional,
            s.u / 20.0,
            s.u / 40.0,
            pal.card_text,
            vec2(0.0, 0.5),
        )
        .1;
    }
    if let Some(source) = &q.source {
        let r = Rect::from_min_max(pos2(rect.left(), rect.bottom() - source_h + 4.0), rect.max);
        ok &= fit::text_box(
            ui,
            r,
            source,
            &FontFamily::Proportional,
            s.u / 45.0,
            s.u / 70.0,
            pal.muted,
            vec2(0.0, 0.5),
        )
        .1;
    }
    ok
}

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
    let mut name = format!("{}, {shape} : {}", shapes::letter(a.shown), a.text);
    if a.mark == Mark::Correct {
        name = format!("{name} — {}", lang.t("present.correct_answer"));
    }
    if let Some(n) = a.count {
        name = format!("{name}, {}", lang.f("present.hands", &[("n", &n)]));
    }
    name
}

#[allow(clippy::too_many_arguments)] // layout inputs of one screen region
fn choices(
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
    let badge_h = (cell.y * 0.5).min(s.u * 0.075);
    let bar_h = if bars {
        (cell.y * 0.22).min(s.u * 0.045)
    } else {
        0.0
    };
    let text_room = vec2(
        cell.x - badge_h * 2.3 - badge_h - pad * 4.0,
        cell.y - pad * 2.0 - if bars { bar_h + pad } else { 0.0 },
    );
    let texts: Vec<&str> = answers.iter().map(|a| a.text).collect();
    let max = s.u / if true_false { 8.0 } else { 16.0 };
    // With the explanation below, answers already read may get smaller.
    let min = s.u / if s.compact { 48.0 } else { 34.0 };
    let size = fit::common_size(ui, &texts, &FontFamily::Proportional, max, min, text_room);
    let total: u32 = answers.iter().filter_map(|a| a.count).sum();
    let most = answers.iter().filter_map(|a| a.count).max().unwrap_or(0);
    let mut ok = true;
    for (i, a) in answers.iter().enumerate() {
        let (c, r) = (i % cols, i / cols);
        let min = pos2(
            area.left() + c as f32 * (cell.x + gap),
            area.top() + r as f32 * (cell.y + gap),
        );
        let rect = Rect::from_min_size(min, cell);
        let (fill, text, stroke) = match a.mark {
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
        };
        draw::card(ui, rect, fill, stroke);
        if a.editing {
            ui.painter().rect_stroke(
                rect.expand(4.0),
                14.0,
                Stroke::new(4.0, pal.text),
                StrokeKind::Outside,
            );
        }
        let inner = rect.shrink(pad);
        let top = Rect::from_min_max(
            inner.min,
            pos2(
                inner.right(),
                inner.bottom() - if bars { bar_h + pad } else { 0.0 },
            ),
        );
        let badge_rect = Rect::from_min_size(
            pos2(top.left(), top.center().y - badge_h / 2.0),
            vec2(badge_h * 2.1, badge_h),
        );
        draw::badge(ui, badge_rect, a.shown, text);
        let mut text_rect = Rect::from_min_max(
            pos2(badge_rect.right() + pad, top.top()),
            pos2(top.right() - badge_h - pad, top.bottom()),
        );
        if let Some((asset, alt)) = a.image {
            let side = text_rect.height().min(text_rect.width() * 0.4);
            let img_room = Rect::from_min_size(
                pos2(text_rect.left(), text_rect.center().y - side / 2.0),
                Vec2::splat(side),
            );
            draw::image(ui, img_room, asset, alt, textures, pal);
            text_rect.min.x = img_room.right() + pad;
        }
        let align = if true_false {
            vec2(0.3, 0.5)
        } else {
            vec2(0.0, 0.5)
        };
        let galley = fit::layout(
            ui,
            a.text,
            &FontFamily::Proportional,
            size,
            text_rect.width(),
        );
        ok &= galley.size().y <= text_rect.height() + 0.5;
        fit::paint(ui.painter(), text_rect, &galley, text, align);
        fit::label(ui, rect, &answer_name(a, lang));
        if a.mark == Mark::Correct {
            let r = Rect::from_min_size(
                pos2(top.right() - badge_h, top.center().y - badge_h / 2.0),
                Vec2::splat(badge_h),
            );
            draw::check(ui, r, pal);
        }
        match (a.count, bars) {
            (Some(n), true) => {
                let b = Rect::from_min_max(
                    pos2(
                        text_rect.left().min(badge_rect.right() + pad),
                        inner.bottom() - bar_h,
                    ),
                    inner.max,
                );
                // On a right answer's fill the bar takes the text colour (contrast).
                let fill = if a.mark == Mark::Correct {
                    text
                } else {
                    pal.bar
                };
                draw::bar(ui, b, n, total, most, fill, text);
            }
            (Some(n), false) => {
                let r = Rect::from_min_size(
                    pos2(top.right() - badge_h, top.top()),
                    vec2(badge_h, badge_h * 0.6),
                );
                ui.painter().text(
                    r.right_top(),
                    egui::Align2::RIGHT_TOP,
                    n.to_string(),
                    egui::FontId::new(badge_h * 0.5, fonts::bold()),
                    text,
                );
            }
            _ => {}
        }
    }
    ok
}

fn ordering(
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
    let badge_h = (row_h * 0.6).min(s.u * 0.06);
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

fn open_answer(ui: &mut Ui, area: Rect, text: &str, pal: &Palette, s: &Scale, lang: Lang) -> bool {
    let rect = Rect::from_min_size(area.min, vec2(area.width(), area.height().min(s.u * 0.45)));
    draw::card(ui, rect, pal.correct, Stroke::new(6.0, pal.emphasis));
    let inner = rect.shrink(s.u * 0.025);
    let head_h = s.u * 0.05;
    let check = Rect::from_min_size(inner.min, Vec2::splat(head_h));
    draw::check(ui, check, pal);
    let head = Rect::from_min_max(
        pos2(check.right() + s.gap, inner.top()),
        pos2(inner.right(), inner.top() + head_h),
    );
    let size = s.u / 32.0;
    fit::text_box(
        ui,
        head,
        lang.t("present.model_answer"),
        &fonts::bold(),
        size,
        size,
        pal.correct_text,
        vec2(0.0, 0.5),
    );
    let body = Rect::from_min_max(pos2(inner.left(), head.bottom() + s.gap), inner.max);
    fit::text_box(
        ui,
        body,
        text,
        &FontFamily::Proportional,
        s.u / 16.0,
        s.u / 36.0,
        pal.correct_text,
        vec2(0.0, 0.0),
    )
    .1
}

fn hotspot_outline(ui: &Ui, image: Rect, region: &crate::model::Region, pal: &Palette) -> Rect {
    #[allow(clippy::cast_possible_truncation)] // fractions 0–1 of a screen-sized rectangle
    let r = Rect::from_min_size(
        pos2(
            image.left() + region.x as f32 * image.width(),
            image.top() + region.y as f32 * image.height(),
        ),
        vec2(
            region.w as f32 * image.width(),
            region.h as f32 * image.height(),
        ),
    );
    let w = (image.height() * 0.012).max(4.0);
    // A dark and a bright ring: visible on any screenshot.
    ui.painter().rect_stroke(
        r.expand(w),
        10.0,
        Stroke::new(w * 2.2, Color32::BLACK),
        StrokeKind::Middle,
    );
    ui.painter().rect_stroke(
        r.expand(w),
        10.0,
        Stroke::new(w, pal.emphasis),
        StrokeKind::Middle,
    );
    let side = (image.height() * 0.08).max(24.0);
    let mark = Rect::from_min_size(
        pos2(r.right() - side * 0.3, r.top() - side * 0.7),
        Vec2::splat(side),
    );
    draw::check(ui, mark, pal);
    r
}

fn tally_strip(ui: &mut Ui, rect: Rect, strip: &TallyStrip, pal: &Palette, lang: Lang) {
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
            draw::bar(ui, b, strip.counts[k], total, most, pal.bar, pal.text);
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
