//! Helpers shared by the integration tests: real tiny images, a valid quiz, temp-dir listings.
//!
//! Images are produced by the `image` crate (the same decoder the loader uses to check them), so
//! the tests never depend on hand-crafted bytes that a stricter decoder might one day refuse.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

mod app;
mod cli;
pub mod http;
mod tools;
#[allow(unused_imports)] // not every test binary drives the GUI
pub use app::*;
pub use cli::*;
#[allow(unused_imports)] // only the tests that call outside programs use it
pub use tools::*;

use std::io::Cursor;
use std::path::Path;
use std::sync::OnceLock;

use atelier_quiz::model::{
    Asset, Choice, Credit, ImageRef, Level, MediaType, Question, QuestionKind, Quiz,
};
use image::{ImageFormat, RgbImage, RgbaImage};

fn encode(format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    if format == ImageFormat::Jpeg {
        RgbImage::from_pixel(1, 1, image::Rgb([200, 30, 30]))
            .write_to(&mut out, format)
            .unwrap();
    } else {
        RgbaImage::from_pixel(1, 1, image::Rgba([200, 30, 30, 255]))
            .write_to(&mut out, format)
            .unwrap();
    }
    out.into_inner()
}

/// A real 1×1 image of each media type the format allows, encoded once.
pub fn tiny_image(media: MediaType) -> &'static [u8] {
    static IMAGES: OnceLock<Vec<(MediaType, Vec<u8>)>> = OnceLock::new();
    let images = IMAGES.get_or_init(|| {
        vec![
            (MediaType::Png, encode(ImageFormat::Png)),
            (MediaType::Jpeg, encode(ImageFormat::Jpeg)),
            (MediaType::Gif, encode(ImageFormat::Gif)),
            (MediaType::Webp, encode(ImageFormat::WebP)),
        ]
    });
    images
        .iter()
        .find(|(m, _)| *m == media)
        .map(|(_, b)| b.as_slice())
        .unwrap()
}

/// A PNG of `width` × `height` black pixels.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    RgbaImage::new(width, height)
        .write_to(&mut out, ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

/// A quiz without any error or warning: one level, an illustrated single-choice question.
pub fn valid_quiz() -> Quiz {
    let mut quiz = Quiz {
        title: "Les bons réflexes".into(),
        license: "CC-BY-SA-4.0".into(),
        created: "2026-11-01".into(),
        modified: "2026-11-02".into(),
        ..Quiz::default()
    };
    quiz.levels.push(Level {
        id: "l1".into(),
        name: "Découverte".into(),
        ..Level::default()
    });
    let mut q = Question::new(
        "q1",
        "l1",
        QuestionKind::SingleChoice {
            choices: vec![
                Choice::text("Vérifier l'expéditeur", true),
                Choice::text("Cliquer", false),
            ],
        },
    );
    q.prompt = "Un courriel vous demande votre mot de passe : que faire ?".into();
    q.explanation = "Une banque ne demande jamais de mot de passe par courriel.".into();
    q.image = Some(ImageRef {
        asset: "logo".into(),
        alt: "Logo d'une banque".into(),
        ..ImageRef::default()
    });
    quiz.questions.push(q);
    let credit = Credit {
        author: "Moi".into(),
        license: "CC0-1.0".into(),
        ..Credit::default()
    };
    let asset = Asset {
        credit,
        ..Asset::new(MediaType::Png, tiny_image(MediaType::Png).to_vec())
    };
    quiz.assets.insert("logo".into(), asset);
    quiz
}

/// Sorted file names of a directory (to spot leftover temporary files).
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
