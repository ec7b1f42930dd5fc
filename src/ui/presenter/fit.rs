//! Text that scales with the window: the largest size at which a text fits its box.
//!
//! The room reads from several metres away, so every text starts big and shrinks only as much
//! as its box requires (measured with the real galley layout, not guessed from character
//! counts). Below a floor size it stops shrinking; the caller then scrolls instead of clipping.

use std::sync::Arc;

use egui::{Color32, FontFamily, FontId, Galley, Painter, Pos2, Rect, Response, Sense, Ui, Vec2};

/// The smallest text the room is meant to read, as a share of the screen's scale unit: 1/40
/// of the height (27 px at 1080p). Source lines, credits, counts and percentages never go
/// below it; a text that cannot fit at this size scrolls (see [`text_box`]).
pub const READABLE_SHARE: f32 = 1.0 / 40.0;

/// [`READABLE_SHARE`] of the scale unit `u`, in whole pixels (rounded up, never below).
pub fn readable(u: f32) -> f32 {
    (u * READABLE_SHARE - 0.01).ceil()
}

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

/// Ratio between neighbouring font sizes: 1.5^(1/4), so the ladder that starts at the floor
/// (1/30 of the screen) passes exactly through 1/20 of the screen, the legibility target.
const STEP: f32 = 1.106_682;

/// The font sizes tried between `min` and `max`, ascending: a geometric ladder rather than
/// every whole pixel, so a session rasterises glyphs at a dozen sizes and the font atlas (GPU
/// and CPU memory) stays small.
fn ladder(min: f32, max: f32) -> Vec<f32> {
    let mut sizes = Vec::new();
    let mut size = min;
    while size < max - 0.5 {
        sizes.push(size.round());
        size *= STEP;
    }
    sizes.push(max.round());
    sizes.dedup();
    sizes
}

/// The size at which candidate sizes are measured. Without hinting, glyph advances and line
/// heights scale linearly with the size, so a text wrapped at width `w` and size `s` has the
/// shape of the same text at `REFERENCE` wrapped at `w · REFERENCE / s`, scaled. Measuring
/// there rasterises glyphs at one size shared by every text, instead of at every rung a
/// search tries (each rung's glyphs stay in the font atlas, CPU and GPU, for the session).
const REFERENCE: f32 = 64.0;

/// Whether `text` at `size` probably fits `room`, judged from its layout at [`REFERENCE`].
/// Line heights are rounded to whole pixels, so the scaled shape is off by a pixel or two: the
/// probe leans optimistic and [`fit`] confirms with the real layout, stepping down if needed.
fn probably_fits(ui: &Ui, text: &str, family: &FontFamily, size: f32, room: Vec2) -> bool {
    let k = size / REFERENCE;
    let probe = layout(ui, text, family, REFERENCE, room.x / k);
    let slack = room * 0.01 + Vec2::splat(1.0);
    fits(&probe, (room + slack) / k)
}

/// The index of the largest rung of `sizes` (ascending) at which `text` probably fits `room`.
fn best_rung(ui: &Ui, text: &str, family: &FontFamily, sizes: &[f32], room: Vec2) -> Option<usize> {
    let ok = |i: usize| probably_fits(ui, text, family, sizes[i], room);
    // Fitting is monotonic: a rung that fits means every smaller one does.
    let (mut lo, mut hi) = (0, sizes.len());
    while lo < hi {
        let mid = usize::midpoint(lo, hi);
        if ok(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo.checked_sub(1)
}

/// The largest size of the ladder from `min` to `max` at which `text` fits `room`; only that
/// size (rarely, the rung below when rounding fooled the probe) is laid out for real.
pub fn fit(ui: &Ui, text: &str, family: &FontFamily, max: f32, min: f32, room: Vec2) -> Fitted {
    let min = min.round().max(1.0);
    let sizes = ladder(min, max.max(min));
    let mut rung = best_rung(ui, text, family, &sizes, room).unwrap_or(0);
    loop {
        let galley = layout(ui, text, family, sizes[rung], room.x);
        let ok = fits(&galley, room);
        if ok || rung == 0 {
            return Fitted {
                galley,
                size: sizes[rung],
                fits: ok,
            };
        }
        rung -= 1;
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
    let texts: Vec<&str> = texts.iter().copied().filter(|t| !t.is_empty()).collect();
    let min = min.round().max(1.0);
    let sizes = ladder(min, max.max(min));
    let mut rung = texts
        .iter()
        .map(|t| best_rung(ui, t, family, &sizes, room).unwrap_or(0))
        .min()
        .unwrap_or(sizes.len() - 1);
    // Confirm at the real size (the cards are laid out there anyway).
    while rung > 0
        && texts
            .iter()
            .any(|t| !fits(&layout(ui, t, family, sizes[rung], room.x), room))
    {
        rung -= 1;
    }
    sizes[rung]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ladder_passes_through_the_legibility_target() {
        let u = 1080.0;
        let sizes = ladder(u / 30.0, u / 8.0);
        assert!(sizes.contains(&(u / 20.0)), "{sizes:?}");
        assert_eq!(sizes.first(), Some(&36.0));
        assert_eq!(sizes.last(), Some(&135.0));
        assert!(
            sizes.len() < 16,
            "a dozen sizes, not every pixel: {sizes:?}"
        );
        assert!(sizes.windows(2).all(|w| w[0] < w[1]));
    }
}
