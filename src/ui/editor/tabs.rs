//! The tab strip of the editor's central area. The checks tab shows how many errors and
//! warnings there are, with their drawn marks (never colour alone).
//!
//! One line, always: a strip that wraps moves under the pointer when a warning appears (a
//! click lands on nothing). So tabs show a short word ("Sources") and are named in full for
//! screen readers and in their tooltip ("Sources et crédits") — the short word is part of the
//! name, as WCAG's "label in name" asks.

use egui::{RichText, Role, Ui};

use super::widgets;
use crate::app::command::Command;
use crate::app::state::{AppState, EditorTab, ViewCommand};
use crate::model::Severity;
use crate::ui::a11y;

/// Draws the tabs; `with_preview` adds the preview tab (narrow windows).
pub fn tabs_ui(
    ui: &mut Ui,
    state: &AppState,
    current: EditorTab,
    with_preview: bool,
    out: &mut Vec<Command>,
) {
    let lang = state.lang();
    let diagnostics = state.shown_diagnostics();
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    ui.horizontal(|ui| {
        a11y::container(ui, Role::TabList, lang.t("a11y.editor_tabs"));
        let mut tab = |ui: &mut Ui, tab: EditorTab, (text, full): (String, &str)| {
            let mut label = RichText::new(text).size(16.0);
            if current == tab {
                // Readable on the selection colour in every theme (high contrast: black on yellow).
                label = label.color(ui.visuals().selection.stroke.color);
            }
            let response = ui.selectable_label(current == tab, label);
            let response = if full.is_empty() {
                response
            } else {
                a11y::name(&response, full);
                response.on_hover_text(full)
            };
            a11y::tab(&response, current == tab);
            if response.clicked() && current != tab {
                out.push(Command::View(ViewCommand::SetTab(tab)));
            }
        };
        let short = |key: &'static str, full: &'static str| (lang.t(key).to_owned(), lang.t(full));
        tab(
            ui,
            EditorTab::Question,
            (lang.t("tab.question").to_owned(), ""),
        );
        tab(
            ui,
            EditorTab::Details,
            short("tab.details_short", "tab.details"),
        );
        tab(ui, EditorTab::Levels, (lang.t("tab.levels").to_owned(), ""));
        tab(
            ui,
            EditorTab::Sources,
            short("tab.sources_short", "tab.sources"),
        );
        if errors > 0 {
            widgets::severity_mark(ui, Severity::Error, 18.0);
        } else if warnings > 0 {
            widgets::severity_mark(ui, Severity::Warning, 18.0);
        }
        let checks = if errors + warnings == 0 {
            lang.t("tab.checks_none").to_owned()
        } else {
            lang.f("tab.checks", &[("n", &(errors + warnings))])
        };
        tab(ui, EditorTab::Checks, (checks, ""));
        if with_preview {
            tab(
                ui,
                EditorTab::Preview,
                (lang.t("tab.preview").to_owned(), ""),
            );
        }
    });
}
