//! Images of questions and choices: set, remove, credit.

use super::{batch, drop_orphans, edit_question};
use crate::app::edit::Edit;
use crate::model::{Asset, Credit, ImageRef, Quiz};

/// The edit that stores `asset` and shows it as `question`'s image (or choice image),
/// keeping the previous alt text. Returns the edit and the new asset id.
///
/// The replaced image is dropped when nothing else shows it, so files stay small.
pub fn set_image(
    quiz: &Quiz,
    question: usize,
    choice: Option<usize>,
    asset: Asset,
) -> Option<(Edit, String)> {
    let old = quiz.questions.get(question)?;
    let mut q = old.clone();
    let id = quiz.fresh_asset_id(&format!("img-{}", q.id));
    let slot = match choice {
        None => &mut q.image,
        Some(c) => &mut q.kind.choices_mut()?.get_mut(c)?.image,
    };
    let alt = slot.as_ref().map(|i| i.alt.clone()).unwrap_or_default();
    *slot = Some(ImageRef {
        asset: id.clone(),
        alt,
        ..ImageRef::default()
    });
    let mut edits = vec![Edit::SetAsset {
        id: id.clone(),
        asset: Some(Box::new(asset)),
    }];
    edits.extend(drop_orphans(quiz, question, old, Some(&q)));
    edits.insert(
        1,
        Edit::SetQuestion {
            index: question,
            question: Box::new(q),
        },
    );
    Some((batch(edits), id))
}

/// Removes the image of a question (or of one of its choices).
pub fn remove_image(quiz: &Quiz, question: usize, choice: Option<usize>) -> Option<Edit> {
    edit_question(quiz, question, |q| match choice {
        None => q.image = None,
        Some(c) => {
            if let Some(choice) = q.kind.choices_mut().and_then(|cs| cs.get_mut(c)) {
                choice.image = None;
            }
        }
    })
}

/// Replaces the credit of image `id`.
pub fn set_credit(quiz: &Quiz, id: &str, credit: Credit) -> Option<Edit> {
    let mut asset = quiz.assets.get(id)?.clone();
    asset.credit = credit;
    Some(Edit::SetAsset {
        id: id.to_owned(),
        asset: Some(Box::new(asset)),
    })
}
