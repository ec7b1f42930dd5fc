//! From a parsed JSON value to the model, reporting every structural problem on the way.
//!
//! Hand-written rather than `#[derive(Deserialize)]` so that (1) every problem is reported —
//! not only the first — with the question's id and position, (2) unknown fields are collected
//! into `extra` at every level, and (3) strings are moved out of the JSON value, not copied.

use serde_json::{Map, Value};

use super::read_assets::assets;
use super::read_obj::{Diags, Obj};
use super::stream::DecodedAssets;
use super::{FORMAT_NAME, FORMAT_VERSION, ImageCheck};
use crate::model::{
    Author, Choice, Competence, Diagnostic, ImageRef, Level, Problem, Question, QuestionKind,
    QuestionType, Quiz, Region, Source, SourceRef, SourceUse, Subject,
};

/// Reads the root value. `None` when the file is not an Atelier Quiz file at all.
pub(super) fn read_quiz(
    root: Value,
    decoded: DecodedAssets,
    images: ImageCheck,
    d: &mut Diags,
) -> Option<Quiz> {
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
    quiz.assets = assets(&mut o, decoded, images, d);
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
    let mut unknown_usage = None;
    if !usage.is_empty() {
        source.usage = SourceUse::parse(&usage);
        if source.usage.is_none() {
            // A value from a newer version: kept (and written back), with a warning.
            let p = Problem::BadEnum {
                found: usage.clone(),
                allowed: SourceUse::ALLOWED,
            };
            s.report(d, p, "use");
            unknown_usage = Some(usage);
        }
    }
    source.changes = s.string(d, "changes", false);
    source.note = s.string(d, "note", false);
    source.extra = s.extra();
    if let Some(usage) = unknown_usage {
        source.extra.insert("use".into(), Value::String(usage));
    }
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
        // Written by a newer version: kept as it is (its own fields stay in `extra`), a
        // content error for `check`, never presented.
        None if !type_name.is_empty() => {
            q.report(
                d,
                Problem::UnknownType {
                    found: type_name.clone(),
                },
                "type",
            );
            Some(QuestionKind::Unknown { type_name })
        }
        None => None,
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
        QuestionType::Unknown => return None, // `parse` never gives it
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
