//! From a parsed JSON value to the model, reporting every structural problem on the way.
//!
//! Hand-written rather than `#[derive(Deserialize)]` so that (1) every problem is reported —
//! not only the first — with the question's id and position, (2) unknown fields are collected
//! into `extra` at every level, and (3) strings are moved out of the JSON value, not copied.

use std::collections::BTreeMap;
use std::sync::Arc;

use base64::Engine as _;
use serde_json::{Map, Value};

use super::{FORMAT_NAME, FORMAT_VERSION, ImageCheck, MAX_ASSET_BYTES, images};
use crate::model::{
    Asset, Author, Choice, Competence, Credit, Diagnostic, ImageRef, Level, MediaType, Problem,
    Question, QuestionKind, QuestionType, Quiz, Region, Source, SourceRef, SourceUse, Subject,
    ValueKind,
};

/// One JSON object being read: the fields not yet taken end up in `extra`.
struct Obj {
    map: Map<String, Value>,
    subject: Subject,
    /// Path of this object inside its subject, with a trailing dot (`choices[2].`).
    prefix: String,
}

type Diags = Vec<Diagnostic>;

impl Obj {
    fn new(map: Map<String, Value>, subject: Subject, prefix: String) -> Self {
        Self {
            map,
            subject,
            prefix,
        }
    }

    fn field(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    fn report(&self, d: &mut Diags, problem: Problem, key: &str) {
        d.push(Diagnostic::new(
            problem,
            self.subject.clone(),
            self.field(key),
        ));
    }

    /// The value of `key`; `null` counts as absent. Reports a missing required field.
    fn take(&mut self, d: &mut Diags, key: &str, required: bool) -> Option<Value> {
        match self.map.remove(key) {
            Some(Value::Null) | None => {
                if required {
                    self.report(d, Problem::MissingField, key);
                }
                None
            }
            Some(v) => Some(v),
        }
    }

    fn wrong_type(&self, d: &mut Diags, key: &str, expected: ValueKind) {
        self.report(d, Problem::WrongType { expected }, key);
    }

    fn string(&mut self, d: &mut Diags, key: &str, required: bool) -> String {
        match self.take(d, key, required) {
            Some(Value::String(s)) => s,
            Some(_) => {
                self.wrong_type(d, key, ValueKind::Text);
                String::new()
            }
            None => String::new(),
        }
    }

    fn bool(&mut self, d: &mut Diags, key: &str, required: bool) -> Option<bool> {
        match self.take(d, key, required)? {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(d, key, ValueKind::Bool);
                None
            }
        }
    }

    /// An optional whole number that fits `T`; the validator checks its range, so an
    /// out-of-range value is kept (and reported) rather than silently dropped.
    fn integer<T: TryFrom<i64>>(&mut self, d: &mut Diags, key: &str) -> Option<T> {
        let value = self.take(d, key, false)?;
        let fitting = value.as_i64().and_then(|v| T::try_from(v).ok());
        if fitting.is_none() {
            let expected = if value.is_i64() || value.is_u64() {
                ValueKind::PositiveInteger
            } else {
                ValueKind::Integer
            };
            self.wrong_type(d, key, expected);
        }
        fitting
    }

    fn number(&mut self, d: &mut Diags, key: &str) -> f64 {
        match self.take(d, key, true) {
            Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
            Some(_) => {
                self.wrong_type(d, key, ValueKind::Number);
                f64::NAN
            }
            None => f64::NAN,
        }
    }

    fn array(&mut self, d: &mut Diags, key: &str, required: bool) -> Vec<Value> {
        match self.take(d, key, required) {
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.wrong_type(d, key, ValueKind::List);
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// The objects of array `key`, each as an `Obj` with `make_subject(index, &map)`.
    fn objects(
        &mut self,
        d: &mut Diags,
        key: &str,
        required: bool,
        mut make_subject: impl FnMut(usize, &Map<String, Value>) -> Option<Subject>,
    ) -> Vec<Obj> {
        let items = self.array(d, key, required);
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            match item {
                Value::Object(map) => match make_subject(i, &map) {
                    Some(subject) => out.push(Obj::new(map, subject, String::new())),
                    None => {
                        let prefix = format!("{}{key}[{i}].", self.prefix);
                        out.push(Obj::new(map, self.subject.clone(), prefix));
                    }
                },
                _ => self.wrong_type(d, &format!("{key}[{i}]"), ValueKind::Object),
            }
        }
        out
    }

    fn strings(&mut self, d: &mut Diags, key: &str, required: bool) -> Vec<String> {
        let items = self.array(d, key, required);
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            match item {
                Value::String(s) => out.push(s),
                _ => self.wrong_type(d, &format!("{key}[{i}]"), ValueKind::Text),
            }
        }
        out
    }

    /// The nested object `key`, read by `read`.
    fn object<T>(
        &mut self,
        d: &mut Diags,
        key: &str,
        required: bool,
        read: impl FnOnce(&mut Obj, &mut Diags) -> T,
    ) -> Option<T> {
        match self.take(d, key, required)? {
            Value::Object(map) => {
                let mut child = Obj::new(map, self.subject.clone(), self.field(key) + ".");
                Some(read(&mut child, d))
            }
            _ => {
                self.wrong_type(d, key, ValueKind::Object);
                None
            }
        }
    }

    fn extra(self) -> Map<String, Value> {
        self.map
    }
}

/// Reads the root value. `None` when the file is not an Atelier Quiz file at all.
pub(super) fn read_quiz(root: Value, images: ImageCheck, d: &mut Diags) -> Option<Quiz> {
    let Value::Object(map) = root else {
        d.push(Diagnostic::new(Problem::RootNotObject, Subject::File, ""));
        return None;
    };
    let mut o = Obj::new(map, Subject::File, String::new());
    header(&mut o, d)?;
    let mut quiz = Quiz {
        title: o.string(d, "title", true),
        description: o.string(d, "description", false),
        ..Quiz::default()
    };
    let language = o.string(d, "language", false);
    if !language.is_empty() {
        quiz.language = language;
    }
    quiz.authors = o
        .objects(d, "authors", false, |i, _| {
            Some(Subject::Author { number: i + 1 })
        })
        .into_iter()
        .map(|mut a| Author {
            name: a.string(d, "name", true),
            contact: a.string(d, "contact", false),
            extra: a.extra(),
        })
        .collect();
    quiz.license = o.string(d, "license", false);
    quiz.created = o.string(d, "created", false);
    quiz.modified = o.string(d, "modified", false);
    quiz.sources = o
        .objects(d, "sources", false, |i, m| {
            Some(Subject::Source {
                id: id_of(m),
                number: i + 1,
            })
        })
        .into_iter()
        .map(|s| source(s, d))
        .collect();
    quiz.levels = o
        .objects(d, "levels", true, |i, m| {
            Some(Subject::Level {
                id: id_of(m),
                number: i + 1,
            })
        })
        .into_iter()
        .map(|mut l| Level {
            id: l.string(d, "id", true),
            name: l.string(d, "name", true),
            description: l.string(d, "description", false),
            extra: l.extra(),
        })
        .collect();
    quiz.questions = o
        .objects(d, "questions", true, |i, m| {
            Some(Subject::Question {
                id: id_of(m),
                number: i + 1,
            })
        })
        .into_iter()
        .map(|q| question(q, d))
        .collect();
    quiz.assets = assets(&mut o, images, d);
    quiz.extra = o.extra();
    Some(quiz)
}

/// The `id` of an object for naming it in messages, before it is read.
fn id_of(map: &Map<String, Value>) -> String {
    map.get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// `format` and `version`: anything else than our format, or a newer version, stops reading.
fn header(o: &mut Obj, d: &mut Diags) -> Option<()> {
    match o.take(d, "format", true) {
        Some(Value::String(s)) if s == FORMAT_NAME => {}
        Some(other) => {
            let found = match other {
                Value::String(s) => s,
                v => v.to_string(),
            };
            o.report(d, Problem::WrongFormat { found }, "format");
            return None;
        }
        None => return None,
    }
    match o.take(d, "version", true) {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(FORMAT_VERSION) => Some(()),
            Some(found) if found > FORMAT_VERSION => {
                o.report(d, Problem::NewerVersion { found }, "version");
                None
            }
            _ => {
                o.report(d, Problem::BadVersion, "version");
                None
            }
        },
        Some(_) => {
            o.report(d, Problem::BadVersion, "version");
            None
        }
        None => None,
    }
}

fn source(mut s: Obj, d: &mut Diags) -> Source {
    let mut source = Source {
        id: s.string(d, "id", true),
        title: s.string(d, "title", true),
        author: s.string(d, "author", false),
        url: s.string(d, "url", false),
        license: s.string(d, "license", false),
        ..Source::default()
    };
    let usage = s.string(d, "use", false);
    if !usage.is_empty() {
        source.usage = SourceUse::parse(&usage);
        if source.usage.is_none() {
            let p = Problem::BadEnum {
                found: usage,
                allowed: "reused, adapted, reference",
            };
            s.report(d, p, "use");
        }
    }
    source.changes = s.string(d, "changes", false);
    source.note = s.string(d, "note", false);
    source.extra = s.extra();
    source
}

fn image_ref(o: &mut Obj, d: &mut Diags) -> ImageRef {
    ImageRef {
        asset: o.string(d, "asset", true),
        alt: o.string(d, "alt", false),
        extra: std::mem::take(&mut o.map),
    }
}

fn question(mut q: Obj, d: &mut Diags) -> Question {
    let id = q.string(d, "id", true);
    let level = q.string(d, "level", true);
    let type_name = q.string(d, "type", true);
    let prompt = q.string(d, "prompt", true);
    let image = q.object(d, "image", false, image_ref);
    let kind = match QuestionType::parse(&type_name) {
        Some(t) => kind(t, &mut q, d),
        None => {
            if !type_name.is_empty() {
                q.report(d, Problem::UnknownType { found: type_name }, "type");
            }
            None
        }
    };
    let mut question = Question::new(
        id,
        level,
        kind.unwrap_or(QuestionKind::Open {
            answer_text: String::new(),
        }),
    );
    question.prompt = prompt;
    question.image = image;
    question.explanation = q.string(d, "explanation", false);
    question.notes = q.string(d, "notes", false);
    question.source = q.object(d, "source", false, |o, d| SourceRef {
        source: o.string(d, "ref", true),
        detail: o.string(d, "detail", false),
        extra: std::mem::take(&mut o.map),
    });
    question.time_limit_s = q.integer(d, "time_limit_s");
    question.tags = q.strings(d, "tags", false);
    question.competences = q
        .objects(d, "competences", false, |_, _| None)
        .into_iter()
        .map(|mut c| Competence {
            framework: c.string(d, "framework", true),
            code: c.string(d, "code", true),
            level: c.integer(d, "level"),
            extra: c.extra(),
        })
        .collect();
    question.extra = q.extra();
    question
}

fn kind(t: QuestionType, q: &mut Obj, d: &mut Diags) -> Option<QuestionKind> {
    Some(match t {
        QuestionType::SingleChoice => QuestionKind::SingleChoice {
            choices: choices(q, d),
        },
        QuestionType::MultipleChoice => QuestionKind::MultipleChoice {
            choices: choices(q, d),
        },
        QuestionType::Poll => QuestionKind::Poll {
            choices: choices(q, d),
        },
        QuestionType::TrueFalse => QuestionKind::TrueFalse {
            answer: q.bool(d, "answer", true)?,
        },
        QuestionType::Ordering => QuestionKind::Ordering {
            items: q.strings(d, "items", true),
        },
        QuestionType::Hotspot => QuestionKind::Hotspot {
            regions: q
                .objects(d, "regions", true, |_, _| None)
                .into_iter()
                .map(|mut r| Region {
                    x: r.number(d, "x"),
                    y: r.number(d, "y"),
                    w: r.number(d, "w"),
                    h: r.number(d, "h"),
                    extra: r.extra(),
                })
                .collect(),
        },
        QuestionType::Open => QuestionKind::Open {
            answer_text: q.string(d, "answer_text", false),
        },
    })
}

fn choices(q: &mut Obj, d: &mut Diags) -> Vec<Choice> {
    q.objects(d, "choices", true, |_, _| None)
        .into_iter()
        .map(|mut c| Choice {
            text: c.string(d, "text", false),
            image: c.object(d, "image", false, image_ref),
            correct: c.bool(d, "correct", false).unwrap_or(false),
            extra: c.extra(),
        })
        .collect()
}

fn assets(o: &mut Obj, images: ImageCheck, d: &mut Diags) -> BTreeMap<String, Asset> {
    let map = match o.take(d, "assets", false) {
        Some(Value::Object(map)) => map,
        Some(_) => {
            o.wrong_type(d, "assets", ValueKind::Object);
            return BTreeMap::new();
        }
        None => return BTreeMap::new(),
    };
    let mut out = BTreeMap::new();
    for (id, value) in map {
        let subject = Subject::Asset { id: id.clone() };
        let Value::Object(fields) = value else {
            d.push(Diagnostic::new(
                Problem::WrongType {
                    expected: ValueKind::Object,
                },
                subject,
                "",
            ));
            continue;
        };
        if let Some(asset) = asset(Obj::new(fields, subject, String::new()), images, d) {
            out.insert(id, asset);
        }
    }
    out
}

fn asset(mut a: Obj, images: ImageCheck, d: &mut Diags) -> Option<Asset> {
    // `string` reports missing and mistyped values but not empty ones; an empty media type or
    // data must be reported too, or the asset would be dropped silently and lost on next save.
    let reported = d.len();
    let media_name = a.string(d, "media_type", true);
    let media = MediaType::parse(&media_name);
    if media.is_none() && d.len() == reported {
        a.report(d, Problem::BadMediaType { found: media_name }, "media_type");
    }
    let reported = d.len();
    let data = a.string(d, "data", true);
    if data.is_empty() && d.len() == reported {
        a.report(d, Problem::ImageUndecodable, "data");
    }
    let credit = a.object(d, "credit", false, |c, d| Credit {
        title: c.string(d, "title", false),
        author: c.string(d, "author", false),
        url: c.string(d, "url", false),
        license: c.string(d, "license", false),
        extra: std::mem::take(&mut c.map),
    });
    let bytes = decode_data(&a, &data, d)?;
    let media = media?;
    check_image(&a, media, &bytes, images, d)?;
    Some(Asset {
        media_type: media,
        data: Arc::from(bytes),
        credit: credit.unwrap_or_default(),
        extra: a.extra(),
    })
}

/// Base64 (standard alphabet; padding and line breaks tolerated), bounded in size.
fn decode_data(a: &Obj, data: &str, d: &mut Diags) -> Option<Vec<u8>> {
    if data.is_empty() {
        return None; // already reported by `asset`
    }
    let decoded_len = (data.len() as u64) / 4 * 3;
    if decoded_len > MAX_ASSET_BYTES {
        let p = Problem::AssetTooLarge {
            size_mb: decoded_len.div_ceil(1024 * 1024),
            max_mb: MAX_ASSET_BYTES / (1024 * 1024),
        };
        a.report(d, p, "data");
        return None;
    }
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    let result = if data.bytes().any(|b| b.is_ascii_whitespace()) {
        let compact: Vec<u8> = data.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        engine.decode(compact)
    } else {
        engine.decode(data)
    };
    match result {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            a.report(d, Problem::BadBase64, "data");
            None
        }
    }
}

fn check_image(
    a: &Obj,
    media: MediaType,
    bytes: &[u8],
    check: ImageCheck,
    d: &mut Diags,
) -> Option<()> {
    match MediaType::sniff(bytes) {
        Some(actual) if actual != media => {
            let p = Problem::MediaTypeMismatch {
                declared: media.as_str(),
                actual: actual.as_str(),
            };
            a.report(d, p, "media_type");
            return None;
        }
        None => {
            a.report(d, Problem::ImageUndecodable, "data");
            return None;
        }
        Some(_) => {}
    }
    let result = match check {
        ImageCheck::Header => images::image_dimensions(media, bytes).map(|_| ()),
        ImageCheck::Full => images::decode_image(media, bytes).map(|_| ()),
    };
    result.map_err(|e| a.report(d, e.problem(), "data")).ok()
}
