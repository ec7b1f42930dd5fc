//! Open questions: no choices, people answer aloud; the model answer is shown after.

use egui::Ui;

use super::question_editor::QCtx;
use super::widgets::{self, TextField};
use crate::model::QuestionKind;

pub fn open_answer_ui(ui: &mut Ui, cx: &mut QCtx<'_>, answer_text: &str) {
    let lang = cx.lang;
    widgets::help(ui, lang.t("open.help"));
    let field = TextField::new(cx.id("answer_text"), lang.t("open.answer"))
        .hint(lang.t("open.answer_hint"))
        .rows(3)
        .focus(cx.focus("answer_text"));
    if let Some(text) = field.show(ui, answer_text) {
        cx.typing("answer_text", |q| {
            q.kind = QuestionKind::Open { answer_text: text };
        });
        cx.text_changed();
    }
}
