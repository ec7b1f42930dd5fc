//! The "quiz details" tab: title, description, language, authors, license, dates, and a short
//! summary (questions by type, weight of the images) to know whether it will fit in an e-mail.

use egui::{ComboBox, RichText, ScrollArea, Ui};

use super::license_picker;
use super::widgets::{self, Icon, TextField};
use crate::app::command::Command;
use crate::app::edit::{Edit, Header};
use crate::app::state::{AppState, ViewCommand};
use crate::i18n::Lang;
use crate::model::{Author, QuestionType, Subject};
use crate::ui::a11y;

/// Content languages offered (free entry stays possible). Names are endonyms, not translated.
const LANGUAGES: [(&str, &str); 11] = [
    ("fr", "Français"),
    ("en", "English"),
    ("es", "Español"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("pt", "Português"),
    ("br", "Brezhoneg"),
    ("oc", "Occitan"),
    ("ca", "Català"),
    ("eu", "Euskara"),
    ("co", "Corsu"),
];

pub fn details_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let focus = state.editor.focus_field.as_deref();
    let header = Header::of(quiz);
    let mut push = |h: Header, key: &str| {
        out.push(Command::typing(
            Edit::SetHeader(Box::new(h)),
            format!("header:{key}"),
        ));
    };
    let base = ui.scope_id();
    let id = |key: &str| base.with(("details", key));
    let mut views = Vec::new();
    ScrollArea::vertical()
        .id_salt("details")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(860.0));
            widgets::section(ui, lang.t("details.section"));
            let title = TextField::new(id("title"), lang.t("details.title"))
                .hint(lang.t("details.title_hint"))
                .font(egui::FontId::proportional(20.0))
                .focus(focus == Some("title"));
            if let Some(text) = title.show(ui, &quiz.title) {
                push(
                    Header {
                        title: text,
                        ..header.clone()
                    },
                    "title",
                );
            }
            let description = TextField::new(id("description"), lang.t("details.description"))
                .hint(lang.t("details.description_hint"))
                .rows(3);
            if let Some(text) = description.show(ui, &quiz.description) {
                push(
                    Header {
                        description: text,
                        ..header.clone()
                    },
                    "description",
                );
            }
            if let Some(code) = language(
                ui,
                lang,
                id("language"),
                &quiz.language,
                focus == Some("language"),
            ) {
                push(
                    Header {
                        language: code,
                        ..header.clone()
                    },
                    "language",
                );
            }
            widgets::section(ui, lang.t("details.authors"));
            if let Some(authors) = authors(ui, lang, &quiz.authors, focus, &id, &mut views) {
                push(
                    Header {
                        authors,
                        ..header.clone()
                    },
                    "authors",
                );
            }
            widgets::section(ui, lang.t("details.license_section"));
            widgets::help(ui, lang.t("details.license_help"));
            if let Some(license) = license_picker::license_picker(
                ui,
                lang,
                id("license"),
                lang.t("details.license"),
                &quiz.license,
                focus == Some("license"),
            ) {
                push(
                    Header {
                        license,
                        ..header.clone()
                    },
                    "license",
                );
            }
            widgets::section(ui, lang.t("details.dates"));
            let date = |d: &str| {
                format_date(lang, d).unwrap_or_else(|| lang.t("details.not_saved_yet").to_owned())
            };
            ui.label(lang.f("details.created", &[("date", &date(&quiz.created))]));
            ui.label(lang.f("details.modified", &[("date", &date(&quiz.modified))]));
            widgets::help(ui, lang.t("details.dates_help"));
            summary(ui, state);
            a11y::keep_focus_visible(ui);
        });
    finish(out, focus.is_some(), views);
}

/// The view changes of a frame: the asked-for focus was given, fields created or left.
fn finish(out: &mut Vec<Command>, focused: bool, views: Vec<ViewCommand>) {
    if focused {
        out.push(Command::View(ViewCommand::FocusDone));
    }
    out.extend(views.into_iter().map(Command::View));
}

/// `2026-11-27` as people write it: 27/11/2026 in French.
pub fn format_date(lang: Lang, date: &str) -> Option<String> {
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if date.len() != 10 {
        return None;
    }
    Some(match lang {
        Lang::Fr => format!("{d}/{m}/{y}"),
        Lang::En => date.to_owned(),
    })
}

fn language(ui: &mut Ui, lang: Lang, id: egui::Id, value: &str, focus: bool) -> Option<String> {
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(lang.t("details.language"));
        let shown = LANGUAGES
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(value))
            .map_or_else(
                || lang.t("details.language_other").to_owned(),
                |(_, n)| (*n).to_owned(),
            );
        let combo = ComboBox::from_id_salt(id.with("combo"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (code, name) in LANGUAGES {
                    if ui.selectable_label(value == code, name).clicked() {
                        chosen = Some(code.to_owned());
                    }
                }
            });
        a11y::labelled_combo(&combo.response.labelled_by(label.id), &label);
        let field = TextField::new(id.with("code"), lang.t("details.language_code"))
            .hint("fr, en, br…")
            .width(90.0)
            .focus(focus);
        if let Some(text) = field.show(ui, value) {
            chosen = Some(text);
        }
    });
    chosen.filter(|c| c != value)
}

/// The authors' lines. A new line's name field takes the focus and is reported empty only once
/// the user leaves it (`views`: [`ViewCommand::Created`], [`ViewCommand::FieldLeft`]).
fn authors(
    ui: &mut Ui,
    lang: Lang,
    authors: &[Author],
    focus: Option<&str>,
    id: &dyn Fn(&str) -> egui::Id,
    views: &mut Vec<ViewCommand>,
) -> Option<Vec<Author>> {
    let mut changed = None;
    if authors.is_empty() {
        widgets::help(ui, lang.t("details.no_author"));
    }
    for (i, a) in authors.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let n = i + 1;
            let name = TextField::new(
                id(&format!("author-{i}-name")),
                lang.f("details.author_name", &[("n", &n)]),
            )
            .hint(lang.t("details.author_name_hint"))
            .width(220.0)
            .focus(focus == Some(format!("authors[{i}].name").as_str()));
            let (text, left) = name.show_tracking(ui, &a.name);
            if let Some(text) = text {
                let mut list = authors.to_vec();
                list[i].name = text;
                changed = Some(list);
            }
            if left {
                views.push(ViewCommand::FieldLeft);
            }
            let contact = TextField::new(
                id(&format!("author-{i}-contact")),
                lang.t("details.author_contact"),
            )
            .hint(lang.t("details.author_contact_hint"))
            .width(260.0);
            if let Some(text) = contact.show(ui, &a.contact) {
                let mut list = authors.to_vec();
                list[i].contact = text;
                changed = Some(list);
            }
            let remove = lang.f("details.author_remove", &[("n", &n)]);
            if widgets::icon_only(ui, Icon::Remove, &remove).clicked() {
                let mut list = authors.to_vec();
                list.remove(i);
                changed = Some(list);
            }
        });
    }
    if widgets::icon_button(ui, Icon::Plus, lang.t("details.author_add")).clicked() {
        let mut list = authors.to_vec();
        list.push(Author::default());
        views.push(ViewCommand::Created {
            subject: Subject::Author { number: list.len() },
            field: "name".to_owned(),
            focus: format!("authors[{}].name", list.len() - 1),
        });
        changed = Some(list);
    }
    changed
}

fn summary(ui: &mut Ui, state: &AppState) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    widgets::section(ui, lang.t("details.summary"));
    for ty in QuestionType::ALL {
        let n = quiz
            .questions
            .iter()
            .filter(|q| q.question_type() == ty)
            .count();
        if n > 0 {
            ui.label(format!("{} : {n}", lang.t(ty.label_key())));
        }
    }
    let bytes: usize = quiz.assets.values().map(|a| a.data.len()).sum();
    // Images are stored in base64 (4 characters for 3 bytes).
    #[allow(clippy::cast_precision_loss)]
    let mb = (bytes as f64) * 4.0 / 3.0 / 1_000_000.0;
    let size = match lang {
        Lang::Fr => format!("{mb:.1}").replace('.', ","),
        Lang::En => format!("{mb:.1}"),
    };
    ui.label(RichText::new(lang.f(
        "details.images_size",
        &[("n", &quiz.assets.len()), ("mb", &size)],
    )));
    if mb > 20.0 {
        widgets::help(ui, lang.t("details.too_big_for_mail"));
    }
}
