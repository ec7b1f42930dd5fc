//! One page of a printed handout drawn with egui's painter, from the layout the PDF is made
//! of (computed once per choice in `app::print_ops`, never here): what the preview shows is
//! what is printed, without rasterising the PDF.
//!
//! Paper stays white with black ink whatever the theme, like the sheet. For screen readers the
//! page is an image named "Aperçu de la page 2 sur 5" whose description is the page's text in
//! reading order.

use egui::epaint::{Mesh, PathStroke};
use egui::{Color32, FontFamily, FontId, Pos2, Rect, Response, Sense, Stroke, Ui, Vec2, pos2};

use crate::app::textures::{ImageState, TextureCache};
use crate::export::print::fonts::{Fonts, NNBSP, SOFT_HYPHEN};
use crate::export::print::shapes::{answer_shape, check_mark};
use crate::export::print::{self, ItemKind, Page, TextRun};
use crate::model::Quiz;
use crate::ui::{a11y, fonts};

const INK: Color32 = Color32::BLACK;
const PAPER: Color32 = Color32::WHITE;
/// The right zone of a hotspot in the corrigé, over a photo: still black, thick.
const GREY: Color32 = Color32::from_gray(150);

/// Draws `page` as large as fits in `room`; `name` is what screen readers call it.
pub fn page_ui(
    ui: &mut Ui,
    page: &Page,
    quiz: &Quiz,
    textures: &mut TextureCache,
    room: Vec2,
    name: &str,
) -> Response {
    let scale = (room.x / page.width).min(room.y / page.height).max(0.05);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(page.width, page.height) * scale, Sense::hover());
    let text = page_text(page);
    a11y::node(ui, response.id, |n| {
        n.set_role(egui::accesskit::Role::Image);
        n.set_label(name);
        n.set_description(text);
    });
    let painter = ui.painter_at(rect.expand(2.0));
    painter.rect_filled(rect, 0.0, PAPER);
    painter.rect_stroke(rect, 0.0, Stroke::new(1.0, GREY), egui::StrokeKind::Outside);
    let to = |x: f32, y: f32| rect.min + Vec2::new(x, y) * scale;
    let to_rect = |r: print::Rect| Rect::from_min_size(to(r.x, r.y), Vec2::new(r.w, r.h) * scale);
    let thin = (0.8 * scale).max(1.0);
    for item in &page.items {
        match &item.kind {
            ItemKind::Text(run) => draw_text(&painter, run, to(run.x, run.y), scale),
            ItemKind::Image { asset, rect, .. } => {
                let target = to_rect(*rect);
                match quiz.assets.get(asset).map(|a| textures.get(ui.ctx(), a)) {
                    Some(ImageState::Ready(texture)) => {
                        let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
                        painter.image(texture.id(), target, uv, Color32::WHITE);
                    }
                    _ => {
                        painter.rect_filled(target, 0.0, Color32::from_gray(230));
                    }
                }
            }
            ItemKind::TickBox(r) => {
                painter.rect_stroke(
                    to_rect(*r),
                    0.0,
                    Stroke::new(thin, INK),
                    egui::StrokeKind::Inside,
                );
            }
            ItemKind::Check(r) => {
                let points: Vec<Pos2> = check_mark(*r).into_iter().map(|(x, y)| to(x, y)).collect();
                painter.add(egui::Shape::line(
                    points,
                    PathStroke::new((2.0 * scale).max(1.5), INK),
                ));
            }
            ItemKind::Shape { index, rect } => {
                for polygon in answer_shape(*index, *rect) {
                    let points: Vec<Pos2> = polygon.into_iter().map(|(x, y)| to(x, y)).collect();
                    painter.add(fan(&points));
                }
            }
            ItemKind::Line {
                x0,
                y0,
                x1,
                y1,
                width,
            } => {
                let w = (width * scale).max(1.0);
                painter.line_segment([to(*x0, *y0), to(*x1, *y1)], Stroke::new(w, INK));
            }
            ItemKind::Frame { rect, width } => {
                painter.rect_stroke(
                    to_rect(*rect),
                    0.0,
                    Stroke::new((width * scale).max(2.0), INK),
                    egui::StrokeKind::Middle,
                );
            }
        }
    }
    response
}

/// One line of text at its baseline (`at`), in the face and size the PDF uses.
fn draw_text(painter: &egui::Painter, run: &TextRun, at: Pos2, scale: f32) {
    let face = Fonts::get().face(run.bold);
    let size = run.size * scale;
    let mut text = run.text.replace(NNBSP, "\u{a0}");
    if text.ends_with(SOFT_HYPHEN) {
        text.pop();
        text.push('-');
    }
    let text = text.replace(SOFT_HYPHEN, "");
    let family = if run.bold {
        fonts::bold()
    } else {
        FontFamily::Proportional
    };
    let top = at - Vec2::new(0.0, face.ascent * size);
    painter.text(
        top,
        egui::Align2::LEFT_TOP,
        text,
        FontId::new(size, family),
        INK,
    );
}

/// A filled polygon that is star-shaped around its centre (every answer shape is): a fan of
/// triangles, which also fills the concave star correctly.
fn fan(points: &[Pos2]) -> egui::Shape {
    let mut mesh = Mesh::default();
    if points.len() < 3 {
        return egui::Shape::Noop;
    }
    let n = points.len() as f32;
    let centre = points.iter().fold(Vec2::ZERO, |s, p| s + p.to_vec2()) / n;
    mesh.colored_vertex(centre.to_pos2(), INK);
    for p in points {
        mesh.colored_vertex(*p, INK);
    }
    let count = u32::try_from(points.len()).unwrap_or(u32::MAX);
    for k in 0..count {
        mesh.add_triangle(0, 1 + k, 1 + (k + 1) % count);
    }
    egui::Shape::mesh(mesh)
}

/// The page's text in reading order, one line per run, for screen readers.
fn page_text(page: &Page) -> String {
    page.items
        .iter()
        .filter_map(|i| i.text())
        .map(|t| t.replace(SOFT_HYPHEN, ""))
        .collect::<Vec<_>>()
        .join("\n")
}
