//! The answers between `{` and `}`, and the type they give, in Moodle's order of tests:
//! nothing → essay; a leading `#` → numerical; a `~` → multiple choice; `=` with `->` →
//! matching; exactly `T`, `TRUE`, `F` or `FALSE` → true/false; anything else → short answer.

use super::escape::restore;
use super::read::with_format;

/// One answer: its text, its weight in percent (`=` is 100, `~` without weight 0) and its
/// feedback (after `#`).
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub text: String,
    pub weight: f64,
    /// Whether the file wrote `%n%` (kept so the weight is written back as it was).
    pub explicit_weight: bool,
    pub feedback: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Answers {
    Essay,
    /// The number and its tolerance or range as written (`1.5:0.1`, `1..2`).
    Numerical(String),
    Choices(Vec<Answer>),
    Matching,
    TrueFalse {
        answer: bool,
        /// Shown when the answer given is wrong (Moodle's first feedback).
        if_wrong: Option<String>,
        /// Shown when it is right (the second).
        if_right: Option<String>,
    },
    Short(Vec<Answer>),
}

/// Reads `answers` (escapes protected), deciding the type as Moodle does.
pub fn read(answers: &str) -> Answers {
    if answers.is_empty() {
        return Answers::Essay;
    }
    if let Some(number) = answers.strip_prefix('#') {
        return Answers::Numerical(finish(number.trim()));
    }
    if answers.contains('~') {
        let marked = answers.replace('=', "~=");
        let items: Vec<Answer> = marked
            .split('~')
            .map(str::trim)
            .enumerate()
            .filter(|(i, a)| *i > 0 || !a.is_empty())
            .map(|(_, a)| choice(a))
            .collect();
        return Answers::Choices(items);
    }
    if answers.contains('=') && answers.contains("->") {
        return Answers::Matching;
    }
    let mut parts = answers.split('#');
    let first = parts.next().unwrap_or_default().trim();
    let truth = match first {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    };
    if let Some(answer) = truth {
        let mut next = || parts.next().map(finish).filter(|f| !f.is_empty());
        let if_wrong = next();
        let if_right = next();
        return Answers::TrueFalse {
            answer,
            if_wrong,
            if_right,
        };
    }
    let items = answers
        .split('=')
        .map(str::trim)
        .enumerate()
        .filter(|(i, a)| *i > 0 || !a.is_empty())
        .map(|(_, a)| {
            let mut a = choice(a);
            if !a.explicit_weight {
                a.weight = 100.0; // every short answer listed is accepted
            }
            a
        })
        .collect();
    Answers::Short(items)
}

/// `=text#feedback`, `%50%text`, `text`.
fn choice(raw: &str) -> Answer {
    let (mut weight, mut explicit_weight, mut rest) = (0.0, false, raw);
    if let Some(r) = rest.strip_prefix('=') {
        weight = 100.0;
        rest = r;
    } else if let Some((w, r)) = weight_prefix(rest) {
        weight = w;
        explicit_weight = true;
        rest = r;
    }
    let (text, feedback) = match rest.split_once('#') {
        Some((t, f)) => (t, Some(finish(f.trim())).filter(|f| !f.is_empty())),
        None => (rest, None),
    };
    Answer {
        text: finish(text.trim()),
        weight,
        explicit_weight,
        feedback,
    }
}

/// `%-33.3%rest` → (-33.3, rest), as Moodle's `^%-*([0-9]{1,2})\.?([0-9]*)%` reads it.
fn weight_prefix(text: &str) -> Option<(f64, &str)> {
    let inner = text.strip_prefix('%')?;
    let end = inner.find('%')?;
    let number = &inner[..end];
    let digits = number.trim_start_matches('-');
    let valid = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().next().is_some_and(|c| c.is_ascii_digit())
        && digits.matches('.').count() <= 1;
    if !valid {
        return None;
    }
    let value: f64 = number.parse().ok()?;
    Some((value.clamp(-100.0, 100.0), &inner[end + 1..]))
}

/// Escapes restored, text format applied.
fn finish(text: &str) -> String {
    with_format(&restore(text)).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::gift::escape::protect;

    fn answer(text: &str, weight: f64, feedback: Option<&str>) -> Answer {
        Answer {
            text: text.into(),
            weight,
            explicit_weight: weight.abs() > 1e-9 && (weight - 100.0).abs() > 1e-9,
            feedback: feedback.map(Into::into),
        }
    }

    #[test]
    fn the_type_is_decided_by_the_answers() {
        assert_eq!(read(""), Answers::Essay);
        assert_eq!(read("#1.5:0.1"), Answers::Numerical("1.5:0.1".into()));
        assert!(matches!(read("=a ~b"), Answers::Choices(_)));
        assert_eq!(read("=chat -> animal =rose -> fleur"), Answers::Matching);
        for (text, truth) in [("T", true), ("TRUE", true), ("F", false), ("FALSE", false)] {
            assert!(
                matches!(read(text), Answers::TrueFalse { answer, .. } if answer == truth),
                "{text}"
            );
        }
        for other in ["True", "vrai", "t", "Faux", "false"] {
            assert!(matches!(read(other), Answers::Short(_)), "{other}");
        }
    }

    #[test]
    fn weights_and_feedback_are_read() {
        let Answers::Choices(items) = read("~%50%Un#Bien ~%50%Deux ~%-100%Trois#Non") else {
            panic!()
        };
        assert_eq!(
            items,
            [
                answer("Un", 50.0, Some("Bien")),
                answer("Deux", 50.0, None),
                Answer {
                    explicit_weight: true,
                    ..answer("Trois", -100.0, Some("Non"))
                },
            ]
        );
        let Answers::Choices(items) = read("=Oui#Bravo ~Non ~%33.33333%Peut-être") else {
            panic!()
        };
        assert_eq!(items[0], answer("Oui", 100.0, Some("Bravo")));
        assert!(items[1].weight.abs() < 1e-9);
        assert!((items[2].weight - 33.33333).abs() < 1e-9);
        let Answers::Choices(items) = read("~%abc%texte") else {
            panic!()
        };
        assert_eq!(items[0].text, "%abc%texte");
    }

    #[test]
    fn true_false_feedback_is_wrong_then_right() {
        assert_eq!(
            read("T#Non, relisez.#Oui !"),
            Answers::TrueFalse {
                answer: true,
                if_wrong: Some("Non, relisez.".into()),
                if_right: Some("Oui !".into()),
            }
        );
    }

    #[test]
    fn escaped_specials_are_text() {
        let Answers::Short(items) = read(&protect(r"=a\=b\#c \~ d")) else {
            panic!()
        };
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].text, "a=b#c ~ d");
        let Answers::Short(items) = read("=rouge =Rouge#Majuscule") else {
            panic!()
        };
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].feedback.as_deref(), Some("Majuscule"));
    }
}
