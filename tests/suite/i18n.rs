//! The translation layer is complete: every key used in the code exists, every entry has a
//! French and an English text, placeholders match, and every diagnostic has a message and a
//! hint. A missing translation fails here instead of showing a raw key to a user.
#![allow(clippy::unwrap_used, clippy::too_many_lines)]

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::Path;

use atelier_quiz::i18n::{Lang, TABLES, placeholders};
use atelier_quiz::model::{Diagnostic, IdKind, Problem, Subject, ValueKind};

fn entries() -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    TABLES.iter().flat_map(|t| t.iter())
}

#[test]
fn keys_are_unique_and_translated() {
    let mut seen = HashSet::new();
    for (key, fr, en) in entries() {
        assert!(seen.insert(*key), "duplicate key {key}");
        assert!(!fr.trim().is_empty(), "{key}: French text is empty");
        assert!(!en.trim().is_empty(), "{key}: English text is empty");
        assert_eq!(
            placeholders(fr),
            placeholders(en),
            "{key}: placeholders differ between fr and en"
        );
    }
}

/// Key-shaped literals that are not translation keys.
const NOT_KEYS: &[&str] = &["credit.license", "source.ref", "cmi.core.lesson_status"];

/// String literals in `src/` that look like translation keys (`prefix.something`).
fn keys_used_in_source() -> BTreeSet<(String, String)> {
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs")
                || path.starts_with(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n"))
            {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let is_key_shaped = literal.contains('.')
                    && literal.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
                    })
                    && literal.starts_with(|c: char| c.is_ascii_lowercase())
                    && !literal.ends_with('.');
                let file_like = [
                    ".json", ".md", ".rs", ".ttf", ".png", ".csv", ".bak", ".tmp", ".xml", ".html",
                ]
                .iter()
                .any(|e| literal.ends_with(e));
                if is_key_shaped && !file_like && !NOT_KEYS.contains(&literal) {
                    used.insert((literal.to_owned(), path.display().to_string()));
                }
            }
        }
    }
    used
}

#[test]
fn every_key_used_in_code_exists() {
    let known: HashSet<&str> = entries().map(|(k, _, _)| *k).collect();
    let used = keys_used_in_source();
    assert!(
        used.len() > 100,
        "the scan found only {} keys: is it broken?",
        used.len()
    );
    let missing: Vec<String> = used
        .iter()
        .filter(|(k, _)| !known.contains(k.as_str()))
        .map(|(k, file)| format!("{k} (in {file})"))
        .collect();
    assert!(
        missing.is_empty(),
        "keys without translation:\n{}",
        missing.join("\n")
    );
}

/// One instance of every problem; the `match` below fails to compile when a variant is added.
fn all_problems() -> Vec<Problem> {
    let s = String::new;
    let list = vec![
        Problem::NotJson { truncated: true },
        Problem::NotJson { truncated: false },
        Problem::NotAQuiz,
        Problem::InvalidUtf8,
        Problem::NestingTooDeep { max: 64 },
        Problem::FileTooLarge {
            size_mb: 1,
            max_mb: 2,
        },
        Problem::RootNotObject,
        Problem::WrongFormat { found: s() },
        Problem::NewerVersion { found: 2 },
        Problem::BadVersion,
        Problem::MissingField,
        Problem::WrongType {
            expected: ValueKind::Text,
        },
        Problem::UnknownType { found: s() },
        Problem::BadEnum {
            found: s(),
            allowed: "a",
        },
        Problem::BadBase64,
        Problem::BadMediaType { found: s() },
        Problem::MediaTypeMismatch {
            declared: "a",
            actual: "b",
        },
        Problem::ImageUndecodable,
        Problem::ImageTooLarge {
            width: 1,
            height: 1,
            max: 1,
        },
        Problem::AssetTooLarge {
            size_mb: 1,
            max_mb: 1,
        },
        Problem::EmptyField,
        Problem::NoLevels,
        Problem::IdTooLong { max: 1 },
        Problem::DuplicateId {
            kind: IdKind::Question,
            id: s(),
        },
        Problem::UnresolvedRef {
            kind: IdKind::Level,
            id: s(),
        },
        Problem::NoCorrectAnswer,
        Problem::TooManyCorrect { found: 2 },
        Problem::PollWithCorrect,
        Problem::CountOutOfRange {
            min: 1,
            max: 2,
            found: 3,
        },
        Problem::ChoiceEmpty,
        Problem::RegionOutOfRange,
        Problem::OutOfRange {
            min: 1,
            max: 2,
            found: 3,
        },
        Problem::BadDate { found: s() },
        Problem::BadLanguage { found: s() },
        Problem::NoLicense,
        Problem::NoAlt,
        Problem::SourceNoLicense,
        Problem::AssetNoCredit,
        Problem::AssetCreditNoLicense,
        Problem::UnusedAsset,
        Problem::UnusedSource,
        Problem::EmptyLevel,
        Problem::NoExplanation,
        Problem::LongPrompt { chars: 3, max: 2 },
    ];
    for p in &list {
        match p {
            Problem::NotAQuiz
            | Problem::NotJson { .. }
            | Problem::InvalidUtf8
            | Problem::NestingTooDeep { .. }
            | Problem::FileTooLarge { .. }
            | Problem::RootNotObject
            | Problem::WrongFormat { .. }
            | Problem::NewerVersion { .. }
            | Problem::BadVersion
            | Problem::MissingField
            | Problem::WrongType { .. }
            | Problem::UnknownType { .. }
            | Problem::BadEnum { .. }
            | Problem::BadBase64
            | Problem::BadMediaType { .. }
            | Problem::MediaTypeMismatch { .. }
            | Problem::ImageUndecodable
            | Problem::ImageTooLarge { .. }
            | Problem::AssetTooLarge { .. }
            | Problem::EmptyField
            | Problem::NoLevels
            | Problem::IdTooLong { .. }
            | Problem::DuplicateId { .. }
            | Problem::UnresolvedRef { .. }
            | Problem::NoCorrectAnswer
            | Problem::TooManyCorrect { .. }
            | Problem::PollWithCorrect
            | Problem::CountOutOfRange { .. }
            | Problem::ChoiceEmpty
            | Problem::RegionOutOfRange
            | Problem::OutOfRange { .. }
            | Problem::BadDate { .. }
            | Problem::BadLanguage { .. }
            | Problem::NoLicense
            | Problem::NoAlt
            | Problem::SourceNoLicense
            | Problem::AssetNoCredit
            | Problem::AssetCreditNoLicense
            | Problem::UnusedAsset
            | Problem::UnusedSource
            | Problem::LongPrompt { .. }
            | Problem::EmptyLevel
            | Problem::NoExplanation => {}
        }
    }
    list
}

#[test]
fn every_problem_has_message_and_hint_in_both_languages() {
    for problem in all_problems() {
        let d = Diagnostic::new(
            problem.clone(),
            Subject::Question {
                id: "q1".into(),
                number: 1,
            },
            "prompt",
        );
        for lang in Lang::ALL {
            let (message, hint) = (d.message(lang), d.hint(lang));
            assert!(
                !message.contains("diag."),
                "{problem:?} in {lang:?}: missing message ({message})"
            );
            assert!(
                !hint.contains("diag."),
                "{problem:?} in {lang:?}: missing hint ({hint})"
            );
            assert!(
                !message.contains('{') && !hint.contains('{'),
                "{problem:?}: unfilled placeholder in {message} / {hint}"
            );
        }
        assert_ne!(
            d.message(Lang::Fr),
            d.message(Lang::En),
            "{problem:?} is not translated"
        );
    }
}

#[test]
fn french_is_the_default() {
    assert_eq!(Lang::default(), Lang::Fr);
}

/// Real plurals: no "question(s)", "niveau(x)" in any table, in either language; counts use
/// the `{n|singular|plural}` syntax of the translation layer instead.
#[test]
fn no_bracketed_plurals() {
    for (key, fr, en) in entries() {
        for text in [fr, en] {
            for bad in ["(s)", "(x)", "(es)"] {
                assert!(!text.contains(bad), "{key}: {bad} in {text:?}");
            }
        }
    }
}

#[test]
fn plurals_agree_in_both_languages() {
    let fr = |n: i64| Lang::Fr.f("status.counts", &[("questions", &n), ("levels", &1)]);
    assert_eq!(fr(0), "0 question · 1 niveau");
    assert_eq!(fr(1), "1 question · 1 niveau");
    assert_eq!(fr(2), "2 questions · 1 niveau");
    let en = |n: i64| Lang::En.f("status.counts", &[("questions", &n), ("levels", &2)]);
    assert_eq!(en(0), "0 questions · 2 levels");
    assert_eq!(en(1), "1 question · 2 levels");
}

/// French typography in every French text: a narrow no-break space (U+202F) before `: ; ! ?`
/// and `%`, a no-break space inside « ». A plain space there lets the line break before the
/// colon ("Source" / ": …") and reads as a typo to French eyes.
#[test]
fn french_typography() {
    for (key, fr, _) in entries() {
        for bad in [" :", " ;", " !", " ?", " %", "« ", " »"] {
            assert!(!fr.contains(bad), "{key}: plain space in {bad:?} of {fr:?}");
        }
        let chars: Vec<char> = fr.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if *c == '«' {
                assert_eq!(
                    chars.get(i + 1),
                    Some(&'\u{a0}'),
                    "{key}: «\u{a0}without no-break space in {fr:?}"
                );
            }
            if *c == '»' && i > 0 {
                assert_eq!(
                    chars[i - 1],
                    '\u{a0}',
                    "{key}:\u{a0}» without no-break space in {fr:?}"
                );
            }
        }
    }
}
