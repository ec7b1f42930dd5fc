//! Ordering questions: the items, written in the right order (the presenter shuffles them).

use egui::Ui;

use super::question_editor::QCtx;
use super::widgets::{self, Icon, TextField};
use crate::app::actions::parts;
use crate::app::command::Command;
use crate::app::state::{EditorTab, ViewCommand};
use crate::model::{Limits, QuestionKind};

pub fn ordering_ui(ui: &mut Ui, cx: &mut QCtx<'_>, items: &[String]) {
    let lang = cx.lang;
    widgets::help(ui, lang.t("ordering.help"));
    let n = items.len();
    for (i, item) in items.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let key = format!("items[{i}]");
            let label = lang.f("ordering.item", &[("n", &(i + 1))]);
            let estimate = 3.0 * widgets::icon_only_width(ui) + 16.0;
            let buttons_id = cx.id(&format!("item-buttons-{i}"));
            let width = widgets::row_field_width(ui, &label, buttons_id, estimate);
            let field = TextField::new(cx.id(&key), &label)
                .hint(lang.t("ordering.item_hint"))
                .width(width)
                .focus(cx.focus(&key));
            if let Some(text) = field.show(ui, item) {
                cx.typing(&key, |q| {
                    if let QuestionKind::Ordering { items } = &mut q.kind
                        && let Some(slot) = items.get_mut(i)
                    {
                        *slot = text;
                    }
                });
                cx.text_changed();
            }
            let buttons = widgets::TrailingButtons::start(ui, buttons_id);
            let n1 = i + 1;
            let up = lang.f("ordering.move_up", &[("n", &n1)]);
            if ui
                .add_enabled_ui(i > 0, |ui| widgets::icon_only(ui, Icon::Up, &up))
                .inner
                .clicked()
            {
                cx.change(|q| parts::move_item(q, i, true));
            }
            let down = lang.f("ordering.move_down", &[("n", &n1)]);
            if ui
                .add_enabled_ui(i + 1 < n, |ui| widgets::icon_only(ui, Icon::Down, &down))
                .inner
                .clicked()
            {
                cx.change(|q| parts::move_item(q, i, false));
            }
            let remove = lang.f("ordering.remove", &[("n", &n1)]);
            if ui
                .add_enabled_ui(n > 1, |ui| widgets::icon_only(ui, Icon::Remove, &remove))
                .inner
                .clicked()
            {
                cx.change(|q| parts::remove_item(q, i));
            }
            buttons.end(ui);
        });
    }
    let can_add = n < Limits::MAX_ITEMS;
    let add = ui.add_enabled_ui(can_add, |ui| {
        widgets::icon_button(ui, Icon::Plus, lang.t("ordering.add"))
    });
    if add.inner.clicked() {
        cx.change(parts::add_item);
        cx.out.push(Command::View(ViewCommand::JumpTo {
            tab: EditorTab::Question,
            question: Some(cx.index),
            field: Some(format!("items[{n}]")),
        }));
    }
}
