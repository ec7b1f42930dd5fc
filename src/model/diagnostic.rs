//! Errors and warnings about a quiz, shared by the file loader, the validator, the CLI and the
//! editor's checks panel.
//!
//! A [`Diagnostic`] is data (what, where); its text is produced in the user's language by
//! [`Diagnostic::message`] and [`Diagnostic::hint`], so the same diagnostic prints in French in
//! the CLI and in English in the GUI if that is what the user chose.

use std::fmt::Display;

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => lang.t("diag.severity.error"),
            Severity::Warning => lang.t("diag.severity.warning"),
        }
    }
}

/// What a diagnostic is about. `number`s are 1-based positions as people count them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    File,
    Author { number: usize },
    Source { id: String, number: usize },
    Level { id: String, number: usize },
    Question { id: String, number: usize },
    Asset { id: String },
}

/// The kinds of ids that must be unique and resolvable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdKind {
    Question,
    Level,
    Source,
    Asset,
}

/// JSON value kinds, to say what a field should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueKind {
    Text,
    Integer,
    PositiveInteger,
    Number,
    Bool,
    List,
    Object,
}

/// Everything that can be wrong with a quiz file. Field names are in `Diagnostic::field`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    // Structural errors: the file cannot be turned into a quiz.
    /// Not a quiz at all (a text, a document, an image…): it does not even start like one.
    NotAQuiz,
    NotJson {
        truncated: bool,
    },
    InvalidUtf8,
    NestingTooDeep {
        max: usize,
    },
    FileTooLarge {
        size_mb: u64,
        max_mb: u64,
    },
    RootNotObject,
    WrongFormat {
        found: String,
    },
    NewerVersion {
        found: u64,
    },
    BadVersion,
    MissingField,
    WrongType {
        expected: ValueKind,
    },
    UnknownType {
        found: String,
    },
    BadEnum {
        found: String,
        allowed: &'static str,
    },
    BadBase64,
    BadMediaType {
        found: String,
    },
    MediaTypeMismatch {
        declared: &'static str,
        actual: &'static str,
    },
    ImageUndecodable,
    ImageTooLarge {
        width: u32,
        height: u32,
        max: u32,
    },
    AssetTooLarge {
        size_mb: u64,
        max_mb: u64,
    },
    // Content errors: representable, but not a valid quiz yet.
    EmptyField,
    NoLevels,
    IdTooLong {
        max: usize,
    },
    DuplicateId {
        kind: IdKind,
        id: String,
    },
    UnresolvedRef {
        kind: IdKind,
        id: String,
    },
    NoCorrectAnswer,
    TooManyCorrect {
        found: usize,
    },
    PollWithCorrect,
    CountOutOfRange {
        min: usize,
        max: usize,
        found: usize,
    },
    ChoiceEmpty,
    RegionOutOfRange,
    OutOfRange {
        min: i64,
        max: i64,
        found: i64,
    },
    BadDate {
        found: String,
    },
    BadLanguage {
        found: String,
    },
    // Warnings: the quiz is valid but something is missing for sharing or accessibility.
    NoLicense,
    NoAlt,
    SourceNoLicense,
    AssetNoCredit,
    AssetCreditNoLicense,
    UnusedAsset,
    UnusedSource,
    EmptyLevel,
    NoExplanation,
    /// A prompt longer than the projector shows at the smallest size the room can read.
    LongPrompt {
        chars: usize,
        max: usize,
    },
}

impl Problem {
    pub fn severity(&self) -> Severity {
        use Problem::{
            AssetCreditNoLicense, AssetNoCredit, BadEnum, EmptyLevel, LongPrompt, NoAlt,
            NoExplanation, NoLicense, SourceNoLicense, UnusedAsset, UnusedSource,
        };
        match self {
            // BadEnum: a value written by a newer version, kept as it is (docs/FORMAT.md 7.9).
            NoLicense
            | NoAlt
            | SourceNoLicense
            | AssetNoCredit
            | AssetCreditNoLicense
            | UnusedAsset
            | UnusedSource
            | EmptyLevel
            | NoExplanation
            | LongPrompt { .. }
            | BadEnum { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// Structural errors stop the app from opening the file; content errors (and warnings) do
    /// not, so the author can open a draft and fix it.
    pub fn is_structural(&self) -> bool {
        use Problem::{
            AssetTooLarge, BadBase64, BadMediaType, BadVersion, FileTooLarge, ImageTooLarge,
            ImageUndecodable, InvalidUtf8, MediaTypeMismatch, MissingField, NestingTooDeep,
            NewerVersion, NotAQuiz, NotJson, RootNotObject, WrongFormat, WrongType,
        };
        matches!(
            self,
            NotAQuiz
                | NotJson { .. }
                | InvalidUtf8
                | NestingTooDeep { .. }
                | FileTooLarge { .. }
                | RootNotObject
                | WrongFormat { .. }
                | NewerVersion { .. }
                | BadVersion
                | MissingField
                | WrongType { .. }
                | BadBase64
                | BadMediaType { .. }
                | MediaTypeMismatch { .. }
                | ImageUndecodable
                | ImageTooLarge { .. }
                | AssetTooLarge { .. }
        )
    }

    /// A stable machine-readable code (used by `check --json` and the test corpus).
    pub fn code(&self) -> &'static str {
        self.keys().0.trim_start_matches("diag.")
    }

    /// Translation keys of the message and of the hint.
    fn keys(&self) -> (&'static str, &'static str) {
        macro_rules! k {
            ($name:literal) => {
                (concat!("diag.", $name), concat!("diag.", $name, ".hint"))
            };
        }
        match self {
            Problem::NotAQuiz => k!("not_a_quiz"),
            Problem::NotJson { truncated: true } => k!("truncated_json"),
            Problem::NotJson { truncated: false } => k!("not_json"),
            Problem::InvalidUtf8 => k!("invalid_utf8"),
            Problem::NestingTooDeep { .. } => k!("nesting_too_deep"),
            Problem::FileTooLarge { .. } => k!("file_too_large"),
            Problem::RootNotObject => k!("root_not_object"),
            Problem::WrongFormat { .. } => k!("wrong_format"),
            Problem::NewerVersion { .. } => k!("newer_version"),
            Problem::BadVersion => k!("bad_version"),
            Problem::MissingField => k!("missing_field"),
            Problem::WrongType { .. } => k!("wrong_type"),
            Problem::UnknownType { .. } => k!("unknown_type"),
            Problem::BadEnum { .. } => k!("bad_enum"),
            Problem::BadBase64 => k!("bad_base64"),
            Problem::BadMediaType { .. } => k!("bad_media_type"),
            Problem::MediaTypeMismatch { .. } => k!("media_type_mismatch"),
            Problem::ImageUndecodable => k!("image_undecodable"),
            Problem::ImageTooLarge { .. } => k!("image_too_large"),
            Problem::AssetTooLarge { .. } => k!("asset_too_large"),
            Problem::EmptyField => k!("empty_field"),
            Problem::NoLevels => k!("no_levels"),
            Problem::IdTooLong { .. } => k!("id_too_long"),
            Problem::DuplicateId { .. } => k!("duplicate_id"),
            Problem::UnresolvedRef { .. } => k!("unresolved_ref"),
            Problem::NoCorrectAnswer => k!("no_correct_answer"),
            Problem::TooManyCorrect { .. } => k!("too_many_correct"),
            Problem::PollWithCorrect => k!("poll_with_correct"),
            Problem::CountOutOfRange { .. } => k!("count_out_of_range"),
            Problem::ChoiceEmpty => k!("choice_empty"),
            Problem::RegionOutOfRange => k!("region_out_of_range"),
            Problem::OutOfRange { .. } => k!("out_of_range"),
            Problem::BadDate { .. } => k!("bad_date"),
            Problem::BadLanguage { .. } => k!("bad_language"),
            Problem::NoLicense => k!("no_license"),
            Problem::NoAlt => k!("no_alt"),
            Problem::SourceNoLicense => k!("source_no_license"),
            Problem::AssetNoCredit => k!("asset_no_credit"),
            Problem::AssetCreditNoLicense => k!("asset_credit_no_license"),
            Problem::UnusedAsset => k!("unused_asset"),
            Problem::UnusedSource => k!("unused_source"),
            Problem::EmptyLevel => k!("empty_level"),
            Problem::NoExplanation => k!("no_explanation"),
            Problem::LongPrompt { .. } => k!("long_prompt"),
        }
    }

    fn with_args<R>(&self, lang: Lang, f: impl FnOnce(&[(&str, &dyn Display)]) -> R) -> R {
        match self {
            Problem::NestingTooDeep { max } | Problem::IdTooLong { max } => f(&[("max", max)]),
            Problem::FileTooLarge { size_mb, max_mb }
            | Problem::AssetTooLarge { size_mb, max_mb } => {
                f(&[("size", size_mb), ("max", max_mb)])
            }
            Problem::WrongFormat { found }
            | Problem::UnknownType { found }
            | Problem::BadMediaType { found }
            | Problem::BadDate { found }
            | Problem::BadLanguage { found } => f(&[("found", found)]),
            Problem::BadEnum { found, allowed } => f(&[("found", found), ("allowed", allowed)]),
            Problem::NewerVersion { found } => f(&[("found", found)]),
            Problem::WrongType { expected } => f(&[("expected", &expected.label(lang))]),
            Problem::MediaTypeMismatch { declared, actual } => {
                f(&[("declared", declared), ("actual", actual)])
            }
            Problem::ImageTooLarge { width, height, max } => {
                f(&[("width", width), ("height", height), ("max", max)])
            }
            Problem::DuplicateId { kind, id } | Problem::UnresolvedRef { kind, id } => {
                f(&[("kind", &kind.label(lang)), ("id", id)])
            }
            Problem::TooManyCorrect { found } => f(&[("found", found)]),
            Problem::LongPrompt { chars, max } => f(&[("chars", chars), ("max", max)]),
            Problem::CountOutOfRange { min, max, found } => {
                f(&[("min", min), ("max", max), ("found", found)])
            }
            Problem::OutOfRange { min, max, found } => {
                f(&[("min", min), ("max", max), ("found", found)])
            }
            _ => f(&[]),
        }
    }
}

impl IdKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            IdKind::Question => lang.t("diag.kind.question"),
            IdKind::Level => lang.t("diag.kind.level"),
            IdKind::Source => lang.t("diag.kind.source"),
            IdKind::Asset => lang.t("diag.kind.asset"),
        }
    }
}

impl ValueKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ValueKind::Text => lang.t("diag.value.text"),
            ValueKind::Integer => lang.t("diag.value.integer"),
            ValueKind::PositiveInteger => lang.t("diag.value.positive_integer"),
            ValueKind::Number => lang.t("diag.value.number"),
            ValueKind::Bool => lang.t("diag.value.bool"),
            ValueKind::List => lang.t("diag.value.list"),
            ValueKind::Object => lang.t("diag.value.object"),
        }
    }
}

/// One error or warning, located in the quiz.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub problem: Problem,
    pub subject: Subject,
    /// Path of the field inside the subject (`choices[2].text`); empty for the subject itself.
    pub field: String,
    /// 1-based line and column, for syntax errors.
    pub position: Option<(usize, usize)>,
}

impl Diagnostic {
    pub fn new(problem: Problem, subject: Subject, field: impl Into<String>) -> Self {
        Self {
            problem,
            subject,
            field: field.into(),
            position: None,
        }
    }

    pub fn at(problem: Problem, line: usize, column: usize) -> Self {
        Self {
            problem,
            subject: Subject::File,
            field: String::new(),
            position: Some((line, column)),
        }
    }

    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// What is wrong, in the user's language, naming the field.
    pub fn message(&self, lang: Lang) -> String {
        let text = self
            .problem
            .with_args(lang, |args| lang.f(self.problem.keys().0, args));
        if self.field.is_empty() {
            text
        } else {
            lang.f(
                "diag.field_prefix",
                &[("field", &self.field), ("text", &text)],
            )
        }
    }

    /// How to fix it, in the user's language.
    pub fn hint(&self, lang: Lang) -> String {
        self.problem
            .with_args(lang, |args| lang.f(self.problem.keys().1, args))
    }

    /// Where, in the user's language: `question «q3» (n°4)`; empty for the whole file.
    pub fn subject_label(&self, lang: Lang) -> String {
        match &self.subject {
            Subject::File => String::new(),
            Subject::Author { number } => lang.f("diag.subject.author", &[("n", number)]),
            Subject::Source { id, number } => {
                lang.f("diag.subject.source", &[("id", id), ("n", number)])
            }
            Subject::Level { id, number } => {
                lang.f("diag.subject.level", &[("id", id), ("n", number)])
            }
            Subject::Question { id, number } => {
                lang.f("diag.subject.question", &[("id", id), ("n", number)])
            }
            Subject::Asset { id } => lang.f("diag.subject.asset", &[("id", id)]),
        }
    }

    /// The question this diagnostic is about, if any.
    pub fn question_id(&self) -> Option<&str> {
        match &self.subject {
            Subject::Question { id, .. } => Some(id),
            _ => None,
        }
    }
}
