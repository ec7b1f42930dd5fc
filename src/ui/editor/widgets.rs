//! Small building blocks shared by the editor's panels.
//!
//! Every text field is tied to its visible label (`labelled_by`) so screen readers and tests
//! find it by that label; fields get stable ids so typing never loses focus when a warning
//! appears above them; icons are painted (the fonts have no arrow or bin glyphs) and always come
//! with a text or an accessible name.

use egui::{
    Align, Color32, ComboBox, FontId, Id, Painter, Rect, Response, RichText, Role, Sense, Stroke,
    TextEdit, Ui, Vec2, WidgetInfo, pos2, vec2,
};

use crate::model::Severity;
use crate::ui::{a11y, shapes};

/// A text field with its label above it.
pub struct TextField<'a> {
    id: Id,
    label: std::borrow::Cow<'a, str>,
    hint: &'a str,
    rows: Option<usize>,
    width: Option<f32>,
    focus: bool,
    font: Option<FontId>,
    inline: bool,
    owner: Option<String>,
}

impl<'a> TextField<'a> {
    pub fn new(id: Id, label: impl Into<std::borrow::Cow<'a, str>>) -> Self {
        Self {
            id,
            label: label.into(),
            hint: "",
            rows: None,
            width: None,
            focus: false,
            font: None,
            inline: false,
            owner: None,
        }
    }

    #[must_use]
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// A multi-line field showing `rows` lines.
    #[must_use]
    pub fn rows(mut self, rows: usize) -> Self {
        self.rows = Some(rows);
        self
    }

    #[must_use]
    pub fn width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    /// Takes the keyboard focus and scrolls into view (a jump from the checks panel).
    #[must_use]
    pub fn focus(mut self, focus: bool) -> Self {
        self.focus = focus;
        self
    }

    #[must_use]
    pub fn font(mut self, font: FontId) -> Self {
        self.font = Some(font);
        self
    }

    /// What the field belongs to, when its visible label alone is ambiguous: screen readers
    /// hear "Source 2 : identifiant" where sighted users see "Identifiant" under "Source 2".
    #[must_use]
    pub fn owner(mut self, owner: impl Into<String>) -> Self {
        self.owner = Some(owner.into());
        self
    }

    /// Label on the left instead of above.
    #[must_use]
    pub fn inline(mut self) -> Self {
        self.inline = true;
        self
    }

    /// Draws the field for `value`; returns the new text when the user changed it.
    pub fn show(self, ui: &mut Ui, value: &str) -> Option<String> {
        self.show_tracking(ui, value).0
    }

    /// Like [`TextField::show`], and also whether the keyboard left the field this frame.
    pub fn show_tracking(self, ui: &mut Ui, value: &str) -> (Option<String>, bool) {
        if self.inline {
            ui.horizontal(|ui| self.draw(ui, value)).inner
        } else {
            self.draw(ui, value)
        }
    }

    fn draw(self, ui: &mut Ui, value: &str) -> (Option<String>, bool) {
        let label = ui.label(self.label.as_ref());
        let mut text = value.to_owned();
        let edit = match self.rows {
            Some(rows) => TextEdit::multiline(&mut text).desired_rows(rows),
            None => TextEdit::singleline(&mut text),
        };
        let mut edit = edit
            .id(self.id)
            .hint_text(self.hint)
            .desired_width(self.width.unwrap_or(f32::INFINITY));
        if let Some(font) = self.font {
            edit = edit.font(font);
        }
        let response = ui.add(edit).labelled_by(label.id);
        if let Some(owner) = &self.owner {
            let name = a11y::lang(ui.ctx())
                .f("a11y.field_of", &[("owner", owner), ("field", &self.label)]);
            a11y::name(&response, name);
        }
        if self.focus {
            response.request_focus();
            response.scroll_to_me(Some(Align::Center));
        }
        let changed = (response.changed() && text != value).then_some(text);
        (changed, response.lost_focus())
    }
}

/// Painted icons for buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Up,
    Down,
    Plus,
    Remove,
    Copy,
}

/// Paints `icon` in `rect`.
pub fn paint_icon(painter: &Painter, rect: Rect, icon: Icon, color: Color32) {
    let c = rect.center();
    let r = rect.width().min(rect.height()) * 0.36;
    let stroke = Stroke::new((r * 0.32).max(1.5), color);
    match icon {
        Icon::Up | Icon::Down => {
            let s = if icon == Icon::Up { -1.0 } else { 1.0 };
            painter.line_segment([c + vec2(0.0, -s * r), c + vec2(0.0, s * r)], stroke);
            painter.line_segment(
                [c + vec2(0.0, s * r), c + vec2(-r * 0.8, s * r * 0.2)],
                stroke,
            );
            painter.line_segment(
                [c + vec2(0.0, s * r), c + vec2(r * 0.8, s * r * 0.2)],
                stroke,
            );
        }
        Icon::Plus => {
            painter.line_segment([c + vec2(-r, 0.0), c + vec2(r, 0.0)], stroke);
            painter.line_segment([c + vec2(0.0, -r), c + vec2(0.0, r)], stroke);
        }
        Icon::Remove => shapes::paint_cross(painter, rect, color),
        Icon::Copy => {
            let size = Vec2::splat(r * 1.3);
            let back = Rect::from_min_size(c + vec2(-r, -r), size);
            let front = Rect::from_min_size(c + vec2(-r * 0.3, -r * 0.3), size);
            painter.rect_stroke(back, 1.0, stroke, egui::StrokeKind::Middle);
            painter.rect_filled(front, 1.0, painter.ctx().global_style().visuals.panel_fill);
            painter.rect_stroke(front, 1.0, stroke, egui::StrokeKind::Middle);
        }
    }
}

/// A button with a painted icon and a visible text (which is also its accessible name).
pub fn icon_button(ui: &mut Ui, icon: Icon, text: &str) -> Response {
    button_impl(ui, icon, Some(text), text)
}

/// A button showing a short word ("Supprimer") and named in full for screen readers and on
/// hover ("Supprimer « Découverte »"): for rows of buttons that must fit narrow windows.
pub fn icon_button_short(ui: &mut Ui, icon: Icon, text: &str, name: &str) -> Response {
    let response = button_impl(ui, icon, Some(text), name).on_hover_text(name);
    a11y::no_repeated_description(&response);
    response
}

/// A compact button showing only an icon; `name` is read by screen readers and shown on hover.
pub fn icon_only(ui: &mut Ui, icon: Icon, name: &str) -> Response {
    let response = button_impl(ui, icon, None, name).on_hover_text(name);
    a11y::no_repeated_description(&response);
    response
}

fn button_impl(ui: &mut Ui, icon: Icon, text: Option<&str>, name: &str) -> Response {
    let height = ui.spacing().interact_size.y.max(26.0);
    let pad = ui.spacing().button_padding.x;
    let galley = text.map(|t| {
        ui.painter().layout_no_wrap(
            t.to_owned(),
            egui::TextStyle::Button.resolve(ui.style()),
            Color32::PLACEHOLDER,
        )
    });
    let text_width = galley.as_ref().map_or(0.0, |g| g.size().x + pad);
    let size = vec2(height + text_width + pad * 0.5, height);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        ui.painter().rect(
            rect,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let icon_rect = Rect::from_min_size(rect.min, Vec2::splat(height));
        let color = visuals.fg_stroke.color;
        paint_icon(ui.painter(), icon_rect.shrink(3.0), icon, color);
        if let Some(galley) = galley {
            let pos = pos2(rect.min.x + height, rect.center().y - galley.size().y / 2.0);
            ui.painter().galley(pos, galley, color);
        }
    }
    response
}

/// Width taken by an [`icon_only`] button and the spacing after it.
pub fn icon_only_width(ui: &Ui) -> f32 {
    ui.spacing().interact_size.y.max(26.0)
        + ui.spacing().button_padding.x * 0.5
        + ui.spacing().item_spacing.x
}

/// Width taken by a text button (or menu button) and the spacing after it.
pub fn button_width(ui: &Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, Color32::PLACEHOLDER);
    galley.size().x + 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x
}

/// Width of a text field sharing a row with `label` and buttons after it: the rest of the row,
/// or — when the row is too narrow — the row without the buttons (they wrap).
///
/// The buttons' width is measured on the previous frame ([`TrailingButtons`]), `estimate`
/// serves the first one.
pub fn row_field_width(ui: &Ui, label: &str, buttons: Id, estimate: f32) -> f32 {
    let reserve = ui.data(|d| d.get_temp::<f32>(buttons)).unwrap_or(estimate);
    let label_w = button_width(ui, label) - 2.0 * ui.spacing().button_padding.x;
    // In a wrapping row, only the space left on the current line counts.
    let available = ui.available_size_before_wrap().x - label_w - ui.spacing().item_spacing.x;
    if available - reserve >= 220.0 {
        available - reserve
    } else {
        (available - 8.0).max(120.0)
    }
}

/// Measures the buttons that end a row, for [`row_field_width`] on the next frame.
pub struct TrailingButtons {
    id: Id,
    start: egui::Pos2,
}

impl TrailingButtons {
    /// Call right before adding the buttons.
    pub fn start(ui: &Ui, id: Id) -> Self {
        Self {
            id,
            start: ui.cursor().min,
        }
    }

    /// Call right after the last button.
    pub fn end(self, ui: &Ui) {
        let end = ui.cursor().min;
        if (end.y - self.start.y).abs() < 1.0 {
            let used = end.x - self.start.x;
            ui.data_mut(|d| d.insert_temp(self.id, used));
        }
    }
}

/// A section heading inside a panel.
pub fn section(ui: &mut Ui, text: &str) {
    ui.add_space(14.0);
    ui.label(RichText::new(text).strong().size(17.0));
    ui.add_space(2.0);
}

/// A short explanation under a field, in weaker text.
pub fn help(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).small().weak());
}

/// Paints the mark of a severity (a red disc with a cross, an outlined triangle).
pub fn severity_mark(ui: &mut Ui, severity: Severity, size: f32) -> Response {
    let visuals = ui.visuals().clone();
    shapes::mark(ui, size, |p, r| match severity {
        Severity::Error => shapes::paint_error(p, r, visuals.error_fg_color),
        Severity::Warning => shapes::paint_warning(p, r, warning_color(&visuals)),
    })
}

/// A warning colour readable on the panel background.
pub fn warning_color(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        visuals.warn_fg_color
    } else {
        Color32::from_rgb(0x9A, 0x5B, 0x00)
    }
}

/// A combo box with its label on the left; returns the chosen index when it changed.
pub fn choice<'a>(
    ui: &mut Ui,
    id: Id,
    label: &str,
    selected: Option<usize>,
    options: &[&'a str],
    empty: &'a str,
) -> Option<usize> {
    ui.horizontal(|ui| {
        let label_response = ui.label(label);
        let (chosen, response) = combo(ui, id, selected, options, empty);
        let shown = selected
            .and_then(|i| options.get(i))
            .copied()
            .unwrap_or(empty);
        let response = response.labelled_by(label_response.id);
        a11y::combo(&response, a11y::lang(ui.ctx()), label, shown);
        chosen
    })
    .inner
}

/// A combo box without a visible label (its options say what it is); `name` is read by
/// screen readers.
pub fn unlabelled_choice(
    ui: &mut Ui,
    id: Id,
    name: &str,
    selected: Option<usize>,
    options: &[&str],
) -> Option<usize> {
    let (chosen, response) = combo(ui, id, selected, options, "");
    let shown = selected
        .and_then(|i| options.get(i))
        .copied()
        .unwrap_or_default();
    a11y::combo(&response, a11y::lang(ui.ctx()), name, shown);
    chosen
}

fn combo<'a>(
    ui: &mut Ui,
    id: Id,
    selected: Option<usize>,
    options: &[&'a str],
    empty: &'a str,
) -> (Option<usize>, Response) {
    let mut chosen = None;
    let current = selected.and_then(|i| options.get(i)).copied();
    let response = ComboBox::from_id_salt(id)
        .selected_text(current.unwrap_or(empty))
        .show_ui(ui, |ui| {
            for (i, option) in options.iter().enumerate() {
                if ui.selectable_label(selected == Some(i), *option).clicked() {
                    chosen = Some(i);
                }
            }
        });
    (chosen.filter(|c| Some(*c) != selected), response.response)
}

/// A link that never wraps: egui makes each row of a wrapped link its own focus stop (the
/// second one unnamed), so a keyboard user would meet a silent extra stop.
pub fn link(ui: &mut Ui, text: impl Into<egui::WidgetText>) -> Response {
    ui.scope(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        ui.link(text)
    })
    .inner
}
