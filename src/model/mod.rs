//! The quiz data, exactly as format v1 describes it — and nothing else.
//!
//! This layer knows neither egui nor the file system: it is the vocabulary every other layer
//! (file format, CLI, editor, presenter) shares. The model can hold *invalid* content (a single
//! choice question with no correct answer while the author is still writing it); [`validate`]
//! says what is wrong instead of the types forbidding it, because an editor must be able to hold
//! a half-written question without losing it.

mod asset;
mod competence;
mod credits;
mod diagnostic;
mod license;
mod question;
mod quiz;
mod validate;

pub use asset::{Asset, MediaType};
pub use competence::{CRCN, CrcnCompetence, FRAMEWORKS, crcn_name};
pub use credits::{Author, Credit, Source, SourceRef, SourceUse};
pub use diagnostic::{Diagnostic, IdKind, Problem, Severity, Subject, ValueKind};
pub use license::{ALL_RIGHTS_RESERVED, SEE_SITE, license_name};
pub use question::{Choice, Competence, ImageRef, Question, QuestionKind, QuestionType, Region};
pub use quiz::{Level, Quiz};
pub use validate::{Limits, validate};

/// Unknown fields of an object, kept verbatim so they survive a load/save cycle.
pub type Extra = serde_json::Map<String, serde_json::Value>;
