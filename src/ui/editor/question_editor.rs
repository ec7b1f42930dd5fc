//! The "Question" tab: everything about the selected question, top to bottom in the order an
//! author thinks of it — what is asked, the picture, the answers, why, notes for the presenter,
//! then timing, tags, competences and where it comes from.
//!
//! Type-specific answer editors live in their own files; they all work through [`QCtx`], which
//! turns "change this clone" into an undoable (and, for typing, coalesced) edit.

use egui::{FontId, Id, RichText, ScrollArea, Ui};

use super::widgets::{self, TextField};
use super::{
    choices, competences, hotspot, image_field, metadata, open_answer, ordering, true_false,
};
use crate::app::actions;
use crate::app::command::Command;
use crate::app::state::{AppState, ViewCommand};
use crate::app::textures::TextureCache;
use crate::i18n::Lang;
use crate::model::{Question, QuestionKind, QuestionType, Quiz, SourceUse};

/// What a question field editor needs: the question, and a way to change it.
pub struct QCtx<'a> {
    pub state: &'a AppState,
    pub lang: Lang,
    pub quiz: &'a Quiz,
    pub index: usize,
    pub q: &'a Question,
    pub out: &'a mut Vec<Command>,
}

impl QCtx<'_> {
    /// A stable widget id for `field` of this question.
    pub fn id(&self, field: &str) -> Id {
        Id::unique(("question-field", &self.q.id, self.index, field))
    }

    /// True when the checks panel asked to focus `key` (see `focus_key`).
    pub fn focus(&self, key: &str) -> bool {
        self.state.editor.focus_field.as_deref() == Some(key)
    }

    /// Typing into `field`: consecutive changes make one undo step.
    pub fn typing(&mut self, field: &str, change: impl FnOnce(&mut Question)) {
        if let Some(edit) = actions::edit_question(self.quiz, self.index, change) {
            let key = format!("q:{}:{field}", self.q.id);
            self.out.push(Command::typing(edit, key));
        }
    }

    /// A one-step change (a click, a choice in a list).
    pub fn change(&mut self, change: impl FnOnce(&mut Question)) {
        if let Some(edit) = actions::edit_question(self.quiz, self.index, change) {
            self.out.push(Command::edit(edit));
        }
    }

    /// The text of a question reused from a source changed: offer to call the source adapted.
    pub fn text_changed(&mut self) {
        let Some(source) = self.q.source.as_ref() else {
            return;
        };
        let reused = self
            .quiz
            .source(&source.source)
            .is_some_and(|s| s.usage.is_none_or(|u| u == SourceUse::Reused));
        if reused && self.state.editor.adapted_offer.as_deref() != Some(source.source.as_str()) {
            self.out.push(Command::View(ViewCommand::OfferAdapted(
                source.source.clone(),
            )));
        }
    }
}

/// Draws the question tab.
pub fn question_tab_ui(
    ui: &mut Ui,
    state: &AppState,
    textures: &mut TextureCache,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let Some((index, q)) = state
        .editor
        .selected
        .and_then(|i| quiz.questions.get(i).map(|q| (i, q)))
    else {
        no_question(ui, state, out);
        return;
    };
    ScrollArea::vertical()
        .id_salt("question-editor")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(900.0));
            let mut cx = QCtx {
                state,
                lang,
                quiz,
                index,
                q,
                out,
            };
            adapted_banner(ui, &mut cx);
            header(ui, &mut cx);
            prompt(ui, &mut cx);
            image_field::question_image_ui(ui, &mut cx, textures);
            answers(ui, &mut cx, textures);
            explanation_and_notes(ui, &mut cx);
            metadata::metadata_ui(ui, &mut cx);
            competences::competences_ui(ui, &mut cx);
            ui.add_space(24.0);
            crate::ui::a11y::keep_focus_visible(ui);
        });
    if state.editor.focus_field.is_some() {
        out.push(Command::View(ViewCommand::FocusDone));
    }
}

fn no_question(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    ui.add_space(40.0);
    ui.vertical_centered(|ui| {
        ui.heading(lang.t("editor.no_question"));
        ui.label(lang.t("editor.no_question_hint"));
        ui.add_space(12.0);
        if let Some(level) = state.doc.quiz().levels.first() {
            super::add_menu::add_menu(ui, state, lang.t("editor.add_first"), &level.id, false, out);
        }
    });
}

fn adapted_banner(ui: &mut Ui, cx: &mut QCtx<'_>) {
    let Some(source_id) = cx.q.source.as_ref().map(|s| s.source.as_str()) else {
        return;
    };
    if cx.state.editor.adapted_offer.as_deref() != Some(source_id) {
        return;
    }
    let Some(source) = cx.quiz.source(source_id) else {
        return;
    };
    if source.usage == Some(SourceUse::Adapted) {
        return;
    }
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.label(cx.lang.f("adapted.offer", &[("title", &source.title)]));
            ui.horizontal(|ui| {
                if ui.button(cx.lang.t("adapted.yes")).clicked()
                    && let Some(edit) =
                        actions::set_source_use(cx.quiz, source_id, SourceUse::Adapted)
                {
                    cx.out.push(Command::edit(edit));
                    cx.out.push(Command::View(ViewCommand::DeclineAdapted(
                        source_id.to_owned(),
                    )));
                    let status = cx.lang.f("adapted.done", &[("title", &source.title)]);
                    cx.out
                        .push(Command::View(ViewCommand::SetStatus(Some(status))));
                }
                if ui.button(cx.lang.t("adapted.no")).clicked() {
                    cx.out.push(Command::View(ViewCommand::DeclineAdapted(
                        source_id.to_owned(),
                    )));
                }
            });
        });
}

fn header(ui: &mut Ui, cx: &mut QCtx<'_>) {
    let lang = cx.lang;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading(lang.f("editor.question_number", &[("n", &(cx.index + 1))]));
        ui.add_space(16.0);
        let types: Vec<&str> = QuestionType::ALL
            .iter()
            .map(|t| lang.t(t.label_key()))
            .collect();
        let current = QuestionType::ALL
            .iter()
            .position(|t| *t == cx.q.question_type());
        if let Some(i) = widgets::choice(
            ui,
            cx.id("type"),
            lang.t("editor.type"),
            current,
            &types,
            "",
        ) && let Some(edit) = actions::convert_type(cx.quiz, cx.index, QuestionType::ALL[i])
        {
            cx.out.push(Command::edit(edit));
        }
        ui.add_space(16.0);
        let levels: Vec<&str> = cx.quiz.levels.iter().map(|l| l.name.as_str()).collect();
        let current = cx.quiz.level_index(&cx.q.level);
        let missing = lang.t("editor.level_missing");
        if let Some(l) = widgets::choice(
            ui,
            cx.id("level"),
            lang.t("editor.level"),
            current,
            &levels,
            missing,
        ) && let Some((edit, to)) =
            actions::move_to_level(cx.quiz, cx.index, &cx.quiz.levels[l].id)
        {
            cx.out.push(Command::Edit {
                edit,
                coalesce: None,
                select: Some(to),
            });
        }
    });
    ui.label(RichText::new(lang.t(super::add_menu::type_help_key(cx.q.question_type()))).weak());
}

fn prompt(ui: &mut Ui, cx: &mut QCtx<'_>) {
    widgets::section(ui, cx.lang.t("editor.prompt_section"));
    let field = TextField::new(cx.id("prompt"), cx.lang.t("editor.prompt"))
        .hint(cx.lang.t("editor.prompt_hint"))
        .rows(2)
        .font(FontId::proportional(20.0))
        .focus(cx.focus("prompt"));
    if let Some(text) = field.show(ui, &cx.q.prompt) {
        cx.typing("prompt", |q| q.prompt = text);
        cx.text_changed();
    }
}

fn answers(ui: &mut Ui, cx: &mut QCtx<'_>, textures: &mut TextureCache) {
    let lang = cx.lang;
    widgets::section(ui, lang.t("editor.answers_section"));
    match &cx.q.kind {
        QuestionKind::SingleChoice { .. }
        | QuestionKind::MultipleChoice { .. }
        | QuestionKind::Poll { .. } => choices::choices_ui(ui, cx, textures),
        QuestionKind::TrueFalse { answer } => true_false::true_false_ui(ui, cx, *answer),
        QuestionKind::Ordering { items } => ordering::ordering_ui(ui, cx, items),
        QuestionKind::Hotspot { regions } => hotspot::hotspot_ui(ui, cx, regions, textures),
        QuestionKind::Open { answer_text } => open_answer::open_answer_ui(ui, cx, answer_text),
        QuestionKind::Unknown { type_name } => {
            ui.label(lang.f("editor.unknown_type", &[("type", type_name)]));
        }
    }
}

fn explanation_and_notes(ui: &mut Ui, cx: &mut QCtx<'_>) {
    let lang = cx.lang;
    widgets::section(ui, lang.t("editor.after_section"));
    let field = TextField::new(cx.id("explanation"), lang.t("editor.explanation"))
        .hint(lang.t("editor.explanation_hint"))
        .rows(3)
        .focus(cx.focus("explanation"));
    if let Some(text) = field.show(ui, &cx.q.explanation) {
        cx.typing("explanation", |q| q.explanation = text);
        cx.text_changed();
    }
    ui.add_space(6.0);
    let field = TextField::new(cx.id("notes"), lang.t("editor.notes"))
        .hint(lang.t("editor.notes_hint"))
        .rows(2)
        .focus(cx.focus("notes"));
    if let Some(text) = field.show(ui, &cx.q.notes) {
        cx.typing("notes", |q| q.notes = text);
    }
}
