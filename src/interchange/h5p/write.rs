//! Quiz → a content-only H5P package: `h5p.json` (metadata and the libraries it needs),
//! `content/content.json` (a Question Set, or a Column when the quiz has image hotspots,
//! which Question Set cannot hold) and `content/images/…`.

use std::io::{Cursor, Write as _};

use serde_json::{Map, Value, json};

use super::content::{self, sub_content_id};
use super::media::Images;
use super::metadata::{license_fields, package_metadata};
use super::{COLUMN, ESSAY, HOTSPOT, IMAGE, MULTI_CHOICE, QUESTION_SET, TRUE_FALSE};
use crate::i18n::Lang;
use crate::interchange::{Export, Location, Problem, credits_lines};
use crate::model::{Question, QuestionKind, Quiz};

fn warn(at: &Location, key: &'static str, hint: &'static str) -> Problem {
    Problem::warning(at.clone(), key, hint)
}

/// Writes `quiz` as an H5P package (the steps in order: questions, container, metadata, zip).
#[allow(clippy::too_many_lines)]
pub fn export(quiz: &Quiz) -> Export {
    let mut problems = Vec::new();
    let mut images = Images::default();
    let mut items = Vec::new();
    let mut libraries = std::collections::BTreeSet::new();
    for (n, i) in quiz.in_level_order().into_iter().enumerate() {
        let q = &quiz.questions[i];
        let at = Location::Question(n + 1);
        let seed = format!("{}/{}/{n}", quiz.title, q.id);
        let Some((library, params)) =
            content::params(quiz, q, &seed, &mut images, &at, &mut problems)
        else {
            let key = match q.kind {
                QuestionKind::Ordering { .. } => "interchange.h5p.ordering_left_out",
                QuestionKind::Hotspot { .. } => "interchange.h5p.no_background",
                _ => "interchange.h5p.unknown_left_out",
            };
            problems.push(Problem::error(at, key, "interchange.h5p.left_out.hint"));
            continue;
        };
        if matches!(q.kind, QuestionKind::Poll { .. }) {
            problems.push(warn(
                &at,
                "interchange.h5p.poll",
                "interchange.h5p.poll.hint",
            ));
        }
        lost(q, &at, &mut problems);
        libraries.insert(library);
        if params.get("media").is_some() {
            libraries.insert(IMAGE);
        }
        items.push(json!({
            "library": library,
            "params": params,
            "subContentId": sub_content_id(&seed),
            "metadata": question_metadata(quiz, q, library),
        }));
    }
    if items.is_empty() {
        return Export {
            bytes: Vec::new(),
            problems,
        };
    }
    let lang = Lang::from_code(&quiz.language).unwrap_or_default();
    let column = libraries.contains(HOTSPOT);
    let (main, content) = if column {
        problems.push(warn(
            &Location::File,
            "interchange.h5p.column",
            "interchange.h5p.column.hint",
        ));
        let content: Vec<Value> = items
            .into_iter()
            .map(|it| json!({ "content": it, "useSeparator": "auto" }))
            .collect();
        (COLUMN, json!({ "content": content }))
    } else {
        (QUESTION_SET, question_set(&items, lang))
    };
    if quiz.levels.len() > 1 {
        problems.push(warn(
            &Location::File,
            "interchange.h5p.levels_lost",
            "interchange.h5p.levels_lost.hint",
        ));
    }
    let (mut h5p, known) = package_metadata(quiz, &credits_lines(quiz).join("\n"));
    if !known {
        problems.push(
            warn(
                &Location::File,
                "interchange.h5p.license_extras",
                "interchange.h5p.license_extras.hint",
            )
            .with("license", &quiz.license),
        );
    }
    if let Some(Value::Array(kept)) = quiz.extra.get("h5p_changes") {
        let mut changes = kept.clone();
        if let Some(Value::Array(ours)) = h5p.remove("changes") {
            changes.extend(ours);
        }
        h5p.insert("changes".into(), changes.into());
    }
    h5p.insert(
        "mainLibrary".into(),
        main.split(' ').next().unwrap_or(main).into(),
    );
    h5p.insert("embedTypes".into(), json!(["iframe"]));
    libraries.insert(main);
    let deps: Vec<Value> = libraries.iter().map(|l| dependency(l)).collect();
    h5p.insert("preloadedDependencies".into(), deps.into());
    match package(&Value::Object(h5p), &content, &images) {
        Ok(bytes) => Export { bytes, problems },
        Err(_) => {
            problems.push(Problem::error(
                Location::File,
                "interchange.h5p.write_failed",
                "interchange.h5p.write_failed.hint",
            ));
            Export {
                bytes: Vec::new(),
                problems,
            }
        }
    }
}

/// `H5P.MultiChoice 1.16` → `{"machineName": "H5P.MultiChoice", "majorVersion": 1, …}`.
fn dependency(library: &str) -> Value {
    let (name, version) = library.split_once(' ').unwrap_or((library, "1.0"));
    let (major, minor) = version.split_once('.').unwrap_or((version, "0"));
    json!({
        "machineName": name,
        "majorVersion": major.parse::<u32>().unwrap_or(1),
        "minorVersion": minor.parse::<u32>().unwrap_or(0),
    })
}

fn question_set(items: &[Value], lang: Lang) -> Value {
    json!({
        "introPage": { "showIntroPage": false, "startButtonText": lang.t("interchange.h5p.start"), "introduction": "" },
        "progressType": "dots",
        "passPercentage": 50,
        "questions": items,
        "disableBackwardsNavigation": false,
        "randomQuestions": false,
        "endGame": {
            "showResultPage": true,
            "showSolutionButton": true,
            "showRetryButton": true,
            "noResultMessage": lang.t("interchange.h5p.finished"),
            "message": lang.t("interchange.h5p.your_result"),
            "overallFeedback": [{ "from": 0, "to": 100 }],
            "showAnimations": false,
            "skippable": false,
        },
        "override": { "checkButton": true },
    })
}

/// A question's sub-content metadata: its title, and its source's credits when it has one
/// (or the metadata it came with from H5P).
fn question_metadata(quiz: &Quiz, q: &Question, library: &str) -> Value {
    if let Some(Value::Object(kept)) = q.extra.get("h5p_metadata") {
        return Value::Object(kept.clone());
    }
    let content_type = match library {
        MULTI_CHOICE => "Multiple Choice",
        TRUE_FALSE => "True/False Question",
        ESSAY => "Essay",
        _ => "Image Hotspot Question",
    };
    let title = q
        .extra
        .get("gift_title")
        .or_else(|| q.extra.get("moodle_name"))
        .and_then(Value::as_str)
        .map_or_else(
            || q.prompt.split_whitespace().collect::<Vec<_>>().join(" "),
            ToOwned::to_owned,
        );
    let mut m = Map::new();
    m.insert("contentType".into(), content_type.into());
    m.insert(
        "title".into(),
        title.chars().take(60).collect::<String>().into(),
    );
    let source = q.source.as_ref().and_then(|r| quiz.source(&r.source));
    match source {
        Some(s) => {
            license_fields(&s.license, &mut m);
            if !s.author.trim().is_empty() {
                m.insert(
                    "authors".into(),
                    json!([{ "name": s.author.trim(), "role": "Originator" }]),
                );
            }
            if !s.url.trim().is_empty() {
                m.insert("source".into(), s.url.trim().into());
            }
        }
        None => {
            m.insert("license".into(), "U".into());
        }
    }
    Value::Object(m)
}

fn package(h5p: &Value, content: &Value, images: &Images) -> zip::result::ZipResult<Vec<u8>> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    // A fixed date (1980-01-01): the same quiz gives the same bytes.
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let json = |v: &Value| serde_json::to_vec_pretty(v).unwrap_or_default();
    w.start_file("h5p.json", opts)?;
    w.write_all(&json(h5p))?;
    w.start_file("content/content.json", opts)?;
    w.write_all(&json(content))?;
    let stored = opts.compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in &images.entries {
        w.start_file(name.as_str(), stored)?; // already compressed formats
        w.write_all(bytes)?;
    }
    Ok(w.finish()?.into_inner())
}

/// What H5P has no place for.
fn lost(q: &Question, at: &Location, problems: &mut Vec<Problem>) {
    let generated = ["h5p_notes", "moodle_notes", "gift_notes"]
        .iter()
        .find_map(|k| q.extra.get(*k).and_then(Value::as_str));
    if !q.notes.trim().is_empty() && generated != Some(q.notes.as_str()) {
        problems.push(warn(
            at,
            "interchange.lost.notes",
            "interchange.lost.notes.hint",
        ));
    }
    if q.time_limit_s.is_some() {
        problems.push(warn(
            at,
            "interchange.lost.time_limit",
            "interchange.lost.time_limit.hint",
        ));
    }
    if !q.competences.is_empty() {
        problems.push(warn(
            at,
            "interchange.lost.competences",
            "interchange.lost.competences.hint",
        ));
    }
    if !q.tags.is_empty() {
        problems.push(warn(
            at,
            "interchange.h5p.tags_lost",
            "interchange.h5p.tags_lost.hint",
        ));
    }
}
