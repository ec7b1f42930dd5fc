//! The "checks" tab: the errors and warnings of the validation, live, in words an advisor
//! understands ("Question n°4, answer B: the text is empty"). Clicking one opens the question or
//! panel concerned and puts the cursor in the field to fix.

use egui::{Align2, FontId, Rect, RichText, Role, ScrollArea, Sense, Ui, WidgetInfo, pos2, vec2};

use super::widgets;
use crate::app::command::Command;
use crate::app::editor_state::jump_target;
use crate::app::state::{AppState, ViewCommand};
use crate::i18n::Lang;
use crate::model::{Diagnostic, Quiz, Severity, Subject};
use crate::ui::shapes;

const ROW_HEIGHT: f32 = 54.0;

pub fn checks_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let all = state.shown_diagnostics();
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(lang.f(
                "checks.summary",
                &[("errors", &errors), ("warnings", &warnings)],
            ))
            .strong()
            .size(16.0),
        );
        let mut show = !state.editor.hide_warnings;
        if ui
            .checkbox(&mut show, lang.t("checks.show_warnings"))
            .changed()
        {
            out.push(Command::View(ViewCommand::SetWarningsVisible(show)));
        }
    });
    widgets::help(ui, lang.t("checks.help"));
    if all.is_empty() {
        ui.add_space(20.0);
        ui.horizontal(|ui| {
            let color = ui.visuals().strong_text_color();
            shapes::mark(ui, 28.0, |p, r| shapes::paint_check(p, r, color));
            ui.label(RichText::new(lang.t("checks.all_good")).size(18.0));
        });
        return;
    }
    let mut shown: Vec<&Diagnostic> = all
        .into_iter()
        .filter(|d| d.is_error() || !state.editor.hide_warnings)
        .collect();
    shown.sort_by_key(|d| d.severity()); // stable: errors first, in document order
    ui.separator();
    ScrollArea::vertical()
        .id_salt("checks")
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, shown.len(), |ui, range| {
            for d in &shown[range] {
                if row(ui, lang, quiz, d).clicked() {
                    out.push(Command::View(jump_target(quiz, d)));
                }
            }
        });
}

fn row(ui: &mut Ui, lang: Lang, quiz: &Quiz, d: &Diagnostic) -> egui::Response {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), ROW_HEIGHT), Sense::click());
    let place = place(lang, quiz, d);
    let bare = Diagnostic {
        field: String::new(),
        ..d.clone()
    };
    let message = bare.message(lang);
    let title = format!("{place} : {message}");
    let name = format!("{} — {title}", d.severity().label(lang));
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.visuals();
    if response.hovered() || response.has_focus() {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if response.has_focus() {
        ui.painter().rect_stroke(
            rect,
            4.0,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    let mark = Rect::from_center_size(
        pos2(rect.left() + 16.0, rect.top() + 16.0),
        vec2(20.0, 20.0),
    );
    match d.severity() {
        Severity::Error => shapes::paint_error(ui.painter(), mark, visuals.error_fg_color),
        Severity::Warning => {
            shapes::paint_warning(ui.painter(), mark, widgets::warning_color(visuals));
        }
    }
    let painter = ui.painter().with_clip_rect(rect);
    painter.text(
        pos2(rect.left() + 34.0, rect.top() + 6.0),
        Align2::LEFT_TOP,
        title,
        FontId::proportional(15.0),
        visuals.strong_text_color(),
    );
    painter.text(
        pos2(rect.left() + 34.0, rect.bottom() - 6.0),
        Align2::LEFT_BOTTOM,
        d.hint(lang),
        FontId::proportional(13.0),
        visuals.weak_text_color(),
    );
    response
}

/// "Question n°4 « Quel signe… », réponse B" — where the problem is, in the author's words.
pub fn place(lang: Lang, quiz: &Quiz, d: &Diagnostic) -> String {
    let subject = match &d.subject {
        Subject::File => lang.t("checks.place_quiz").to_owned(),
        Subject::Question { number, .. } => {
            let prompt = quiz
                .questions
                .get(number.wrapping_sub(1))
                .map(|q| excerpt(&q.prompt, 40))
                .unwrap_or_default();
            if prompt.trim().is_empty() {
                lang.f("checks.place_question", &[("n", number)])
            } else {
                lang.f(
                    "checks.place_question_prompt",
                    &[("n", number), ("prompt", &prompt)],
                )
            }
        }
        Subject::Level { number, .. } => {
            let name = quiz
                .levels
                .get(number.wrapping_sub(1))
                .map_or("", |l| l.name.as_str());
            lang.f("checks.place_level", &[("n", number), ("name", &name)])
        }
        Subject::Source { number, .. } => {
            let title = quiz
                .sources
                .get(number.wrapping_sub(1))
                .map_or("", |s| s.title.as_str());
            lang.f("checks.place_source", &[("n", number), ("title", &title)])
        }
        Subject::Author { number } => lang.f("checks.place_author", &[("n", number)]),
        Subject::Asset { id } => lang.f("checks.place_image", &[("id", id)]),
    };
    match field_label(lang, &d.field) {
        Some(field) => format!("{subject}, {field}"),
        None => subject,
    }
}

/// The first `max` characters of `text`, cut at a word, with "…" when cut.
fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end())
}

/// The name of a field as the editor shows it: `choices[1].image.alt` → "réponse B, texte
/// alternatif de l'image".
pub fn field_label(lang: Lang, field: &str) -> Option<String> {
    if field.is_empty() {
        return None;
    }
    // "….asset" names the image itself.
    let field = field.strip_suffix(".asset").unwrap_or(field);
    let index = |prefix: &str| -> Option<(usize, &str)> {
        let rest = field.strip_prefix(prefix)?.strip_prefix('[')?;
        let (n, tail) = rest.split_once(']')?;
        Some((n.parse().ok()?, tail.trim_start_matches('.')))
    };
    let simple = |tail: &str| -> Option<&'static str> {
        Some(match tail {
            "prompt" => lang.t("field.prompt"),
            "explanation" => lang.t("field.explanation"),
            "choices" => lang.t("field.choices"),
            "items" => lang.t("field.items"),
            "regions" => lang.t("field.regions"),
            "image" => lang.t("field.image"),
            "image.alt" | "alt" => lang.t("field.alt"),
            "time_limit_s" => lang.t("field.time_limit"),
            "source.ref" => lang.t("field.source"),
            "level" => lang.t("field.level"),
            "title" => lang.t("field.title"),
            "name" => lang.t("field.name"),
            "language" => lang.t("field.language"),
            "license" | "credit.license" => lang.t("field.license"),
            "credit" => lang.t("field.credit"),
            "created" => lang.t("field.created"),
            "modified" => lang.t("field.modified"),
            "levels" => lang.t("field.levels"),
            "id" => lang.t("field.id"),
            _ => return None,
        })
    };
    if let Some(s) = simple(field) {
        return Some(s.to_owned());
    }
    let with_tail = |head: String, tail: &str| match simple(tail) {
        Some(t) if !tail.is_empty() => format!("{head}, {t}"),
        _ => head,
    };
    if let Some((n, tail)) = index("choices") {
        let head = lang.f("field.choice", &[("letter", &shapes::letter(n))]);
        return Some(with_tail(head, tail));
    }
    if let Some((n, _)) = index("items") {
        return Some(lang.f("field.item", &[("n", &(n + 1))]));
    }
    if let Some((n, _)) = index("regions") {
        return Some(lang.f("field.region", &[("n", &(n + 1))]));
    }
    if let Some((n, _)) = index("competences") {
        return Some(lang.f("field.competence", &[("n", &(n + 1))]));
    }
    Some(field.to_owned())
}
