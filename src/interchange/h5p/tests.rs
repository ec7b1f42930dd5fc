#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::io::Write as _;

use serde_json::json;

use super::*;
use crate::model::{
    Asset, Author, Choice, ImageRef, Level, MediaType, Question, QuestionKind, Region,
};

fn ctx() -> ImportContext {
    ImportContext {
        file_name: "Arnaques.h5p".into(),
        today: "2026-12-03".into(),
    }
}

fn png() -> Vec<u8> {
    crate::format::encode_png(2, 2, &[200; 16]).unwrap()
}

fn webp() -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .encode(&[10; 16], 2, 2, image::ExtendedColorType::Rgba8)
        .unwrap();
    out
}

/// A zip of `(name, bytes)` entries, as Lumi would write it.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn sample_quiz() -> Quiz {
    let mut quiz = Quiz {
        title: "Repérer une arnaque".into(),
        license: "CC-BY-SA-4.0".into(),
        created: "2025-02-01".into(),
        modified: "2026-12-03".into(),
        ..Quiz::default()
    };
    quiz.authors.push(Author {
        name: "Camille Martin".into(),
        ..Author::default()
    });
    quiz.levels.push(Level {
        id: "l".into(),
        name: "Découverte".into(),
        ..Level::default()
    });
    let mut photo = Asset::new(MediaType::Png, png());
    photo.credit.author = "Atelier du quartier".into();
    photo.credit.license = "CC0-1.0".into();
    quiz.assets.insert("capture".into(), photo);
    quiz.assets
        .insert("logo".into(), Asset::new(MediaType::Webp, webp()));
    let mut push = |prompt: &str, kind: QuestionKind| {
        let mut q = Question::new(format!("q{}", quiz.questions.len()), "l", kind);
        q.prompt = prompt.into();
        quiz.questions.push(q);
    };
    push(
        "Un SMS vous demande de payer des frais de livraison. Que faites-vous ?",
        QuestionKind::SingleChoice {
            choices: vec![
                Choice::text("Je paie <vite>", false),
                Choice::text("Je vérifie sur le site officiel", true),
            ],
        },
    );
    push(
        "Quels indices trahissent un faux courriel ?",
        QuestionKind::MultipleChoice {
            choices: vec![
                Choice::text("Des fautes", true),
                Choice::text("Mon prénom", false),
                Choice::text("Une urgence & une menace", true),
            ],
        },
    );
    push(
        "Une banque demande votre code par téléphone.",
        QuestionKind::TrueFalse { answer: false },
    );
    push(
        "Racontez une arnaque que vous avez évitée.",
        QuestionKind::Open {
            answer_text: "Un faux colis".into(),
        },
    );
    push(
        "Vous avez déjà reçu ce genre de message ?",
        QuestionKind::Poll {
            choices: vec![Choice::text("Oui", false), Choice::text("Non", false)],
        },
    );
    quiz.questions[0].explanation = "Le site officiel est la seule source sûre.".into();
    quiz.questions[0].image = Some(ImageRef {
        asset: "capture".into(),
        alt: "Capture d'un SMS".into(),
        ..ImageRef::default()
    });
    quiz.questions[2].explanation = "Jamais.".into();
    quiz.questions[2].image = Some(ImageRef {
        asset: "logo".into(),
        alt: "Logo".into(),
        ..ImageRef::default()
    });
    quiz
}

fn keys(problems: &[Problem]) -> Vec<&'static str> {
    problems.iter().map(|p| p.key).collect()
}

#[test]
fn a_question_set_round_trips_with_credits_and_images() {
    let quiz = sample_quiz();
    let export = export(&quiz);
    let k = keys(&export.problems);
    assert!(k.contains(&"interchange.h5p.webp_converted"), "{k:?}");
    assert!(k.contains(&"interchange.h5p.poll"), "{k:?}");
    assert!(
        export.problems.iter().all(|p| !p.is_error()),
        "{:?}",
        export.problems
    );
    let back = import(&export.bytes, &ctx()).unwrap();
    let q = &back.quiz.questions;
    assert_eq!(q.len(), 5);
    for (a, b) in quiz.questions.iter().zip(q) {
        assert_eq!(a.prompt, b.prompt);
        assert_eq!(a.explanation, b.explanation);
        assert_eq!(a.kind, b.kind);
    }
    assert_eq!(back.quiz.authors, quiz.authors);
    assert_eq!(back.quiz.license, "CC-BY-SA-4.0");
    assert_eq!(back.quiz.title, quiz.title);
    let source = &back.quiz.sources[0];
    assert_eq!(source.license, "CC-BY-SA-4.0");
    assert_eq!(source.author, "Camille Martin");
    assert!(!k.contains(&"interchange.license_unknown"));
    let capture = &back.quiz.assets[&q[0].image.as_ref().unwrap().asset];
    assert_eq!(capture.credit.author, "Atelier du quartier");
    assert_eq!(capture.credit.license, "CC0-1.0");
    let logo = &back.quiz.assets[&q[2].image.as_ref().unwrap().asset];
    assert_eq!(logo.media_type, MediaType::Png, "WebP went as PNG");
    assert_eq!(
        export.bytes,
        super::export(&quiz).bytes,
        "same quiz, same bytes"
    );
}

#[test]
fn hotspots_make_a_column_and_orderings_are_left_out() {
    let mut quiz = sample_quiz();
    let mut spot = Question::new(
        "h",
        "l",
        QuestionKind::Hotspot {
            regions: vec![Region::new(0.25, 0.5, 0.5, 0.25)],
        },
    );
    spot.prompt = "Touchez le cadenas.".into();
    spot.image = Some(ImageRef {
        asset: "capture".into(),
        ..ImageRef::default()
    });
    quiz.questions.push(spot);
    let mut order = Question::new(
        "o",
        "l",
        QuestionKind::Ordering {
            items: vec!["a".into(), "b".into()],
        },
    );
    order.prompt = "Dans l'ordre".into();
    quiz.questions.push(order);
    let export = export(&quiz);
    let k = keys(&export.problems);
    assert!(k.contains(&"interchange.h5p.column"), "{k:?}");
    let left: Vec<_> = export.problems.iter().filter(|p| p.is_error()).collect();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].key, "interchange.h5p.ordering_left_out");
    assert_eq!(left[0].location, Location::Question(7));
    let back = import(&export.bytes, &ctx()).unwrap().quiz;
    assert_eq!(back.questions.len(), 6);
    assert_eq!(
        back.questions[5].kind,
        QuestionKind::Hotspot {
            regions: vec![Region::new(0.25, 0.5, 0.5, 0.25)]
        }
    );
}

/// A package as Lumi writes it: libraries inside, a Question Set with feedback and tips,
/// an unsupported type, a missing image and an SVG.
#[test]
fn a_lumi_like_package_is_read_and_every_loss_said() {
    let h5p = json!({
        "title": "Courriel", "language": "und", "mainLibrary": "H5P.QuestionSet",
        "embedTypes": ["iframe"], "license": "U",
        "preloadedDependencies": [{"machineName": "H5P.QuestionSet", "majorVersion": 1, "minorVersion": 20}],
    });
    let content = json!({
        "questions": [
            {"library": "H5P.MultiChoice 1.16", "metadata": {"title": "Pièce jointe"}, "params": {
                "question": "<p>Une pièce jointe <strong>inattendue</strong>&nbsp;?</p>",
                "answers": [
                    {"text": "<div>Je l'ouvre</div>", "correct": false, "tipsAndFeedback": {"chosenFeedback": "<div>Risqué</div>"}},
                    {"text": "<div>Je demande à l'expéditeur</div>", "correct": true},
                ],
                "behaviour": {"type": "auto"},
                "media": {"type": {"library": "H5P.Image 1.1", "params": {"file": {"path": "images/absente.png"}}}},
            }},
            {"library": "H5P.DragText 1.10", "params": {"textField": "*mot*"}},
            {"library": "H5P.TrueFalse 1.8", "params": {
                "question": "<p>Un lien raccourci cache l'adresse.</p>", "correct": "true",
                "media": {"type": {"library": "H5P.Image 1.1", "params": {"file": {"path": "images/dessin.svg"}}}},
            }},
        ],
    });
    let bytes = zip_of(&[
        ("h5p.json", h5p.to_string().as_bytes()),
        ("content/content.json", content.to_string().as_bytes()),
        (
            "content/images/dessin.svg",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        ),
        ("H5P.MultiChoice-1.16/library.json", b"{}"),
    ]);
    let import = import(&bytes, &ctx()).unwrap();
    let q = &import.quiz.questions;
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].prompt, "Une pièce jointe inattendue\u{a0}?");
    assert!(q[0].notes.contains("Risqué"));
    assert_eq!(q[1].kind, QuestionKind::TrueFalse { answer: true });
    assert_eq!(q[0].source.as_ref().unwrap().detail, "Pièce jointe");
    let found: Vec<(&str, Location)> = import
        .problems
        .iter()
        .map(|p| (p.key, p.location.clone()))
        .collect();
    for expected in [
        (
            "interchange.h5p.missing_image",
            Location::Entry("content/images/absente.png".into()),
        ),
        (
            "interchange.h5p.unsupported",
            Location::Entry("content/content.json#/questions/1/params".into()),
        ),
        (
            "interchange.h5p.bad_image",
            Location::Entry("content/images/dessin.svg".into()),
        ),
        (
            "interchange.gift.feedback_to_notes",
            Location::Entry("content/content.json#/questions/0/params".into()),
        ),
        ("interchange.license_unknown", Location::File),
    ] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
}

#[test]
fn broken_packages_are_refused_with_their_own_error() {
    let refused = |bytes: &[u8]| super::import(bytes, &ctx()).unwrap_err().problems[0].key;
    assert_eq!(
        refused(b"{\"title\": \"pas un zip\"}"),
        "interchange.zip.not_zip"
    );
    assert_eq!(
        refused(&zip_of(&[("content/content.json", b"{}")])),
        "interchange.h5p.missing_entry"
    );
    assert_eq!(
        refused(&zip_of(&[("h5p.json", b"{\"title\": ")])),
        "interchange.h5p.bad_json"
    );
    assert_eq!(
        refused(&zip_of(&[("h5p.json", b"{\"title\": \"x\"}")])),
        "interchange.h5p.no_main_library"
    );
    let h5p = br#"{"title": "x", "mainLibrary": "H5P.QuestionSet"}"#;
    assert_eq!(
        refused(&zip_of(&[
            ("h5p.json", h5p),
            ("content/content.json", b"{\"questions\": []}")
        ])),
        "interchange.h5p.no_question"
    );
}
