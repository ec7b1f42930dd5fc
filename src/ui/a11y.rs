//! What screen readers are told: one place that gives controls their name, value, role,
//! group, list position, menu semantics and live announcements.
//!
//! egui names most widgets from their visible text and hands the tree to AccessKit, which
//! talks to Orca (AT-SPI, Linux), NVDA/Narrator (UI Automation, Windows) and `VoiceOver`. What
//! egui's widgets do not say on their own is added here through
//! [`egui::Context::accesskit_node_builder`], always *after* the widget was drawn (the last
//! writer of a property wins). Every helper costs nothing when no screen reader is running:
//! the node builder is `None` then.
//!
//! Platform gaps we work around (see `docs/ACCESSIBILITY.md` for the upstream issues):
//! AccessKit's AT-SPI adapter passes on neither a combo box's text value, nor the
//! expanded/collapsed state, nor keyboard shortcuts, nor label relations. So on Linux a combo
//! box's value is also in its name ("Type : Sondage"), a menu entry's shortcut is its
//! description, and every field's name says what it belongs to ("Source 2 : identifiant").

use egui::accesskit::{self, Live, Role};
use egui::{Id, Response, Ui, UiBuilder};

use crate::i18n::Lang;

/// AccessKit's AT-SPI adapter (Linux and the BSDs) drops a combo box's text value: the name
/// has to carry it. UI Automation and macOS read the value itself.
const VALUE_IN_NAME: bool = cfg!(all(unix, not(target_os = "macos")));

/// Sets properties of the node of widget `id` (drawn this frame).
pub fn node(ui: &Ui, id: Id, write: impl FnOnce(&mut accesskit::Node)) {
    ui.ctx().accesskit_node_builder(id, write);
}

/// Names a widget (replacing the name egui gave it, or a `labelled_by`).
pub fn name(response: &Response, name: impl Into<String>) {
    let name = name.into();
    response
        .ctx
        .accesskit_node_builder(response.id, |n| n.set_label(name));
}

/// Changes a widget's role (a checkbox inside a menu is a checkable menu item).
pub fn role(response: &Response, role: Role) {
    response
        .ctx
        .accesskit_node_builder(response.id, |n| n.set_role(role));
}

/// A description read after the name and role (a second line, a hint): never the name again.
pub fn describe(response: &Response, description: impl Into<String>) {
    let description = description.into();
    response.ctx.accesskit_node_builder(response.id, |n| {
        if n.label() == Some(description.as_str()) || description.is_empty() {
            n.clear_description();
        } else {
            n.set_description(description);
        }
    });
}

/// Drops a description that only repeats the name (egui copies hover texts into both).
pub fn no_repeated_description(response: &Response) {
    response.ctx.accesskit_node_builder(response.id, |n| {
        if n.description().is_some() && n.description() == n.label() {
            n.clear_description();
        }
    });
}

/// "Type : Sondage": a label and a value in the user's language.
pub fn with_value(lang: Lang, label: &str, value: &str) -> String {
    if value.trim().is_empty() {
        label.to_owned()
    } else {
        lang.f("a11y.with_value", &[("label", &label), ("value", &value)])
    }
}

/// A combo box named `label` showing `value`: the value is exposed as the value and, where
/// the platform adapter drops it, in the name too.
pub fn combo(response: &Response, lang: Lang, label: &str, value: &str) {
    let name = if VALUE_IN_NAME {
        with_value(lang, label, value)
    } else {
        label.to_owned()
    };
    response.ctx.accesskit_node_builder(response.id, |n| {
        n.set_role(Role::ComboBox);
        n.set_label(name);
        n.set_value(value);
        n.clear_description();
    });
}

/// A combo box named by the visible label `label` (a `ui.label` next to it): what
/// [`combo`] does, reading the texts back from the nodes egui built.
pub fn labelled_combo(combo_response: &Response, label: &Response) {
    let ctx = &combo_response.ctx;
    let text = |id: Id| {
        ctx.accesskit_node_builder(id, |n| n.value().or(n.label()).map(str::to_owned))
            .flatten()
            .unwrap_or_default()
    };
    let (label_text, value) = (text(label.id), text(combo_response.id));
    if !label_text.is_empty() {
        combo(combo_response, lang(ctx), &label_text, &value);
    }
}

/// Draws `add` inside a named group (a radio group, the fields of one source): screen
/// readers say the group's name when focus enters it.
pub fn group<R>(ui: &mut Ui, role: Role, name: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.scope_builder(
        UiBuilder::new()
            .accessibility_role(role)
            .accessibility_label(name),
        add,
    )
    .inner
}

/// Draws `add` inside a list named `name` of `size` items (each marked with [`list_item`]).
pub fn list<R>(ui: &mut Ui, name: &str, size: usize, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.scope_builder(
        UiBuilder::new()
            .accessibility_role(Role::List)
            .accessibility_label(name),
        |ui| {
            let id = ui.unique_id();
            ui.ctx()
                .accesskit_node_builder(id, |n| n.set_size_of_set(size));
            add(ui)
        },
    )
    .inner
}

/// Item `position` (from 0) of a list: its name, its second line as description, selected
/// or not. Screen readers say "3 sur 22".
pub fn list_item(
    response: &Response,
    name: &str,
    description: &str,
    selected: bool,
    position: usize,
) {
    response.ctx.accesskit_node_builder(response.id, |n| {
        n.set_role(Role::ListItem);
        n.set_label(name);
        n.set_description(description);
        n.set_selected(selected);
        n.clear_toggled();
        n.set_position_in_set(position);
    });
}

/// Tells a list (made with [`container`]) how many items it has.
pub fn set_size(ui: &Ui, size: usize) {
    let id = ui.unique_id();
    ui.ctx()
        .accesskit_node_builder(id, |n| n.set_size_of_set(size));
}

/// Keeps a row of a virtualised list that just took the focus in view with a row to spare
/// on each side, so the next Tab finds the next row drawn (a row outside the view is not
/// drawn, so not focusable).
pub fn keep_row_visible(ui: &Ui, response: &Response, row_height: f32) {
    if response.gained_focus() {
        let margin = egui::vec2(0.0, row_height * 1.5);
        let wanted = response.rect.expand2(margin);
        if !ui.clip_rect().contains_rect(wanted) {
            ui.scroll_to_rect(wanted, None);
            ui.ctx().request_repaint();
        }
    }
}

/// Gives the `Ui` being drawn (a row, a column) a role and a name: a tab list, a radio
/// group, a menu bar. Call first thing inside it.
pub fn container(ui: &Ui, role: Role, name: &str) {
    let id = ui.unique_id();
    ui.ctx().accesskit_node_builder(id, |n| {
        n.set_role(role);
        n.set_label(name);
    });
}

/// A page tab, selected or not.
pub fn tab(response: &Response, selected: bool) {
    response.ctx.accesskit_node_builder(response.id, |n| {
        n.set_role(Role::Tab);
        n.clear_toggled();
        n.set_selected(selected);
    });
}

/// A menu entry: `name` without the shortcut, which is its own property (and, since the
/// AT-SPI adapter drops that property, the description).
pub fn menu_item(response: &Response, name: &str, shortcut: Option<&str>) {
    response.ctx.accesskit_node_builder(response.id, |n| {
        n.set_role(Role::MenuItem);
        n.set_label(name);
        if let Some(shortcut) = shortcut {
            n.set_keyboard_shortcut(shortcut);
            n.set_description(shortcut);
        }
    });
}

/// A menu entry opening a submenu (Fichier, Fichiers récents): expanded while open.
pub fn submenu(response: &Response, name: &str, open: bool) {
    response.ctx.accesskit_node_builder(response.id, |n| {
        n.set_role(Role::MenuItem);
        n.set_label(name);
        n.set_has_popup(accesskit::HasPopup::Menu);
        n.set_expanded(open);
    });
}

/// A polite live region: screen readers read `text` when it changes (a new slide, a
/// reveal), without moving the focus. Invisible: it has no size and paints nothing.
pub fn announce(ui: &mut Ui, id: Id, text: &str) {
    let rect = egui::Rect::from_min_size(ui.max_rect().min, egui::Vec2::ZERO);
    let response = ui.interact(rect, id, egui::Sense::hover());
    let text = text.to_owned();
    response.ctx.accesskit_node_builder(response.id, |n| {
        // A status (ARIA `role=status`): a polite live region, named by its text.
        n.set_role(Role::Status);
        n.set_label(text);
        n.set_live(Live::Polite);
    });
}

/// A visible text that screen readers read again whenever it changes (the editor's status
/// line: "Enregistré", "Nouveau quiz"), as ARIA `role=status`.
pub fn live(response: &Response) {
    response.ctx.accesskit_node_builder(response.id, |n| {
        // egui puts a label's text in its value; a status is named by its text.
        n.set_label(n.value().unwrap_or_default().to_owned());
        n.clear_value();
        n.set_role(Role::Status);
        n.set_live(Live::Polite);
    });
}

/// An answer shown to the room, as an item of the answers: the revealed right one(s) are
/// *selected* (a state screen readers say), not only "bonne réponse" at the end of the name.
pub fn answer(response: &Response, correct: bool) {
    response.ctx.accesskit_node_builder(response.id, |n| {
        n.set_role(Role::ListItem);
        n.set_label(n.value().unwrap_or_default().to_owned());
        n.clear_value();
        if correct {
            n.set_selected(true);
        }
    });
}

/// Scrolls the widget that just took the keyboard focus into view, so a keyboard user always
/// sees where they are. Call at the end of a scroll area's contents.
pub fn keep_focus_visible(ui: &Ui) {
    let ctx = ui.ctx();
    let Some(response) = ctx
        .memory(egui::Memory::focused)
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    let rect = response.rect;
    if response.gained_focus()
        && response.layer_id == ui.layer_id()
        && ui.min_rect().contains_rect(rect)
        && !ui.clip_rect().contains_rect(rect)
    {
        // At once: a screen reader reads the widget where it now is.
        ui.scroll_to_rect_animation(
            rect,
            Some(egui::Align::Center),
            egui::style::ScrollAnimation::none(),
        );
        // The scroll applies from the next frame: draw it now, not at the next event.
        ctx.request_repaint();
    }
}

/// The language of the names set here, stored by the shell at the start of each frame so
/// the helpers need no extra parameter.
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// The language set by [`set_lang`] (French before the first frame).
pub fn lang(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp(lang_id())).unwrap_or_default()
}

fn lang_id() -> Id {
    Id::unique("atelier-a11y-lang")
}

/// Which way a resizable panel grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grows {
    /// A left panel: the right arrow widens it.
    Right,
    /// A right panel: the left arrow widens it.
    Left,
}

/// Makes the resize handle of a resizable panel usable without a mouse: named in the user's
/// language, a visible focus ring, and the arrow keys move it (as AccessKit's
/// Increment/Decrement actions, which egui's panel already understands). Create it just
/// before showing the panel, in the same `Ui`, with the panel's id salt; call
/// [`Splitter::finish`] after.
pub struct Splitter {
    handle: Id,
    grows: Grows,
}

impl Splitter {
    /// Before the panel: turns arrow keys on the focused handle into resize requests.
    pub fn keys(ui: &Ui, panel_salt: &'static str, grows: Grows) -> Self {
        // egui's own id of the handle (`Panel::resize_id`).
        let handle = ui
            .scope_id()
            .with_salt(egui::IdSalt::new(panel_salt))
            .with("__resize");
        if ui.memory(|m| m.has_focus(handle)) {
            ui.input_mut(|i| {
                let left = i.count_and_consume_key(egui::Modifiers::NONE, egui::Key::ArrowLeft);
                let right = i.count_and_consume_key(egui::Modifiers::NONE, egui::Key::ArrowRight);
                let (wider, narrower) = match grows {
                    Grows::Right => (right, left),
                    Grows::Left => (left, right),
                };
                let target_node = handle.accesskit_id();
                for (n, action) in [
                    (wider, accesskit::Action::Increment),
                    (narrower, accesskit::Action::Decrement),
                ] {
                    for _ in 0..n {
                        i.events.push(egui::Event::AccessKitActionRequest(
                            accesskit::ActionRequest {
                                action,
                                target_tree: accesskit::TreeId::ROOT,
                                target_node,
                                data: None,
                            },
                        ));
                    }
                }
            });
            // While focused, the arrows stay with the handle.
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    handle,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        ..Default::default()
                    },
                );
            });
        }
        Self { handle, grows }
    }

    /// After the panel: names its handle `label` and rings it while it has the focus.
    pub fn finish(self, ui: &Ui, panel: &Response, label: &str) {
        let handle = self.handle;
        node(ui, handle, |n| n.set_label(label));
        if ui.memory(|m| m.has_focus(handle)) {
            let x = match self.grows {
                Grows::Right => panel.rect.right(),
                Grows::Left => panel.rect.left(),
            };
            let rect = egui::Rect::from_x_y_ranges(x - 3.0..=x + 3.0, panel.rect.y_range());
            let stroke = ui.visuals().selection.stroke;
            ui.painter()
                .clone()
                .with_layer_id(egui::LayerId::new(egui::Order::Foreground, handle))
                .rect_filled(rect, 2.0, stroke.color);
        }
    }
}
