//! The question list panel: add, filter, act on the selected question, and the virtualised
//! list of rows grouped by level (see [`super::list_rows`]).

use std::ops::Range;

use egui::{EventFilter, Id, Key, Modifiers, RichText, ScrollArea, Ui};

use super::list_rows::{self, ROW_HEIGHT, Row};
use super::widgets::{self, Icon, TextField};
use crate::app::actions;
use crate::app::command::Command;
use crate::app::state::{AppState, ListFilter, ViewCommand};
use crate::ui::a11y;

/// The level new questions go to: the selected question's, the filtered one, else the first.
fn default_level(state: &AppState) -> Option<String> {
    let quiz = state.doc.quiz();
    state
        .editor
        .selected
        .and_then(|i| quiz.questions.get(i))
        .map(|q| q.level.clone())
        .filter(|l| quiz.level(l).is_some())
        .or_else(|| state.editor.filter.level.clone())
        .or_else(|| quiz.levels.first().map(|l| l.id.clone()))
}

pub fn question_list_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.heading(lang.t("list.title"));
        if let Some(level) = default_level(state) {
            let label = lang.t("list.add");
            super::add_menu::add_menu(ui, state, label, &level, false, out);
        } else {
            ui.add_enabled(false, egui::Button::new(lang.t("list.add")))
                .on_disabled_hover_text(lang.t("list.add_needs_level"));
        }
    });
    filter_bar(ui, state, out);
    if let Some(index) = state.editor.selected {
        ui.horizontal_wrapped(|ui| question_actions(ui, state, index, out));
    }
    ui.separator();
    rows_ui(ui, state, out);
}

fn filter_bar(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let filter = &state.editor.filter;
    let id = ui.scope_id().with("filter-text");
    if let Some(text) = TextField::new(id, lang.t("list.search"))
        .hint(lang.t("list.search_hint"))
        .inline()
        .show(ui, &filter.text)
    {
        let f = ListFilter {
            text,
            ..filter.clone()
        };
        out.push(Command::View(ViewCommand::SetFilter(f)));
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.t("list.show"));
        level_filter(ui, state, out);
        tag_filter(ui, state, out);
        if filter.is_active() && ui.button(lang.t("list.clear_filter")).clicked() {
            out.push(Command::View(ViewCommand::SetFilter(ListFilter::default())));
        }
    });
}

fn level_filter(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let filter = &state.editor.filter;
    let names: Vec<&str> = quiz.levels.iter().map(|l| l.name.as_str()).collect();
    let mut options = vec![lang.t("list.all_levels")];
    options.extend(names);
    let current = filter
        .level
        .as_ref()
        .and_then(|l| quiz.level_index(l))
        .map_or(0, |i| i + 1);
    let id = ui.scope_id().with("filter-level");
    if let Some(i) =
        widgets::unlabelled_choice(ui, id, lang.t("list.level_filter"), Some(current), &options)
    {
        let level = i.checked_sub(1).map(|l| quiz.levels[l].id.clone());
        let f = ListFilter {
            level,
            ..filter.clone()
        };
        out.push(Command::View(ViewCommand::SetFilter(f)));
    }
}

fn tag_filter(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let filter = &state.editor.filter;
    let mut tags: Vec<&str> = quiz
        .questions
        .iter()
        .flat_map(|q| q.tags.iter().map(String::as_str))
        .collect();
    tags.sort_unstable();
    tags.dedup();
    if !tags.is_empty() || filter.tag.is_some() {
        let mut options = vec![lang.t("list.all_tags")];
        options.extend(tags.iter().copied());
        let current = filter
            .tag
            .as_ref()
            .and_then(|t| tags.iter().position(|x| x == t))
            .map_or(0, |i| i + 1);
        let id = ui.scope_id().with("filter-tag");
        if let Some(i) =
            widgets::unlabelled_choice(ui, id, lang.t("list.tag_filter"), Some(current), &options)
        {
            let tag = i.checked_sub(1).map(|t| tags[t].to_owned());
            let f = ListFilter {
                tag,
                ..filter.clone()
            };
            out.push(Command::View(ViewCommand::SetFilter(f)));
        }
    }
}

/// Buttons acting on question `index` (also the rows' right-click menu).
pub fn question_actions(ui: &mut Ui, state: &AppState, index: usize, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let mut done = |ui: &mut Ui, command: Option<Command>| {
        if let Some(c) = command {
            out.push(c);
        }
        ui.close();
    };
    let select = |(edit, to): (crate::app::edit::Edit, usize)| Command::Edit {
        edit,
        coalesce: None,
        select: Some(to),
    };
    if widgets::icon_button(ui, Icon::Copy, lang.t("list.duplicate")).clicked() {
        done(ui, actions::duplicate_question(quiz, index).map(select));
    }
    let up = actions::move_within_level(quiz, index, true);
    if ui
        .add_enabled_ui(up.is_some(), |ui| {
            widgets::icon_button(ui, Icon::Up, lang.t("list.move_up"))
        })
        .inner
        .clicked()
    {
        done(ui, up.map(select));
    }
    let down = actions::move_within_level(quiz, index, false);
    if ui
        .add_enabled_ui(down.is_some(), |ui| {
            widgets::icon_button(ui, Icon::Down, lang.t("list.move_down"))
        })
        .inner
        .clicked()
    {
        done(ui, down.map(select));
    }
    ui.menu_button(lang.t("list.move_to"), |ui| {
        for level in &quiz.levels {
            let here = quiz
                .questions
                .get(index)
                .is_some_and(|q| q.level == level.id);
            if ui
                .add_enabled(!here, egui::Button::new(&level.name))
                .clicked()
            {
                done(
                    ui,
                    actions::move_to_level(quiz, index, &level.id).map(select),
                );
            }
        }
    });
    if widgets::icon_button(ui, Icon::Remove, lang.t("list.delete")).clicked() {
        done(ui, Some(Command::DeleteQuestion(index)));
    }
}

/// The virtualised rows. Scrolls to the selection when it changes (jump from the checks).
fn rows_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let cache = list_rows::cached(ui, state);
    let (rows, marks) = (&cache.rows, &cache.marks);
    if quiz.questions.is_empty() {
        ui.label(RichText::new(lang.t("list.empty_quiz")).weak());
    } else if !rows.iter().any(|r| matches!(r, Row::Question(_))) {
        ui.label(RichText::new(lang.t("list.nothing_matches")).weak());
    }
    let list = ui.scope_id().with("question-rows");
    let memory_id = list.with("last");
    let scroll_id = list.with("room");
    let previous_frame: Option<(Option<usize>, Range<usize>)> = ui.data(|d| d.get_temp(memory_id));
    let mut scroll = ScrollArea::vertical()
        .id_salt("question-rows")
        .auto_shrink([false, false]);
    let selected = state.editor.selected;
    if let Some((previous, visible)) = &previous_frame
        && *previous != selected
        && let Some(pos) = selected.and_then(|s| rows.iter().position(|r| *r == Row::Question(s)))
        && !(visible.start + 1..visible.end.saturating_sub(2)).contains(&pos)
    {
        let step = ROW_HEIGHT + ui.spacing().item_spacing.y;
        scroll = scroll.vertical_scroll_offset((pos as f32 - 2.0).max(0.0) * step);
    }
    let shown = rows
        .iter()
        .filter(|r| matches!(r, Row::Question(_)))
        .count();
    let output = scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
        a11y::container(ui, egui::Role::List, lang.t("a11y.question_list"));
        a11y::set_size(ui, shown);
        let mut position = rows[..range.start]
            .iter()
            .filter(|r| matches!(r, Row::Question(_)))
            .count();
        for row in &rows[range.clone()] {
            match *row {
                Row::Level(l, count) => list_rows::level_row(ui, state, l, count, out),
                Row::Unleveled => {
                    ui.add_sized(
                        [ui.available_width(), ROW_HEIGHT],
                        egui::Label::new(RichText::new(lang.t("list.unleveled")).strong()),
                    );
                }
                Row::Question(i) => {
                    let at = (i, position);
                    position += 1;
                    let response = list_rows::question_row(ui, state, list, at, marks[i], out);
                    keyboard(ui, &response, rows, i, list, out);
                }
            }
        }
        auto_scroll_while_dragging(ui, ui.data(|d| d.get_temp(scroll_id)).unwrap_or_default());
        range
    });
    ui.data_mut(|d| d.insert_temp(memory_id, (selected, output.inner)));
    let room = (
        output.state.clamped_offset().y > 0.5,
        output.state.clamped_offset().y + output.inner_rect.height() < output.content_size.y - 0.5,
    );
    ui.data_mut(|d| d.insert_temp(scroll_id, room));
}

/// Up and Down on a focused row select the previous or next question.
fn keyboard(
    ui: &Ui,
    response: &egui::Response,
    rows: &[Row],
    index: usize,
    list: Id,
    out: &mut Vec<Command>,
) {
    if !response.has_focus() {
        return;
    }
    let filter = EventFilter {
        vertical_arrows: true,
        ..EventFilter::default()
    };
    ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
    let (down, up) = ui.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
        )
    });
    if !(down || up) {
        return;
    }
    let questions: Vec<usize> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Question(q) => Some(*q),
            _ => None,
        })
        .collect();
    let Some(pos) = questions.iter().position(|&q| q == index) else {
        return;
    };
    let next = if down {
        questions.get(pos + 1)
    } else {
        pos.checked_sub(1).and_then(|p| questions.get(p))
    };
    if let Some(&next) = next {
        out.push(Command::Select(Some(next)));
        ui.memory_mut(|m| m.request_focus(list_rows::row_id(list, next)));
    }
}

/// Scrolls the list when a dragged question nears its top or bottom edge (`room`: whether
/// there is more above, below).
fn auto_scroll_while_dragging(ui: &Ui, (above, below): (bool, bool)) {
    if !egui::DragAndDrop::has_payload_of_type::<list_rows::DraggedQuestion>(ui.ctx()) {
        return;
    }
    let Some(pointer) = ui.ctx().pointer_hover_pos() else {
        return;
    };
    let clip = ui.clip_rect();
    if !clip.x_range().contains(pointer.x) {
        return;
    }
    let edge = 32.0;
    if above && pointer.y < clip.top() + edge && pointer.y > clip.top() - edge {
        ui.scroll_with_delta(egui::vec2(0.0, 10.0));
        ui.ctx().request_repaint();
    } else if below && pointer.y > clip.bottom() - edge && pointer.y < clip.bottom() + edge {
        ui.scroll_with_delta(egui::vec2(0.0, -10.0));
        ui.ctx().request_repaint();
    }
}
