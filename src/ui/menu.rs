//! Menu bar and toolbar of the editor window.
//!
//! Menus show the same shortcuts the shell handles (`super::shortcuts`), so a user who finds an
//! action in a menu learns its key at the same time.

use egui::{Button, Role, Ui};

use super::a11y;
use super::shortcuts::{self, Shortcut};
use crate::app::command::Command;
use crate::app::settings::{TEXT_SCALES, ThemeChoice};
use crate::app::state::AppState;
use crate::i18n::Lang;
use crate::presenter::PresentRequest;

/// A menu entry with its shortcut text; pushes `command` when clicked.
fn item(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    shortcut: Option<Shortcut>,
    enabled: bool,
    command: Command,
    out: &mut Vec<Command>,
) {
    let mut button = Button::new(label);
    let shortcut = shortcut.map(|s| s.label(lang));
    if let Some(s) = &shortcut {
        button = button.shortcut_text(s.as_str());
    }
    let response = ui.add_enabled(enabled, button);
    a11y::menu_item(&response, label, shortcut.as_deref());
    if response.clicked() {
        out.push(command);
        ui.close();
    }
}

/// A menu bar entry or submenu, announced as a menu item that opens a menu (expanded or not).
fn submenu(ui: &mut Ui, name: &str, add: impl FnOnce(&mut Ui)) {
    let menu = ui.menu_button(name, add);
    a11y::submenu(&menu.response, name, menu.inner.is_some());
}

/// The menu bar: Fichier, Édition, Présenter, Affichage, Aide.
pub fn menu_bar_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    egui::MenuBar::new().ui(ui, |ui| {
        a11y::container(ui, Role::MenuBar, lang.t("a11y.menu_bar"));
        submenu(ui, lang.t("menu.file"), |ui| {
            file_menu(ui, state, lang, out);
        });
        submenu(ui, lang.t("menu.edit"), |ui| {
            item(
                ui,
                lang,
                lang.t("menu.undo"),
                Some(shortcuts::UNDO),
                state.doc.can_undo(),
                Command::Undo,
                out,
            );
            item(
                ui,
                lang,
                lang.t("menu.redo"),
                Some(shortcuts::REDO),
                state.doc.can_redo(),
                Command::Redo,
                out,
            );
            ui.separator();
            question_items(ui, state, lang, out);
        });
        submenu(ui, lang.t("menu.present"), |ui| {
            let any = !state.doc.quiz().questions.is_empty();
            item(
                ui,
                lang,
                lang.t("menu.present_start"),
                Some(shortcuts::PRESENT),
                any,
                Command::Present(PresentRequest::default()),
                out,
            );
            let selected = state.editor.selected;
            item(
                ui,
                lang,
                lang.t("menu.present_selected"),
                Some(shortcuts::PRESENT_HERE),
                selected.is_some(),
                Command::Present(PresentRequest {
                    levels: Vec::new(),
                    from_question: selected,
                    ..PresentRequest::default()
                }),
                out,
            );
        });
        submenu(ui, lang.t("menu.view"), |ui| {
            view_menu(ui, state, lang, out);
        });
    });
}

fn file_menu(ui: &mut Ui, state: &AppState, lang: Lang, out: &mut Vec<Command>) {
    item(
        ui,
        lang,
        lang.t("menu.new"),
        Some(shortcuts::NEW),
        true,
        Command::NewQuiz,
        out,
    );
    item(
        ui,
        lang,
        lang.t("menu.open"),
        Some(shortcuts::OPEN),
        true,
        Command::OpenDialog,
        out,
    );
    submenu(ui, lang.t("menu.recent"), |ui| {
        if state.settings.recent_files.is_empty() {
            ui.label(lang.t("menu.recent_none"));
        }
        for path in &state.settings.recent_files {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let response = ui
                .button(name.as_ref())
                .on_hover_text(path.display().to_string());
            a11y::menu_item(&response, &name, None);
            if response.clicked() {
                out.push(Command::Open(path.clone()));
                ui.close();
            }
        }
    });
    ui.separator();
    item(
        ui,
        lang,
        lang.t("menu.save"),
        Some(shortcuts::SAVE),
        true,
        Command::Save,
        out,
    );
    item(
        ui,
        lang,
        lang.t("menu.save_as"),
        Some(shortcuts::SAVE_AS),
        true,
        Command::SaveAs,
        out,
    );
    ui.separator();
    item(
        ui,
        lang,
        lang.t("menu.import"),
        None,
        true,
        Command::ImportDialog,
        out,
    );
    item(
        ui,
        lang,
        lang.t("interchange.app.menu_export"),
        None,
        true,
        Command::ExportDialog,
        out,
    );
    item(
        ui,
        lang,
        lang.t("print.app.menu"),
        Some(shortcuts::PRINT),
        true,
        Command::Print(crate::app::print_ops::PrintCommand::Open),
        out,
    );
    ui.separator();
    item(
        ui,
        lang,
        lang.t("menu.quit"),
        Some(shortcuts::QUIT),
        true,
        Command::Quit,
        out,
    );
}

/// Duplicate and delete the selected question (the list has the same buttons).
fn question_items(ui: &mut Ui, state: &AppState, lang: Lang, out: &mut Vec<Command>) {
    let quiz = state.doc.quiz();
    let selected = state.editor.selected.filter(|&i| i < quiz.questions.len());
    let duplicate = selected.and_then(|i| crate::app::actions::duplicate_question(quiz, i));
    let enabled = duplicate.is_some();
    let command = duplicate.map_or(Command::Select(selected), |(edit, to)| Command::Edit {
        edit,
        coalesce: None,
        select: Some(to),
    });
    item(
        ui,
        lang,
        lang.t("menu.duplicate"),
        None,
        enabled,
        command,
        out,
    );
    let delete = selected.filter(|&i| i < quiz.questions.len());
    item(
        ui,
        lang,
        lang.t("menu.delete_question"),
        Some(shortcuts::DELETE),
        delete.is_some(),
        delete.map_or(Command::Select(selected), Command::DeleteQuestion),
        out,
    );
}

fn view_menu(ui: &mut Ui, state: &AppState, lang: Lang, out: &mut Vec<Command>) {
    let mut preview = !state.editor.hide_preview;
    let response = ui.checkbox(&mut preview, lang.t("menu.preview"));
    a11y::role(&response, Role::MenuItemCheckBox);
    if response.clicked() {
        out.push(Command::View(
            crate::app::state::ViewCommand::SetPreviewVisible(preview),
        ));
        ui.close();
    }
    ui.separator();
    submenu(ui, lang.t("menu.language"), |ui| {
        let current = state.settings.lang;
        for (choice, key) in [
            (None, "menu.language_auto"),
            (Some(Lang::Fr), "menu.language_fr"),
            (Some(Lang::En), "menu.language_en"),
        ] {
            let response = ui.radio(current == choice, lang.t(key));
            a11y::role(&response, Role::MenuItemRadio);
            if response.clicked() {
                out.push(Command::SetLanguage(choice));
                ui.close();
            }
        }
    });
    submenu(ui, lang.t("menu.theme"), |ui| {
        for theme in ThemeChoice::ALL {
            let response = ui.radio(state.settings.theme == theme, lang.t(theme.label_key()));
            a11y::role(&response, Role::MenuItemRadio);
            if response.clicked() {
                out.push(Command::SetTheme(theme));
                ui.close();
            }
        }
    });
    submenu(ui, lang.t("menu.text_size"), |ui| {
        for scale in TEXT_SCALES {
            let label = format!("{}\u{202f}%", (scale * 100.0).round());
            let selected = (state.settings.text_scale - scale).abs() < 0.01;
            let response = ui.radio(selected, label);
            a11y::role(&response, Role::MenuItemRadio);
            if response.clicked() {
                out.push(Command::SetTextScale(scale));
                ui.close();
            }
        }
    });
}

/// The toolbar under the menus: the most frequent actions as labelled buttons.
pub fn toolbar_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let lang = state.lang();
    ui.horizontal(|ui| {
        let mut button = |ui: &mut Ui,
                          key: &'static str,
                          tip: Option<Shortcut>,
                          enabled: bool,
                          command: Command| {
            let mut response = ui.add_enabled(enabled, Button::new(lang.t(key)));
            if let Some(s) = tip {
                response = response.on_hover_text(s.label(lang));
            }
            if response.clicked() {
                out.push(command);
            }
        };
        button(
            ui,
            "toolbar.new",
            Some(shortcuts::NEW),
            true,
            Command::NewQuiz,
        );
        button(
            ui,
            "toolbar.open",
            Some(shortcuts::OPEN),
            true,
            Command::OpenDialog,
        );
        button(
            ui,
            "toolbar.save",
            Some(shortcuts::SAVE),
            true,
            Command::Save,
        );
        ui.separator();
        button(
            ui,
            "toolbar.undo",
            Some(shortcuts::UNDO),
            state.doc.can_undo(),
            Command::Undo,
        );
        button(
            ui,
            "toolbar.redo",
            Some(shortcuts::REDO),
            state.doc.can_redo(),
            Command::Redo,
        );
        ui.separator();
        let any = !state.doc.quiz().questions.is_empty();
        button(
            ui,
            "toolbar.present",
            Some(shortcuts::PRESENT),
            any,
            Command::Present(PresentRequest::default()),
        );
    });
}
