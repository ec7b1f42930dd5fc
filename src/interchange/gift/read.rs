//! Splitting a GIFT file into blocks and a block into its parts, following Moodle's
//! `qformat_gift::readquestion`: blank lines separate questions; lines starting with `//` are
//! comments (Moodle 4's `// [id:…] [tag:…]` among them); `$CATEGORY:` starts a category;
//! `::title::` names a question; the answers are the text between the first `{` and the next
//! `}`, and what the answers are decides the question's type.

use super::escape::{protect, restore};

/// One block of non-blank lines.
#[derive(Debug, Default)]
pub struct Block<'a> {
    /// Line of the first non-comment line (or of the block's first line), from 1.
    pub line: usize,
    pub lines: Vec<&'a str>,
    pub comments: Vec<&'a str>,
}

/// The blocks of `text` (line ends already `\n`).
pub fn blocks(text: &str) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    let mut current = Block::default();
    for (i, line) in text.split('\n').enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if !current.lines.is_empty() || !current.comments.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if trimmed.starts_with("//") {
            if current.lines.is_empty() && current.comments.is_empty() {
                current.line = i + 1;
            }
            current.comments.push(trimmed);
        } else {
            if current.lines.is_empty() {
                current.line = i + 1;
            }
            current.lines.push(line);
        }
    }
    if !current.lines.is_empty() || !current.comments.is_empty() {
        out.push(current);
    }
    out
}

/// What a block holds, before its answers are read.
#[derive(Debug, PartialEq)]
pub enum Parsed {
    /// Comments only.
    Nothing,
    /// `$CATEGORY: path` — the path's last segment, and the rest of the block if any.
    Category {
        name: String,
        rest: Option<String>,
    },
    Question(Parts),
    /// `::` without its closing `::`.
    UnclosedTitle,
    /// `{` without `}` or `}` without `{`.
    UnbalancedBraces,
}

/// A question's parts, escapes still protected (see [`restore`]).
#[derive(Debug, Default, PartialEq)]
pub struct Parts {
    pub title: Option<String>,
    /// The question text; for "missing word" questions, with `_____` where the answers were.
    pub text: String,
    /// Between `{` and `}`, trimmed, without the general feedback. `None`: no braces at all
    /// (a Moodle "description").
    pub answers: Option<String>,
    /// After `####`.
    pub general_feedback: Option<String>,
}

/// Reads the text of one block (its non-comment lines joined by `\n`).
pub fn parse_block(raw: &str) -> Parsed {
    let text = protect(raw.trim());
    if text.is_empty() {
        return Parsed::Nothing;
    }
    if let Some(path) = text.strip_prefix("$CATEGORY:") {
        let (first, rest) = path.split_once('\n').unwrap_or((path, ""));
        let rest = rest.trim();
        return Parsed::Category {
            name: category_name(&restore(first.trim())),
            rest: (!rest.is_empty()).then(|| restore(rest)),
        };
    }
    let mut body = text.as_str();
    let mut title = None;
    if let Some(after) = body.strip_prefix("::") {
        let Some(end) = after.find("::") else {
            return Parsed::UnclosedTitle;
        };
        title = Some(after[..end].trim().to_owned());
        body = after[end + 2..].trim_start();
    }
    let open = body.find('{');
    let close = body[open.unwrap_or(0)..]
        .find('}')
        .map(|c| c + open.unwrap_or(0));
    let (text, answers) = match (open, close) {
        (None, None) => (body.to_owned(), None),
        (Some(open), Some(close)) => {
            let before = body[..open].trim_end();
            let after = body[close + 1..].trim();
            let text = if after.is_empty() {
                before.to_owned()
            } else {
                format!("{before} _____ {after}")
            };
            (text, Some(body[open + 1..close].trim().to_owned()))
        }
        _ => return Parsed::UnbalancedBraces,
    };
    let (answers, general_feedback) = match answers {
        Some(a) => match a.split_once("####") {
            Some((a, fb)) => (Some(a.trim().to_owned()), Some(fb.trim().to_owned())),
            None => (Some(a), None),
        },
        None => (None, None),
    };
    Parsed::Question(Parts {
        title,
        text,
        answers,
        general_feedback,
    })
}

/// The name of a category path's last segment: `$course$/top/Sécurité/Mots de passe` →
/// `Mots de passe` (`//` stands for a `/` inside a name, as in Moodle).
pub fn category_name(path: &str) -> String {
    let protected = path.replace("//", "\u{F8F8}");
    let last = protected
        .split('/')
        .map(str::trim)
        .rfind(|s| !s.is_empty())
        .unwrap_or_default();
    last.replace('\u{F8F8}', "/")
}

/// Moodle 4's `[id:…]` and `[tag:…]` written in the comment lines before a question.
pub fn id_and_tags(comments: &[&str]) -> (Option<String>, Vec<String>) {
    let mut id = None;
    let mut tags = Vec::new();
    for comment in comments {
        let mut rest = *comment;
        while let Some(start) = rest.find('[') {
            let after = &rest[start + 1..];
            let Some(end) = after.find(']') else { break };
            let inner = &after[..end];
            if let Some(v) = inner.strip_prefix("id:") {
                id = Some(v.trim().to_owned()).filter(|v| !v.is_empty());
            } else if let Some(v) = inner.strip_prefix("tag:") {
                let v = v.trim();
                if !v.is_empty() {
                    tags.push(v.to_owned());
                }
            }
            rest = &after[end + 1..];
        }
    }
    (id, tags)
}

/// Moodle's text formats: `[html]` text becomes plain text; `[plain]`, `[moodle]` and
/// `[markdown]` are kept as written (markdown reads well as it is). The format found, if any.
pub fn with_format(text: &str) -> (String, Option<&'static str>) {
    for format in ["html", "plain", "moodle", "markdown"] {
        let tag = format!("[{format}]");
        if let Some(rest) = text.strip_prefix(&tag) {
            let rest = rest.trim_start();
            let text = if format == "html" {
                crate::interchange::text::html_to_text(rest)
            } else {
                rest.to_owned()
            };
            return (text, Some(format));
        }
    }
    (text.to_owned(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_and_comments_are_set_aside() {
        let text = "// en-tête\n\n// [id:q1]\nQ1 {T}\n  \nQ2\nsuite {F}\n";
        let b = blocks(text);
        assert_eq!(b.len(), 3);
        assert_eq!(b[1].line, 4);
        assert_eq!(b[1].comments, ["// [id:q1]"]);
        assert_eq!(b[2].lines, ["Q2", "suite {F}"]);
        assert_eq!(b[2].line, 6);
    }

    #[test]
    fn title_text_answers_and_general_feedback() {
        let Parsed::Question(p) = parse_block("::Titre:: Texte ? {=a ~b ####Pourquoi}") else {
            panic!()
        };
        assert_eq!(p.title.as_deref(), Some("Titre"));
        assert_eq!(p.text, "Texte ?");
        assert_eq!(p.answers.as_deref(), Some("=a ~b"));
        assert_eq!(p.general_feedback.as_deref(), Some("Pourquoi"));
        let Parsed::Question(p) = parse_block("Le {=chat ~chien} dort.") else {
            panic!()
        };
        assert_eq!(p.text, "Le _____ dort.");
        assert_eq!(parse_block("::sans fin {T}"), Parsed::UnclosedTitle);
        assert_eq!(parse_block("Q {T"), Parsed::UnbalancedBraces);
        assert_eq!(parse_block("Q } T"), Parsed::UnbalancedBraces);
        let Parsed::Question(p) = parse_block(r"Accolade \{ échappée") else {
            panic!()
        };
        assert_eq!(p.answers, None);
    }

    #[test]
    fn categories_are_named_after_their_last_segment() {
        assert_eq!(
            parse_block("$CATEGORY: $course$/top/Sécurité/Mots de passe"),
            Parsed::Category {
                name: "Mots de passe".into(),
                rest: None
            }
        );
        assert_eq!(category_name("top/Entrée//sortie"), "Entrée/sortie");
    }

    #[test]
    fn moodle_ids_tags_and_text_formats() {
        let (id, tags) = id_and_tags(&["// [id:q-7] [tag:mots] [tag: sûreté ]"]);
        assert_eq!(id.as_deref(), Some("q-7"));
        assert_eq!(tags, ["mots", "sûreté"]);
        assert_eq!(
            with_format("[html]<p>Un &amp; deux</p>"),
            ("Un & deux".to_owned(), Some("html"))
        );
        assert_eq!(with_format("[markdown]**gras**").0, "**gras**");
        assert_eq!(with_format("[plain]<b>").0, "<b>");
        assert_eq!(with_format("rien").1, None);
    }
}
