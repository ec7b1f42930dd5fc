//! The malformed-file corpus (`tests/data/invalid/`): each file gives exactly its diagnostic.
//!
//! Advisors exchange quiz files by e-mail and USB key and sometimes edit them by hand; each file
//! of the corpus is one realistic way a file goes wrong, named after the problem code it must
//! produce. This test pins, for every file, the exact problem (code and arguments), where it is
//! (subject, field, line:column), whether the app may still open the file (content errors) or
//! must refuse it (structural errors), and that loading never panics. A file added to the folder
//! without an expectation fails the test, so the corpus and this table cannot drift apart.
//! The two cases that would need huge files (`asset_too_large`, `file_too_large`) are built at
//! run time instead of being committed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use atelier_quiz::format::{self, ImageCheck, MAX_ASSET_BYTES, MAX_FILE_BYTES};
use atelier_quiz::i18n::Lang;
use atelier_quiz::model::{Diagnostic, IdKind, Problem, Subject, ValueKind};
use atelier_quiz::storage::{self, Action, OpenError};

use ImageCheck::{Full, Header};

const README: &str = "README.md";

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/invalid")
}

/// What loading one corpus file must give.
struct Case {
    file: &'static str,
    /// `Full` only where header checks cannot see the problem (what `check` uses).
    mode: ImageCheck,
    /// Content errors let the editor open the draft; structural ones refuse the file.
    opens: bool,
    /// Every diagnostic, errors and warnings, in order.
    expected: Vec<Diagnostic>,
}

fn case(file: &'static str, opens: bool, expected: Diagnostic) -> Case {
    Case {
        file,
        mode: Header,
        opens,
        expected: vec![expected],
    }
}

fn file(problem: Problem, field: &str) -> Diagnostic {
    Diagnostic::new(problem, Subject::File, field)
}

fn question(problem: Problem, id: &str, number: usize, field: &str) -> Diagnostic {
    Diagnostic::new(
        problem,
        Subject::Question {
            id: id.into(),
            number,
        },
        field,
    )
}

fn logo(problem: Problem, field: &str) -> Diagnostic {
    Diagnostic::new(problem, Subject::Asset { id: "logo".into() }, field)
}

fn found(s: &str) -> String {
    s.to_owned()
}

#[rustfmt::skip]
fn cases() -> Vec<Case> {
    const REFUSED: bool = false;
    const OPENS: bool = true;
    vec![
        case("not_a_quiz", REFUSED, Diagnostic::new(Problem::NotAQuiz, Subject::File, "")),
        case("not_json", REFUSED, Diagnostic::at(Problem::NotJson { truncated: false }, 4, 3)),
        case("truncated_json", REFUSED, Diagnostic::at(Problem::NotJson { truncated: true }, 6, 7)),
        case("invalid_utf8", REFUSED, Diagnostic::at(Problem::InvalidUtf8, 4, 16)),
        case("nesting_too_deep", REFUSED, Diagnostic::at(Problem::NestingTooDeep { max: 64 }, 22, 75)),
        case("root_not_object", REFUSED, file(Problem::RootNotObject, "")),
        case("wrong_format", REFUSED, file(Problem::WrongFormat { found: found("kahoot-export") }, "format")),
        case("newer_version", REFUSED, file(Problem::NewerVersion { found: 2 }, "version")),
        case("bad_version", REFUSED, file(Problem::BadVersion, "version")),
        case("missing_field", REFUSED, question(Problem::MissingField, "q1", 1, "prompt")),
        case("empty_field", OPENS, file(Problem::EmptyField, "title")),
        case("wrong_type", REFUSED,
            question(Problem::WrongType { expected: ValueKind::Bool }, "q1", 1, "choices[0].correct")),
        // Tolerant reading (docs/FORMAT.md): a newer version's type opens, kept as it is, and
        // stays an error for `check`; a newer value of a known field is a warning.
        case("unknown_type", OPENS, question(Problem::UnknownType { found: found("matching") }, "q1", 1, "type")),
        case("duplicate_id", OPENS,
            question(Problem::DuplicateId { kind: IdKind::Question, id: found("q1") }, "q1", 2, "id")),
        case("unresolved_ref", OPENS,
            question(Problem::UnresolvedRef { kind: IdKind::Level, id: found("l2") }, "q2", 2, "level")),
        case("no_correct_answer", OPENS, question(Problem::NoCorrectAnswer, "q1", 1, "choices")),
        case("too_many_correct", OPENS, question(Problem::TooManyCorrect { found: 2 }, "q1", 1, "choices")),
        case("poll_with_correct", OPENS, question(Problem::PollWithCorrect, "q1", 1, "choices")),
        case("count_out_of_range", OPENS,
            question(Problem::CountOutOfRange { min: 2, max: 8, found: 9 }, "q1", 1, "choices")),
        case("choice_empty", OPENS, question(Problem::ChoiceEmpty, "q1", 1, "choices[1]")),
        case("region_out_of_range", OPENS, question(Problem::RegionOutOfRange, "q1", 1, "regions[0]")),
        case("out_of_range", OPENS,
            question(Problem::OutOfRange { min: 5, max: 600, found: 3 }, "q1", 1, "time_limit_s")),
        case("bad_date", OPENS, file(Problem::BadDate { found: found("27/11/2026") }, "created")),
        case("bad_language", OPENS, file(Problem::BadLanguage { found: found("français") }, "language")),
        case("no_levels", OPENS, file(Problem::NoLevels, "levels")),
        case("id_too_long", OPENS, question(Problem::IdTooLong { max: 64 }, &"q".repeat(65), 1, "id")),
        case("bad_base64", REFUSED, logo(Problem::BadBase64, "data")),
        case("bad_media_type", REFUSED, logo(Problem::BadMediaType { found: found("image/svg+xml") }, "media_type")),
        case("media_type_mismatch", REFUSED,
            logo(Problem::MediaTypeMismatch { declared: "image/jpeg", actual: "image/png" }, "media_type")),
        Case { mode: Full, ..case("image_undecodable", REFUSED, logo(Problem::ImageUndecodable, "data")) },
        case("image_too_large", REFUSED,
            logo(Problem::ImageTooLarge { width: 8193, height: 1, max: 8192 }, "data")),
    ]
}

/// The corpus file names, without the README.
fn corpus_files() -> Vec<String> {
    common::file_names(&corpus_dir())
        .into_iter()
        .filter(|n| n != README)
        .collect()
}

#[test]
fn every_corpus_file_has_an_expectation_and_is_documented() {
    let mut expected: Vec<String> = cases()
        .iter()
        .map(|c| format!("{}.quiz.json", c.file))
        .collect();
    expected.sort();
    assert_eq!(
        corpus_files(),
        expected,
        "tests/data/invalid/ and the table of cases() differ"
    );
    let readme = std::fs::read_to_string(corpus_dir().join(README)).unwrap();
    for c in cases() {
        let line = format!("`{}.quiz.json` | `{}`", c.file, c.file);
        assert!(
            readme.contains(&line),
            "README.md does not list {}: expected a row with {line}",
            c.file
        );
    }
    for runtime in ["asset_too_large", "file_too_large"] {
        assert!(
            readme.contains(runtime),
            "README.md does not mention the run-time case {runtime}"
        );
    }
}

/// Problems with one case, or `None` when it behaves exactly as expected.
fn check_case(c: &Case) -> Option<String> {
    let path = corpus_dir().join(format!("{}.quiz.json", c.file));
    let bytes = std::fs::read(&path).unwrap();
    let (opened, diagnostics) = match format::load_with(&bytes, c.mode) {
        Ok(loaded) => {
            if !loaded.has_errors() {
                return Some("opened without any error".into());
            }
            (true, loaded.diagnostics)
        }
        Err(e) => (false, e.diagnostics),
    };
    if diagnostics != c.expected {
        return Some(format!(
            "diagnostics\n  got      {diagnostics:?}\n  expected {:?}",
            c.expected
        ));
    }
    if opened != c.opens {
        return Some(format!("opened = {opened}, expected {}", c.opens));
    }
    if diagnostics.iter().any(|d| d.problem.is_structural()) == opened {
        return Some("opening does not follow is_structural()".into());
    }
    let first = diagnostics
        .iter()
        .find(|d| d.is_error())
        .map(|d| d.problem.code());
    if first != Some(c.file) {
        return Some(format!(
            "first error code {first:?} does not match the file name"
        ));
    }
    // The storage layer (used by the app and the CLI) must agree with the pure loader.
    let stored = match storage::open_quiz(&path, c.mode) {
        Ok(loaded) => loaded.diagnostics,
        Err(OpenError::Format(e)) => e.diagnostics,
        Err(OpenError::Storage(e)) => return Some(format!("storage error: {e:?}")),
    };
    if stored != diagnostics {
        return Some(format!("open_quiz gave {stored:?}"));
    }
    for lang in Lang::ALL {
        for d in &diagnostics {
            let (message, hint) = (d.message(lang), d.hint(lang));
            if message.contains('{')
                || hint.contains('{')
                || message.contains("diag.")
                || hint.is_empty()
            {
                return Some(format!(
                    "untranslated or unfilled text in {lang:?}: {message} / {hint}"
                ));
            }
        }
    }
    None
}

#[test]
fn every_file_gives_exactly_its_diagnostic_without_panicking() {
    let mut failures = Vec::new();
    for c in cases() {
        match std::panic::catch_unwind(|| check_case(&c)) {
            Ok(None) => {}
            Ok(Some(problem)) => failures.push(format!("{}: {problem}", c.file)),
            Err(_) => failures.push(format!("{}: PANIC while loading", c.file)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn header_check_lets_a_truncated_image_through_and_full_check_catches_it() {
    let bytes = std::fs::read(corpus_dir().join("image_undecodable.quiz.json")).unwrap();
    let loaded = format::load_with(&bytes, Header).expect("the PNG header is intact");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    assert!(
        loaded.quiz.assets["logo"].data.len() > 100,
        "the asset is loaded, not dropped"
    );
    let full = format::load_with(&bytes, Full).expect_err("check decodes every pixel");
    assert_eq!(
        full.first_error().unwrap().problem,
        Problem::ImageUndecodable
    );
}

/// A quiz whose only asset has `data` of `len` base64 characters (all `A`: zero bytes).
fn quiz_with_base64_of_len(len: usize) -> Vec<u8> {
    let head = br#"{"format":"atelier-quiz","version":1,"title":"T","license":"CC0-1.0",
        "levels":[{"id":"l1","name":"N"}],"questions":[{"id":"q1","level":"l1","type":"true_false",
        "prompt":"P","answer":true,"explanation":"E"}],
        "assets":{"big":{"media_type":"image/png","credit":{"license":"CC0-1.0"},"data":""#;
    let mut out = Vec::with_capacity(len + head.len() + 8);
    out.extend_from_slice(head);
    out.resize(out.len() + len, b'A');
    out.extend_from_slice(b"\"}}}");
    out
}

#[test]
fn asset_too_large_is_refused_before_decoding() {
    // 20 MiB of decoded bytes need 4/3 as many base64 characters.
    let at_limit = usize::try_from(MAX_ASSET_BYTES / 3 * 4).unwrap();
    let start = Instant::now();
    let over = format::load(&quiz_with_base64_of_len(at_limit + 4)).expect_err("too heavy");
    assert_eq!(
        over.diagnostics,
        [Diagnostic::new(
            Problem::AssetTooLarge {
                size_mb: 21,
                max_mb: 20
            },
            Subject::Asset { id: "big".into() },
            "data"
        )]
    );
    // A hang guard, not a speed measurement: refusing takes milliseconds; only decoding
    // 20 MB of base64 in a loop could get near this.
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "took {:?}",
        start.elapsed()
    );
    assert!(
        over.summary(Lang::Fr).contains("21 Mo, maximum 20 Mo"),
        "{}",
        over.summary(Lang::Fr)
    );
    // At the limit the size is accepted; the zero bytes are then no image at all.
    let at = format::load(&quiz_with_base64_of_len(at_limit)).expect_err("not an image");
    assert_eq!(at.first_error().unwrap().problem, Problem::ImageUndecodable);
}

#[test]
fn file_too_large_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("file_too_large.quiz.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap(); // sparse: no disk space, and it must not be read
    let Err(OpenError::Storage(e)) = storage::open_quiz(&path, Full) else {
        panic!("a 200 MB + 1 byte file must be refused by the storage layer");
    };
    // TooLarge comes from the size check, made before any read.
    assert_eq!(e.action, Action::TooLarge);
    let message = e.message(Lang::Fr);
    assert!(
        message.contains("file_too_large.quiz.json") && message.contains("200 Mo"),
        "{message}"
    );
    // Bytes that reach the loader by another path (drag and drop, stdin…) are bounded too.
    let bytes = vec![b' '; usize::try_from(MAX_FILE_BYTES + 1).unwrap()];
    let err = format::load(&bytes).expect_err("too large");
    let too_large = Problem::FileTooLarge {
        size_mb: 201,
        max_mb: 200,
    };
    assert_eq!(
        err.diagnostics,
        [Diagnostic::new(too_large, Subject::File, "")]
    );
}
