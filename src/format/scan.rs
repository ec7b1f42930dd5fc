//! The first pass over untrusted bytes: encoding, nesting depth, then JSON syntax.
//!
//! Checking UTF-8 and depth ourselves gives exact line:column positions and typed errors
//! instead of `serde_json`'s English messages, and bounds the work a hostile file can cause.

use serde_json::Value;

use super::stream::DecodedAssets;

use super::{MAX_DEPTH, MAX_FILE_BYTES};
use crate::model::{Diagnostic, Problem};

/// 1-based line and column (in characters) of byte offset `at`.
fn line_col(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = bytecount(before, b'\n') + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

fn bytecount(bytes: &[u8], needle: u8) -> usize {
    memchr::memchr_iter(needle, bytes).count()
}

/// Byte offset where nesting first exceeds `max`, ignoring brackets inside strings.
///
/// Strings (mostly base64 images) are skipped with `memchr`, so the scan costs little more
/// than reading the structural bytes.
fn too_deep_at(bytes: &[u8], max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = string_end(bytes, i + 1),
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Index of the quote closing the string that starts at `start` (or the end of the input).
fn string_end(bytes: &[u8], mut start: usize) -> usize {
    while let Some(offset) = memchr::memchr2(b'"', b'\\', &bytes[start..]) {
        let at = start + offset;
        if bytes[at] == b'"' {
            return at;
        }
        start = at + 2; // skip the escaped character
        if start >= bytes.len() {
            break;
        }
    }
    bytes.len()
}

/// Checks size, encoding and depth, then parses JSON.
#[allow(clippy::result_large_err)] // called once per file: boxing would buy nothing
pub(super) fn parse(bytes: &[u8]) -> Result<(Value, DecodedAssets), Diagnostic> {
    let len = bytes.len() as u64;
    if len > MAX_FILE_BYTES {
        let p = Problem::FileTooLarge {
            size_mb: len.div_ceil(1024 * 1024),
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        };
        return Err(Diagnostic::new(p, crate::model::Subject::File, ""));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A text, a document or an image opened by mistake: say so in plain words rather than
    // report a JSON syntax error ("virgule, accolade") to someone who never wrote JSON.
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'{' && *b != b'[') {
        return Err(Diagnostic::new(
            Problem::NotAQuiz,
            crate::model::Subject::File,
            "",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col(bytes, e.valid_up_to());
        Diagnostic::at(Problem::InvalidUtf8, line, col)
    })?;
    if let Some(at) = too_deep_at(bytes, MAX_DEPTH) {
        let (line, col) = line_col(bytes, at);
        return Err(Diagnostic::at(
            Problem::NestingTooDeep { max: MAX_DEPTH },
            line,
            col,
        ));
    }
    super::stream::parse(text).map_err(|e| {
        let truncated = e.classify() == serde_json::error::Category::Eof;
        Diagnostic::at(Problem::NotJson { truncated }, e.line(), e.column())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8]) -> Diagnostic {
        parse(bytes).unwrap_err()
    }

    #[test]
    fn syntax_error_has_position() {
        let d = err(b"{\n  \"a\": 1,\n  \"b\" 2\n}");
        assert_eq!(d.problem, Problem::NotJson { truncated: false });
        assert_eq!(d.position, Some((3, 7)));
    }

    #[test]
    fn truncated_file_is_named() {
        assert_eq!(
            err(b"{\"a\": [1, 2").problem,
            Problem::NotJson { truncated: true }
        );
    }

    #[test]
    fn invalid_utf8_has_position() {
        let d = err(b"{\n\"t\": \"caf\xE9\"}");
        assert_eq!(d.problem, Problem::InvalidUtf8);
        assert_eq!(d.position, Some((2, 10)));
    }

    #[test]
    fn a_file_that_does_not_start_like_a_quiz_is_not_a_quiz() {
        for bytes in [
            &b"Liste de courses"[..],
            b"\x89PNG\r\n",
            b"  \"texte\"",
            b"PK\x03\x04",
        ] {
            assert_eq!(err(bytes).problem, Problem::NotAQuiz, "{bytes:?}");
        }
        // A BOM and blank lines before the brace are fine.
        assert!(parse(b"\xEF\xBB\xBF\n  {}").is_ok());
    }

    #[test]
    fn depth_is_bounded_and_strings_ignored() {
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(
            err(deep.as_bytes()).problem,
            Problem::NestingTooDeep { max: MAX_DEPTH }
        );
        let in_string = format!("[\"{}\"]", "[".repeat(1000));
        assert!(parse(in_string.as_bytes()).is_ok());
        // Escaped quotes and backslashes do not end a string early.
        let tricky = format!("[\"a\\\"{}\\\\\", 1]", "[".repeat(100));
        assert!(parse(tricky.as_bytes()).is_ok(), "{tricky}");
        let deep_after = format!("[\"\\\\\", {}", "[".repeat(MAX_DEPTH));
        assert!(matches!(
            parse(deep_after.as_bytes()).unwrap_err().problem,
            Problem::NestingTooDeep { .. }
        ));
    }

    #[test]
    fn bom_is_skipped() {
        assert!(parse(b"\xEF\xBB\xBF{}").is_ok());
    }
}
