//! The rules of format v1 that go beyond "the JSON has the right shape".
//!
//! The same function runs when a file is loaded, in `atelier-quiz check`, and live in the
//! editor's checks panel, so an author sees exactly what a colleague's `check` would report.

use std::collections::{HashMap, HashSet};

use super::{
    Choice, Diagnostic, IdKind, ImageRef, Problem, Question, QuestionKind, Quiz, SourceUse, Subject,
};

/// Numeric limits of format v1.
pub struct Limits;

impl Limits {
    pub const MIN_CHOICES: usize = 2;
    pub const MAX_CHOICES: usize = 8;
    pub const MIN_ITEMS: usize = 2;
    pub const MAX_ITEMS: usize = 8;
    pub const MIN_REGIONS: usize = 1;
    pub const MAX_REGIONS: usize = 16;
    pub const MIN_TIME_LIMIT_S: u32 = 5;
    pub const MAX_TIME_LIMIT_S: u32 = 600;
    pub const MAX_COMPETENCE_LEVEL: u8 = 8;
    pub const MAX_ID_CHARS: usize = 64;
    /// Longest prompt shown whole at the smallest prompt size the room reads (1/20 of the
    /// screen height) with four answers, at 16:9: measured by
    /// `tests/suite/presenter_audience.rs::the_longest_prompt_without_warning_fits_at_full_size`.
    pub const MAX_PROMPT_CHARS: usize = 200;
}

/// Every content error and warning of `quiz`, in document order.
pub fn validate(quiz: &Quiz) -> Vec<Diagnostic> {
    let mut v = Validator {
        quiz,
        out: Vec::new(),
    };
    v.quiz_fields();
    v.sources();
    v.levels();
    v.questions();
    v.assets();
    v.out
}

struct Validator<'a> {
    quiz: &'a Quiz,
    out: Vec<Diagnostic>,
}

fn question_subject(q: &Question, index: usize) -> Subject {
    Subject::Question {
        id: q.id.clone(),
        number: index + 1,
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
pub(crate) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let year: u32 = s[0..4].parse().unwrap_or(0);
    let month: u32 = s[5..7].parse().unwrap_or(0);
    let day: u32 = s[8..10].parse().unwrap_or(0);
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days_in_month).contains(&day)
}

/// A BCP-47-looking tag: `fr`, `en-GB`, `fr-FR`, `br`…
pub(crate) fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl Validator<'_> {
    fn push(&mut self, problem: Problem, subject: Subject, field: impl Into<String>) {
        self.out.push(Diagnostic::new(problem, subject, field));
    }

    fn quiz_fields(&mut self) {
        let q = self.quiz;
        if q.title.trim().is_empty() {
            self.push(Problem::EmptyField, Subject::File, "title");
        }
        if !is_language_tag(&q.language) {
            let found = q.language.clone();
            self.push(Problem::BadLanguage { found }, Subject::File, "language");
        }
        if q.license.trim().is_empty() {
            self.push(Problem::NoLicense, Subject::File, "license");
        }
        for (field, value) in [("created", &q.created), ("modified", &q.modified)] {
            if !value.is_empty() && !is_date(value) {
                let found = value.clone();
                self.push(Problem::BadDate { found }, Subject::File, field);
            }
        }
        for (i, a) in q.authors.iter().enumerate() {
            if a.name.trim().is_empty() {
                self.push(
                    Problem::EmptyField,
                    Subject::Author { number: i + 1 },
                    "name",
                );
            }
        }
    }

    /// Checks id emptiness, length and uniqueness for one kind of id.
    fn ids<'i>(&mut self, kind: IdKind, items: impl Iterator<Item = (&'i str, Subject)>) {
        let mut seen = HashSet::new();
        for (id, subject) in items {
            if id.trim().is_empty() {
                self.push(Problem::EmptyField, subject, "id");
            } else if id.chars().count() > Limits::MAX_ID_CHARS {
                let max = Limits::MAX_ID_CHARS;
                self.push(Problem::IdTooLong { max }, subject, "id");
            } else if !seen.insert(id) {
                let id = id.to_owned();
                self.push(Problem::DuplicateId { kind, id }, subject, "id");
            }
        }
    }

    fn sources(&mut self) {
        let quiz = self.quiz;
        let subject = |i: usize, id: &str| Subject::Source {
            id: id.to_owned(),
            number: i + 1,
        };
        self.ids(
            IdKind::Source,
            quiz.sources
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.as_str(), subject(i, &s.id))),
        );
        let used: HashSet<&str> = quiz
            .questions
            .iter()
            .filter_map(|q| q.source.as_ref().map(|s| s.source.as_str()))
            .collect();
        for (i, s) in quiz.sources.iter().enumerate() {
            if s.title.trim().is_empty() {
                self.push(Problem::EmptyField, subject(i, &s.id), "title");
            }
            if s.license.trim().is_empty() {
                self.push(Problem::SourceNoLicense, subject(i, &s.id), "license");
            }
            if !used.contains(s.id.as_str()) {
                self.push(Problem::UnusedSource, subject(i, &s.id), "");
            }
            if let (None, Some(found)) = (s.usage, s.unknown_usage()) {
                let p = Problem::BadEnum {
                    found: found.to_owned(),
                    allowed: SourceUse::ALLOWED,
                };
                self.push(p, subject(i, &s.id), "use");
            }
        }
    }

    fn levels(&mut self) {
        let quiz = self.quiz;
        if quiz.levels.is_empty() {
            self.push(Problem::NoLevels, Subject::File, "levels");
        }
        let subject = |i: usize, id: &str| Subject::Level {
            id: id.to_owned(),
            number: i + 1,
        };
        self.ids(
            IdKind::Level,
            quiz.levels
                .iter()
                .enumerate()
                .map(|(i, l)| (l.id.as_str(), subject(i, &l.id))),
        );
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for q in &quiz.questions {
            *counts.entry(q.level.as_str()).or_default() += 1;
        }
        for (i, l) in quiz.levels.iter().enumerate() {
            if l.name.trim().is_empty() {
                self.push(Problem::EmptyField, subject(i, &l.id), "name");
            }
            if !counts.contains_key(l.id.as_str()) {
                self.push(Problem::EmptyLevel, subject(i, &l.id), "");
            }
        }
    }

    fn questions(&mut self) {
        let quiz = self.quiz;
        self.ids(
            IdKind::Question,
            quiz.questions
                .iter()
                .enumerate()
                .map(|(i, q)| (q.id.as_str(), question_subject(q, i))),
        );
        for (i, q) in quiz.questions.iter().enumerate() {
            self.question(q, &question_subject(q, i));
        }
    }

    fn question(&mut self, q: &Question, subject: &Subject) {
        let quiz = self.quiz;
        if quiz.level(&q.level).is_none() {
            let p = Problem::UnresolvedRef {
                kind: IdKind::Level,
                id: q.level.clone(),
            };
            self.push(p, subject.clone(), "level");
        }
        if q.prompt.trim().is_empty() {
            self.push(Problem::EmptyField, subject.clone(), "prompt");
        }
        let chars = q.prompt.trim().chars().count();
        if chars > Limits::MAX_PROMPT_CHARS {
            let max = Limits::MAX_PROMPT_CHARS;
            self.push(
                Problem::LongPrompt { chars, max },
                subject.clone(),
                "prompt",
            );
        }
        if let Some(image) = &q.image {
            self.image(image, subject, "image");
        }
        self.kind(q, subject);
        if q.explanation.trim().is_empty() && !matches!(q.kind, QuestionKind::Poll { .. }) {
            self.push(Problem::NoExplanation, subject.clone(), "explanation");
        }
        if let Some(src) = &q.source
            && quiz.source(&src.source).is_none()
        {
            let p = Problem::UnresolvedRef {
                kind: IdKind::Source,
                id: src.source.clone(),
            };
            self.push(p, subject.clone(), "source.ref");
        }
        if let Some(t) = q.time_limit_s
            && !(Limits::MIN_TIME_LIMIT_S..=Limits::MAX_TIME_LIMIT_S).contains(&t)
        {
            {
                let p = Problem::OutOfRange {
                    min: Limits::MIN_TIME_LIMIT_S.into(),
                    max: Limits::MAX_TIME_LIMIT_S.into(),
                    found: t.into(),
                };
                self.push(p, subject.clone(), "time_limit_s");
            }
        }
        for (i, c) in q.competences.iter().enumerate() {
            if c.framework.trim().is_empty() {
                self.push(
                    Problem::EmptyField,
                    subject.clone(),
                    format!("competences[{i}].framework"),
                );
            }
            if c.code.trim().is_empty() {
                self.push(
                    Problem::EmptyField,
                    subject.clone(),
                    format!("competences[{i}].code"),
                );
            }
            if let Some(level) = c
                .level
                .filter(|l| !(1..=Limits::MAX_COMPETENCE_LEVEL).contains(l))
            {
                let p = Problem::OutOfRange {
                    min: 1,
                    max: Limits::MAX_COMPETENCE_LEVEL.into(),
                    found: level.into(),
                };
                self.push(p, subject.clone(), format!("competences[{i}].level"));
            }
        }
    }

    fn image(&mut self, image: &ImageRef, subject: &Subject, field: &str) {
        if !self.quiz.assets.contains_key(&image.asset) {
            let p = Problem::UnresolvedRef {
                kind: IdKind::Asset,
                id: image.asset.clone(),
            };
            self.push(p, subject.clone(), format!("{field}.asset"));
        }
        if image.alt.trim().is_empty() {
            self.push(Problem::NoAlt, subject.clone(), format!("{field}.alt"));
        }
    }

    fn count(&mut self, found: usize, (min, max): (usize, usize), subject: &Subject, field: &str) {
        if !(min..=max).contains(&found) {
            self.push(
                Problem::CountOutOfRange { min, max, found },
                subject.clone(),
                field,
            );
        }
    }

    fn kind(&mut self, q: &Question, subject: &Subject) {
        match &q.kind {
            QuestionKind::SingleChoice { choices } => {
                self.choices(choices, subject);
                match choices.iter().filter(|c| c.correct).count() {
                    0 => self.push(Problem::NoCorrectAnswer, subject.clone(), "choices"),
                    1 => {}
                    found => self.push(
                        Problem::TooManyCorrect { found },
                        subject.clone(),
                        "choices",
                    ),
                }
            }
            QuestionKind::MultipleChoice { choices } => {
                self.choices(choices, subject);
                if !choices.iter().any(|c| c.correct) {
                    self.push(Problem::NoCorrectAnswer, subject.clone(), "choices");
                }
            }
            QuestionKind::Poll { choices } => {
                self.choices(choices, subject);
                if choices.iter().any(|c| c.correct) {
                    self.push(Problem::PollWithCorrect, subject.clone(), "choices");
                }
            }
            QuestionKind::TrueFalse { .. } | QuestionKind::Open { .. } => {}
            QuestionKind::Unknown { type_name } => self.push(
                Problem::UnknownType {
                    found: type_name.clone(),
                },
                subject.clone(),
                "type",
            ),
            QuestionKind::Ordering { items } => {
                self.count(
                    items.len(),
                    (Limits::MIN_ITEMS, Limits::MAX_ITEMS),
                    subject,
                    "items",
                );
                for (i, item) in items.iter().enumerate() {
                    if item.trim().is_empty() {
                        self.push(Problem::EmptyField, subject.clone(), format!("items[{i}]"));
                    }
                }
            }
            QuestionKind::Hotspot { regions } => {
                if q.image.is_none() {
                    self.push(Problem::EmptyField, subject.clone(), "image");
                }
                let limits = (Limits::MIN_REGIONS, Limits::MAX_REGIONS);
                self.count(regions.len(), limits, subject, "regions");
                for (i, r) in regions.iter().enumerate() {
                    if !r.is_in_range() {
                        self.push(
                            Problem::RegionOutOfRange,
                            subject.clone(),
                            format!("regions[{i}]"),
                        );
                    }
                }
            }
        }
    }

    fn choices(&mut self, choices: &[Choice], subject: &Subject) {
        let limits = (Limits::MIN_CHOICES, Limits::MAX_CHOICES);
        self.count(choices.len(), limits, subject, "choices");
        for (i, c) in choices.iter().enumerate() {
            if c.text.trim().is_empty() && c.image.is_none() {
                self.push(
                    Problem::ChoiceEmpty,
                    subject.clone(),
                    format!("choices[{i}]"),
                );
            }
            if let Some(image) = &c.image {
                self.image(image, subject, &format!("choices[{i}].image"));
            }
        }
    }

    fn assets(&mut self) {
        let quiz = self.quiz;
        let used: HashSet<&str> = quiz
            .questions
            .iter()
            .flat_map(Question::asset_ids)
            .collect();
        for (id, asset) in &quiz.assets {
            let subject = Subject::Asset { id: id.clone() };
            if id.chars().count() > Limits::MAX_ID_CHARS {
                self.push(
                    Problem::IdTooLong {
                        max: Limits::MAX_ID_CHARS,
                    },
                    subject.clone(),
                    "",
                );
            }
            if asset.credit.is_empty() {
                self.push(Problem::AssetNoCredit, subject.clone(), "credit");
            } else if asset.credit.license.trim().is_empty() {
                self.push(
                    Problem::AssetCreditNoLicense,
                    subject.clone(),
                    "credit.license",
                );
            }
            if !used.contains(id.as_str()) {
                self.push(Problem::UnusedAsset, subject, "");
            }
        }
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
