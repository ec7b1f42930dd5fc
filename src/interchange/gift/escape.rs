//! GIFT's backslash escapes, as Moodle's importer handles them: before anything else, each
//! escaped special character (`\~ \= \# \{ \} \: \\ \n`) is replaced by a placeholder, so no
//! later step mistakes it for syntax; the placeholders become the characters again in the
//! final texts. A backslash before any other character stays as written, like in Moodle.

/// Placeholders, from the Unicode private use area (never in real quiz text).
const SPECIALS: [(char, char); 7] = [
    ('\\', '\u{F8F0}'),
    ('~', '\u{F8F1}'),
    ('=', '\u{F8F2}'),
    ('#', '\u{F8F3}'),
    ('{', '\u{F8F4}'),
    ('}', '\u{F8F5}'),
    (':', '\u{F8F6}'),
];
const NEWLINE: char = '\u{F8F7}';

/// `text` with every escape replaced by its placeholder.
pub fn protect(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let next = chars.peek().copied();
        if next == Some('n') {
            chars.next();
            out.push(NEWLINE);
        } else if let Some((_, p)) = SPECIALS.iter().find(|(s, _)| Some(*s) == next) {
            chars.next();
            out.push(*p);
        } else {
            out.push('\\');
        }
    }
    out
}

/// The placeholders of `text` turned back into the characters they stand for.
pub fn restore(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == NEWLINE {
                '\n'
            } else {
                SPECIALS
                    .iter()
                    .find(|(_, p)| *p == c)
                    .map_or(c, |(s, _)| *s)
            }
        })
        .collect()
}

/// `text` written for GIFT: every special character escaped, line breaks as `\n`, so any
/// GIFT reader (Moodle's, gift-pegjs) gives the same text back.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_escape_is_protected_then_restored() {
        let text = r"a\~b\=c\#d\{e\}f\:g\\h\ni\x";
        let protected = protect(text);
        for special in ['~', '=', '#', '{', '}', ':'] {
            assert!(
                !protected.contains(special),
                "{special} left in {protected}"
            );
        }
        assert_eq!(restore(&protected), "a~b=c#d{e}f:g\\h\ni\\x");
    }

    #[test]
    fn escape_is_the_inverse() {
        let text = "Vrai ou faux : 2 + 2 = 4 ? {oui} ~ # \\ \nfin";
        assert_eq!(restore(&protect(&escape(text))), text.replace('\r', ""));
        assert!(!escape("a\nb").contains('\n'));
    }
}
