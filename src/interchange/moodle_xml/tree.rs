//! Moodle XML bytes → a small element tree, with the defences an import of strangers' files
//! needs: DOCTYPEs refused outright (so no entity can be declared, hence no "billion laughs"),
//! only XML's five predefined entities and character references resolved, depth and element
//! count bounded, and every error located at its line.

use quick_xml::XmlVersion;
use quick_xml::events::Event;
use quick_xml::reader::Reader;

use crate::interchange::{Location, Problem};

/// Moodle XML larger than this is refused (images are inside, base64: room for a big bank).
pub const MAX_XML_BYTES: usize = 64 * 1024 * 1024;
/// Moodle nests `quiz/question/answer/feedback/text`: 32 is far beyond any real file.
const MAX_DEPTH: usize = 32;
/// About 30 elements a question: enough for 30,000 questions.
const MAX_ELEMENTS: usize = 1_000_000;

/// An element: its name, attributes, text (concatenated) and children, and its line.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
    pub line: usize,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The text of `<name><text>…</text></name>` (Moodle's usual wrapping), or of `<name>`.
    pub fn text_of(&self, name: &str) -> Option<&str> {
        let c = self.child(name)?;
        Some(c.child("text").map_or(c.text.as_str(), |t| t.text.as_str()))
    }
}

/// Tracks the line of the reader's position without rescanning from the start.
struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
}

impl Lines<'_> {
    fn at(&mut self, pos: u64) -> usize {
        let pos = usize::try_from(pos)
            .unwrap_or(usize::MAX)
            .min(self.bytes.len());
        if pos > self.pos {
            self.line += memchr::memchr_iter(b'\n', &self.bytes[self.pos..pos]).count();
            self.pos = pos;
        }
        self.line
    }
}

fn error(line: usize, key: &'static str, hint: &'static str) -> Problem {
    Problem::error(Location::Line(line), key, hint)
}

/// The root element of `text`.
pub fn parse(text: &str) -> Result<Element, Problem> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut lines = Lines {
        bytes: text.as_bytes(),
        pos: 0,
        line: 1,
    };
    let mut stack: Vec<Element> = vec![Element::default()];
    let mut count = 0usize;
    let bad = "interchange.moodle.bad_xml";
    let bad_hint = "interchange.moodle.bad_xml.hint";
    loop {
        let start = lines.at(reader.buffer_position());
        let event = reader
            .read_event()
            .map_err(|e| error(start, bad, bad_hint).with("detail", e))?;
        match event {
            Event::DocType(_) => {
                return Err(error(
                    start,
                    "interchange.moodle.doctype",
                    "interchange.moodle.doctype.hint",
                ));
            }
            Event::Start(e) | Event::Empty(e)
                if stack.len() > MAX_DEPTH || count >= MAX_ELEMENTS =>
            {
                let _ = e;
                return Err(error(
                    start,
                    "interchange.moodle.too_deep",
                    "interchange.moodle.too_deep.hint",
                ));
            }
            Event::Start(e) => {
                count += 1;
                stack.push(
                    element(&e, start)
                        .map_err(|d| error(start, bad, bad_hint).with("detail", d))?,
                );
            }
            Event::Empty(e) => {
                count += 1;
                let el = element(&e, start)
                    .map_err(|d| error(start, bad, bad_hint).with("detail", d))?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(el);
                }
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err(error(start, bad, bad_hint).with("detail", "</>"));
                }
                if let Some(done) = stack.pop()
                    && let Some(parent) = stack.last_mut()
                {
                    parent.children.push(done);
                }
            }
            Event::Text(t) => {
                let s = t
                    .decode()
                    .map_err(|e| error(start, bad, bad_hint).with("detail", e))?;
                push_text(&mut stack, &s);
            }
            Event::CData(t) => {
                let s = t
                    .decode()
                    .map_err(|e| error(start, bad, bad_hint).with("detail", e))?;
                push_text(&mut stack, &s);
            }
            Event::GeneralRef(r) => {
                let c = resolve(&r).ok_or_else(|| {
                    error(
                        start,
                        "interchange.moodle.entity",
                        "interchange.moodle.entity.hint",
                    )
                    .with("name", String::from_utf8_lossy(&r))
                })?;
                push_text(&mut stack, c.encode_utf8(&mut [0; 4]));
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    if stack.len() != 1 {
        return Err(error(lines.line, bad, bad_hint).with("detail", "EOF"));
    }
    stack
        .pop()
        .and_then(|doc| doc.children.into_iter().next())
        .ok_or_else(|| {
            error(
                1,
                "interchange.moodle.not_quiz",
                "interchange.moodle.not_quiz.hint",
            )
        })
}

fn push_text(stack: &mut [Element], s: &str) {
    if let Some(top) = stack.last_mut() {
        top.text.push_str(s);
    }
}

/// `&amp;` and the four others, `&#233;`: nothing else (no entity is ever declared).
fn resolve(r: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    if r.is_char_ref() {
        return r.resolve_char_ref().ok().flatten();
    }
    match &**r {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        _ => None,
    }
}

fn element(e: &quick_xml::events::BytesStart<'_>, line: usize) -> Result<Element, String> {
    let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| err.to_string())?;
        let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
        let value = a
            .normalized_value(XmlVersion::default())
            .map_err(|err| err.to_string())?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Element {
        name,
        attrs,
        line,
        ..Element::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_elements_text_entities_and_cdata() {
        let root = parse(
            "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"essay\"><name><text>A &amp; B &#233;</text></name>\
             <questiontext format=\"html\"><text><![CDATA[<p>x</p>]]></text></questiontext></question></quiz>",
        )
        .unwrap();
        assert_eq!(root.name, "quiz");
        let q = &root.children[0];
        assert_eq!(q.attr("type"), Some("essay"));
        assert_eq!(q.text_of("name"), Some("A & B é"));
        assert_eq!(q.text_of("questiontext"), Some("<p>x</p>"));
        assert_eq!(q.line, 3);
    }

    #[test]
    fn doctype_entities_and_broken_xml_are_refused_with_their_line() {
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n<quiz>&lol2;</quiz>";
        let p = parse(bomb).unwrap_err();
        assert_eq!(
            (p.key, p.location),
            ("interchange.moodle.doctype", Location::Line(2))
        );
        let p = parse("<quiz>\n&lol;</quiz>").unwrap_err();
        assert_eq!(p.key, "interchange.moodle.entity");
        assert_eq!(p.location, Location::Line(2));
        let p = parse("<quiz>\n<question>\n</quiz>").unwrap_err();
        assert_eq!(p.key, "interchange.moodle.bad_xml");
        let deep = format!("{}{}", "<a>".repeat(100), "</a>".repeat(100));
        assert_eq!(parse(&deep).unwrap_err().key, "interchange.moodle.too_deep");
    }
}
