//! Drawing, moving, resizing and deleting hotspot rectangles with the mouse, stored as
//! fractions of the image.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use atelier_quiz::model::{Asset, ImageRef, MediaType, QuestionKind, QuestionType, Region};
use egui::{Key, Pos2, Rect, vec2};
use egui_kittest::kittest::Queryable;

const CANVAS: &str = "Image de la question\u{202f}: glissez pour dessiner une zone correcte";

fn hotspot_app() -> common::TestApp {
    let mut quiz = common::two_level_quiz(&[("h1", "a")]);
    quiz.assets.insert(
        "capture".into(),
        Asset::new(MediaType::Png, common::png_bytes(400, 200)),
    );
    let q = &mut quiz.questions[0];
    q.kind = QuestionType::Hotspot.empty_kind();
    q.image = Some(ImageRef {
        asset: "capture".into(),
        alt: "Une capture".into(),
        ..ImageRef::default()
    });
    let mut t = common::app_with(quiz, None);
    t.harness.get_by_label(CANVAS).scroll_to_me();
    t.harness.run();
    t
}

fn canvas(t: &common::TestApp) -> Rect {
    t.harness.get_by_label(CANVAS).rect()
}

/// The point at fractions (`fx`, `fy`) of the canvas.
fn at(rect: Rect, fx: f32, fy: f32) -> Pos2 {
    rect.min + vec2(fx, fy) * rect.size()
}

fn drag(t: &mut common::TestApp, from: Pos2, to: Pos2) {
    t.harness.drag_at(from);
    t.harness.run();
    t.harness.hover_at(from + (to - from) * 0.5);
    t.harness.run();
    t.harness.hover_at(to);
    t.harness.run();
    t.harness.drop_at(to);
    t.harness.run();
}

fn regions(t: &common::TestApp) -> Vec<Region> {
    match &t.quiz().questions[0].kind {
        QuestionKind::Hotspot { regions } => regions.clone(),
        other => panic!("not a hotspot: {other:?}"),
    }
}

fn assert_close(r: &Region, expected: (f64, f64, f64, f64)) {
    let tol = 0.01;
    let got = (r.x, r.y, r.w, r.h);
    assert!(
        (r.x - expected.0).abs() < tol
            && (r.y - expected.1).abs() < tol
            && (r.w - expected.2).abs() < tol
            && (r.h - expected.3).abs() < tol,
        "{got:?} != {expected:?}"
    );
}

#[test]
fn drawing_a_rectangle_stores_fractions_of_the_image() {
    let mut t = hotspot_app();
    let c = canvas(&t);
    assert!(
        (c.width() / c.height() - 2.0).abs() < 0.02,
        "image keeps its shape"
    );
    drag(&mut t, at(c, 0.1, 0.2), at(c, 0.5, 0.7));
    let r = regions(&t);
    assert_eq!(r.len(), 1);
    assert_close(&r[0], (0.1, 0.2, 0.4, 0.5));
    assert_eq!(
        t.state().editor.region,
        Some(0),
        "the new rectangle is selected"
    );
    // Drawing backwards (bottom-right to top-left) gives the same kind of rectangle.
    drag(&mut t, at(c, 0.9, 0.9), at(c, 0.7, 0.6));
    assert_close(&regions(&t)[1], (0.7, 0.6, 0.2, 0.3));
    t.ctrl(Key::Z);
    assert_eq!(regions(&t).len(), 1, "one undo step per rectangle");
}

#[test]
fn rectangles_move_resize_and_delete() {
    let mut t = hotspot_app();
    let c = canvas(&t);
    drag(&mut t, at(c, 0.1, 0.2), at(c, 0.5, 0.7));
    // Move: grab inside, drop 0.2 further right and 0.1 higher.
    drag(&mut t, at(c, 0.3, 0.4), at(c, 0.5, 0.3));
    assert_close(&regions(&t)[0], (0.3, 0.1, 0.4, 0.5));
    // Moving past the edge keeps the rectangle inside the image.
    drag(&mut t, at(c, 0.5, 0.3), at(c, 0.95, 0.3));
    assert_close(&regions(&t)[0], (0.6, 0.1, 0.4, 0.5));
    // Resize with the top-left corner handle.
    drag(&mut t, at(c, 0.6, 0.1), at(c, 0.5, 0.3));
    assert_close(&regions(&t)[0], (0.5, 0.3, 0.5, 0.3));
    // A click outside deselects; clicking the rectangle selects it; Delete removes it.
    t.harness.drag_at(at(c, 0.05, 0.9));
    t.harness.drop_at(at(c, 0.05, 0.9));
    t.harness.run();
    assert_eq!(t.state().editor.region, None);
    t.harness.drag_at(at(c, 0.7, 0.4));
    t.harness.drop_at(at(c, 0.7, 0.4));
    t.harness.run();
    assert_eq!(t.state().editor.region, Some(0));
    t.harness.key_press(Key::Delete);
    t.harness.run();
    assert!(regions(&t).is_empty());
    assert_eq!(
        t.quiz().questions.len(),
        1,
        "Delete removed the rectangle, not the question"
    );
}

#[test]
fn rectangles_can_be_edited_from_the_keyboard() {
    let mut t = hotspot_app();
    t.click("Ajouter une zone");
    assert_close(&regions(&t)[0], (0.4, 0.4, 0.2, 0.2));
    // Arrow keys on the focused image move the selected rectangle by 1 %.
    t.harness.get_by_label(CANVAS).focus();
    t.harness.run();
    for _ in 0..3 {
        t.harness.key_press(Key::ArrowRight);
        t.harness.run();
    }
    assert_close(&regions(&t)[0], (0.43, 0.4, 0.2, 0.2));
    t.click("Supprimer la zone 1");
    assert!(regions(&t).is_empty());
}
