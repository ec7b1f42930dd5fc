//! French typography for quiz text: a narrow no-break space before `; ! ?` and `:`, and
//! inside « ».
//!
//! Authors type "Pourquoi ?" with an ordinary space (which may break, leaving the "?" alone at
//! the start of a line) or "Pourquoi?" with none. The handout fixes both. URLs and times
//! ("https://", "10:30", "?q=") are left alone: a mark is only spaced when a space or the end
//! of the text follows it.

use super::fonts::NNBSP;

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | NNBSP)
}

/// `text` with French spacing around high punctuation and guillemets.
pub fn french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut after_open = false; // just wrote "« ": skip the author's own spaces
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let ends_word = next
            .is_none_or(|n| is_space(n) || matches!(n, '»' | ')' | '"' | '.' | ',' | '!' | '?'));
        if after_open && is_space(c) {
            continue;
        }
        after_open = false;
        if c == '»' || (matches!(c, ';' | '!' | '?' | ':') && ends_word) {
            while out.ends_with(is_space) {
                out.pop();
            }
            // "?!" stays together; nothing to space at the start of the text.
            if out
                .chars()
                .last()
                .is_some_and(|p| !matches!(p, '!' | '?' | '('))
            {
                out.push(NNBSP);
            }
            out.push(c);
        } else if c == '«' {
            out.push(c);
            out.push(NNBSP);
            after_open = true;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        s.replace('_', "\u{202f}")
    }

    #[test]
    fn spaces_high_punctuation_and_guillemets() {
        assert_eq!(french("Pourquoi ?"), n("Pourquoi_?"));
        assert_eq!(french("Pourquoi?"), n("Pourquoi_?"));
        assert_eq!(french("Attention : ici; là!"), n("Attention_: ici_; là_!"));
        assert_eq!(french("Dites « oui »."), n("Dites «_oui_»."));
        assert_eq!(french("Dites «oui»"), n("Dites «_oui_»"));
        assert_eq!(french("Quoi ?!"), n("Quoi_?!"));
    }

    #[test]
    fn leaves_urls_and_times_alone() {
        assert_eq!(french("https://exemple.fr/?q=1"), "https://exemple.fr/?q=1");
        assert_eq!(french("à 10:30"), "à 10:30");
        assert_eq!(french("?"), "?");
    }
}
