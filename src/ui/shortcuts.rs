//! Keyboard shortcuts of the editor, in one table shared by the menus and the key handler.
//!
//! Delete never fires while a text field has the keyboard: typing "Suppr" in a prompt must
//! delete a letter, not the question. F5 does (F-keys never type text).

use egui::{Context, Key, KeyboardShortcut, Modifiers};

use crate::app::actions;
use crate::app::command::Command;
use crate::app::print_ops::PrintCommand;
use crate::app::state::{AppState, EditorTab, ViewCommand};
use crate::i18n::Lang;
use crate::presenter::PresentRequest;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shortcut {
    pub modifiers: Modifiers,
    pub key: Key,
}

impl Shortcut {
    const fn new(modifiers: Modifiers, key: Key) -> Self {
        Self { modifiers, key }
    }

    pub fn keyboard(self) -> KeyboardShortcut {
        KeyboardShortcut::new(self.modifiers, self.key)
    }

    /// The shortcut as printed on the user's keyboard: "Ctrl+Maj+S", "Suppr" in French
    /// (egui's own text is English: "Shift", "Delete").
    pub fn label(self, lang: Lang) -> String {
        let m = self.modifiers;
        let mut parts: Vec<&str> = Vec::new();
        if m.command || m.ctrl {
            parts.push(if cfg!(target_os = "macos") {
                "Cmd"
            } else {
                "Ctrl"
            });
        }
        if m.alt {
            parts.push("Alt");
        }
        if m.shift {
            parts.push(lang.t("key.shift"));
        }
        parts.push(match self.key {
            Key::Delete => lang.t("key.delete"),
            other => other.name(),
        });
        parts.join("+")
    }
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

pub const NEW: Shortcut = Shortcut::new(CMD, Key::N);
pub const OPEN: Shortcut = Shortcut::new(CMD, Key::O);
pub const SAVE: Shortcut = Shortcut::new(CMD, Key::S);
pub const SAVE_AS: Shortcut = Shortcut::new(CMD_SHIFT, Key::S);
pub const UNDO: Shortcut = Shortcut::new(CMD, Key::Z);
pub const REDO: Shortcut = Shortcut::new(CMD, Key::Y);
pub const REDO_ALT: Shortcut = Shortcut::new(CMD_SHIFT, Key::Z);
pub const QUIT: Shortcut = Shortcut::new(CMD, Key::Q);
pub const PRINT: Shortcut = Shortcut::new(CMD, Key::P);
pub const PRESENT: Shortcut = Shortcut::new(Modifiers::NONE, Key::F5);
pub const PRESENT_HERE: Shortcut = Shortcut::new(Modifiers::SHIFT, Key::F5);
pub const DELETE: Shortcut = Shortcut::new(Modifiers::NONE, Key::Delete);

/// Consumes the editor's shortcuts pressed this frame and returns their commands.
pub fn editor_shortcuts(ctx: &Context, state: &AppState, out: &mut Vec<Command>) {
    // Only a text field takes plain keys: with the focus on a button or a list row, Delete
    // and F5 still act.
    let typing = ctx.text_edit_focused();
    ctx.input_mut(|i| {
        // Longest modifier combinations first: Ctrl+Shift+S must not also trigger Ctrl+S.
        let with_modifiers = [
            (SAVE_AS, Command::SaveAs),
            (REDO_ALT, Command::Redo),
            (NEW, Command::NewQuiz),
            (OPEN, Command::OpenDialog),
            (SAVE, Command::Save),
            (UNDO, Command::Undo),
            (REDO, Command::Redo),
            (QUIT, Command::Quit),
            (PRINT, Command::Print(PrintCommand::Open)),
        ];
        for (shortcut, command) in with_modifiers {
            if i.consume_shortcut(&shortcut.keyboard()) {
                out.push(command);
            }
        }
        // F-keys never type text: F5 presents from any field (the shell then takes the
        // keyboard from the field, so the clicker's next keys do not land in the question).
        if i.consume_shortcut(&PRESENT_HERE.keyboard()) {
            out.push(Command::Present(PresentRequest {
                levels: Vec::new(),
                from_question: state.editor.selected,
                ..PresentRequest::default()
            }));
        }
        if i.consume_shortcut(&PRESENT.keyboard()) {
            out.push(Command::Present(PresentRequest::default()));
        }
        if typing {
            return;
        }
        if state.editor.tab == EditorTab::Question
            && let Some(index) = state.editor.selected
            && i.consume_shortcut(&DELETE.keyboard())
        {
            delete_selected(state, index, out);
        }
    });
}

/// Delete removes the selected hotspot rectangle if there is one, else the selected question.
fn delete_selected(state: &AppState, index: usize, out: &mut Vec<Command>) {
    let quiz = state.doc.quiz();
    if let Some(region) = state.editor.region {
        if let Some(edit) =
            actions::edit_question(quiz, index, |q| actions::parts::remove_region(q, region))
        {
            out.push(Command::edit(edit));
            out.push(Command::View(ViewCommand::SelectRegion(None)));
        }
        return;
    }
    out.push(Command::DeleteQuestion(index));
}
