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

/// The largest size of the ladder from `min` to `max` at which `text` fits `room`.
pub fn fit(ui: &Ui, text: &str, family: &FontFamily, max: f32, min: f32, room: Vec2) -> Fitted {
    let min = min.round().max(1.0);
    let sizes = ladder(min, max.max(min));
    let at = |i: usize| layout(ui, text, family, sizes[i], room.x);
    let top = sizes.len() - 1;
    let at_max = at(top);
    if fits(&at_max, room) {
        return Fitted {
            galley: at_max,
            size: sizes[top],
            fits: true,
        };
    }
    // Binary search for the largest fitting rung below the top (which does not fit).
    let (mut lo, mut hi) = (0, top);
    let mut best = None;
    while lo < hi {
        let mid = usize::midpoint(lo, hi);
        let g = at(mid);
        if fits(&g, room) {
            best = Some((g, sizes[mid]));
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    match best {
        Some((galley, size)) => Fitted {
            galley,
            size,
            fits: true,
        },
        None => {
            let galley = at(0);
            let ok = fits(&galley, room);
            Fitted {
                galley,
                size: sizes[0],
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
