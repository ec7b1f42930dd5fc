//! Printable handouts: a participant sheet (large print, boxes to tick, lines to write on,
//! no answers) or a corrigé (the same with the right answers, explanations and sources),
//! ending with "Sources et crédits".
//!
//! Pure: quiz + options → [`Layout`] (pages of positioned boxes, see [`page`]) → PDF bytes
//! ([`pdf`]). The editor's preview draws the same layout with egui, so what is previewed is
//! what is printed. Fonts are measured with the advances the PDF uses (see [`fonts`]); a
//! question is laid out as one block and never split across pages.

mod builder;
mod credits;
pub mod fonts;
pub mod page;
mod paginate;
pub mod pdf;
mod question;
pub mod shapes;
mod typo;
mod wrap;

pub use credits::license_name;
pub use page::{Item, ItemKind, Page, Rect, Role, Tag, TextRun};
pub use paginate::layout;
pub use pdf::{PdfError, to_pdf};
pub use typo::french;

use crate::i18n::Lang;
use crate::model::Quiz;

/// Paper sizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// `a4` or `letter`.
    pub fn parse(s: &str) -> Option<Paper> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    /// The usual paper where the quiz's language is spoken: Letter for American (and
    /// Canadian) English, A4 everywhere else.
    pub fn for_language(code: &str) -> Paper {
        let code = code.replace('_', "-").to_ascii_lowercase();
        if code == "en-us" || code == "en-ca" {
            Paper::Letter
        } else {
            Paper::A4
        }
    }
}

/// What to print.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PrintOptions {
    /// The corrigé (right answers, explanations, sources) instead of the participant sheet.
    pub answers: bool,
    /// Only these levels (ids); empty = every question.
    pub levels: Vec<String>,
    pub paper: Paper,
    /// Language of the sheet's own words ("Cochez…", "page 2 / 5").
    pub lang: Lang,
}

impl PrintOptions {
    /// Defaults for `quiz`: its language for the sheet's words when we speak it (else `ui`),
    /// its usual paper.
    pub fn for_quiz(quiz: &Quiz, ui: Lang) -> Self {
        Self {
            answers: false,
            levels: Vec::new(),
            paper: Paper::for_language(&quiz.language),
            lang: Lang::from_code(&quiz.language).unwrap_or(ui),
        }
    }

    /// The questions printed, in level order (indices into `quiz.questions`).
    pub fn questions(&self, quiz: &Quiz) -> Vec<usize> {
        quiz.in_level_order()
            .into_iter()
            .filter(|&i| self.levels.is_empty() || self.levels.contains(&quiz.questions[i].level))
            .collect()
    }
}

/// A laid-out handout.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub pages: Vec<Page>,
    /// Document title (metadata).
    pub title: String,
    /// Language of the content (metadata), e.g. `fr`.
    pub language: String,
    /// How many questions are printed.
    pub questions: usize,
}

/// Quiz → PDF bytes in one call.
pub fn print(quiz: &Quiz, options: &PrintOptions) -> Result<(Layout, Vec<u8>), PdfError> {
    let layout = layout(quiz, options);
    let bytes = to_pdf(&layout, quiz)?;
    Ok((layout, bytes))
}
