//! Hostile and extreme inputs: the loader must answer quickly, with a typed diagnostic, never a
//! panic, a stack overflow or a huge allocation.
//!
//! Quiz files come from colleagues, forums and USB keys found in a drawer; opening one must not
//! freeze or crash an advisor's old laptop in front of a group. The other side matters too:
//! unusual but legitimate content (very long texts, control characters, a BOM) must load intact.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::time::{Duration, Instant};

use atelier_quiz::format::{self, ImageCheck, MAX_DEPTH};
use atelier_quiz::model::{Asset, Credit, MediaType, Problem, Subject};

/// A valid quiz text with `prompt` (raw JSON string contents) and an unknown top-level field.
fn quiz_json(prompt_json: &str, extra_json: &str) -> String {
    format!(
        r#"{{"format":"atelier-quiz","version":1,"title":"T","license":"CC0-1.0",
"levels":[{{"id":"l1","name":"N"}}],
"questions":[{{"id":"q1","level":"l1","type":"open","prompt":"{prompt_json}","explanation":"E"}}],
"x_extra":{extra_json}}}"#
    )
}

/// A hang guard, not a speed measurement (speed is measured in `benches/`): each input below
/// is refused in milliseconds, so only an unbounded loop or an attempt to decode gigabytes of
/// pixels can reach this limit, even on a slow CI machine.
fn assert_no_hang(start: Instant, what: &str) {
    let took = start.elapsed();
    assert!(took < Duration::from_secs(10), "{what} took {took:?}");
}

#[test]
fn a_hundred_thousand_open_brackets_are_refused_at_the_limit() {
    for (opener, column) in [("[", MAX_DEPTH + 1), ("{\"a\":", 5 * MAX_DEPTH + 1)] {
        let text = opener.repeat(100_000);
        let start = Instant::now();
        let err = format::load(text.as_bytes()).expect_err("must be refused");
        assert_no_hang(start, "deep nesting");
        let d = &err.diagnostics[0];
        assert_eq!(d.problem, Problem::NestingTooDeep { max: MAX_DEPTH });
        assert_eq!(d.position, Some((1, column)), "{opener}");
    }
}

#[test]
fn nesting_up_to_the_limit_loads_and_one_more_level_is_refused() {
    // The root object is level 1 and `x_extra`'s value level 2.
    let nested = |levels: usize| format!("{}{}", "[".repeat(levels - 1), "]".repeat(levels - 1));
    let ok = quiz_json("P", &nested(MAX_DEPTH));
    let loaded = format::load(ok.as_bytes()).expect("64 levels are allowed");
    assert!(loaded.quiz.extra.contains_key("x_extra"));
    let bytes = format::to_bytes(&loaded.quiz).unwrap();
    assert_eq!(
        format::load(&bytes).unwrap().quiz,
        loaded.quiz,
        "the deep unknown field survives a save"
    );
    let too_deep = quiz_json("P", &nested(MAX_DEPTH + 1));
    let err = format::load(too_deep.as_bytes()).expect_err("65 levels");
    assert_eq!(
        err.diagnostics[0].problem,
        Problem::NestingTooDeep { max: MAX_DEPTH }
    );
    // Brackets inside strings are text, not nesting.
    let in_text = quiz_json(&"[{".repeat(50_000), "null");
    assert_eq!(
        format::load(in_text.as_bytes()).unwrap().quiz.questions[0].prompt,
        "[{".repeat(50_000)
    );
}

#[test]
fn a_ten_thousand_character_prompt_loads_intact() {
    let prompt: String = "Où est le cadenas 🔒 « sécurisé » ? "
        .chars()
        .cycle()
        .take(10_000)
        .collect();
    let loaded = format::load(quiz_json(&prompt, "null").as_bytes()).expect("long texts are fine");
    assert_eq!(loaded.quiz.questions[0].prompt.chars().count(), 10_000);
    assert_eq!(loaded.quiz.questions[0].prompt, prompt);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
}

#[test]
fn escaped_control_characters_load_and_are_escaped_again_on_save() {
    let escaped = r#"nul\u0000 bell\u0007 bs\b ff\f nl\n cr\r tab\t esc\u001b del\u007f ls\u2028 quote\" slash\\"#;
    let loaded = format::load(quiz_json(escaped, "null").as_bytes())
        .expect("escaped controls are valid JSON");
    let prompt = &loaded.quiz.questions[0].prompt;
    let expected = "nul\0 bell\u{7} bs\u{8} ff\u{c} nl\n cr\r tab\t esc\u{1b} del\u{7f} ls\u{2028} quote\" slash\\";
    assert_eq!(prompt, expected);
    let saved = format::to_bytes(&loaded.quiz).unwrap();
    let raw_controls = saved.iter().filter(|&&b| b < 0x20 && b != b'\n').count();
    assert_eq!(
        raw_controls, 0,
        "control characters must be written escaped"
    );
    assert_eq!(format::load(&saved).unwrap().quiz, loaded.quiz);
}

#[test]
fn raw_control_characters_in_a_string_are_a_syntax_error_with_position() {
    let text = quiz_json("a\u{1}b", "null");
    let err = format::load(text.as_bytes()).expect_err("raw U+0001 is not valid JSON");
    let d = &err.diagnostics[0];
    assert_eq!(d.problem, Problem::NotJson { truncated: false });
    let line = text.lines().position(|l| l.contains("a\u{1}b")).unwrap() + 1;
    assert_eq!(d.position.map(|p| p.0), Some(line));
}

#[test]
fn a_utf8_bom_is_accepted_on_read_and_never_written() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(quiz_json("P", "null").as_bytes());
    let loaded = format::load(&bytes).expect("BOM tolerated");
    let saved = format::to_bytes(&loaded.quiz).unwrap();
    assert!(saved.starts_with(b"{\n  \"format\""), "{:?}", &saved[..10]);
}

/// CRC-32 (IEEE) as PNG chunks use it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A real 1×1 PNG whose header (with a correct CRC) claims `width` × `height` pixels.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = common::png(1, 1);
    assert_eq!(&bytes[12..16], b"IHDR");
    bytes[16..20].copy_from_slice(&width.to_be_bytes());
    bytes[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

fn quiz_with_image(data: &[u8]) -> Vec<u8> {
    let mut quiz = common::valid_quiz();
    let credit = Credit {
        license: "CC0-1.0".into(),
        ..Credit::default()
    };
    quiz.assets.insert(
        "logo".into(),
        Asset {
            credit,
            ..Asset::new(MediaType::Png, data.to_vec())
        },
    );
    format::to_bytes(&quiz).unwrap()
}

#[test]
fn a_png_decompression_bomb_header_is_refused_quickly() {
    assert_eq!(
        format::image_dimensions(MediaType::Png, &png_claiming(3, 2)),
        Ok((3, 2)),
        "CRC is right"
    );
    let bomb = quiz_with_image(&png_claiming(100_000, 100_000));
    for mode in [ImageCheck::Header, ImageCheck::Full] {
        let start = Instant::now();
        let err = format::load_with(&bomb, mode).expect_err("10¹⁰ pixels");
        assert_no_hang(start, "bomb header");
        let d = err.first_error().unwrap();
        assert_eq!(
            d.problem,
            Problem::ImageTooLarge {
                width: 100_000,
                height: 100_000,
                max: 8192
            }
        );
        assert_eq!(d.subject, Subject::Asset { id: "logo".into() });
    }
}

#[test]
fn a_maximal_size_header_with_almost_no_pixels_is_refused_quickly_by_full_check() {
    // 8192 × 8192 is allowed, but the body holds one pixel: `check` must say so, fast.
    let fake = quiz_with_image(&png_claiming(8192, 8192));
    assert!(
        format::load_with(&fake, ImageCheck::Header).is_ok(),
        "header-only check trusts the size"
    );
    let start = Instant::now();
    let err = format::load_with(&fake, ImageCheck::Full).expect_err("pixels are missing");
    assert_no_hang(start, "full decode of an empty 8192² image");
    assert_eq!(
        err.first_error().unwrap().problem,
        Problem::ImageUndecodable
    );
}

#[test]
fn empty_image_data_or_media_type_is_reported_not_silently_dropped() {
    let png = common::tiny_image(MediaType::Png);
    let b64 = |bytes: &[u8]| {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(bytes)
    };
    for (media, data, problem, field) in [
        (
            "image/png",
            String::new(),
            Problem::ImageUndecodable,
            "data",
        ),
        (
            "",
            b64(png),
            Problem::BadMediaType {
                found: String::new(),
            },
            "media_type",
        ),
    ] {
        let asset = format!(
            r#"{{"media_type":"{media}","data":"{data}","credit":{{"license":"CC0-1.0"}}}}"#
        );
        let text = quiz_json("P", "null").replace(
            r#""x_extra":null"#,
            &format!(r#""assets":{{"logo":{asset}}}"#),
        );
        let err = format::load(text.as_bytes())
            .expect_err("an asset without image must not vanish on save");
        let d = err.first_error().unwrap();
        assert_eq!(
            (&d.problem, d.field.as_str()),
            (&problem, field),
            "media {media:?}"
        );
    }
}

/// A 500 MB file (a video renamed by mistake, a disk image…) is refused by its size, before a
/// byte is read, by the app's open path and by `check`, which exits 2 (unreadable) at once.
#[test]
fn a_500_mb_file_is_refused_before_reading_it() {
    use atelier_quiz::storage::{self, Action, OpenError};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("film.quiz.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(500 * 1024 * 1024).unwrap(); // sparse: costs no disk space
    let Err(OpenError::Storage(e)) = storage::open_quiz(&path, ImageCheck::Full) else {
        panic!("a 500 MB file must be refused by the storage layer");
    };
    // TooLarge comes from the size check, made before any read.
    assert_eq!(e.action, Action::TooLarge);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_atelier-quiz"))
        .args(["check", "--lang", "fr"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("film.quiz.json") && text.contains("200 Mo"),
        "{text}"
    );
}
