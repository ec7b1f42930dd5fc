//! Small changes inside one question: choices, ordering items, hotspot regions.
//!
//! Pure functions on a [`Question`] clone; the caller wraps the result with
//! [`super::edit_question`] so removed choice images are dropped and undo works.

use crate::model::{Choice, Limits, Question, QuestionKind, Region};

/// Adds an empty choice (up to the format's maximum).
pub fn add_choice(q: &mut Question) {
    if let Some(choices) = q.kind.choices_mut()
        && choices.len() < Limits::MAX_CHOICES
    {
        choices.push(Choice::default());
    }
}

pub fn remove_choice(q: &mut Question, c: usize) {
    if let Some(choices) = q.kind.choices_mut()
        && c < choices.len()
    {
        choices.remove(c);
    }
}

/// Swaps choice `c` with the previous (`up`) or next one.
pub fn move_choice(q: &mut Question, c: usize, up: bool) {
    if let Some(choices) = q.kind.choices_mut() {
        swap_neighbour(choices, c, up);
    }
}

/// Marks choice `c` correct or not. A single-choice question keeps exactly one correct
/// answer (radio buttons); a poll has none.
pub fn set_correct(q: &mut Question, c: usize, correct: bool) {
    match &mut q.kind {
        QuestionKind::SingleChoice { choices } => {
            if correct {
                for (i, choice) in choices.iter_mut().enumerate() {
                    choice.correct = i == c;
                }
            } else if let Some(choice) = choices.get_mut(c) {
                choice.correct = false;
            }
        }
        QuestionKind::MultipleChoice { choices } => {
            if let Some(choice) = choices.get_mut(c) {
                choice.correct = correct;
            }
        }
        _ => {}
    }
}

pub fn add_item(q: &mut Question) {
    if let QuestionKind::Ordering { items } = &mut q.kind
        && items.len() < Limits::MAX_ITEMS
    {
        items.push(String::new());
    }
}

pub fn remove_item(q: &mut Question, i: usize) {
    if let QuestionKind::Ordering { items } = &mut q.kind
        && i < items.len()
    {
        items.remove(i);
    }
}

pub fn move_item(q: &mut Question, i: usize, up: bool) {
    if let QuestionKind::Ordering { items } = &mut q.kind {
        swap_neighbour(items, i, up);
    }
}

/// The regions of a hotspot question.
pub fn regions_mut(q: &mut Question) -> Option<&mut Vec<Region>> {
    match &mut q.kind {
        QuestionKind::Hotspot { regions } => Some(regions),
        _ => None,
    }
}

/// Adds `region` (clamped into the image) and returns its index.
pub fn add_region(q: &mut Question, region: Region) -> Option<usize> {
    let regions = regions_mut(q)?;
    if regions.len() >= Limits::MAX_REGIONS {
        return None;
    }
    regions.push(clamp_region(region));
    Some(regions.len() - 1)
}

pub fn set_region(q: &mut Question, r: usize, region: Region) {
    if let Some(slot) = regions_mut(q).and_then(|rs| rs.get_mut(r)) {
        let extra = std::mem::take(&mut slot.extra);
        *slot = Region {
            extra,
            ..clamp_region(region)
        };
    }
}

pub fn remove_region(q: &mut Question, r: usize) {
    if let Some(regions) = regions_mut(q)
        && r < regions.len()
    {
        regions.remove(r);
    }
}

/// Smallest side of a region, as a fraction of the image (a visible, clickable area).
pub const MIN_REGION_SIDE: f64 = 0.01;

/// Keeps a rectangle inside the image, at least [`MIN_REGION_SIDE`] wide and high, rounded to
/// 1/10,000 so files stay readable.
pub fn clamp_region(region: Region) -> Region {
    let round = |v: f64| (v * 10_000.0).round() / 10_000.0;
    let width = region.w.clamp(MIN_REGION_SIDE, 1.0);
    let height = region.h.clamp(MIN_REGION_SIDE, 1.0);
    let left = round(region.x.clamp(0.0, 1.0 - width));
    let top = round(region.y.clamp(0.0, 1.0 - height));
    Region {
        x: left,
        y: top,
        w: round(width.min(1.0 - left)),
        h: round(height.min(1.0 - top)),
        extra: region.extra,
    }
}

fn swap_neighbour<T>(list: &mut [T], i: usize, up: bool) {
    let j = if up { i.checked_sub(1) } else { Some(i + 1) };
    if let Some(j) = j.filter(|&j| j < list.len())
        && i < list.len()
    {
        list.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuestionType;

    fn texts(q: &Question) -> Vec<(String, bool)> {
        q.kind
            .choices()
            .unwrap()
            .iter()
            .map(|c| (c.text.clone(), c.correct))
            .collect()
    }

    #[test]
    fn single_choice_keeps_one_correct_answer() {
        let mut q = Question::new("q", "l", QuestionType::SingleChoice.empty_kind());
        add_choice(&mut q);
        set_correct(&mut q, 0, true);
        set_correct(&mut q, 2, true);
        let correct: Vec<bool> = texts(&q).into_iter().map(|(_, c)| c).collect();
        assert_eq!(correct, [false, false, true]);
        move_choice(&mut q, 2, true);
        assert!(texts(&q)[1].1);
        move_choice(&mut q, 0, true); // already first: nothing
        remove_choice(&mut q, 1);
        assert_eq!(texts(&q).len(), 2);
        assert!(texts(&q).iter().all(|(_, c)| !c));
    }

    #[test]
    fn choices_are_bounded() {
        let mut q = Question::new("q", "l", QuestionType::MultipleChoice.empty_kind());
        for _ in 0..20 {
            add_choice(&mut q);
        }
        assert_eq!(texts(&q).len(), Limits::MAX_CHOICES);
        set_correct(&mut q, 1, true);
        set_correct(&mut q, 3, true);
        assert_eq!(texts(&q).iter().filter(|(_, c)| *c).count(), 2);
    }

    #[test]
    fn items_move_and_regions_are_clamped() {
        let mut q = Question::new("q", "l", QuestionType::Ordering.empty_kind());
        if let QuestionKind::Ordering { items } = &mut q.kind {
            *items = vec!["a".into(), "b".into()];
        }
        add_item(&mut q);
        move_item(&mut q, 0, false);
        remove_item(&mut q, 2);
        assert_eq!(
            q.kind,
            QuestionKind::Ordering {
                items: vec!["b".into(), "a".into()]
            }
        );
        let mut h = Question::new("h", "l", QuestionType::Hotspot.empty_kind());
        let r = add_region(&mut h, Region::new(0.9, -0.2, 0.3, 0.00001)).unwrap();
        let region = &regions_mut(&mut h).unwrap()[r];
        assert!(region.is_in_range(), "{region:?}");
        assert!((region.x - 0.7).abs() < 1e-9 && region.y == 0.0);
        assert!((region.h - MIN_REGION_SIDE).abs() < 1e-9);
        set_region(&mut h, 0, Region::new(0.1, 0.2, 0.3, 0.4));
        assert_eq!(
            regions_mut(&mut h).unwrap()[0],
            Region::new(0.1, 0.2, 0.3, 0.4)
        );
        remove_region(&mut h, 0);
        assert!(regions_mut(&mut h).unwrap().is_empty());
    }
}
