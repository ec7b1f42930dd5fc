//! What the editor shows, apart from the document: selection, open tab, list filter, pending
//! level deletion, hotspot region selection…
//!
//! UI code reads this and asks for changes with [`ViewCommand`]s, applied by
//! [`EditorState::apply`]; none of it is undoable or saved, and it is reset when another quiz is
//! opened. [`jump_target`] turns a diagnostic into "where to look", for the checks panel.

use std::collections::{BTreeSet, HashSet};

use super::command::ImageTarget;
use super::state::ImportSource;
use crate::model::{Diagnostic, Quiz, Subject};

/// The tabs of the editor's central area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EditorTab {
    #[default]
    Question,
    Details,
    Levels,
    Sources,
    Checks,
    /// Only offered when the window is too narrow for the preview side panel.
    Preview,
}

/// What the question list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Words to find in prompts, answers and tags (case-insensitive).
    pub text: String,
    /// Only this level.
    pub level: Option<String>,
    /// Only questions with this tag.
    pub tag: Option<String>,
}

impl ListFilter {
    pub fn is_active(&self) -> bool {
        !self.text.trim().is_empty() || self.level.is_some() || self.tag.is_some()
    }
}

/// A level the user asked to delete while it still has questions: where do they go?
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelDeletion {
    pub level: String,
    /// Level receiving the questions; `None` deletes them too.
    pub move_to: Option<String>,
}

/// Editor view state that is not part of the document.
#[derive(Debug, Default)]
// Independent view toggles (preview shown, answer shown, warnings shown, preview large): an
// enum of states would not make them clearer.
#[allow(clippy::struct_excessive_bools)]
pub struct EditorState {
    /// Index of the selected question.
    pub selected: Option<usize>,
    /// A colleague's quiz being browsed to bring questions in.
    pub import: Option<ImportSource>,
    /// Questions (indices in the colleague's quiz) ticked in the import picker.
    pub import_picked: BTreeSet<usize>,
    /// The File → Export… dialog, while it is open.
    pub export: Option<super::interchange_ops::ExportState>,
    /// The File → Imprimer… dialog, while it is open.
    pub print: Option<super::print_ops::PrintState>,
    /// Field to focus after a jump from the checks panel (see [`focus_key`]).
    pub focus_field: Option<String>,
    pub tab: EditorTab,
    pub filter: ListFilter,
    /// Selected rectangle of the hotspot editor.
    pub region: Option<usize>,
    /// The "where do its questions go?" dialog of a level deletion.
    pub level_deletion: Option<LevelDeletion>,
    /// Source of a reused question whose text was just changed: offer to mark it "adapted".
    pub adapted_offer: Option<String>,
    /// Sources for which the user answered "no" to that offer (this session).
    pub adapted_declined: HashSet<String>,
    pub hide_preview: bool,
    /// Show correct answers in the preview.
    pub preview_answer: bool,
    pub hide_warnings: bool,
    /// Where an image from the clipboard goes once the system delivers it.
    pub paste_target: Option<ImageTarget>,
    /// One line for the status bar ("Question n°4 supprimée — Ctrl+Z pour annuler").
    pub status: Option<String>,
    /// A field the user just created and has not left yet (subject, field name): its being
    /// empty is not reported until they leave it, so a new author line is not an error the
    /// moment it appears.
    pub untouched: Option<(Subject, String)>,
    /// The preview shown large, over the editor (a click on the small one).
    pub preview_zoom: bool,
}

/// Changes of the editor's view, as data.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewCommand {
    SetTab(EditorTab),
    SetFilter(ListFilter),
    /// Shows `tab`, selects `question` (if any) and focuses `field` (a [`focus_key`]).
    JumpTo {
        tab: EditorTab,
        question: Option<usize>,
        field: Option<String>,
    },
    /// The field asked for by `JumpTo` got the focus.
    FocusDone,
    PickImport(usize, bool),
    PickAllImport(bool),
    SelectRegion(Option<usize>),
    AskDeleteLevel(String),
    SetLevelDeletionTarget(Option<String>),
    CancelLevelDeletion,
    OfferAdapted(String),
    DeclineAdapted(String),
    SetPreviewVisible(bool),
    SetPreviewAnswer(bool),
    SetWarningsVisible(bool),
    /// The clipboard held no image: forget where it was meant to go.
    CancelPaste,
    /// Replaces the status bar's message.
    SetStatus(Option<String>),
    /// A field was just created (an author's name): focus it (`focus`, a [`focus_key`]) and
    /// report it empty only once it is left.
    Created {
        subject: Subject,
        field: String,
        focus: String,
    },
    /// The keyboard left the field that was just created.
    FieldLeft,
    /// Shows the preview large (or back in its panel).
    SetPreviewZoom(bool),
}

impl EditorState {
    /// Selects a question; the hotspot region selection belongs to the previous one.
    pub fn select(&mut self, index: Option<usize>) {
        if index != self.selected {
            self.region = None;
            self.paste_target = None;
        }
        self.selected = index;
    }

    /// The state for another document: selection, dialogs and filters go, view preferences
    /// (preview shown, warnings shown) stay.
    #[must_use]
    pub fn for_new_document(&self) -> Self {
        Self {
            hide_preview: self.hide_preview,
            preview_answer: self.preview_answer,
            hide_warnings: self.hide_warnings,
            ..Self::default()
        }
    }

    /// Whether the editor shows `d` now (not while its field is being filled in for the first
    /// time).
    pub fn shows(&self, d: &Diagnostic) -> bool {
        self.untouched
            .as_ref()
            .is_none_or(|(subject, field)| *subject != d.subject || *field != d.field)
    }

    pub fn apply(&mut self, command: ViewCommand) {
        match command {
            ViewCommand::Created {
                subject,
                field,
                focus,
            } => {
                self.untouched = Some((subject, field));
                self.focus_field = Some(focus);
            }
            ViewCommand::FieldLeft => self.untouched = None,
            ViewCommand::SetPreviewZoom(zoom) => self.preview_zoom = zoom,
            ViewCommand::SetTab(tab) => self.tab = tab,
            ViewCommand::SetFilter(filter) => self.filter = filter,
            ViewCommand::JumpTo {
                tab,
                question,
                field,
            } => {
                self.tab = tab;
                if question.is_some() {
                    self.select(question);
                }
                self.focus_field = field;
            }
            ViewCommand::FocusDone => self.focus_field = None,
            ViewCommand::PickImport(i, on) => {
                if on {
                    self.import_picked.insert(i);
                } else {
                    self.import_picked.remove(&i);
                }
            }
            ViewCommand::PickAllImport(on) => {
                let n = self
                    .import
                    .as_ref()
                    .map_or(0, |i| i.loaded.quiz.questions.len());
                self.import_picked = if on {
                    (0..n).collect()
                } else {
                    BTreeSet::new()
                };
            }
            ViewCommand::SelectRegion(r) => self.region = r,
            ViewCommand::AskDeleteLevel(level) => {
                self.level_deletion = Some(LevelDeletion {
                    level,
                    move_to: None,
                });
            }
            ViewCommand::SetLevelDeletionTarget(target) => {
                if let Some(d) = &mut self.level_deletion {
                    d.move_to = target;
                }
            }
            ViewCommand::CancelLevelDeletion => self.level_deletion = None,
            ViewCommand::OfferAdapted(source) => {
                if !self.adapted_declined.contains(&source) {
                    self.adapted_offer = Some(source);
                }
            }
            ViewCommand::DeclineAdapted(source) => {
                self.adapted_offer = None;
                self.adapted_declined.insert(source);
            }
            ViewCommand::SetPreviewVisible(on) => self.hide_preview = !on,
            ViewCommand::SetPreviewAnswer(on) => self.preview_answer = on,
            ViewCommand::SetWarningsVisible(on) => self.hide_warnings = !on,
            ViewCommand::CancelPaste => self.paste_target = None,
            ViewCommand::SetStatus(status) => self.status = status,
        }
    }
}

/// The key of the widget that fixes `field` of a diagnostic: `choices` → `choices[0]`,
/// `image.asset` → `image`, `competences[1].code` → `competences[1]`, `source.ref` → `source`.
pub fn focus_key(field: &str) -> String {
    let field = field
        .trim_end_matches(".asset")
        .trim_end_matches(".ref")
        .trim_end_matches(".code")
        .trim_end_matches(".framework")
        .trim_end_matches(".level");
    match field {
        "choices" | "items" | "regions" => format!("{field}[0]"),
        "credit" => format!("{field}.title"),
        _ => field.to_owned(),
    }
}

/// Where the checks panel sends the user for `diagnostic`: a `JumpTo` command.
pub fn jump_target(quiz: &Quiz, diagnostic: &Diagnostic) -> ViewCommand {
    let field = Some(focus_key(&diagnostic.field)).filter(|f| !f.is_empty());
    match &diagnostic.subject {
        Subject::Question { number, .. } => ViewCommand::JumpTo {
            tab: EditorTab::Question,
            question: Some(number.saturating_sub(1)),
            field,
        },
        Subject::Level { number, .. } => ViewCommand::JumpTo {
            tab: EditorTab::Levels,
            question: None,
            field: Some(format!(
                "levels[{}].{}",
                number.saturating_sub(1),
                field.unwrap_or_else(|| "name".to_owned())
            )),
        },
        Subject::Source { number, .. } => ViewCommand::JumpTo {
            tab: EditorTab::Sources,
            question: None,
            field: Some(format!(
                "sources[{}].{}",
                number.saturating_sub(1),
                field.unwrap_or_else(|| "title".to_owned())
            )),
        },
        Subject::Asset { id } => {
            // An image is fixed where it is shown: jump to the first question using it.
            let user = quiz
                .questions
                .iter()
                .position(|q| q.asset_ids().any(|a| a == id));
            match user {
                Some(index) => ViewCommand::JumpTo {
                    tab: EditorTab::Question,
                    question: Some(index),
                    field: Some(image_field_of(quiz, index, id)),
                },
                None => ViewCommand::JumpTo {
                    tab: EditorTab::Sources,
                    question: None,
                    field: Some(format!("assets[{id}].credit.title")),
                },
            }
        }
        Subject::Author { number } => ViewCommand::JumpTo {
            tab: EditorTab::Details,
            question: None,
            field: Some(format!("authors[{}].name", number.saturating_sub(1))),
        },
        Subject::File => ViewCommand::JumpTo {
            tab: EditorTab::Details,
            question: None,
            field,
        },
    }
}

/// The focus key of the credit title of the image at `prefix`.
fn credit_title(prefix: &str) -> String {
    format!("{prefix}.credit.title")
}

/// `image.credit.title` or `choices[i].image.credit.title`, whichever shows asset `id`.
fn image_field_of(quiz: &Quiz, index: usize, id: &str) -> String {
    let choice = quiz.questions[index]
        .kind
        .choices()
        .unwrap_or_default()
        .iter()
        .position(|c| c.image.as_ref().is_some_and(|i| i.asset == id));
    match choice {
        Some(c)
            if quiz.questions[index]
                .image
                .as_ref()
                .is_none_or(|i| i.asset != id) =>
        {
            credit_title(&format!("choices[{c}].image"))
        }
        _ => credit_title("image"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Problem, Question, QuestionType};

    #[test]
    fn focus_keys_name_the_widget_to_fix() {
        assert_eq!(focus_key("choices"), "choices[0]");
        assert_eq!(focus_key("choices[2].image.asset"), "choices[2].image");
        assert_eq!(focus_key("competences[1].code"), "competences[1]");
        assert_eq!(focus_key("source.ref"), "source");
        assert_eq!(focus_key("prompt"), "prompt");
    }

    #[test]
    fn diagnostics_jump_to_their_question_or_panel() {
        let mut quiz = Quiz::default();
        quiz.questions
            .push(Question::new("q1", "l", QuestionType::Open.empty_kind()));
        let d = Diagnostic::new(
            Problem::EmptyField,
            Subject::Question {
                id: "q1".into(),
                number: 1,
            },
            "prompt",
        );
        assert_eq!(
            jump_target(&quiz, &d),
            ViewCommand::JumpTo {
                tab: EditorTab::Question,
                question: Some(0),
                field: Some("prompt".into())
            }
        );
        let d = Diagnostic::new(Problem::NoLicense, Subject::File, "license");
        assert!(matches!(
            jump_target(&quiz, &d),
            ViewCommand::JumpTo { tab: EditorTab::Details, field: Some(f), .. } if f == "license"
        ));
    }

    #[test]
    fn selecting_another_question_forgets_the_region() {
        let mut e = EditorState {
            selected: Some(0),
            region: Some(1),
            ..EditorState::default()
        };
        e.select(Some(0));
        assert_eq!(e.region, Some(1));
        e.select(Some(1));
        assert_eq!(e.region, None);
    }
}
