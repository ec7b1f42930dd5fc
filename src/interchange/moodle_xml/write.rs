//! Quiz → Moodle XML, with Moodle's element names (`question/format/xml/format.php`): levels
//! as `category` questions, texts as HTML, images as `<file encoding="base64">`, hotspots as
//! `ddmarker` drop zones in image pixels, polls as multichoice where every answer is right.
//! Our credits go in a comment at the top (a description question would count as a question).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use super::media;
use crate::format::image_dimensions;
use crate::interchange::{Export, Location, Problem, credits_lines};
use crate::model::{Choice, ImageRef, Question, QuestionKind, Quiz};

/// `s` escaped for XML text and attribute values.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c < ' ' && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Plain text as the HTML Moodle shows (line breaks as `<br>`), escaped for XML.
fn html(s: &str) -> String {
    xml(&xml(s).replace('\n', "<br>"))
}

/// Writes `quiz` as Moodle XML.
pub fn export(quiz: &Quiz) -> Export {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n<!--\n");
    for line in credits_lines(quiz) {
        let _ = writeln!(out, "  {}", line.replace("--", "- -"));
    }
    out.push_str("-->\n");
    let mut problems = Vec::new();
    let mut current: Option<&str> = None;
    let mut copies: BTreeMap<&str, usize> = BTreeMap::new();
    for (n, i) in quiz.in_level_order().into_iter().enumerate() {
        let q = &quiz.questions[i];
        let at = Location::Question(n + 1);
        let mut body = String::new();
        let Some(kind) = body_of(quiz, q, &at, &mut body, &mut problems) else {
            continue;
        };
        if current != Some(q.level.as_str()) {
            current = Some(q.level.as_str());
            let name = quiz.level(&q.level).map_or(q.level.as_str(), |l| &l.name);
            let path = format!("$course$/top/{}", name.replace('/', "//"));
            let _ = writeln!(
                out,
                "  <question type=\"category\">\n    <category><text>{}</text></category>\n  </question>",
                xml(&path)
            );
        }
        lost(q, &at, &mut problems);
        for asset in q.asset_ids() {
            *copies.entry(asset).or_default() += 1;
        }
        let _ = writeln!(out, "  <question type=\"{kind}\">");
        write_common(quiz, q, &mut out);
        out.push_str(&body);
        out.push_str("  </question>\n");
    }
    out.push_str("</quiz>\n");
    warn_repeated_images(quiz, &copies, &mut problems);
    Export {
        bytes: out.into_bytes(),
        problems,
    }
}

fn write_common(quiz: &Quiz, q: &Question, out: &mut String) {
    let name = q
        .extra
        .get("moodle_name")
        .or_else(|| q.extra.get("gift_title"))
        .and_then(Value::as_str)
        .map_or_else(
            || q.prompt.chars().take(60).collect::<String>(),
            ToOwned::to_owned,
        );
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let _ = writeln!(out, "    <name><text>{}</text></name>", xml(&name));
    let _ = write!(
        out,
        "    <questiontext format=\"html\"><text>{}",
        html(&q.prompt)
    );
    if q.question_type() == crate::model::QuestionType::Hotspot {
        out.push_str("</text>"); // the image is the ddmarker's background
    } else {
        write_image(quiz, q.image.as_ref(), out);
    }
    out.push_str("</questiontext>\n");
    let _ = writeln!(
        out,
        "    <generalfeedback format=\"html\"><text>{}</text></generalfeedback>",
        html(&q.explanation)
    );
    out.push_str("    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
    let _ = writeln!(out, "    <idnumber>{}</idnumber>", xml(&q.id));
    if !q.tags.is_empty() {
        out.push_str("    <tags>");
        for t in &q.tags {
            let _ = write!(out, "<tag><text>{}</text></tag>", xml(t));
        }
        out.push_str("</tags>\n");
    }
}

/// Moodle XML has no shared file pool: an image shown by several questions is embedded once
/// per question, which can make the file many times bigger than the quiz. Said, not hidden.
fn warn_repeated_images(quiz: &Quiz, copies: &BTreeMap<&str, usize>, problems: &mut Vec<Problem>) {
    for (asset, &count) in copies {
        let Some(media) = quiz.assets.get(*asset).map(|a| a.media_type) else {
            continue;
        };
        if count > 1 {
            problems.push(
                Problem::warning(
                    Location::File,
                    "interchange.moodle.image_copies",
                    "interchange.moodle.image_copies.hint",
                )
                .with("name", media::file_name(asset, media))
                .with("n", count),
            );
        }
    }
}

/// Closes the open `<text>` with an `<img>` when there is an image, then adds its `<file>`.
fn write_image(quiz: &Quiz, image: Option<&ImageRef>, out: &mut String) {
    let Some((img, asset)) = image.and_then(|i| quiz.assets.get(&i.asset).map(|a| (i, a))) else {
        out.push_str("</text>");
        return;
    };
    let name = media::file_name(&img.asset, asset.media_type);
    let tag = format!(
        "<img src=\"@@PLUGINFILE@@/{}\" alt=\"{}\">",
        xml(&name),
        xml(&img.alt)
    );
    let _ = write!(
        out,
        "{}</text><file name=\"{}\" path=\"/\" encoding=\"base64\">{}</file>",
        xml(&tag),
        xml(&name),
        media::base64(asset)
    );
}

/// The type's own elements into `body`; the type name, or `None` when it is left out.
fn body_of(
    quiz: &Quiz,
    q: &Question,
    at: &Location,
    body: &mut String,
    problems: &mut Vec<Problem>,
) -> Option<&'static str> {
    Some(match &q.kind {
        QuestionKind::SingleChoice { choices } => {
            write_choices(quiz, choices, true, false, body);
            "multichoice"
        }
        QuestionKind::MultipleChoice { choices } => {
            write_choices(quiz, choices, false, false, body);
            "multichoice"
        }
        QuestionKind::Poll { choices } => {
            problems.push(Problem::warning(
                at.clone(),
                "interchange.moodle.poll",
                "interchange.moodle.poll.hint",
            ));
            write_choices(quiz, choices, true, true, body);
            "multichoice"
        }
        QuestionKind::TrueFalse { answer } => {
            for (value, right) in [("true", *answer), ("false", !*answer)] {
                let _ = writeln!(
                    body,
                    "    <answer fraction=\"{}\" format=\"moodle_auto_format\"><text>{value}</text><feedback format=\"html\"><text></text></feedback></answer>",
                    if right { 100 } else { 0 }
                );
            }
            "truefalse"
        }
        QuestionKind::Open { answer_text } => open(q, answer_text, body),
        QuestionKind::Ordering { items } => {
            body.push_str("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n");
            for (k, item) in items.iter().enumerate() {
                let _ = writeln!(
                    body,
                    "    <answer fraction=\"{}\" format=\"moodle_auto_format\"><text>{}</text></answer>",
                    k + 1,
                    xml(item)
                );
            }
            "ordering"
        }
        QuestionKind::Hotspot { regions } => {
            let image = q
                .image
                .as_ref()
                .and_then(|i| quiz.assets.get(&i.asset).map(|a| (i, a)));
            let sized = image.and_then(|(i, a)| {
                image_dimensions(a.media_type, &a.data)
                    .ok()
                    .map(|d| (i, a, d))
            });
            let Some((img, asset, (w, h))) = sized else {
                problems.push(Problem::error(
                    at.clone(),
                    "interchange.moodle.no_background",
                    "interchange.moodle.no_background.hint",
                ));
                return None;
            };
            let name = media::file_name(&img.asset, asset.media_type);
            body.push_str("    <showmisplaced/>\n");
            let _ = writeln!(
                body,
                "    <file name=\"{}\" path=\"/\" encoding=\"base64\">{}</file>",
                xml(&name),
                media::base64(asset)
            );
            let marker = crate::i18n::Lang::from_code(&quiz.language)
                .unwrap_or_default()
                .t("interchange.moodle.marker");
            let _ = writeln!(
                body,
                "    <drag><no>1</no><text>{}</text><noofdrags>0</noofdrags></drag>",
                xml(marker)
            );
            let (w, h) = (f64::from(w), f64::from(h));
            for (k, r) in regions.iter().enumerate() {
                let px = |v: f64, side: f64| (v * side).round();
                let _ = writeln!(
                    body,
                    "    <drop><no>{}</no><shape>rectangle</shape><coords>{},{};{},{}</coords><choice>1</choice></drop>",
                    k + 1,
                    px(r.x, w),
                    px(r.y, h),
                    px(r.w, w).max(1.0),
                    px(r.h, h).max(1.0)
                );
            }
            "ddmarker"
        }
        QuestionKind::Unknown { .. } => {
            problems.push(Problem::error(
                at.clone(),
                "interchange.gift.left_out.unknown",
                "interchange.gift.left_out.hint",
            ));
            return None;
        }
    })
}

fn write_choices(
    quiz: &Quiz,
    choices: &[Choice],
    single: bool,
    all_right: bool,
    body: &mut String,
) {
    let right = choices.iter().filter(|c| c.correct).count().max(1);
    let even = 100.0 / f64::from(u32::try_from(right).unwrap_or(1));
    let _ = writeln!(
        body,
        "    <single>{single}</single>\n    <shuffleanswers>false</shuffleanswers>\n    <answernumbering>abc</answernumbering>"
    );
    for c in choices {
        let kept = c
            .extra
            .get("moodle_fraction")
            .and_then(Value::as_f64)
            .filter(|f| (*f > 0.0) == c.correct);
        let fraction = match (all_right, c.correct, kept) {
            (true, _, _) => 100.0,
            (_, _, Some(f)) => f,
            (_, true, None) if single => 100.0,
            (_, true, None) => even,
            (_, false, None) if single => 0.0,
            (_, false, None) => -100.0,
        };
        let fraction = format!("{fraction:.5}");
        let fraction = fraction.trim_end_matches('0').trim_end_matches('.');
        let _ = write!(
            body,
            "    <answer fraction=\"{fraction}\" format=\"html\"><text>{}",
            html(&c.text)
        );
        write_image(quiz, c.image.as_ref(), body);
        let fb = c
            .extra
            .get("feedback")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let _ = writeln!(
            body,
            "<feedback format=\"html\"><text>{}</text></feedback></answer>",
            html(fb)
        );
    }
}

fn open(q: &Question, answer_text: &str, body: &mut String) -> &'static str {
    let kept = q.extra.get("moodle_type").and_then(Value::as_str);
    match kept {
        Some("shortanswer" | "numerical") if !answer_text.is_empty() => {
            if kept == Some("shortanswer") {
                body.push_str("    <usecase>0</usecase>\n");
            }
            let _ = writeln!(
                body,
                "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>{}</text><feedback format=\"html\"><text></text></feedback></answer>",
                xml(answer_text)
            );
            if kept == Some("numerical") {
                "numerical"
            } else {
                "shortanswer"
            }
        }
        _ => {
            let _ = writeln!(
                body,
                "    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n    <responsefieldlines>10</responsefieldlines>\n    <attachments>0</attachments>\n    <attachmentsrequired>0</attachmentsrequired>\n    <graderinfo format=\"html\"><text>{}</text></graderinfo>\n    <responsetemplate format=\"html\"><text></text></responsetemplate>",
                html(answer_text)
            );
            "essay"
        }
    }
}

fn lost(q: &Question, at: &Location, problems: &mut Vec<Problem>) {
    let warn = |key: &'static str, hint: &'static str| Problem::warning(at.clone(), key, hint);
    let generated = q
        .extra
        .get("moodle_notes")
        .or_else(|| q.extra.get("gift_notes"))
        .and_then(Value::as_str);
    if !q.notes.trim().is_empty() && generated != Some(q.notes.as_str()) {
        problems.push(warn(
            "interchange.lost.notes",
            "interchange.lost.notes.hint",
        ));
    }
    if q.time_limit_s.is_some() {
        problems.push(warn(
            "interchange.lost.time_limit",
            "interchange.lost.time_limit.hint",
        ));
    }
    if !q.competences.is_empty() {
        problems.push(warn(
            "interchange.lost.competences",
            "interchange.lost.competences.hint",
        ));
    }
}
