//! The quiz document: metadata, levels, questions and embedded assets.

use std::collections::BTreeMap;

use super::{Asset, Author, Extra, Question, Source};

/// A difficulty level ("Découverte", "Pratique"…). Levels are listed easiest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Level {
    pub id: String,
    pub name: String,
    pub description: String,
    pub extra: Extra,
}

/// A whole quiz, as stored in one `*.quiz.json` file.
///
/// Optional text fields use an empty string for "absent" so the editor can bind them directly;
/// writers omit them when empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Quiz {
    pub title: String,
    pub description: String,
    /// BCP-47 language of the quiz *content* (not of the app).
    pub language: String,
    pub authors: Vec<Author>,
    pub license: String,
    /// `YYYY-MM-DD`, or empty.
    pub created: String,
    /// `YYYY-MM-DD`, or empty; refreshed on every save.
    pub modified: String,
    pub sources: Vec<Source>,
    pub levels: Vec<Level>,
    pub questions: Vec<Question>,
    /// Sorted by id so saved files diff cleanly.
    pub assets: BTreeMap<String, Asset>,
    pub extra: Extra,
}

impl Default for Quiz {
    fn default() -> Self {
        Self {
            title: String::new(),
            description: String::new(),
            language: Self::DEFAULT_LANGUAGE.to_owned(),
            authors: Vec::new(),
            license: String::new(),
            created: String::new(),
            modified: String::new(),
            sources: Vec::new(),
            levels: Vec::new(),
            questions: Vec::new(),
            assets: BTreeMap::new(),
            extra: Extra::new(),
        }
    }
}

impl Quiz {
    /// The content language assumed when a file does not say.
    pub const DEFAULT_LANGUAGE: &'static str = "fr";

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.id == id)
    }

    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.id == id)
    }

    /// Question indices in the order people see them: levels in order, then each level's
    /// questions in file order; questions of unknown levels last. The editor's list, the
    /// numbers and the presentation all follow it.
    pub fn in_level_order(&self) -> Vec<usize> {
        let rank = |i: &usize| {
            self.level_index(&self.questions[*i].level)
                .unwrap_or(usize::MAX)
        };
        let mut order: Vec<usize> = (0..self.questions.len()).collect();
        order.sort_by_key(rank); // stable: file order within a level
        order
    }

    /// Puts the questions in [`Self::in_level_order`], so the file reads as the editor shows it
    /// (and another tool reading it sees the same order).
    pub fn group_by_level(&mut self) {
        let order = self.in_level_order();
        if order.iter().enumerate().all(|(pos, i)| pos == *i) {
            return;
        }
        let mut slots: Vec<Option<Question>> = std::mem::take(&mut self.questions)
            .into_iter()
            .map(Some)
            .collect();
        self.questions = order.into_iter().filter_map(|i| slots[i].take()).collect();
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// A fresh id `prefix-N` not used by any question.
    pub fn fresh_question_id(&self, prefix: &str) -> String {
        fresh_id(prefix, |id| self.question_index(id).is_some())
    }

    pub fn fresh_level_id(&self, prefix: &str) -> String {
        fresh_id(prefix, |id| self.level(id).is_some())
    }

    pub fn fresh_source_id(&self, prefix: &str) -> String {
        fresh_id(prefix, |id| self.source(id).is_some())
    }

    pub fn fresh_asset_id(&self, prefix: &str) -> String {
        fresh_id(prefix, |id| self.assets.contains_key(id))
    }
}

/// The first `prefix-N` (N from 1) for which `taken` is false.
fn fresh_id(prefix: &str, taken: impl Fn(&str) -> bool) -> String {
    // At most `usize::MAX` ids can be taken, so this range always yields a free one.
    (1..=usize::MAX)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_skip_taken_ones() {
        let mut quiz = Quiz::default();
        quiz.levels.push(Level {
            id: "niveau-1".into(),
            ..Level::default()
        });
        assert_eq!(quiz.fresh_level_id("niveau"), "niveau-2");
        assert_eq!(quiz.fresh_question_id("q"), "q-1");
    }
}
