//! What the text formats (GIFT, Aiken, Moodle XML's HTML fields) share: reading bytes as text
//! the way Moodle would accept them, and HTML turned into the plain text a quiz holds.
//!
//! Moodle writes UTF-8, with or without a BOM, and teachers edit the files on every system:
//! LF, CRLF and CR line ends are all accepted. Anything else (Latin-1 from an old Windows
//! editor, binary data renamed `.gift`) is refused with the line of the first bad byte, rather
//! than imported as garbled text.

use super::{Location, Problem, Refusal};

/// Text formats larger than this are refused before parsing (a 1,500-question GIFT file is
/// about 300 KB; 16 MB leaves room for any real bank, and bounds memory and time).
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// `bytes` as text with `\n` line ends, or why not (`interchange.text.too_large`, `.binary`,
/// `.not_utf8`, located at the line of the first bad byte).
pub fn decode(bytes: &[u8]) -> Result<String, Refusal> {
    let refuse = |p: Problem| Refusal { problems: vec![p] };
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(refuse(
            Problem::error(
                Location::File,
                "interchange.text.too_large",
                "interchange.text.too_large.hint",
            )
            .with("max", MAX_TEXT_BYTES / (1024 * 1024)),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(at) = memchr::memchr(0, bytes) {
        return Err(refuse(Problem::error(
            Location::Line(line_of(bytes, at)),
            "interchange.text.binary",
            "interchange.text.binary.hint",
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let byte = bytes.get(at).copied().unwrap_or_default();
        let encoding = if byte >= 0x80 && looks_like_latin1(&bytes[at..]) {
            "interchange.text.not_utf8.latin1"
        } else {
            "interchange.text.not_utf8.hint"
        };
        refuse(
            Problem::error(
                Location::Line(line_of(bytes, at)),
                "interchange.text.not_utf8",
                encoding,
            )
            .with("byte", format!("0x{byte:02X}")),
        )
    })?;
    Ok(normalise_line_ends(text))
}

/// Windows-1252 / Latin-1 text has lone high bytes between ASCII letters: a good enough guess
/// to name the likely encoding in the hint.
fn looks_like_latin1(rest: &[u8]) -> bool {
    rest.first()
        .is_some_and(|b| (0xC0..=0xFF).contains(b) || (0x80..=0x9F).contains(b))
        && rest.get(1).is_none_or(|b| *b < 0x80 || *b >= 0xC0)
}

fn line_of(bytes: &[u8], at: usize) -> usize {
    let before = &bytes[..at.min(bytes.len())];
    let lf = memchr::memchr_iter(b'\n', before).count();
    let cr_only = before
        .windows(2)
        .filter(|w| w[0] == b'\r' && w[1] != b'\n')
        .count();
    1 + lf + cr_only
}

/// CRLF and lone CR become LF.
pub fn normalise_line_ends(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// HTML as the plain text a quiz holds: tags removed (`<br>`, `<p>`, `<li>` become line
/// breaks), entities decoded, runs of spaces collapsed.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            out.push_str(after);
            rest = "";
            break;
        };
        let tag = after[1..gt].trim_start_matches('/').to_ascii_lowercase();
        let name = tag.split(|c: char| c.is_whitespace() || c == '/').next();
        if matches!(
            name,
            Some("br" | "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        ) {
            out.push('\n');
        }
        rest = &after[gt + 1..];
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    let lines: Vec<String> = decoded
        .split('\n')
        .map(|l| l.split_ascii_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

/// `&amp;`, `&eacute;`, `&#233;`, `&#xE9;` and the other common named entities decoded; an
/// unknown entity is kept as written.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let end = after[1..].find(';').filter(|e| *e <= 10).map(|e| e + 1);
        match end.and_then(|e| entity(&after[1..e]).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "agrave" => 'à',
        "acirc" => 'â',
        "ccedil" => 'ç',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ocirc" => 'ô',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "oelig" => 'œ',
        "Eacute" => 'É',
        "Egrave" => 'È',
        "Agrave" => 'À',
        "Ccedil" => 'Ç',
        "laquo" => '«',
        "raquo" => '»',
        "rsquo" => '’',
        "lsquo" => '‘',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "euro" => '€',
        "copy" => '©',
        "deg" => '°',
        _ => return None,
    })
}

/// An asset id from an image file's stem: lower-case ASCII letters, digits and dashes, at most
/// 40 characters (`Capture Écran` → `capture--cran`), `image` when nothing readable is left.
/// Imported images keep a name the author recognises in the editor.
pub fn asset_id_base(stem: &str) -> String {
    let base: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    if base.trim_matches('-').is_empty() {
        "image".to_owned()
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asset_ids_keep_a_readable_ascii_stem() {
        assert_eq!(asset_id_base("Capture Écran-2"), "capture--cran-2");
        assert_eq!(asset_id_base("???"), "image");
        assert_eq!(asset_id_base(&"a".repeat(60)).len(), 40);
    }

    #[test]
    fn bom_and_every_line_end() {
        for input in [
            &b"a\nb"[..],
            b"a\r\nb",
            b"a\rb",
            b"\xEF\xBB\xBFa\nb",
            b"\xEF\xBB\xBFa\r\nb",
        ] {
            assert_eq!(decode(input).unwrap(), "a\nb", "{input:?}");
        }
    }

    #[test]
    fn latin1_is_named_with_its_line() {
        let err = decode(b"ok\r\nligne 2\r\nd\xE9j\xE0").unwrap_err();
        let p = &err.problems[0];
        assert_eq!(p.key, "interchange.text.not_utf8");
        assert_eq!(p.hint, "interchange.text.not_utf8.latin1");
        assert_eq!(p.location, Location::Line(3));
        assert_eq!(p.args, vec![("byte", "0xE9".to_owned())]);
    }

    #[test]
    fn binary_and_huge_inputs_are_refused() {
        let err = decode(b"\x89PNG\r\n\x1a\n\0\0").unwrap_err();
        assert_eq!(err.problems[0].key, "interchange.text.binary");
        let big = vec![b'a'; MAX_TEXT_BYTES + 1];
        assert_eq!(
            decode(&big).unwrap_err().problems[0].key,
            "interchange.text.too_large"
        );
    }

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            html_to_text(
                "<p>Un <b>mot</b>&nbsp;de passe&#8239;?</p><p>S&eacute;r &amp; s&#xFB;r</p>"
            ),
            "Un mot\u{a0}de passe\u{202f}?\nSér & sûr"
        );
        assert_eq!(html_to_text("a < b"), "a < b");
        assert_eq!(decode_entities("&bogus; &amp"), "&bogus; &amp");
    }
}
