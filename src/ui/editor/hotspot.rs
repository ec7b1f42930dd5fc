//! Hotspot questions: the correct areas are rectangles drawn on the image with the mouse.
//!
//! Drag on the image to draw a rectangle; drag a rectangle to move it, its corner handles to
//! resize it; click to select, Delete to remove. Rectangles are stored as 0–1 fractions of the
//! image, so they fit whatever size the projector shows. The same rectangles are listed below
//! with their values, editable from the keyboard; arrow keys move the selected one.

use egui::{
    Color32, EventFilter, Id, Key, Modifiers, Pos2, Rect, Response, Role, Sense, Stroke,
    StrokeKind, Ui, WidgetInfo, pos2, vec2,
};

use super::question_editor::QCtx;
use super::widgets::{self, Icon};
use crate::app::actions::parts;
use crate::app::command::Command;
use crate::app::state::ViewCommand;
use crate::app::textures::{ImageState, TextureCache};
use crate::model::{Limits, Region};

/// What a drag on the image is doing.
#[derive(Clone, Copy, Debug)]
enum DragKind {
    /// Drawing a new rectangle from this corner (fractions).
    New { start: (f64, f64) },
    /// Moving `region`, grabbed at this offset from its top-left corner.
    Move { region: usize, grab: (f64, f64) },
    /// Resizing `region`; the opposite corner (fixed) is given.
    Resize { region: usize, fixed: (f64, f64) },
}

const HANDLE: f32 = 10.0;
const FILL: Color32 = Color32::from_rgba_premultiplied(90, 70, 0, 70);
const LINE: Color32 = Color32::from_rgb(0xFF, 0xC4, 0x00);

pub fn hotspot_ui(ui: &mut Ui, cx: &mut QCtx<'_>, regions: &[Region], textures: &mut TextureCache) {
    let lang = cx.lang;
    widgets::help(ui, lang.t("hotspot.help"));
    let texture =
        cx.q.image
            .as_ref()
            .and_then(|img| cx.quiz.assets.get(&img.asset))
            .map(|asset| textures.get(ui.ctx(), asset));
    match texture {
        Some(ImageState::Ready(texture)) => canvas(ui, cx, regions, &texture),
        Some(ImageState::Loading) => {
            ui.spinner();
        }
        Some(ImageState::Failed) => {
            ui.label(lang.t("image.unreadable"));
        }
        None => widgets::help(ui, lang.t("hotspot.needs_image")),
    }
    region_list(ui, cx, regions);
}

fn to_fraction(rect: Rect, p: Pos2) -> (f64, f64) {
    let f = (p - rect.min) / rect.size();
    (
        f64::from(f.x.clamp(0.0, 1.0)),
        f64::from(f.y.clamp(0.0, 1.0)),
    )
}

#[allow(clippy::cast_possible_truncation)] // fractions of an on-screen rectangle
fn to_screen(rect: Rect, r: &Region) -> Rect {
    Rect::from_min_size(
        rect.min + vec2(r.x as f32, r.y as f32) * rect.size(),
        vec2(r.w as f32, r.h as f32) * rect.size(),
    )
}

fn spanning(a: (f64, f64), b: (f64, f64)) -> Region {
    Region::new(
        a.0.min(b.0),
        a.1.min(b.1),
        (a.0 - b.0).abs(),
        (a.1 - b.1).abs(),
    )
}

fn canvas(ui: &mut Ui, cx: &mut QCtx<'_>, regions: &[Region], texture: &egui::TextureHandle) {
    let size = texture.size_vec2();
    let max_w = ui.available_width().min(860.0);
    let scale = (max_w / size.x).min(520.0 / size.y).min(2.0);
    let (rect, response) = ui.allocate_exact_size(size * scale, Sense::click_and_drag());
    let name = cx.lang.t("hotspot.canvas");
    response.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, name));
    if cx.focus("regions[0]") {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
    }
    let drag_id = cx.id("hotspot-drag");
    let selected = cx.state.editor.region.filter(|&r| r < regions.len());
    let preview = interact(ui, cx, &response, rect, regions, selected, drag_id);
    keyboard(ui, cx, &response, regions, selected);
    let painter = ui.painter_at(rect);
    painter.image(
        texture.id(),
        rect,
        Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
        Color32::WHITE,
    );
    for (i, region) in regions.iter().enumerate() {
        let shown = match preview {
            Some((Some(p), ref r)) if p == i => r.clone(),
            _ => region.clone(),
        };
        paint_region(&painter, to_screen(rect, &shown), i, selected == Some(i));
    }
    if let Some((None, r)) = preview {
        paint_region(&painter, to_screen(rect, &r), regions.len(), true);
    }
    if response.has_focus() {
        painter.rect_stroke(rect, 0.0, ui.visuals().selection.stroke, StrokeKind::Inside);
    }
}

/// Mouse handling; returns the rectangle being drawn or changed (`None` index: a new one).
fn interact(
    ui: &Ui,
    cx: &mut QCtx<'_>,
    response: &Response,
    rect: Rect,
    regions: &[Region],
    selected: Option<usize>,
    drag_id: Id,
) -> Option<(Option<usize>, Region)> {
    let pointer = response.interact_pointer_pos();
    if response.clicked() {
        let hit = pointer.and_then(|p| hit_region(rect, regions, p));
        cx.out.push(Command::View(ViewCommand::SelectRegion(hit)));
        response.request_focus();
    }
    if response.drag_started() {
        let origin = ui.input(|i| i.pointer.press_origin()).or(pointer)?;
        let kind = start_drag(rect, regions, selected, origin);
        ui.data_mut(|d| d.insert_temp(drag_id, kind));
        response.request_focus();
    }
    let kind: DragKind = ui.data(|d| d.get_temp(drag_id))?;
    let now = to_fraction(rect, pointer.or_else(|| ui.ctx().pointer_latest_pos())?);
    let (index, region) = match kind {
        DragKind::New { start } => (None, spanning(start, now)),
        DragKind::Move { region, grab } => {
            let r = regions.get(region)?;
            (
                Some(region),
                Region::new(now.0 - grab.0, now.1 - grab.1, r.w, r.h),
            )
        }
        DragKind::Resize { region, fixed } => (Some(region), spanning(fixed, now)),
    };
    let region = parts::clamp_region(region);
    if response.drag_stopped() {
        ui.data_mut(|d| d.remove::<DragKind>(drag_id));
        finish(cx, regions, index, region);
        return None;
    }
    Some((index, region))
}

fn start_drag(rect: Rect, regions: &[Region], selected: Option<usize>, origin: Pos2) -> DragKind {
    if let Some(s) = selected
        && let Some(r) = regions.get(s)
    {
        let screen = to_screen(rect, r);
        let corners = [
            (screen.left_top(), (r.x + r.w, r.y + r.h)),
            (screen.right_top(), (r.x, r.y + r.h)),
            (screen.left_bottom(), (r.x + r.w, r.y)),
            (screen.right_bottom(), (r.x, r.y)),
        ];
        if let Some((_, fixed)) = corners.iter().find(|(c, _)| c.distance(origin) <= HANDLE) {
            return DragKind::Resize {
                region: s,
                fixed: *fixed,
            };
        }
    }
    let start = to_fraction(rect, origin);
    match hit_region(rect, regions, origin) {
        Some(region) => {
            let r = &regions[region];
            DragKind::Move {
                region,
                grab: (start.0 - r.x, start.1 - r.y),
            }
        }
        None => DragKind::New { start },
    }
}

/// The topmost rectangle under `p`.
fn hit_region(rect: Rect, regions: &[Region], p: Pos2) -> Option<usize> {
    regions
        .iter()
        .enumerate()
        .rev()
        .find(|(_, r)| to_screen(rect, r).expand(2.0).contains(p))
        .map(|(i, _)| i)
}

/// Stores the drawn or changed rectangle and selects it.
fn finish(cx: &mut QCtx<'_>, regions: &[Region], index: Option<usize>, region: Region) {
    match index {
        None => {
            // A click-sized drag is not a rectangle anyone meant to draw.
            if region.w < 0.015 && region.h < 0.015 || regions.len() >= Limits::MAX_REGIONS {
                return;
            }
            let new = regions.len();
            cx.change(|q| {
                parts::add_region(q, region);
            });
            cx.out
                .push(Command::View(ViewCommand::SelectRegion(Some(new))));
        }
        Some(i) => {
            cx.change(|q| parts::set_region(q, i, region));
            cx.out
                .push(Command::View(ViewCommand::SelectRegion(Some(i))));
        }
    }
}

/// Arrow keys move the selected rectangle by 1 %; with Shift they resize it.
fn keyboard(
    ui: &Ui,
    cx: &mut QCtx<'_>,
    response: &Response,
    regions: &[Region],
    selected: Option<usize>,
) {
    if !response.has_focus() {
        return;
    }
    let Some(s) = selected else { return };
    let filter = EventFilter {
        vertical_arrows: true,
        horizontal_arrows: true,
        ..EventFilter::default()
    };
    ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
    let step = 0.01;
    let mut delta = (0.0, 0.0);
    let mut resize = false;
    ui.input_mut(|i| {
        for (key, d) in [
            (Key::ArrowLeft, (-step, 0.0)),
            (Key::ArrowRight, (step, 0.0)),
            (Key::ArrowUp, (0.0, -step)),
            (Key::ArrowDown, (0.0, step)),
        ] {
            if i.consume_key(Modifiers::NONE, key) {
                delta = d;
            }
            if i.consume_key(Modifiers::SHIFT, key) {
                delta = d;
                resize = true;
            }
        }
    });
    if delta == (0.0, 0.0) {
        return;
    }
    let r = &regions[s];
    let moved = if resize {
        Region::new(r.x, r.y, r.w + delta.0, r.h + delta.1)
    } else {
        Region::new(r.x + delta.0, r.y + delta.1, r.w, r.h)
    };
    cx.typing("regions-keyboard", |q| parts::set_region(q, s, moved));
}

fn paint_region(painter: &egui::Painter, rect: Rect, index: usize, selected: bool) {
    let canvas = painter.clip_rect();
    painter.rect_filled(rect, 0.0, FILL);
    let width = if selected { 4.0 } else { 2.5 };
    painter.rect_stroke(
        rect,
        0.0,
        Stroke::new(width + 2.0, Color32::BLACK),
        StrokeKind::Middle,
    );
    painter.rect_stroke(rect, 0.0, Stroke::new(width, LINE), StrokeKind::Middle);
    // The number sits just above the rectangle, so it hides nothing inside it.
    let above = rect.min - vec2(0.0, 22.0);
    let corner = if above.y >= canvas.top() {
        above
    } else {
        rect.min
    };
    let label = Rect::from_min_size(corner, vec2(22.0, 22.0));
    painter.rect_filled(label, 0.0, Color32::BLACK);
    painter.text(
        label.center(),
        egui::Align2::CENTER_CENTER,
        (index + 1).to_string(),
        egui::FontId::proportional(15.0),
        Color32::WHITE,
    );
    if selected {
        for corner in [
            rect.left_top(),
            rect.right_top(),
            rect.left_bottom(),
            rect.right_bottom(),
        ] {
            let handle = Rect::from_center_size(corner, vec2(HANDLE, HANDLE));
            painter.rect_filled(handle, 0.0, Color32::WHITE);
            painter.rect_stroke(
                handle,
                0.0,
                Stroke::new(1.5, Color32::BLACK),
                StrokeKind::Inside,
            );
        }
    }
}

/// The rectangles as numbers (percent of the image), for keyboard users and precise tweaks.
fn region_list(ui: &mut Ui, cx: &mut QCtx<'_>, regions: &[Region]) {
    let lang = cx.lang;
    let selected = cx.state.editor.region;
    for (i, r) in regions.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let number = i + 1;
            let title = lang.f("hotspot.region", &[("n", &number)]);
            if ui.selectable_label(selected == Some(i), &title).clicked() {
                cx.out
                    .push(Command::View(ViewCommand::SelectRegion(Some(i))));
            }
            let mut values = [r.x, r.y, r.w, r.h].map(|v| v * 100.0);
            let mut changed = false;
            for (k, key) in [
                "hotspot.left",
                "hotspot.top",
                "hotspot.width",
                "hotspot.height",
            ]
            .iter()
            .enumerate()
            {
                ui.label(lang.t(key));
                let name = lang.f(
                    "hotspot.value_name",
                    &[("region", &title), ("field", &lang.t(key))],
                );
                let response = ui.add(
                    egui::DragValue::new(&mut values[k])
                        .range(0.0..=100.0)
                        .speed(0.5)
                        .suffix("\u{202f}%")
                        .max_decimals(1),
                );
                let v = values[k];
                response.widget_info(|| {
                    let mut info = WidgetInfo::drag_value(true, v);
                    info.label = Some(name.clone());
                    info
                });
                changed |= response.changed();
            }
            if changed {
                let [x, y, w, h] = values.map(|v| v / 100.0);
                cx.typing(&format!("regions[{i}]"), |q| {
                    parts::set_region(q, i, Region::new(x, y, w, h));
                });
            }
            let remove = lang.f("hotspot.remove", &[("n", &number)]);
            if widgets::icon_only(ui, Icon::Remove, &remove).clicked() {
                cx.change(|q| parts::remove_region(q, i));
                cx.out.push(Command::View(ViewCommand::SelectRegion(None)));
            }
        });
    }
    if cx.q.image.is_some()
        && regions.len() < Limits::MAX_REGIONS
        && widgets::icon_button(ui, Icon::Plus, lang.t("hotspot.add")).clicked()
    {
        let new = regions.len();
        cx.change(|q| {
            parts::add_region(q, Region::new(0.4, 0.4, 0.2, 0.2));
        });
        cx.out
            .push(Command::View(ViewCommand::SelectRegion(Some(new))));
    }
}
