//! The "sources and credits" tab: the works the quiz draws on (title, author, link, license,
//! how it was used, what changed) and the credits of every image, in one place to review
//! before sharing.

use egui::{RichText, ScrollArea, Ui, vec2};

use super::license_picker;
use super::widgets::{self, Icon, TextField};
use crate::app::actions;
use crate::app::command::Command;
use crate::app::edit::Edit;
use crate::app::state::{AppState, ViewCommand};
use crate::app::textures::{ImageState, TextureCache};
use crate::model::{Source, SourceUse};
use crate::ui::a11y;

pub fn sources_ui(
    ui: &mut Ui,
    state: &AppState,
    textures: &mut TextureCache,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let focus = state.editor.focus_field.as_deref();
    ScrollArea::vertical()
        .id_salt("sources")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(900.0));
            widgets::section(ui, lang.t("sources.section"));
            widgets::help(ui, lang.t("sources.help"));
            if quiz.sources.is_empty() {
                ui.label(RichText::new(lang.t("sources.none")).weak());
            }
            for (i, source) in quiz.sources.iter().enumerate() {
                ui.add_space(8.0);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    source_card(ui, state, i, source, focus, out);
                });
            }
            ui.add_space(8.0);
            if widgets::icon_button(ui, Icon::Plus, lang.t("sources.add")).clicked() {
                let (edit, _) = actions::add_source(quiz);
                out.push(Command::edit(edit));
                out.push(Command::View(ViewCommand::JumpTo {
                    tab: crate::app::state::EditorTab::Sources,
                    question: None,
                    field: Some(format!("sources[{}].title", quiz.sources.len())),
                }));
            }
            image_credits(ui, state, textures, focus, out);
            a11y::keep_focus_visible(ui);
        });
    if focus.is_some() {
        out.push(Command::View(ViewCommand::FocusDone));
    }
}

fn source_card(
    ui: &mut Ui,
    state: &AppState,
    i: usize,
    source: &Source,
    focus: Option<&str>,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let n = i + 1;
    let set = |out: &mut Vec<Command>, key: &str, change: &dyn Fn(&mut Source)| {
        let mut sources = quiz.sources.clone();
        change(&mut sources[i]);
        out.push(Command::typing(
            Edit::SetSources(sources),
            format!("source:{}:{key}", source.id),
        ));
    };
    let users: Vec<String> = quiz
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.source.as_ref().is_some_and(|s| s.source == source.id))
        .map(|(q, _)| (q + 1).to_string())
        .collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(lang.f("sources.number", &[("n", &n)]))
                .strong()
                .size(16.0),
        );
        if users.is_empty() {
            ui.label(RichText::new(lang.t("sources.unused")).weak());
        } else {
            ui.label(
                RichText::new(lang.f("sources.used_by", &[("list", &users.join(", "))])).weak(),
            );
        }
    });
    let id = ui.scope_id().with(("source", &source.id));
    let focused = |field: &str| focus == Some(format!("sources[{i}].{field}").as_str());
    let fields: [(&str, String, &String); 3] = [
        (
            "title",
            lang.f("sources.title", &[("n", &n)]),
            &source.title,
        ),
        (
            "author",
            lang.f("sources.author", &[("n", &n)]),
            &source.author,
        ),
        ("url", lang.f("sources.url", &[("n", &n)]), &source.url),
    ];
    for (field, label, value) in fields {
        if let Some(text) = TextField::new(id.with(field), &label)
            .focus(focused(field))
            .show(ui, value)
        {
            set(out, field, &|s| match field {
                "title" => s.title.clone_from(&text),
                "author" => s.author.clone_from(&text),
                _ => s.url.clone_from(&text),
            });
        }
    }
    let label = lang.f("sources.license", &[("n", &n)]);
    if let Some(license) = license_picker::license_picker(
        ui,
        lang,
        id.with("license"),
        &label,
        &source.license,
        focused("license"),
    ) {
        set(out, "license", &|s| s.license.clone_from(&license));
    }
    if let Some(usage) = usage_radios(ui, state.lang(), n, source.usage) {
        set(out, "use", &|s| s.usage = Some(usage));
    }
    let changes = TextField::new(id.with("changes"), lang.f("sources.changes", &[("n", &n)]))
        .hint(lang.t("sources.changes_hint"))
        .rows(2)
        .focus(focused("changes"));
    if let Some(text) = changes.show(ui, &source.changes) {
        set(out, "changes", &|s| s.changes.clone_from(&text));
    }
    let note = TextField::new(id.with("note"), lang.f("sources.note", &[("n", &n)]))
        .focus(focused("note"));
    if let Some(text) = note.show(ui, &source.note) {
        set(out, "note", &|s| s.note.clone_from(&text));
    }
    let remove = lang.f("sources.remove", &[("n", &n)]);
    if widgets::icon_button(ui, Icon::Remove, &remove).clicked()
        && let Some(edit) = actions::remove_source(quiz, &source.id)
    {
        out.push(Command::edit(edit));
    }
}

/// Reused / adapted / reference: returns the new choice.
fn usage_radios(
    ui: &mut Ui,
    lang: crate::i18n::Lang,
    n: usize,
    current: Option<SourceUse>,
) -> Option<SourceUse> {
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let group = lang.f("a11y.source_use", &[("n", &n)]);
        a11y::container(ui, egui::Role::RadioGroup, &group);
        ui.label(lang.t("sources.use"));
        for usage in SourceUse::ALL {
            let on = current == Some(usage);
            let key = match usage {
                SourceUse::Reused => "source_use.reused",
                SourceUse::Adapted => "source_use.adapted",
                SourceUse::Reference => "source_use.reference",
            };
            if ui.radio(on, lang.t(key)).clicked() && !on {
                chosen = Some(usage);
            }
        }
    });
    chosen
}

/// Every embedded image with its credit, to check them all before sharing.
fn image_credits(
    ui: &mut Ui,
    state: &AppState,
    textures: &mut TextureCache,
    focus: Option<&str>,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    widgets::section(ui, lang.t("credits.section"));
    if quiz.assets.is_empty() {
        ui.label(RichText::new(lang.t("credits.none")).weak());
        return;
    }
    for (number, (id, asset)) in (1..).zip(&quiz.assets) {
        let users: Vec<String> = quiz
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| q.asset_ids().any(|a| a == id))
            .map(|(q, _)| (q + 1).to_string())
            .collect();
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_top(|ui| {
                let (rect, _) = ui.allocate_exact_size(vec2(96.0, 64.0), egui::Sense::hover());
                if ui.is_rect_visible(rect)
                    && let ImageState::Ready(t) = textures.get(ui.ctx(), asset)
                {
                    let size = t.size_vec2();
                    let scale = (rect.width() / size.x).min(rect.height() / size.y);
                    let shown = egui::Rect::from_center_size(rect.center(), size * scale);
                    let uv = egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
                    ui.painter().image(t.id(), shown, uv, egui::Color32::WHITE);
                }
                ui.vertical(|ui| {
                    let who = if users.is_empty() {
                        lang.t("credits.unused").to_owned()
                    } else {
                        lang.f(
                            "credits.used_by",
                            &[("count", &users.len()), ("list", &users.join(", "))],
                        )
                    };
                    // Named by its place in the list, never by its internal identifier.
                    let name = lang.f("credits.image", &[("n", &number)]);
                    ui.label(RichText::new(format!("{name} — {who}")).strong());
                    let image = ImageRef { id, number };
                    credit_fields(ui, state, image, &asset.credit, focus, out);
                });
            });
        });
    }
}

/// An image of the credits list: its identifier (for edits) and its number (for people).
#[derive(Clone, Copy)]
struct ImageRef<'a> {
    id: &'a str,
    number: usize,
}

fn credit_fields(
    ui: &mut Ui,
    state: &AppState,
    image: ImageRef<'_>,
    credit: &crate::model::Credit,
    focus: Option<&str>,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let asset_id = image.id;
    let id = ui.scope_id().with(("credit", asset_id));
    let mut changed = None;
    let focused = |f: &str| focus == Some(format!("assets[{asset_id}].credit.{f}").as_str());
    ui.horizontal_wrapped(|ui| {
        for (field, key, value) in [
            ("title", "image.credit_title", &credit.title),
            ("author", "image.credit_author", &credit.author),
            ("url", "image.credit_url", &credit.url),
        ] {
            let label = lang.f(
                "credits.field",
                &[("field", &lang.t(key)), ("n", &image.number)],
            );
            if let Some(text) = TextField::new(id.with(field), &label)
                .width(200.0)
                .focus(focused(field))
                .show(ui, value)
            {
                changed = Some(credit.with_text(field, text));
            }
        }
    });
    let label = lang.f(
        "credits.field",
        &[
            ("field", &lang.t("image.credit_license")),
            ("n", &image.number),
        ],
    );
    if let Some(license) = license_picker::license_picker(
        ui,
        lang,
        id.with("license"),
        &label,
        &credit.license,
        focused("license"),
    ) {
        let mut c = credit.clone();
        c.license = license;
        changed = Some(c);
    }
    if let Some(c) = changed
        && let Some(edit) = actions::set_credit(quiz, asset_id, c)
    {
        out.push(Command::typing(edit, format!("asset:{asset_id}:credit")));
    }
}
