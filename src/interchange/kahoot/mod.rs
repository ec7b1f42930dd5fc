//! Kahoot spreadsheet (`.xlsx`, Kahoot's own template) ⇄ quiz.
//!
//! Placeholder with the module contract (see `interchange/mod.rs`); the converter itself is
//! being written on its own branch and replaces this file.

use super::{Export, Import, ImportContext, Location, Problem, Refusal};
use crate::model::Quiz;

/// Reads a kahoot file.
pub fn import(_bytes: &[u8], _ctx: &ImportContext) -> Result<Import, Refusal> {
    Err(Refusal {
        problems: vec![pending()],
    })
}

/// Writes `quiz` as a kahoot file.
pub fn export(_quiz: &Quiz) -> Export {
    Export {
        bytes: Vec::new(),
        problems: vec![pending()],
    }
}

fn pending() -> Problem {
    Problem::error(
        Location::File,
        "interchange.pending",
        "interchange.pending.hint",
    )
}
