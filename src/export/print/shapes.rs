//! The answer shapes (A ▲, B ◆, C ●, D ■, E ★, F ⬟, G ⬢, H ✚) as polygons, the same order and
//! proportions as the screen's `ui/shapes.rs`, so a printed answer matches the projected one.
//! Drawn as vector paths: the font has none of these glyphs, and a letter alone is not enough
//! for a participant who looks for "the triangle".

use std::f32::consts::{FRAC_PI_2, PI, TAU};

use super::page::Rect;

/// Closed polygons (each a list of points) that fill answer `index`'s shape inside `rect`.
pub fn answer_shape(index: usize, rect: Rect) -> Vec<Vec<(f32, f32)>> {
    let c = (rect.x + rect.w / 2.0, rect.y + rect.h / 2.0);
    let r = rect.w.min(rect.h) / 2.0;
    let up = -FRAC_PI_2;
    match index % 8 {
        0 => vec![polygon((c.0, c.1 + r * 0.15), r, 3, up)],
        1 => vec![polygon(c, r, 4, up)],
        2 => vec![polygon(c, r * 0.85, 32, 0.0)],
        3 => vec![square(c, r * 0.75, r * 0.75)],
        4 => {
            let outer = polygon(c, r, 5, up);
            let inner = polygon(c, r * 0.42, 5, up + PI / 5.0);
            let mut star = Vec::with_capacity(10);
            for k in 0..5 {
                star.push(outer[k]);
                star.push(inner[k]);
            }
            vec![star]
        }
        5 => vec![polygon(c, r, 5, up)],
        6 => vec![polygon(c, r, 6, 0.0)],
        _ => {
            let (long, t) = (r * 0.9, r * 0.36);
            vec![square(c, long, t), square(c, t, long)]
        }
    }
}

fn polygon(c: (f32, f32), r: f32, sides: usize, rotation: f32) -> Vec<(f32, f32)> {
    (0..sides)
        .map(|k| {
            let a = rotation + TAU * k as f32 / sides as f32;
            (c.0 + r * a.cos(), c.1 + r * a.sin())
        })
        .collect()
}

fn square(c: (f32, f32), half_w: f32, half_h: f32) -> Vec<(f32, f32)> {
    vec![
        (c.0 - half_w, c.1 - half_h),
        (c.0 + half_w, c.1 - half_h),
        (c.0 + half_w, c.1 + half_h),
        (c.0 - half_w, c.1 + half_h),
    ]
}

/// The check mark drawn in a ticked box: a polyline.
pub fn check_mark(rect: Rect) -> Vec<(f32, f32)> {
    let w = rect.w.min(rect.h);
    let (cx, cy) = (rect.x + rect.w / 2.0, rect.y + rect.h / 2.0);
    vec![
        (cx - 0.32 * w, cy + 0.02 * w),
        (cx - 0.08 * w, cy + 0.28 * w),
        (cx + 0.36 * w, cy - 0.3 * w),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_stays_inside_its_box() {
        let rect = Rect::new(10.0, 20.0, 18.0, 18.0);
        for i in 0..8 {
            for poly in answer_shape(i, rect) {
                assert!(poly.len() >= 3);
                for (x, y) in poly {
                    assert!(x >= rect.x - 0.01 && x <= rect.x + rect.w + 0.01, "{i}");
                    assert!(y >= rect.y - 0.01 && y <= rect.y + rect.h + 0.01, "{i}");
                }
            }
        }
    }
}
