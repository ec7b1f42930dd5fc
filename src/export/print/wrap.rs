//! Line breaking: greedy, at spaces, hyphenating a word that does not fit (French or English
//! patterns), and as a last resort cutting a word that is wider than the whole line — so no
//! text ever runs past its box.
//!
//! No-break spaces (U+00A0, U+202F) never break. A hyphenation point ends the line with a soft
//! hyphen (U+00AD), which tagged PDF readers drop when they join the word back.

use super::fonts::{Fonts, SOFT_HYPHEN};

/// How text is measured: one face at one size.
#[derive(Clone, Copy)]
pub struct Measure<'a> {
    pub fonts: &'a Fonts,
    pub size: f32,
    pub bold: bool,
    pub lang: hypher::Lang,
}

impl Measure<'_> {
    pub fn width(&self, text: &str) -> f32 {
        self.fonts.width(text, self.size, self.bold)
    }
}

/// The lines of `text` within `width` points. Line feeds in `text` force a break.
pub fn wrap(text: &str, width: f32, m: Measure<'_>) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, width, m, &mut lines);
    }
    lines
}

fn wrap_paragraph(text: &str, width: f32, m: Measure<'_>, lines: &mut Vec<String>) {
    let mut line = String::new();
    for word in text.split([' ', '\t']).filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if m.width(&candidate) <= width {
            line = candidate;
            continue;
        }
        let mut rest = word.to_owned();
        if let Some((head, tail)) = hyphenate_to_fit(&line, word, width, m) {
            lines.push(head);
            rest = tail;
        } else if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // `rest` starts a new line; cut it while it is wider than a whole line.
        while m.width(&rest) > width {
            let (head, tail) = split_word(&rest, width, m);
            lines.push(head);
            rest = tail;
        }
        line = rest;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
}

/// `line` + the longest start of `word` that fits with its hyphen, and the rest of the word.
fn hyphenate_to_fit(
    line: &str,
    word: &str,
    width: f32,
    m: Measure<'_>,
) -> Option<(String, String)> {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 6
        || word
            .chars()
            .any(|c| c.is_ascii_digit() || c == '/' || c == '@')
    {
        return None;
    }
    let lower = word.to_lowercase();
    if lower.chars().count() != word.chars().count() {
        return None;
    }
    let mut cuts = Vec::new(); // char offsets where the word may break
    let mut at = 0;
    for syllable in hypher::hyphenate_bounded(&lower, m.lang, 2, 3) {
        at += syllable.chars().count();
        cuts.push(at);
    }
    cuts.pop(); // the end of the word is not a break
    let sep = if line.is_empty() { "" } else { " " };
    cuts.iter().rev().find_map(|&cut| {
        let head: String = word.chars().take(cut).collect();
        let candidate = format!("{line}{sep}{head}{SOFT_HYPHEN}");
        (m.width(&candidate) <= width).then(|| (candidate, word.chars().skip(cut).collect()))
    })
}

/// The longest start of `word` that fits on a line (at least one character), and the rest.
fn split_word(word: &str, width: f32, m: Measure<'_>) -> (String, String) {
    let chars: Vec<char> = word.chars().collect();
    let mut n = chars.len().saturating_sub(1).max(1);
    while n > 1 && m.width(&chars[..n].iter().collect::<String>()) > width {
        n -= 1;
    }
    (chars[..n].iter().collect(), chars[n..].iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(size: f32) -> Measure<'static> {
        Measure {
            fonts: Fonts::get(),
            size,
            bold: false,
            lang: hypher::Lang::French,
        }
    }

    #[test]
    fn no_line_is_wider_than_the_box() {
        let m = measure(16.0);
        let text = "Les mots anticonstitutionnellement et incompréhensiblement sont longs ; \
                    https://exemple.fr/un/chemin/tres/long/sans/espace/aucun/vraiment encore.";
        for width in [60.0, 120.0, 250.0, 495.0] {
            let lines = wrap(text, width, m);
            for line in &lines {
                assert!(m.width(line) <= width + 0.01, "{width}: {line:?}");
            }
            let joined: String = lines.concat().replace([SOFT_HYPHEN, ' '], "");
            assert_eq!(joined, text.replace(' ', ""), "nothing lost at {width}");
        }
    }

    #[test]
    fn hyphenates_french_words_that_do_not_fit() {
        let m = measure(16.0);
        let lines = wrap("Voici anticonstitutionnellement", 200.0, m);
        assert!(lines[0].ends_with(SOFT_HYPHEN), "{lines:?}");
        assert!(lines.len() >= 2);
    }

    #[test]
    fn keeps_no_break_spaces_and_line_feeds() {
        let m = measure(16.0);
        let lines = wrap("Un\u{202f}? Deux\nTrois", 1000.0, m);
        assert_eq!(lines, ["Un\u{202f}? Deux", "Trois"]);
        assert_eq!(wrap("", 100.0, m), [""]);
    }
}
