//! The audience view: what the projector shows, drawn from an [`AudienceView`] only.
//!
//! A plain function of (view, textures, palette) and the space it is given, so it is tested
//! directly and drawn unchanged in the main window, the audience window of the console mode,
//! or the console's preview.

use egui::{Color32, CornerRadius, FontFamily, FontId, Rect, Stroke, Ui, pos2, vec2};

use super::fit;
use super::question::{Scale, question_ui};
use super::{help, phones, slides};
use crate::app::textures::TextureCache;
use crate::presenter::Blank;
use crate::presenter::view::{AudienceView, CountdownView, Slide};
use crate::ui::fonts;
use crate::ui::theme::Palette;

/// What was drawn, for tests: the prompt's font size and whether every text fit its box.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AudienceLayout {
    pub prompt_size: Option<f32>,
    pub all_fit: bool,
}

/// The scale unit of a screen: its height, capped for narrow windows (4:3 and narrower).
pub fn scale_unit(rect: Rect) -> f32 {
    rect.height().min(rect.width() * 0.75)
}

/// Draws `view` over the whole of `ui`'s available rectangle.
pub fn audience_ui(
    ui: &mut Ui,
    view: &AudienceView,
    textures: &mut TextureCache,
    pal: &Palette,
) -> AudienceLayout {
    let rect = ui.max_rect();
    let lang = view.lang;
    if let Some(blank) = view.blank {
        let (fill, key) = match blank {
            Blank::Black => (Color32::BLACK, "present.black_screen"),
            Blank::White => (Color32::WHITE, "present.white_screen"),
        };
        ui.painter().rect_filled(rect, CornerRadius::ZERO, fill);
        fit::label(ui, rect, lang.t(key));
        return AudienceLayout {
            prompt_size: None,
            all_fit: true,
        };
    }
    ui.painter()
        .rect_filled(rect, CornerRadius::ZERO, pal.background);
    let u = scale_unit(rect);
    let s = Scale {
        u,
        gap: u * 0.02,
        compact: false,
    };
    let margin = u * 0.04;
    let inner = rect.shrink(margin);
    let bar_h = u * 0.045;
    let top = Rect::from_min_size(inner.min, vec2(inner.width(), bar_h));
    top_bar(ui, top, view, pal, u);
    let mut content = Rect::from_min_max(pos2(inner.left(), top.bottom() + s.gap), inner.max);
    let mut layout = AudienceLayout {
        prompt_size: None,
        all_fit: true,
    };
    match &view.slide {
        Slide::Title {
            title,
            description,
            authors,
            license,
            questions,
        } => {
            if let Some(b) = &view.phones {
                // Title at the left, the join panel (large QR code) at the right.
                let split = content.left() + content.width() * 0.56;
                let panel = Rect::from_min_max(pos2(split + s.gap, content.top()), content.max);
                layout.all_fit &= phones::join_panel(ui, panel, b, pal, &s, lang);
                content.set_right(split - s.gap);
            }
            layout.all_fit &= slides::title(
                ui,
                content,
                (title, description, authors, license, *questions),
                pal,
                &s,
                lang,
            );
        }
        Slide::Question(q) => {
            let mut strip_ok = true;
            if let Some(b) = &view.phones {
                let h = phones::strip_height(&s);
                let strip =
                    Rect::from_min_max(pos2(content.left(), content.bottom() - h), content.max);
                strip_ok = phones::strip(ui, strip, b, pal, &s, lang);
                content.set_bottom(strip.top() - s.gap);
            }
            let (size, ok) = question_ui(ui, content, q, textures, pal, &s, lang);
            layout = AudienceLayout {
                prompt_size: Some(size),
                all_fit: ok && strip_ok,
            };
        }
        Slide::Summary(summary, prompts) => {
            layout.all_fit = slides::summary(ui, content, summary, prompts, pal, &s, lang);
        }
        Slide::Credits(credits) => {
            layout.all_fit = slides::credits(ui, content, credits, pal, &s, lang);
        }
    }
    if let Some(text) = &view.flash {
        flash(ui, rect, text, pal, u);
    }
    if view.help {
        help::overlay(ui, rect, pal, u, lang);
    }
    layout
}

fn top_bar(ui: &mut Ui, rect: Rect, view: &AudienceView, pal: &Palette, u: f32) {
    let size = u / 34.0;
    if let Some((k, n)) = view.progress {
        let text = view.lang.f("present.progress", &[("k", &k), ("n", &n)]);
        let r = Rect::from_min_size(rect.min, vec2(rect.width() * 0.4, rect.height()));
        fit::text_box(
            ui,
            r,
            &text,
            &FontFamily::Proportional,
            size,
            size,
            pal.muted,
            vec2(0.0, 0.5),
        );
    }
    if let Some(c) = view.countdown {
        countdown(ui, rect, c, pal, size, view.lang);
    }
}

/// A calm countdown: a thin bar that shrinks and the seconds left, in the muted colour; at
/// zero it says time is up, without red, blinking or sound.
fn countdown(
    ui: &mut Ui,
    rect: Rect,
    c: CountdownView,
    pal: &Palette,
    size: f32,
    lang: crate::i18n::Lang,
) {
    let text = if c.finished {
        lang.t("present.time_up").to_owned()
    } else {
        let secs = c.seconds;
        let mut t = format!("{}:{:02}", secs / 60, secs % 60);
        if !c.running {
            t = format!("{t} ({})", lang.t("present.paused"));
        }
        t
    };
    let font = FontId::new(size * 1.2, fonts::bold());
    let galley = ui
        .ctx()
        .fonts_mut(|f| f.layout_no_wrap(text.clone(), font, pal.muted));
    let text_pos = pos2(
        rect.right() - galley.size().x,
        rect.center().y - galley.size().y / 2.0,
    );
    ui.painter().galley(text_pos, galley.clone(), pal.muted);
    let track_w = rect.width() * 0.22;
    let track = Rect::from_center_size(
        pos2(text_pos.x - size - track_w / 2.0, rect.center().y),
        vec2(track_w, size * 0.5),
    );
    ui.painter().rect_stroke(
        track,
        6.0,
        Stroke::new(2.0, pal.muted),
        egui::StrokeKind::Inside,
    );
    let filled = Rect::from_min_size(track.min, vec2(track_w * c.fraction, track.height()));
    ui.painter().rect_filled(filled, 6.0, pal.muted);
    let name = lang.f("present.countdown_label", &[("time", &text)]);
    fit::label(
        ui,
        track.union(Rect::from_min_size(text_pos, galley.size())),
        &name,
    );
}

fn flash(ui: &mut Ui, screen: Rect, text: &str, pal: &Palette, u: f32) {
    let font = FontId::new(u / 36.0, FontFamily::Proportional);
    let galley = ui
        .ctx()
        .fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font, pal.card_text));
    let rect = Rect::from_center_size(
        pos2(screen.center().x, screen.bottom() - u * 0.05),
        galley.size() + vec2(u * 0.04, u * 0.02),
    );
    ui.painter().rect_filled(rect, 10.0, pal.card);
    ui.painter().rect_stroke(
        rect,
        10.0,
        Stroke::new(2.0, pal.muted),
        egui::StrokeKind::Inside,
    );
    ui.painter()
        .galley(rect.center() - galley.size() / 2.0, galley, pal.card_text);
    fit::label(ui, rect, text);
}
