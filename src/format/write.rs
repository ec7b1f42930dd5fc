//! From the model to format v1 bytes: pretty-printed, stable field order, empty optionals
//! omitted, unknown fields written back after the known ones.
//!
//! The order is the one documented in `docs/FORMAT.md`, so two saves of the same quiz give the
//! same bytes and a diff of two versions shows only what changed.

use std::io;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::Serialize;
use serde::ser::{Error as _, SerializeMap, Serializer};

use super::{FORMAT_NAME, FORMAT_VERSION};
use crate::model::{
    Asset, Author, Choice, Competence, Credit, Extra, ImageRef, Level, Question, QuestionKind,
    Quiz, Region, Source, SourceRef,
};

/// Why a quiz cannot be written: JSON has no representation for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteError {
    /// The question with a non-finite hotspot coordinate.
    pub question_id: String,
}

/// The quiz as pretty-printed UTF-8 JSON, ready to be written atomically.
pub fn to_bytes(quiz: &Quiz) -> Result<Vec<u8>, WriteError> {
    check_writable(quiz)?;
    let images: usize = quiz
        .assets
        .values()
        .map(|a| a.data.len() * 4 / 3 + 64)
        .sum();
    let mut out = Vec::with_capacity(images + quiz.questions.len() * 1024 + 4096);
    // With finite numbers (checked above) and string keys, the only possible error is the
    // writer's, and a Vec never fails: map the impossible error rather than panicking.
    write_json(quiz, &mut out).map_err(|_| WriteError {
        question_id: String::new(),
    })?;
    Ok(out)
}

/// Refuses a quiz JSON cannot represent (a NaN or infinite hotspot coordinate), naming the
/// question, before anything is written.
pub fn check_writable(quiz: &Quiz) -> Result<(), WriteError> {
    match quiz.questions.iter().find(|q| match &q.kind {
        QuestionKind::Hotspot { regions } => regions
            .iter()
            .any(|r| ![r.x, r.y, r.w, r.h].iter().all(|v| v.is_finite())),
        _ => false,
    }) {
        Some(q) => Err(WriteError {
            question_id: q.id.clone(),
        }),
        None => Ok(()),
    }
}

/// Streams the file bytes of a quiz that passed [`check_writable`] into `out`, so a save goes
/// straight to disk without a copy of the whole file in memory (90 MB for a quiz with a
/// hundred photos). The only errors left are the writer's.
pub fn write_json(quiz: &Quiz, mut out: impl io::Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut out, &Ser(quiz))?;
    out.write_all(b"\n")
}

/// Wrapper giving model types their file representation.
struct Ser<'a, T: ?Sized>(&'a T);

/// A map being written, with helpers that skip empty optionals.
struct W<M>(M);

impl<M: SerializeMap> W<M> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }

    fn text(&mut self, key: &str, value: &str) -> Result<(), M::Error> {
        if value.is_empty() {
            Ok(())
        } else {
            self.field(key, value)
        }
    }

    fn list<T>(&mut self, key: &str, items: &[T]) -> Result<(), M::Error>
    where
        for<'a> Ser<'a, T>: Serialize,
    {
        if items.is_empty() {
            return Ok(());
        }
        let wrapped: Vec<Ser<'_, T>> = items.iter().map(Ser).collect();
        self.field(key, &wrapped)
    }

    fn opt<T>(&mut self, key: &str, value: Option<&T>) -> Result<(), M::Error>
    where
        for<'a> Ser<'a, T>: Serialize,
    {
        match value {
            Some(v) => self.field(key, &Ser(v)),
            None => Ok(()),
        }
    }

    /// Unknown fields, except any that would duplicate a known key.
    fn end(mut self, extra: &Extra, known: &[&str]) -> Result<M::Ok, M::Error> {
        for (k, v) in extra.iter().filter(|(k, _)| !known.contains(&k.as_str())) {
            self.field(k, v)?;
        }
        self.0.end()
    }
}

fn map<S: Serializer>(s: S) -> Result<W<S::SerializeMap>, S::Error> {
    s.serialize_map(None).map(W)
}

const QUIZ_KEYS: &[&str] = &[
    "format",
    "version",
    "title",
    "description",
    "language",
    "authors",
    "license",
    "created",
    "modified",
    "sources",
    "levels",
    "questions",
    "assets",
];

impl Serialize for Ser<'_, Quiz> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = self.0;
        let mut m = map(s)?;
        m.field("format", FORMAT_NAME)?;
        m.field("version", &FORMAT_VERSION)?;
        m.field("title", &q.title)?;
        m.text("description", &q.description)?;
        m.text("language", &q.language)?;
        m.list("authors", &q.authors)?;
        m.text("license", &q.license)?;
        m.text("created", &q.created)?;
        m.text("modified", &q.modified)?;
        m.list("sources", &q.sources)?;
        let levels: Vec<Ser<'_, Level>> = q.levels.iter().map(Ser).collect();
        m.field("levels", &levels)?;
        let questions: Vec<Ser<'_, Question>> = q.questions.iter().map(Ser).collect();
        m.field("questions", &questions)?;
        if !q.assets.is_empty() {
            let assets: std::collections::BTreeMap<&str, Ser<'_, Asset>> =
                q.assets.iter().map(|(k, v)| (k.as_str(), Ser(v))).collect();
            m.field("assets", &assets)?;
        }
        m.end(&q.extra, QUIZ_KEYS)
    }
}

impl Serialize for Ser<'_, Author> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = map(s)?;
        m.field("name", &self.0.name)?;
        m.text("contact", &self.0.contact)?;
        m.end(&self.0.extra, &["name", "contact"])
    }
}

impl Serialize for Ser<'_, Source> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let src = self.0;
        let mut m = map(s)?;
        m.field("id", &src.id)?;
        m.field("title", &src.title)?;
        m.text("author", &src.author)?;
        m.text("url", &src.url)?;
        m.text("license", &src.license)?;
        if let Some(usage) = src.usage {
            m.field("use", usage.as_str())?;
        } else if let Some(raw) = src.extra.get("use") {
            m.field("use", raw)?; // a value this version does not know, written back
        }
        m.text("changes", &src.changes)?;
        m.text("note", &src.note)?;
        let known = [
            "id", "title", "author", "url", "license", "use", "changes", "note",
        ];
        m.end(&src.extra, &known)
    }
}

impl Serialize for Ser<'_, Level> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = map(s)?;
        m.field("id", &self.0.id)?;
        m.field("name", &self.0.name)?;
        m.text("description", &self.0.description)?;
        m.end(&self.0.extra, &["id", "name", "description"])
    }
}

/// Keys written for every question; the type adds its own (see [`type_key`]). Fields of
/// other types found in a file (`choices` on a true/false question) are kept as unknown fields.
const QUESTION_KEYS: &[&str] = &[
    "id",
    "level",
    "type",
    "prompt",
    "image",
    "explanation",
    "notes",
    "source",
    "time_limit_s",
    "tags",
    "competences",
];

fn type_key(kind: &QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice { .. }
        | QuestionKind::MultipleChoice { .. }
        | QuestionKind::Poll { .. } => "choices",
        QuestionKind::TrueFalse { .. } => "answer",
        QuestionKind::Ordering { .. } => "items",
        QuestionKind::Hotspot { .. } => "regions",
        QuestionKind::Open { .. } => "answer_text",
        QuestionKind::Unknown { .. } => "type", // its own fields are all in `extra`
    }
}

impl Serialize for Ser<'_, Question> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = self.0;
        let mut m = map(s)?;
        m.field("id", &q.id)?;
        m.field("level", &q.level)?;
        m.field("type", q.type_name())?;
        m.field("prompt", &q.prompt)?;
        m.opt("image", q.image.as_ref())?;
        match &q.kind {
            QuestionKind::SingleChoice { choices }
            | QuestionKind::MultipleChoice { choices }
            | QuestionKind::Poll { choices } => {
                let wrapped: Vec<Ser<'_, Choice>> = choices.iter().map(Ser).collect();
                m.field("choices", &wrapped)?;
            }
            QuestionKind::TrueFalse { answer } => m.field("answer", answer)?,
            QuestionKind::Ordering { items } => m.field("items", items)?,
            QuestionKind::Hotspot { regions } => {
                let wrapped: Vec<Ser<'_, Region>> = regions.iter().map(Ser).collect();
                m.field("regions", &wrapped)?;
            }
            QuestionKind::Open { answer_text } => m.text("answer_text", answer_text)?,
            QuestionKind::Unknown { .. } => {}
        }
        m.text("explanation", &q.explanation)?;
        m.text("notes", &q.notes)?;
        m.opt("source", q.source.as_ref())?;
        if let Some(t) = q.time_limit_s {
            m.field("time_limit_s", &t)?;
        }
        if !q.tags.is_empty() {
            m.field("tags", &q.tags)?;
        }
        m.list("competences", &q.competences)?;
        let mut known = QUESTION_KEYS.to_vec();
        known.push(type_key(&q.kind));
        m.end(&q.extra, &known)
    }
}

impl Serialize for Ser<'_, ImageRef> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = map(s)?;
        m.field("asset", &self.0.asset)?;
        m.text("alt", &self.0.alt)?;
        m.end(&self.0.extra, &["asset", "alt"])
    }
}

impl Serialize for Ser<'_, Choice> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let mut m = map(s)?;
        m.text("text", &c.text)?;
        m.opt("image", c.image.as_ref())?;
        if c.correct {
            m.field("correct", &true)?;
        }
        m.end(&c.extra, &["text", "image", "correct"])
    }
}

impl Serialize for Ser<'_, Region> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        if ![r.x, r.y, r.w, r.h].iter().all(|v| v.is_finite()) {
            return Err(S::Error::custom("region coordinates must be finite"));
        }
        let mut m = map(s)?;
        m.field("x", &r.x)?;
        m.field("y", &r.y)?;
        m.field("w", &r.w)?;
        m.field("h", &r.h)?;
        m.end(&r.extra, &["x", "y", "w", "h"])
    }
}

impl Serialize for Ser<'_, SourceRef> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = map(s)?;
        m.field("ref", &self.0.source)?;
        m.text("detail", &self.0.detail)?;
        m.end(&self.0.extra, &["ref", "detail"])
    }
}

impl Serialize for Ser<'_, Competence> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let mut m = map(s)?;
        m.field("framework", &c.framework)?;
        m.field("code", &c.code)?;
        if let Some(level) = c.level {
            m.field("level", &level)?;
        }
        m.end(&c.extra, &["framework", "code", "level"])
    }
}

impl Serialize for Ser<'_, Asset> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        let mut m = map(s)?;
        m.field("media_type", a.media_type.as_str())?;
        m.0.serialize_key("data")?;
        m.0.serialize_value(&Base64(&a.data))?;
        if !a.credit.is_empty() {
            m.field("credit", &Ser(&a.credit))?;
        }
        m.end(&a.extra, &["media_type", "data", "credit"])
    }
}

/// Base64 text of an image. Encoding into one buffer and writing it as a plain string is
/// several times faster than streaming through `collect_str` (measured in `benches/load_save`).
struct Base64<'a>(&'a [u8]);

impl Serialize for Base64<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut text = String::with_capacity(self.0.len().div_ceil(3) * 4);
        STANDARD.encode_string(self.0, &mut text);
        s.serialize_str(&text)
    }
}

impl Serialize for Ser<'_, Credit> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let mut m = map(s)?;
        m.text("title", &c.title)?;
        m.text("author", &c.author)?;
        m.text("url", &c.url)?;
        m.text("license", &c.license)?;
        m.end(&c.extra, &["title", "author", "url", "license"])
    }
}
