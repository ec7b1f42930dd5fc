//! Building [`Edit`]s for user actions, as pure functions of the current quiz.
//!
//! Kept apart from the applier and from the UI so each action can be unit-tested on plain
//! data: "deleting a level moves its questions to the end of the chosen level", "removing a
//! choice with an image also drops the image if nothing else shows it". The UI calls these
//! builders with `&Quiz` and pushes the resulting edit as a command; undo comes for free.

mod images;
mod import;
mod levels;
pub mod parts;
mod questions;
mod sources;

pub use images::{remove_image, set_credit, set_image};
pub use import::import_questions;
pub use levels::{add_level, delete_level, move_level, regroup_by_level};
pub use questions::{
    DropTarget, add_question, convert_type, delete_question, drop_question, duplicate_question,
    edit_question, insertion_index, move_to_level, move_within_level,
};
pub use sources::{add_source, remove_source, set_source_use};

use std::collections::BTreeSet;

use super::edit::Edit;
use crate::model::{Question, Quiz};

/// `SetAsset { None }` edits for the images `old` showed that nothing shows any more once
/// question `index` is `new` (`None`: the question is removed). Keeps files small.
fn drop_orphans(quiz: &Quiz, index: usize, old: &Question, new: Option<&Question>) -> Vec<Edit> {
    let still_here: BTreeSet<&str> = new.map(|q| q.asset_ids().collect()).unwrap_or_default();
    let gone: BTreeSet<&str> = old
        .asset_ids()
        .filter(|id| !still_here.contains(id))
        .collect();
    gone.into_iter()
        .filter(|id| quiz.assets.contains_key(*id))
        .filter(|id| {
            !quiz
                .questions
                .iter()
                .enumerate()
                .any(|(j, q)| j != index && q.asset_ids().any(|a| a == *id))
        })
        .map(|id| Edit::SetAsset {
            id: id.to_owned(),
            asset: None,
        })
        .collect()
}

/// Wraps several edits as one undo step (or returns the single edit).
fn batch(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
}
