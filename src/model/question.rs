//! One question of a quiz and its type-specific content.

use super::{Extra, SourceRef};

/// An image shown with a question or a choice; `alt` is read by screen readers and shown when
/// the image cannot be displayed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageRef {
    pub asset: String,
    pub alt: String,
    pub extra: Extra,
}

/// An answer of a choice or poll question: text, image or both.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choice {
    pub text: String,
    pub image: Option<ImageRef>,
    pub correct: bool,
    pub extra: Extra,
}

impl Choice {
    pub fn text(text: impl Into<String>, correct: bool) -> Self {
        Self {
            text: text.into(),
            correct,
            ..Self::default()
        }
    }
}

/// A correct area of a hotspot image, as fractions (0–1) of the image size.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Region {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub extra: Extra,
}

impl Region {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Self {
            x,
            y,
            w,
            h,
            extra: Extra::new(),
        }
    }
}

impl Region {
    /// True when the rectangle lies inside the image and is not empty.
    pub fn is_in_range(&self) -> bool {
        let ok = |v: f64| v.is_finite() && (0.0..=1.0).contains(&v);
        ok(self.x)
            && ok(self.y)
            && ok(self.w)
            && ok(self.h)
            && self.w > 0.0
            && self.h > 0.0
            && self.x + self.w <= 1.0 + 1e-9
            && self.y + self.h <= 1.0 + 1e-9
    }

    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }
}

/// A competence from a reference framework (CRCN, DigComp…).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Competence {
    pub framework: String,
    pub code: String,
    pub level: Option<u8>,
    pub extra: Extra,
}

/// The type-specific part of a question.
#[derive(Clone, Debug, PartialEq)]
pub enum QuestionKind {
    SingleChoice {
        choices: Vec<Choice>,
    },
    MultipleChoice {
        choices: Vec<Choice>,
    },
    TrueFalse {
        answer: bool,
    },
    Poll {
        choices: Vec<Choice>,
    },
    Ordering {
        items: Vec<String>,
    },
    Hotspot {
        regions: Vec<Region>,
    },
    Open {
        answer_text: String,
    },
    /// A type this version does not know (written by a newer one): kept as it is, its own
    /// fields in the question's `extra`, written back unchanged; never presented.
    Unknown {
        type_name: String,
    },
}

/// The `type` of a question, without its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionType {
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    Poll,
    Ordering,
    Hotspot,
    Open,
    /// Not one of [`Self::ALL`]: see [`QuestionKind::Unknown`].
    Unknown,
}

impl QuestionType {
    pub const ALL: [QuestionType; 7] = [
        Self::SingleChoice,
        Self::MultipleChoice,
        Self::TrueFalse,
        Self::Poll,
        Self::Ordering,
        Self::Hotspot,
        Self::Open,
    ];

    /// The `type` value in the file (an unknown type writes its own name, see
    /// [`Question::type_name`]).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unknown => "unknown",
            Self::SingleChoice => "single_choice",
            Self::MultipleChoice => "multiple_choice",
            Self::TrueFalse => "true_false",
            Self::Poll => "poll",
            Self::Ordering => "ordering",
            Self::Hotspot => "hotspot",
            Self::Open => "open",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Translation key of the type's human name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::SingleChoice => "type.single_choice",
            Self::MultipleChoice => "type.multiple_choice",
            Self::TrueFalse => "type.true_false",
            Self::Poll => "type.poll",
            Self::Ordering => "type.ordering",
            Self::Hotspot => "type.hotspot",
            Self::Open => "type.open",
            Self::Unknown => "type.unknown",
        }
    }

    /// Empty content of this type, ready to be filled in.
    pub fn empty_kind(self) -> QuestionKind {
        let two = || vec![Choice::default(), Choice::default()];
        match self {
            Self::SingleChoice => QuestionKind::SingleChoice { choices: two() },
            Self::MultipleChoice => QuestionKind::MultipleChoice { choices: two() },
            Self::TrueFalse => QuestionKind::TrueFalse { answer: true },
            Self::Poll => QuestionKind::Poll { choices: two() },
            Self::Ordering => QuestionKind::Ordering {
                items: vec![String::new(), String::new()],
            },
            Self::Hotspot => QuestionKind::Hotspot {
                regions: Vec::new(),
            },
            Self::Open => QuestionKind::Open {
                answer_text: String::new(),
            },
            Self::Unknown => QuestionKind::Unknown {
                type_name: String::new(),
            },
        }
    }
}

impl QuestionKind {
    pub fn question_type(&self) -> QuestionType {
        match self {
            Self::SingleChoice { .. } => QuestionType::SingleChoice,
            Self::MultipleChoice { .. } => QuestionType::MultipleChoice,
            Self::TrueFalse { .. } => QuestionType::TrueFalse,
            Self::Poll { .. } => QuestionType::Poll,
            Self::Ordering { .. } => QuestionType::Ordering,
            Self::Hotspot { .. } => QuestionType::Hotspot,
            Self::Open { .. } => QuestionType::Open,
            Self::Unknown { .. } => QuestionType::Unknown,
        }
    }

    /// A type this version does not know, kept as it is.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }

    /// The choices of choice-like questions (single, multiple, poll).
    pub fn choices(&self) -> Option<&[Choice]> {
        match self {
            Self::SingleChoice { choices }
            | Self::MultipleChoice { choices }
            | Self::Poll { choices } => Some(choices),
            _ => None,
        }
    }

    pub fn choices_mut(&mut self) -> Option<&mut Vec<Choice>> {
        match self {
            Self::SingleChoice { choices }
            | Self::MultipleChoice { choices }
            | Self::Poll { choices } => Some(choices),
            _ => None,
        }
    }

    /// Converts to another type, keeping what can be kept (choice texts, items…).
    #[must_use]
    pub fn converted(&self, to: QuestionType) -> QuestionKind {
        let texts: Vec<String> = match self {
            Self::SingleChoice { choices }
            | Self::MultipleChoice { choices }
            | Self::Poll { choices } => choices.iter().map(|c| c.text.clone()).collect(),
            Self::Ordering { items } => items.clone(),
            _ => Vec::new(),
        };
        let mut kind = to.empty_kind();
        if let Some(choices) = self.choices() {
            if let Some(target) = kind.choices_mut() {
                let keep_correct = to != QuestionType::Poll;
                *target = choices
                    .iter()
                    .map(|c| Choice {
                        correct: keep_correct && c.correct,
                        ..c.clone()
                    })
                    .collect();
            } else if let Self::Ordering { items } = &mut kind {
                *items = texts;
            }
        } else if let (false, Some(target)) = (texts.is_empty(), kind.choices_mut()) {
            *target = texts.into_iter().map(|t| Choice::text(t, false)).collect();
        }
        if let (Self::SingleChoice { choices }, Some(first)) = (
            &mut kind,
            self.choices().map(|c| c.iter().position(|c| c.correct)),
        ) {
            // Keep only the first correct answer when narrowing to single choice.
            for (i, c) in choices.iter_mut().enumerate() {
                c.correct = first == Some(i);
            }
        }
        kind
    }
}

/// One question.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: String,
    pub level: String,
    pub prompt: String,
    pub image: Option<ImageRef>,
    pub kind: QuestionKind,
    /// The "pourquoi" shown after the reveal.
    pub explanation: String,
    /// Presenter-only notes; never shown to the audience.
    pub notes: String,
    pub source: Option<SourceRef>,
    pub time_limit_s: Option<u32>,
    pub tags: Vec<String>,
    pub competences: Vec<Competence>,
    pub extra: Extra,
}

impl Question {
    pub fn new(id: impl Into<String>, level: impl Into<String>, kind: QuestionKind) -> Self {
        Self {
            id: id.into(),
            level: level.into(),
            prompt: String::new(),
            image: None,
            kind,
            explanation: String::new(),
            notes: String::new(),
            source: None,
            time_limit_s: None,
            tags: Vec::new(),
            competences: Vec::new(),
            extra: Extra::new(),
        }
    }

    pub fn question_type(&self) -> QuestionType {
        self.kind.question_type()
    }

    /// The `type` written in the file: the known type's name, or the unknown one as it came.
    pub fn type_name(&self) -> &str {
        match &self.kind {
            QuestionKind::Unknown { type_name } => type_name,
            kind => kind.question_type().as_str(),
        }
    }

    /// Every asset id this question shows (question image and choice images).
    pub fn asset_ids(&self) -> impl Iterator<Item = &str> {
        let choice_images = self
            .kind
            .choices()
            .unwrap_or_default()
            .iter()
            .filter_map(|c| c.image.as_ref());
        self.image
            .iter()
            .chain(choice_images)
            .map(|img| img.asset.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_range() {
        assert!(Region::new(0.1, 0.1, 0.5, 0.9).is_in_range());
        assert!(!Region::new(0.6, 0.1, 0.5, 0.1).is_in_range());
        assert!(!Region::new(0.1, 0.1, 0.0, 0.1).is_in_range());
        assert!(!Region::new(f64::NAN, 0.1, 0.1, 0.1).is_in_range());
    }

    #[test]
    fn conversion_keeps_texts_and_narrows_correct_answers() {
        let multi = QuestionKind::MultipleChoice {
            choices: vec![
                Choice::text("a", false),
                Choice::text("b", true),
                Choice::text("c", true),
            ],
        };
        let single = multi.converted(QuestionType::SingleChoice);
        let correct: Vec<bool> = single
            .choices()
            .unwrap()
            .iter()
            .map(|c| c.correct)
            .collect();
        assert_eq!(correct, [false, true, false]);
        let poll = multi.converted(QuestionType::Poll);
        assert!(poll.choices().unwrap().iter().all(|c| !c.correct));
        let ordering = multi.converted(QuestionType::Ordering);
        assert_eq!(
            ordering,
            QuestionKind::Ordering {
                items: vec!["a".into(), "b".into(), "c".into()]
            }
        );
        let back = ordering.converted(QuestionType::Poll);
        assert_eq!(back.choices().unwrap().len(), 3);
    }
}
