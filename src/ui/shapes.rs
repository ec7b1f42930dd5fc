//! Marks and symbols drawn with the painter, never with glyphs.
//!
//! egui's default fonts have no ✔, ▲ or ⚠, and colour alone is not a cue: every answer gets a
//! letter *and* a shape, every state (correct, warning, error) gets a distinct drawn mark.

use egui::epaint::{CircleShape, PathShape, PathStroke};
use egui::{Color32, Painter, Pos2, Rect, Response, Sense, Shape, Stroke, Ui, Vec2, vec2};

/// The shape that goes with answer n (A ▲, B ◆, C ●, D ■, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerShape {
    Triangle,
    Diamond,
    Circle,
    Square,
    Star,
    Pentagon,
    Hexagon,
    Cross,
}

impl AnswerShape {
    pub const ALL: [AnswerShape; 8] = [
        Self::Triangle,
        Self::Diamond,
        Self::Circle,
        Self::Square,
        Self::Star,
        Self::Pentagon,
        Self::Hexagon,
        Self::Cross,
    ];

    pub fn for_index(i: usize) -> Self {
        Self::ALL[i % Self::ALL.len()]
    }

    /// Translation key of the shape's name (for screen readers: "A, triangle").
    pub fn name_key(self) -> &'static str {
        match self {
            Self::Triangle => "shape.triangle",
            Self::Diamond => "shape.diamond",
            Self::Circle => "shape.circle",
            Self::Square => "shape.square",
            Self::Star => "shape.star",
            Self::Pentagon => "shape.pentagon",
            Self::Hexagon => "shape.hexagon",
            Self::Cross => "shape.cross",
        }
    }
}

/// The letter of answer n: A, B, C…
pub fn letter(i: usize) -> char {
    char::from(b'A' + u8::try_from(i % 26).unwrap_or(0))
}

fn polygon(center: Pos2, radius: f32, sides: usize, rotation: f32) -> Vec<Pos2> {
    (0..sides)
        .map(|k| {
            let a = rotation + std::f32::consts::TAU * k as f32 / sides as f32;
            center + radius * vec2(a.cos(), a.sin())
        })
        .collect()
}

/// Paints `shape` filled with `fill` inside `rect`.
pub fn paint_answer_shape(painter: &Painter, rect: Rect, shape: AnswerShape, fill: Color32) {
    let c = rect.center();
    let r = rect.width().min(rect.height()) * 0.5;
    let up = -std::f32::consts::FRAC_PI_2;
    let convex = |points| Shape::convex_polygon(points, fill, Stroke::NONE);
    let shape = match shape {
        AnswerShape::Triangle => convex(polygon(c + vec2(0.0, r * 0.15), r, 3, up)),
        AnswerShape::Diamond => convex(polygon(c, r, 4, up)),
        AnswerShape::Circle => Shape::Circle(CircleShape::filled(c, r * 0.85, fill)),
        AnswerShape::Square => {
            Shape::rect_filled(Rect::from_center_size(c, Vec2::splat(r * 1.5)), 0.0, fill)
        }
        AnswerShape::Pentagon => convex(polygon(c, r, 5, up)),
        AnswerShape::Hexagon => convex(polygon(c, r, 6, 0.0)),
        AnswerShape::Star => {
            // A star is not convex: draw it as five triangles around a pentagon.
            let outer = polygon(c, r, 5, up);
            let inner = polygon(c, r * 0.42, 5, up + std::f32::consts::PI / 5.0);
            let mut shapes = vec![convex(inner.clone())];
            for k in 0..5 {
                shapes.push(convex(vec![outer[k], inner[k], inner[(k + 4) % 5]]));
            }
            Shape::Vec(shapes)
        }
        AnswerShape::Cross => {
            let t = r * 0.36;
            Shape::Vec(vec![
                Shape::rect_filled(
                    Rect::from_center_size(c, vec2(2.0 * r * 0.9, t * 2.0)),
                    0.0,
                    fill,
                ),
                Shape::rect_filled(
                    Rect::from_center_size(c, vec2(t * 2.0, 2.0 * r * 0.9)),
                    0.0,
                    fill,
                ),
            ])
        }
    };
    painter.add(shape);
}

/// A check mark (✔) of thickness proportional to `rect`.
pub fn paint_check(painter: &Painter, rect: Rect, color: Color32) {
    let w = rect.width().min(rect.height());
    let c = rect.center();
    let points = vec![
        c + vec2(-0.38, 0.02) * w,
        c + vec2(-0.12, 0.28) * w,
        c + vec2(0.4, -0.3) * w,
    ];
    painter.add(PathShape::line(points, PathStroke::new(w * 0.14, color)));
}

/// A cross (✘).
pub fn paint_cross(painter: &Painter, rect: Rect, color: Color32) {
    let w = rect.width().min(rect.height()) * 0.32;
    let c = rect.center();
    let stroke = Stroke::new(w * 0.4, color);
    painter.line_segment([c + vec2(-w, -w), c + vec2(w, w)], stroke);
    painter.line_segment([c + vec2(-w, w), c + vec2(w, -w)], stroke);
}

/// A warning mark: a triangle outline with "!" drawn as a bar and a dot.
pub fn paint_warning(painter: &Painter, rect: Rect, color: Color32) {
    let w = rect.width().min(rect.height());
    let c = rect.center();
    let pts = polygon(
        c + vec2(0.0, w * 0.08),
        w * 0.5,
        3,
        -std::f32::consts::FRAC_PI_2,
    );
    painter.add(Shape::closed_line(pts, Stroke::new(w * 0.09, color)));
    painter.line_segment(
        [c + vec2(0.0, -w * 0.12), c + vec2(0.0, w * 0.14)],
        Stroke::new(w * 0.1, color),
    );
    painter.circle_filled(c + vec2(0.0, w * 0.28), w * 0.06, color);
}

/// An error mark: a filled disc with a white "×".
pub fn paint_error(painter: &Painter, rect: Rect, color: Color32) {
    let w = rect.width().min(rect.height());
    painter.circle_filled(rect.center(), w * 0.45, color);
    paint_cross(painter, rect.shrink(w * 0.1), Color32::WHITE);
}

/// Allocates a square of `size` and paints with `paint` (a decorative mark, not focusable).
pub fn mark(ui: &mut Ui, size: f32, paint: impl FnOnce(&Painter, Rect)) -> Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    if ui.is_rect_visible(rect) {
        paint(ui.painter(), rect);
    }
    response
}
