//! True-or-false questions: which of the two is right.

use egui::{RichText, Ui};

use super::question_editor::QCtx;
use super::widgets;
use crate::model::QuestionKind;
use crate::ui::a11y;

pub fn true_false_ui(ui: &mut Ui, cx: &mut QCtx<'_>, answer: bool) {
    let lang = cx.lang;
    widgets::help(ui, lang.t("true_false.help"));
    ui.horizontal(|ui| {
        a11y::container(ui, egui::Role::RadioGroup, lang.t("true_false.correct_is"));
        ui.label(RichText::new(lang.t("true_false.correct_is")).strong());
        for (value, key) in [(true, "true_false.true"), (false, "true_false.false")] {
            let response = ui.radio(answer == value, lang.t(key));
            if response.clicked() && answer != value {
                cx.change(|q| q.kind = QuestionKind::TrueFalse { answer: value });
            }
        }
    });
}
