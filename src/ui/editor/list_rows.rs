//! Rows of the question list: which rows to show (grouped by level, filtered) and how one row
//! looks and reacts (select, drag, drop, context menu).
//!
//! Every row has the same height so the list can be virtualised: with 1,500 questions only the
//! twenty visible rows are laid out each frame.

use std::sync::Arc;

use egui::{
    Align, Align2, Color32, CursorIcon, FontId, Id, Layout, Order, Rect, Response, RichText, Role,
    Sense, Stroke, Ui, WidgetInfo, pos2, vec2,
};

use super::widgets;
use crate::app::actions::{self, DropTarget};
use crate::app::command::Command;
use crate::app::state::{AppState, ListFilter};
use crate::i18n::Lang;
use crate::model::{Question, QuestionKind, Quiz, Severity, Subject};
use crate::ui::a11y;

/// Height of every row, in points.
pub const ROW_HEIGHT: f32 = 46.0;

/// One line of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// Heading of level n (index in `quiz.levels`), with its question count.
    Level(usize, usize),
    /// Question at this index.
    Question(usize),
    /// Heading of questions whose level does not exist.
    Unleveled,
}

/// What is being dragged in the list.
#[derive(Clone, Copy, Debug)]
pub struct DraggedQuestion(pub usize);

/// Rows and marks of the list, derived from the document and the filter.
pub struct ListCache {
    revision: u64,
    filter: ListFilter,
    pub rows: Vec<Row>,
    pub marks: Vec<Option<Severity>>,
}

/// The rows and marks for this frame, recomputed only when the document or the filter changed,
/// so a frame does not walk all 1,500 questions (kept in egui's memory, like scroll offsets).
pub fn cached(ui: &Ui, state: &AppState) -> Arc<ListCache> {
    let id = Id::unique("question-list-cache");
    let revision = state.doc.revision();
    let filter = &state.editor.filter;
    let fresh = |c: &Arc<ListCache>| c.revision == revision && c.filter == *filter;
    if let Some(cache) = ui.data(|d| d.get_temp::<Arc<ListCache>>(id)).filter(fresh) {
        return cache;
    }
    let cache = Arc::new(ListCache {
        revision,
        filter: filter.clone(),
        rows: build_rows(state.doc.quiz(), filter),
        marks: question_marks(state),
    });
    ui.data_mut(|d| d.insert_temp(id, Arc::clone(&cache)));
    cache
}

/// The rows to show for `filter`: each level's heading then its matching questions.
pub fn build_rows(quiz: &Quiz, filter: &ListFilter) -> Vec<Row> {
    let needle = filter.text.trim().to_lowercase();
    let mut by_level: Vec<Vec<usize>> = vec![Vec::new(); quiz.levels.len()];
    let mut unleveled = Vec::new();
    for (i, q) in quiz.questions.iter().enumerate() {
        if !matches(q, &needle, filter.tag.as_deref()) {
            continue;
        }
        match quiz.level_index(&q.level) {
            Some(l) => by_level[l].push(i),
            None => unleveled.push(i),
        }
    }
    let mut rows = Vec::with_capacity(quiz.questions.len() + quiz.levels.len() + 1);
    for (l, questions) in by_level.into_iter().enumerate() {
        if filter
            .level
            .as_ref()
            .is_some_and(|f| *f != quiz.levels[l].id)
        {
            continue;
        }
        rows.push(Row::Level(l, questions.len()));
        rows.extend(questions.into_iter().map(Row::Question));
    }
    if !unleveled.is_empty() && filter.level.is_none() {
        rows.push(Row::Unleveled);
        rows.extend(unleveled.into_iter().map(Row::Question));
    }
    rows
}

fn matches(q: &Question, needle: &str, tag: Option<&str>) -> bool {
    if tag.is_some_and(|t| !q.tags.iter().any(|qt| qt == t)) {
        return false;
    }
    if needle.is_empty() {
        return true;
    }
    let has = |s: &str| s.to_lowercase().contains(needle);
    has(&q.prompt)
        || has(&q.explanation)
        || q.tags.iter().any(|t| has(t))
        || q.kind
            .choices()
            .unwrap_or_default()
            .iter()
            .any(|c| has(&c.text))
        || matches!(&q.kind, QuestionKind::Ordering { items } if items.iter().any(|i| has(i)))
        || matches!(&q.kind, QuestionKind::Open { answer_text } if has(answer_text))
}

/// The worst problem of each question (by index), from the live diagnostics.
pub fn question_marks(state: &AppState) -> Vec<Option<Severity>> {
    let mut marks = vec![None; state.doc.quiz().questions.len()];
    for d in state.doc.diagnostics() {
        if let Subject::Question { number, .. } = d.subject
            && let Some(slot) = marks.get_mut(number.wrapping_sub(1))
        {
            let s = d.severity();
            *slot = Some(slot.map_or(s, |old: Severity| old.min(s)));
        }
    }
    marks
}

/// Id of question `index`'s row (for keyboard focus).
pub fn row_id(list: Id, index: usize) -> Id {
    list.with(("question-row", index))
}

/// Short description of a question's content for the list's second line.
fn summary(lang: Lang, q: &Question) -> String {
    let mut parts = vec![lang.t(q.question_type().label_key()).to_owned()];
    if let Some(n) = q.kind.choices().map(<[_]>::len) {
        parts.push(lang.f("list.choices", &[("n", &n)]));
    }
    if let QuestionKind::Hotspot { regions } = &q.kind {
        parts.push(lang.f("list.regions", &[("n", &regions.len())]));
    }
    if q.image.is_some() {
        parts.push(lang.t("list.has_image").to_owned());
    }
    if let Some(t) = q.time_limit_s {
        parts.push(lang.f("list.seconds", &[("n", &t)]));
    }
    parts.join(" · ")
}

/// Draws question row `index`; pushes selection, drops and context-menu actions.
pub fn question_row(
    ui: &mut Ui,
    state: &AppState,
    list: Id,
    (index, position): (usize, usize),
    mark: Option<Severity>,
    out: &mut Vec<Command>,
) -> Response {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let q = &quiz.questions[index];
    let selected = state.editor.selected == Some(index);
    let width = ui.available_width();
    let (rect, _) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT), Sense::hover());
    let response = ui.interact(rect, row_id(list, index), Sense::click_and_drag());
    let prompt = if q.prompt.trim().is_empty() {
        lang.t("list.empty_prompt").to_owned()
    } else {
        q.prompt.replace('\n', " ")
    };
    let status = match mark {
        Some(Severity::Error) => lang.t("list.has_error"),
        Some(Severity::Warning) => lang.t("list.has_warning"),
        None => "",
    };
    let name = lang.f(
        "list.row",
        &[
            ("n", &(index + 1)),
            ("prompt", &prompt),
            ("status", &status),
        ],
    );
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &name));
    let summary = summary(lang, q);
    a11y::list_item(&response, &name, &summary, selected, position);
    a11y::keep_row_visible(ui, &response, ROW_HEIGHT);
    if ui.is_rect_visible(rect) {
        paint_row(
            ui, &response, rect, selected, mark, index, &prompt, &summary,
        );
    }
    if response.clicked() && !selected {
        out.push(Command::Select(Some(index)));
    }
    response.dnd_set_drag_payload(DraggedQuestion(index));
    if response.dragged() {
        drag_preview(ui, &prompt);
    }
    drop_on_question(ui, state, &response, index, out);
    response.context_menu(|ui| context_menu(ui, state, index, out));
    response
}

#[allow(clippy::too_many_arguments)] // one row's paint inputs, named at the single call site
fn paint_row(
    ui: &Ui,
    response: &Response,
    rect: Rect,
    selected: bool,
    mark: Option<Severity>,
    index: usize,
    prompt: &str,
    summary: &str,
) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    if selected {
        painter.rect_filled(rect, 4.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect.shrink(1.0),
            4.0,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    let text_color = if selected {
        visuals.selection.stroke.color
    } else {
        visuals.text_color()
    };
    let mark_rect =
        Rect::from_center_size(pos2(rect.left() + 14.0, rect.center().y), vec2(18.0, 18.0));
    match mark {
        Some(Severity::Error) => {
            crate::ui::shapes::paint_error(painter, mark_rect, visuals.error_fg_color);
        }
        Some(Severity::Warning) => {
            crate::ui::shapes::paint_warning(painter, mark_rect, widgets::warning_color(visuals));
        }
        None => {}
    }
    let left = rect.left() + 28.0;
    let number = format!("{}.", index + 1);
    let font = FontId::proportional(15.0);
    let n = painter.text(
        pos2(left, rect.top() + 5.0),
        Align2::LEFT_TOP,
        number,
        font.clone(),
        text_color,
    );
    let text_left = n.right() + 6.0;
    let max = rect.right() - text_left - 6.0;
    let galley = painter.layout(prompt.to_owned(), font, text_color, max.max(10.0));
    let first_line = galley
        .rows
        .first()
        .map_or(0, |r| r.char_count_including_newline().into());
    let mut shown: String = prompt.chars().take(first_line).collect();
    if first_line < prompt.chars().count() {
        shown = format!("{}…", shown.trim_end());
    }
    let line = painter.layout_no_wrap(shown, FontId::proportional(15.0), text_color);
    painter
        .with_clip_rect(rect)
        .galley(pos2(text_left, rect.top() + 5.0), line, text_color);
    let weak = if selected {
        text_color
    } else {
        visuals.weak_text_color()
    };
    painter.with_clip_rect(rect).text(
        pos2(text_left, rect.bottom() - 5.0),
        Align2::LEFT_BOTTOM,
        summary,
        FontId::proportional(12.5),
        weak,
    );
}

/// A label following the pointer while a question is dragged.
fn drag_preview(ui: &Ui, prompt: &str) {
    ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
    let Some(pos) = ui.ctx().pointer_interact_pos() else {
        return;
    };
    let layer = egui::LayerId::new(Order::Tooltip, Id::unique("dragged-question"));
    let painter = ui.ctx().layer_painter(layer);
    let text: String = prompt.chars().take(40).collect();
    let galley = painter.layout_no_wrap(
        text,
        FontId::proportional(14.0),
        ui.visuals().strong_text_color(),
    );
    let rect = Rect::from_min_size(pos + vec2(12.0, 4.0), galley.size() + vec2(12.0, 8.0));
    painter.rect(
        rect,
        4.0,
        ui.visuals().window_fill,
        ui.visuals().window_stroke,
        egui::StrokeKind::Inside,
    );
    painter.galley(rect.min + vec2(6.0, 4.0), galley, Color32::PLACEHOLDER);
}

/// Shows where a dragged question would land on this row, and moves it on release.
fn drop_on_question(
    ui: &Ui,
    state: &AppState,
    response: &Response,
    index: usize,
    out: &mut Vec<Command>,
) {
    let Some(dragged) = response.dnd_hover_payload::<DraggedQuestion>() else {
        return;
    };
    let pointer = ui
        .ctx()
        .pointer_interact_pos()
        .unwrap_or(response.rect.center());
    let before = pointer.y < response.rect.center().y;
    let y = if before {
        response.rect.top()
    } else {
        response.rect.bottom()
    };
    let stroke = Stroke::new(3.0, ui.visuals().selection.stroke.color);
    ui.painter().hline(response.rect.x_range(), y, stroke);
    if response.dnd_release_payload::<DraggedQuestion>().is_some() {
        let target = if before {
            DropTarget::Before(index)
        } else {
            DropTarget::After(index)
        };
        push_drop(state, dragged.0, &target, out);
    }
}

/// Moves question `from` to `target` (one undo step) and keeps it selected.
pub fn push_drop(state: &AppState, from: usize, target: &DropTarget, out: &mut Vec<Command>) {
    if let Some((edit, to)) = actions::drop_question(state.doc.quiz(), from, target) {
        out.push(Command::Edit {
            edit,
            coalesce: None,
            select: Some(to),
        });
    }
}

/// A level's heading: name, count, "add a question here"; a drop target for its level.
pub fn level_row(
    ui: &mut Ui,
    state: &AppState,
    level: usize,
    count: usize,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    let l = &quiz.levels[level];
    let width = ui.available_width();
    let inner = ui.allocate_ui_with_layout(
        vec2(width, ROW_HEIGHT),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_min_size(vec2(width, ROW_HEIGHT));
            let name = if l.name.trim().is_empty() {
                &l.id
            } else {
                &l.name
            };
            ui.label(RichText::new(name).strong().size(17.0));
            ui.label(RichText::new(lang.f("list.level_count", &[("n", &count)])).weak());
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let label = lang.f("list.add_to_level", &[("level", name)]);
                super::add_menu::add_menu(ui, state, &label, &l.id, true, out);
            });
        },
    );
    let rect = inner.response.rect;
    let zone = ui.interact(
        rect,
        ui.scope_id().with(("level-row", level)),
        Sense::hover(),
    );
    if zone.dnd_hover_payload::<DraggedQuestion>().is_some() {
        let stroke = Stroke::new(2.0, ui.visuals().selection.stroke.color);
        ui.painter()
            .rect_stroke(rect, 4.0, stroke, egui::StrokeKind::Inside);
    }
    if let Some(dragged) = zone.dnd_release_payload::<DraggedQuestion>() {
        push_drop(state, dragged.0, &DropTarget::EndOf(l.id.clone()), out);
    }
    ui.painter().hline(
        rect.x_range(),
        rect.bottom(),
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
}

/// Right-click menu of a row: the same actions as the buttons above the list.
fn context_menu(ui: &mut Ui, state: &AppState, index: usize, out: &mut Vec<Command>) {
    super::question_list::question_actions(ui, state, index, out);
}
