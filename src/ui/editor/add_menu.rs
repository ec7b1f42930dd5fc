//! The "add a question" menu: the seven types of format v1, each with a one-line help, so
//! an author picks by what the group will do ("point to the right place on an image") rather
//! than by a technical name.

use egui::{RichText, Role, Ui, WidgetInfo};

use crate::app::actions;
use crate::app::command::Command;
use crate::app::state::{AppState, EditorTab, ViewCommand};
use crate::model::QuestionType;
use crate::ui::a11y;

/// The "add a question" menu: one entry per type. `compact` shows only a "+" icon.
pub fn add_menu(
    ui: &mut Ui,
    state: &AppState,
    label: &str,
    level: &str,
    compact: bool,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let text = if compact {
        RichText::new("+").strong().size(18.0)
    } else {
        RichText::new(label)
    };
    let response = ui
        .menu_button(text, |ui| {
            ui.label(RichText::new(lang.t("list.choose_type")).weak());
            for ty in QuestionType::ALL {
                let item = ui
                    .button(lang.t(ty.label_key()))
                    .on_hover_text(lang.t(type_help_key(ty)));
                a11y::role(&item, Role::MenuItem);
                if item.clicked() {
                    let quiz = state.doc.quiz();
                    let (edit, index) =
                        actions::add_question(quiz, level, ty, state.editor.selected);
                    out.push(Command::Edit {
                        edit,
                        coalesce: None,
                        select: Some(index),
                    });
                    out.push(Command::View(ViewCommand::JumpTo {
                        tab: EditorTab::Question,
                        question: Some(index),
                        field: Some("prompt".to_owned()),
                    }));
                    ui.close();
                }
            }
        })
        .response;
    if compact {
        let label = label.to_owned();
        response.widget_info(move || WidgetInfo::labeled(Role::Button, true, &label));
    }
    a11y::no_repeated_description(&response.on_hover_text(label));
}

/// One-line help of each question type (in the add menu).
pub fn type_help_key(ty: QuestionType) -> &'static str {
    match ty {
        QuestionType::SingleChoice => "type_help.single_choice",
        QuestionType::MultipleChoice => "type_help.multiple_choice",
        QuestionType::TrueFalse => "type_help.true_false",
        QuestionType::Poll => "type_help.poll",
        QuestionType::Ordering => "type_help.ordering",
        QuestionType::Hotspot => "type_help.hotspot",
        QuestionType::Open => "type_help.open",
        QuestionType::Unknown => "type_help.unknown",
    }
}
