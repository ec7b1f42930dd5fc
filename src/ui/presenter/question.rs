//! A question slide: prompt, image, answers (choices, true/false panels, items to order, model
//! answer, hotspot outlines), tallies, explanation and source line.

use egui::{Color32, FontFamily, Rect, Stroke, StrokeKind, Ui, Vec2, pos2, vec2};

use super::answers;
use super::draw;
use super::fit;
use crate::app::textures::TextureCache;
use crate::i18n::Lang;
use crate::presenter::view::{Body, ImageView, QuestionView};
use crate::ui::fonts;
use crate::ui::theme::Palette;

/// Sizes of a slide, from the screen's scale unit `u` (its height, capped for narrow windows).
#[derive(Clone, Copy)]
pub struct Scale {
    pub u: f32,
    pub gap: f32,
    /// Room is short (the explanation takes the bottom): answers may shrink further.
    pub compact: bool,
}

impl Scale {
    /// The smallest size of a text the room reads ([`fit::readable`]).
    pub fn readable(&self) -> f32 {
        fit::readable(self.u)
    }
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
    let mut remaining = rect;
    let mut bottom = None;
    if q.explanation.is_some() || q.source.is_some() {
        let h = rect.height() * if q.explanation.is_some() { 0.3 } else { 0.09 };
        let r = Rect::from_min_max(pos2(rect.left(), rect.bottom() - h), rect.max);
        remaining.max.y = r.top() - s.gap;
        bottom = Some(r);
    }
    // Drawn top to bottom, so screen readers read the question before the explanation.
    let (size, mut all_fit) = main_part(ui, remaining, q, textures, pal, s, lang);
    if let Some(r) = bottom {
        all_fit &= explanation(ui, r, q, pal, s);
    }
    (size, all_fit)
}

/// The prompt, image and answers in `remaining` (above the explanation, if any).
fn main_part(
    ui: &mut Ui,
    remaining: Rect,
    q: &QuestionView,
    textures: &mut TextureCache,
    pal: &Palette,
    s: &Scale,
    lang: Lang,
) -> (f32, bool) {
    let mut all_fit = true;
    let compact = Scale {
        compact: q.explanation.is_some(),
        ..*s
    };
    let s = &compact;
    let has_body = !matches!(q.body, Body::Nothing);
    let (prompt_size, prompt_bottom, ok) = prompt(ui, remaining, q, has_body, pal, s);
    all_fit &= ok;
    let mut body = Rect::from_min_max(
        pos2(remaining.left(), prompt_bottom + s.gap * 1.5),
        remaining.max,
    );
    if let Some(strip) = &q.tally_strip {
        let h = s.u * 0.06;
        let strip_rect = Rect::from_min_max(pos2(body.left(), body.bottom() - h), body.max);
        answers::tally_strip(ui, strip_rect, strip, pal, lang);
        body.max.y = strip_rect.top() - s.gap;
    }
    if body.height() < s.u * 0.05 {
        return (prompt_size, all_fit);
    }
    if let Some(img) = &q.image {
        let room = if has_body {
            let split = body.left() + body.width() * 0.4;
            let r = Rect::from_min_max(body.min, pos2(split - s.gap, body.bottom()));
            body.min.x = split + s.gap;
            r
        } else {
            body
        };
        image_part(ui, room, img, textures, pal, s, lang);
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
        } => answers::choices(
            ui,
            body,
            answers,
            (*true_false, *bars, q.image.is_some()),
            textures,
            pal,
            s,
            lang,
        ),
        Body::Ordering { items, revealed } => answers::ordering(ui, body, items, *revealed, pal, s),
        Body::OpenAnswer(text) => open_answer(ui, body, text, pal, s, lang),
    };
    (prompt_size, all_fit)
}

/// The prompt at the top of `rest` (or alone, large and centred); returns its font size, its
/// bottom edge and whether it fit.
fn prompt(
    ui: &mut Ui,
    rest: Rect,
    q: &QuestionView,
    has_body: bool,
    pal: &Palette,
    s: &Scale,
) -> (f32, f32, bool) {
    let alone = !has_body && q.image.is_none();
    let bold = fonts::bold();
    let room = vec2(rest.width(), rest.height() * if alone { 1.0 } else { 0.32 });
    let max = s.u / if alone { 11.0 } else { 14.0 };
    let fitted = fit::fit(ui, q.prompt, &bold, max, s.u / 30.0, room);
    let height = if alone {
        rest.height()
    } else {
        fitted.galley.size().y.min(room.y)
    };
    let area = Rect::from_min_size(rest.min, vec2(rest.width(), height));
    let align = if alone {
        vec2(0.5, 0.4)
    } else {
        vec2(0.0, 0.0)
    };
    let (size, ok) = fit::text_box(ui, area, q.prompt, &bold, max, s.u / 30.0, pal.text, align);
    (size, area.bottom(), ok)
}

/// The question's image in `room` (fitted, undistorted), its hotspot outlines once revealed
/// and its credit line underneath.
fn image_part(
    ui: &mut Ui,
    room: Rect,
    img: &ImageView,
    textures: &mut TextureCache,
    pal: &Palette,
    s: &Scale,
    lang: Lang,
) {
    // Two lines at the readable size.
    let credit_h = if img.credit.is_some() {
        s.u * 0.07
    } else {
        0.0
    };
    let room = Rect::from_min_max(room.min, pos2(room.right(), room.bottom() - credit_h));
    let Some(drawn) = draw::image(ui, room, img.asset, img.alt, textures, pal) else {
        return;
    };
    for region in &img.regions {
        let outline = hotspot_outline(ui, drawn, region, pal);
        fit::label(ui, outline, lang.t("present.hotspot_region"));
    }
    if let Some(credit) = &img.credit {
        let line = Rect::from_min_size(
            pos2(room.left(), (drawn.bottom() + 4.0).min(room.bottom())),
            vec2(room.width(), credit_h),
        );
        let size = s.readable();
        let family = FontFamily::Proportional;
        fit::text_box(
            ui,
            line,
            credit,
            &family,
            size,
            size,
            pal.muted,
            vec2(0.5, 0.0),
        );
    }
}

fn explanation(ui: &mut Ui, rect: Rect, q: &QuestionView, pal: &Palette, s: &Scale) -> bool {
    let mut ok = true;
    // Up to two lines at the readable size.
    let source_h = if q.source.is_some() { s.u * 0.075 } else { 0.0 };
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
            s.readable(),
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
            s.u / 34.0,
            s.readable(),
            pal.muted,
            vec2(0.0, 0.5),
        )
        .1;
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
