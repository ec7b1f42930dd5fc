//! Time limit, tags and source of a question.

use egui::{ComboBox, DragValue, Key, RichText, TextEdit, Ui};

use super::question_editor::QCtx;
use super::widgets::{self, Icon, TextField};
use crate::app::command::Command;
use crate::app::state::{EditorTab, ViewCommand};
use crate::model::{Limits, SourceRef};
use crate::ui::a11y;

pub fn metadata_ui(ui: &mut Ui, cx: &mut QCtx<'_>) {
    widgets::section(ui, cx.lang.t("meta.section"));
    time_limit(ui, cx);
    ui.add_space(6.0);
    tags(ui, cx);
    ui.add_space(6.0);
    source(ui, cx);
}

fn time_limit(ui: &mut Ui, cx: &mut QCtx<'_>) {
    let lang = cx.lang;
    ui.horizontal(|ui| {
        let mut limited = cx.q.time_limit_s.is_some();
        let check = ui.checkbox(&mut limited, lang.t("meta.time_limit"));
        if cx.focus("time_limit_s") {
            check.request_focus();
        }
        if check.changed() {
            cx.change(|q| q.time_limit_s = limited.then_some(30));
        }
        if let Some(seconds) = cx.q.time_limit_s {
            let mut value = seconds;
            let label = ui.label(lang.t("meta.seconds"));
            let response = ui
                .add(
                    DragValue::new(&mut value)
                        .range(Limits::MIN_TIME_LIMIT_S..=Limits::MAX_TIME_LIMIT_S)
                        .speed(1),
                )
                .labelled_by(label.id);
            if response.changed() && value != seconds {
                cx.typing("time_limit_s", |q| q.time_limit_s = Some(value));
            }
        }
    });
    widgets::help(ui, lang.t("meta.time_limit_help"));
}

fn tags(ui: &mut Ui, cx: &mut QCtx<'_>) {
    let lang = cx.lang;
    ui.label(RichText::new(lang.t("meta.tags")).strong());
    ui.horizontal_wrapped(|ui| {
        for (i, tag) in cx.q.tags.iter().enumerate() {
            egui::Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
                .corner_radius(10.0)
                .inner_margin(egui::Margin::symmetric(6, 2))
                .show(ui, |ui| {
                    ui.label(tag);
                    let name = lang.f("meta.tag_remove", &[("tag", tag)]);
                    if widgets::icon_only(ui, Icon::Remove, &name).clicked() {
                        cx.change(|q| {
                            q.tags.remove(i);
                        });
                    }
                });
        }
        new_tag_field(ui, cx);
    });
    let mut others: Vec<&str> = cx
        .quiz
        .questions
        .iter()
        .flat_map(|q| q.tags.iter().map(String::as_str))
        .filter(|t| !cx.q.tags.iter().any(|own| own == t))
        .collect();
    others.sort_unstable();
    others.dedup();
    if !others.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(lang.t("meta.tags_used")).weak());
            for tag in others.into_iter().take(12) {
                let name = lang.f("meta.tag_add_existing", &[("tag", &tag)]);
                let response = ui.small_button(tag).on_hover_text(&name);
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                a11y::no_repeated_description(&response);
                if response.clicked() {
                    cx.change(|q| q.tags.push(tag.to_owned()));
                }
            }
        });
    }
}

/// A field whose text becomes a tag on Enter (commas separate several).
fn new_tag_field(ui: &mut Ui, cx: &mut QCtx<'_>) {
    let lang = cx.lang;
    let id = cx.id("new-tag");
    let mut buffer: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let label = ui.label(lang.t("meta.new_tag"));
    let response = ui
        .add(
            TextEdit::singleline(&mut buffer)
                .id(id)
                .hint_text(lang.t("meta.new_tag_hint"))
                .desired_width(180.0),
        )
        .labelled_by(label.id);
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    let button = ui.add_enabled(
        !buffer.trim().is_empty(),
        egui::Button::new(lang.t("meta.tag_add")),
    );
    if entered || button.clicked() {
        let new: Vec<String> = buffer
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty() && !cx.q.tags.iter().any(|own| own == t))
            .map(str::to_owned)
            .collect();
        if !new.is_empty() {
            cx.change(|q| q.tags.extend(new));
        }
        buffer.clear();
        if entered {
            response.request_focus();
        }
    }
    ui.data_mut(|d| d.insert_temp(id, buffer));
}

fn source(ui: &mut Ui, cx: &mut QCtx<'_>) {
    let lang = cx.lang;
    let sources = &cx.quiz.sources;
    let current = cx.q.source.as_ref();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(RichText::new(lang.t("meta.source")).strong());
        let title = |s: &crate::model::Source| {
            if s.title.trim().is_empty() {
                s.id.clone()
            } else {
                s.title.clone()
            }
        };
        let shown = current.map_or_else(
            || lang.t("meta.no_source").to_owned(),
            |r| {
                cx.quiz
                    .source(&r.source)
                    .map_or_else(|| r.source.clone(), title)
            },
        );
        let mut picked: Option<Option<String>> = None;
        let combo = ComboBox::from_id_salt(cx.id("source"))
            .selected_text(shown)
            .width(320.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(current.is_none(), lang.t("meta.no_source"))
                    .clicked()
                {
                    picked = Some(None);
                }
                for s in sources {
                    let on = current.is_some_and(|r| r.source == s.id);
                    if ui.selectable_label(on, title(s)).clicked() {
                        picked = Some(Some(s.id.clone()));
                    }
                }
            });
        let combo = combo.response.labelled_by(label.id);
        a11y::labelled_combo(&combo, &label);
        if cx.focus("source") {
            combo.request_focus();
        }
        if let Some(choice) = picked {
            cx.change(|q| {
                q.source = choice.map(|id| SourceRef {
                    source: id,
                    detail: q
                        .source
                        .as_ref()
                        .map(|s| s.detail.clone())
                        .unwrap_or_default(),
                    ..SourceRef::default()
                });
            });
        }
        if widgets::link(ui, lang.t("meta.manage_sources")).clicked() {
            cx.out
                .push(Command::View(ViewCommand::SetTab(EditorTab::Sources)));
        }
    });
    if let Some(r) = current {
        let field = TextField::new(cx.id("source-detail"), lang.t("meta.source_detail"))
            .hint(lang.t("meta.source_detail_hint"))
            .inline();
        if let Some(text) = field.show(ui, &r.detail) {
            cx.typing("source-detail", |q| {
                if let Some(s) = q.source.as_mut() {
                    s.detail = text;
                }
            });
        }
    }
}
