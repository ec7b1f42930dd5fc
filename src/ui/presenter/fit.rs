//! Text that scales with the window: the largest size at which a text fits its box.
//!
//! The room reads from several metres away, so every text starts big and shrinks only as much
//! as its box requires (measured with the real galley layout, not guessed from character
//! counts). Below a floor size it stops shrinking; the caller then scrolls instead of clipping.

use std::sync::Arc;

use egui::{Color32, FontFamily, FontId, Galley, Painter, Pos2, Rect, Response, Sense, Ui, Vec2};

/// A laid-out text and whether it fits its box.
pub struct Fitted {
    pub galley: Arc<Galley>,
    pub size: f32,
    pub fits: bool,
}

/// Lays out `text` at `size`, wrapped at `width`.
pub fn layout(ui: &Ui, text: &str, family: &FontFamily, size: f32, width: f32) -> Arc<Galley> {
    ui.ctx().fonts_mut(|f| {
        f.layout(
            text.to_owned(),
            FontId::new(size, family.clone()),
            Color32::PLACEHOLDER,
            width.max(1.0),
        )
    })
}

fn fits(galley: &Galley, room: Vec2) -> bool {
    galley.size().y <= room.y + 0.5 && galley.size().x <= room.x + 0.5
}

/// The largest whole size in `min..=max` at which `text` fits `room` (binary search).
pub fn fit(ui: &Ui, text: &str, family: &FontFamily, max: f32, min: f32, room: Vec2) -> Fitted {
    let max = max.max(min).round();
    let min = min.round().max(1.0);
    let at_max = layout(ui, text, family, max, room.x);
    if fits(&at_max, room) {
        return Fitted {
            galley: at_max,
            size: max,
            fits: true,
        };
    }
    let (mut lo, mut hi) = (min, max); // invariant: hi does not fit
    let mut best = None;
    while hi - lo >= 1.0 {
        let mid = f32::midpoint(lo, hi).floor();
        let g = layout(ui, text, family, mid, room.x);
        if fits(&g, room) {
            best = Some((g, mid));
            lo = mid + 1.0;
        } else {
            hi = mid;
        }
        if mid <= min {
            break;
        }
    }
    match best {
        Some((galley, size)) => Fitted {
            galley,
            size,
            fits: true,
        },
        None => {
            let galley = layout(ui, text, family, min, room.x);
            let ok = fits(&galley, room);
            Fitted {
                galley,
                size: min,
                fits: ok,
            }
        }
    }
}

/// The largest size at which every text of `texts` fits `room` (answer cards share one size).
pub fn common_size(
    ui: &Ui,
    texts: &[&str],
    family: &FontFamily,
    max: f32,
    min: f32,
    room: Vec2,
) -> f32 {
    texts
        .iter()
        .filter(|t| !t.is_empty())
        .map(|t| fit(ui, t, family, max, min, room).size)
        .fold(max, f32::min)
}

/// Paints `galley` in `color`, placed in `rect` by `align` (0 = left/top, 0.5 = centre).
pub fn paint(painter: &Painter, rect: Rect, galley: &Arc<Galley>, color: Color32, align: Vec2) {
    let size = galley.size();
    let pos = Pos2::new(
        rect.left() + (rect.width() - size.x).max(0.0) * align.x,
        rect.top() + (rect.height() - size.y).max(0.0) * align.y,
    );
    painter.galley(pos, galley.clone(), color);
}

/// Registers `rect` as a text for screen readers (and tests) and returns its response.
pub fn label(ui: &mut Ui, rect: Rect, text: &str) -> Response {
    let response = ui.allocate_rect(rect, Sense::hover());
    let text = text.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text.clone()));
    response
}

/// Fits `text` in `rect`, paints it and names it; when it cannot fit even at `min`, shows it in
/// a scroll area instead of clipping. Returns the size used.
#[allow(clippy::too_many_arguments)] // a drawing primitive: each argument is one visual choice
pub fn text_box(
    ui: &mut Ui,
    rect: Rect,
    text: &str,
    family: &FontFamily,
    max: f32,
    min: f32,
    color: Color32,
    align: Vec2,
) -> (f32, bool) {
    let fitted = fit(ui, text, family, max, min, rect.size());
    if fitted.fits {
        paint(ui.painter(), rect, &fitted.galley, color, align);
        label(ui, rect, text);
        (fitted.size, true)
    } else {
        let galley = fitted.galley;
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            ui.visuals_mut().override_text_color = Some(color);
            egui::ScrollArea::vertical()
                .id_salt(("fit-scroll", text.len(), rect.top().to_bits()))
                .max_height(rect.height())
                .show(ui, |ui| {
                    ui.add(egui::Label::new(egui::WidgetText::from(galley)).selectable(false))
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Label, true, text.to_owned())
                        });
                });
        });
        (fitted.size, false)
    }
}
