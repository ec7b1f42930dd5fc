//! Answers of single-choice, multiple-choice and poll questions: text, optional image, correct
//! or not (radio buttons for a single answer, checkboxes for several, nothing for a poll), add,
//! remove and reorder.
//!
//! Each answer shows the letter and shape the audience will see, so the author can say "the
//! answer with the triangle" in the workshop.

use egui::{Align2, FontId, Role, Sense, Ui, Vec2, WidgetInfo};

use super::image_field;
use super::question_editor::QCtx;
use super::widgets::{self, Icon, TextField};
use crate::app::actions::parts;
use crate::app::textures::TextureCache;
use crate::model::{Choice, Limits, QuestionKind};
use crate::ui::a11y;
use crate::ui::shapes::{self, AnswerShape};

pub fn choices_ui(ui: &mut Ui, cx: &mut QCtx<'_>, textures: &mut TextureCache) {
    let lang = cx.lang;
    let Some(choices) = cx.q.kind.choices() else {
        return;
    };
    let help = match cx.q.kind {
        QuestionKind::SingleChoice { .. } => "choices.help_single",
        QuestionKind::MultipleChoice { .. } => "choices.help_multiple",
        _ => "choices.help_poll",
    };
    widgets::help(ui, lang.t(help));
    let n = choices.len();
    a11y::group(ui, Role::Group, lang.t("a11y.answers_group"), |ui| {
        for (c, choice) in choices.iter().enumerate() {
            ui.add_space(4.0);
            choice_row(ui, cx, c, n, choice);
            if choice.image.is_some() {
                ui.indent(cx.id(&format!("choice-image-{c}")), |ui| {
                    image_field::choice_image_ui(ui, cx, c, textures);
                });
            }
        }
    });
    ui.add_space(6.0);
    let can_add = n < Limits::MAX_CHOICES;
    let add = ui.add_enabled_ui(can_add, |ui| {
        widgets::icon_button(ui, Icon::Plus, lang.t("choices.add"))
    });
    if add.inner.clicked() {
        cx.change(parts::add_choice);
        let key = format!("choices[{n}]");
        cx.out.push(crate::app::command::Command::View(
            crate::app::state::ViewCommand::JumpTo {
                tab: crate::app::state::EditorTab::Question,
                question: Some(cx.index),
                field: Some(key),
            },
        ));
    }
    if !can_add {
        widgets::help(ui, &lang.f("choices.max", &[("max", &Limits::MAX_CHOICES)]));
    }
}

/// Paints the letter and shape of answer `c` (as on the projector).
pub fn answer_badge(ui: &mut Ui, c: usize) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(30.0), Sense::hover());
    if ui.is_rect_visible(rect) {
        let color = ui.visuals().widgets.inactive.fg_stroke.color;
        let shape_rect = rect.shrink(2.0).translate(egui::vec2(6.0, 0.0));
        shapes::paint_answer_shape(
            ui.painter(),
            shape_rect.shrink(6.0),
            AnswerShape::for_index(c),
            color.gamma_multiply(0.35),
        );
        ui.painter().text(
            rect.left_center() + egui::vec2(2.0, 0.0),
            Align2::LEFT_CENTER,
            shapes::letter(c),
            FontId::proportional(18.0),
            ui.visuals().strong_text_color(),
        );
    }
}

fn choice_row(ui: &mut Ui, cx: &mut QCtx<'_>, c: usize, n: usize, choice: &Choice) {
    let lang = cx.lang;
    let letter = shapes::letter(c);
    let shape = lang.t(AnswerShape::for_index(c).name_key());
    ui.horizontal_wrapped(|ui| {
        answer_badge(ui, c);
        correct_control(ui, cx, c, choice, letter);
        let label = lang.f("choices.answer", &[("letter", &letter)]);
        let mut estimate = 3.0 * widgets::icon_only_width(ui) + 16.0;
        if choice.image.is_none() {
            estimate += widgets::button_width(ui, lang.t("image.choice_menu"));
        }
        let buttons_id = cx.id(&format!("choice-buttons-{c}-{}", choice.image.is_some()));
        let width = widgets::row_field_width(ui, &label, buttons_id, estimate);
        let key = format!("choices[{c}]");
        let field = TextField::new(cx.id(&key), &label)
            .hint(lang.t("choices.answer_hint"))
            .width(width)
            .focus(cx.focus(&key));
        if let Some(text) = field.show(ui, &choice.text) {
            cx.typing(&key, |q| {
                if let Some(ch) = q.kind.choices_mut().and_then(|cs| cs.get_mut(c)) {
                    ch.text = text;
                }
            });
            cx.text_changed();
        }
        let buttons = widgets::TrailingButtons::start(ui, buttons_id);
        if choice.image.is_none() {
            image_field::add_choice_image_menu(ui, cx, c, letter);
        }
        let up = lang.f("choices.move_up", &[("letter", &letter)]);
        if ui
            .add_enabled_ui(c > 0, |ui| widgets::icon_only(ui, Icon::Up, &up))
            .inner
            .clicked()
        {
            cx.change(|q| parts::move_choice(q, c, true));
        }
        let down = lang.f("choices.move_down", &[("letter", &letter)]);
        if ui
            .add_enabled_ui(c + 1 < n, |ui| widgets::icon_only(ui, Icon::Down, &down))
            .inner
            .clicked()
        {
            cx.change(|q| parts::move_choice(q, c, false));
        }
        let remove = lang.f("choices.remove", &[("letter", &letter)]);
        if ui
            .add_enabled_ui(n > 1, |ui| widgets::icon_only(ui, Icon::Remove, &remove))
            .inner
            .clicked()
        {
            cx.change(|q| parts::remove_choice(q, c));
        }
        buttons.end(ui);
    })
    .response
    .on_hover_text(lang.f("choices.shape", &[("letter", &letter), ("shape", &shape)]));
}

/// Radio button (single choice) or checkbox (multiple choice) saying whether `c` is correct.
fn correct_control(ui: &mut Ui, cx: &mut QCtx<'_>, c: usize, choice: &Choice, letter: char) {
    let lang = cx.lang;
    let correct = choice.correct;
    // "Bonne réponse : B, La connexion est protégée": each box says which answer it marks.
    let name = if choice.text.trim().is_empty() {
        lang.f("a11y.correct_name_empty", &[("letter", &letter)])
    } else {
        lang.f(
            "a11y.correct_name",
            &[("letter", &letter), ("text", &choice.text)],
        )
    };
    // The words "Bonne réponse" next to each box when there is room; the box alone (named for
    // screen readers, explained on hover and above the list) when the window is narrow.
    let text = if ui.available_width() > 700.0 {
        lang.t("choices.correct")
    } else {
        ""
    };
    match cx.q.kind {
        QuestionKind::SingleChoice { .. } => {
            let response = ui
                .radio(correct, text)
                .on_hover_text(lang.t("choices.correct"));
            response.widget_info(|| WidgetInfo::selected(Role::RadioButton, true, correct, &name));
            a11y::no_repeated_description(&response);
            if response.clicked() && !correct {
                cx.change(|q| parts::set_correct(q, c, true));
            }
        }
        QuestionKind::MultipleChoice { .. } => {
            let mut on = correct;
            let response = ui
                .checkbox(&mut on, text)
                .on_hover_text(lang.t("choices.correct"));
            response.widget_info(|| WidgetInfo::selected(Role::CheckBox, true, on, &name));
            a11y::no_repeated_description(&response);
            if response.changed() {
                cx.change(|q| parts::set_correct(q, c, on));
            }
        }
        _ => {}
    }
}
