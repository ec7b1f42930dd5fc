//! One presenter frame with a large image on screen, run through the real app in the kittest
//! harness: (1) the hotspot question of the sample quiz, its screenshot replaced by a
//! 3000×2000 photo-like PNG; (2) a hotspot question of the 1,500-question workshop-scale quiz
//! (`benches/common/big_quiz.rs`) with its 1280×720 photo. The setup asserts the texture is
//! cached: a second frame decodes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/big_quiz.rs"]
mod big_quiz;

use std::hint::black_box;
use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use atelier_quiz::app::AtelierApp;
use atelier_quiz::app::apply::Platform;
use atelier_quiz::app::command::Command;
use atelier_quiz::app::document::Document;
use atelier_quiz::app::platform::{ManualClock, ScriptedDialogs};
use atelier_quiz::app::settings::Settings;
use atelier_quiz::app::state::AppState;
use atelier_quiz::app::textures::TextureCache;
use atelier_quiz::i18n::Lang;
use atelier_quiz::presenter::PresentRequest;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

fn large_png() -> Vec<u8> {
    let img = image::RgbaImage::from_fn(3000, 2000, |x, y| {
        let byte = |v: u32| u8::try_from(v % 256).unwrap_or(0);
        image::Rgba([byte(x ^ y), byte(x / 12), byte(y / 8), 255])
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The real app presenting question `index` of `quiz` at 1920×1080.
fn presenting(quiz: atelier_quiz::model::Quiz, index: usize) -> Harness<'static, AtelierApp> {
    let settings = Settings {
        lang: Some(Lang::Fr),
        ..Settings::default()
    };
    let state = AppState::new(Document::new(quiz, None), settings);
    let platform = Platform::new(
        Box::new(ScriptedDialogs::default()),
        Box::new(ManualClock::default()),
        None,
    );
    let mut app = AtelierApp::new(state, platform, TextureCache::new(false));
    app.queue(Command::Present(PresentRequest {
        from_question: Some(index),
        ..PresentRequest::default()
    }));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_ui_state(|ui, app: &mut AtelierApp| app.frame(ui), app);
    h.run();
    h
}

fn harness() -> Harness<'static, AtelierApp> {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("quizzes/naviguer-en-securite.quiz.json"),
    )
    .unwrap();
    let mut quiz = atelier_quiz::format::load(&bytes).unwrap().quiz;
    let hotspot = quiz.question_index("sec-07").unwrap();
    let asset_id = quiz.questions[hotspot]
        .image
        .as_ref()
        .unwrap()
        .asset
        .clone();
    quiz.assets.get_mut(&asset_id).unwrap().data = Arc::from(large_png());
    presenting(quiz, hotspot)
}

fn measure(c: &mut Criterion, name: &str, mut h: Harness<'static, AtelierApp>) {
    let decoded = h.state().textures.decode_count();
    assert_eq!(decoded, 1, "the large image was decoded once");
    h.step();
    assert_eq!(
        h.state().textures.decode_count(),
        decoded,
        "a second frame must not decode again"
    );
    c.bench_function(name, |b| {
        b.iter(|| {
            h.step();
            black_box(h.state().textures.len());
        });
    });
    assert_eq!(h.state().textures.decode_count(), decoded);
}

fn presenter_frame(c: &mut Criterion) {
    measure(c, "presenter_frame_large_image_1080p", harness());
    // Question 5 of the big quiz is a hotspot with a 1280×720 photo.
    measure(
        c,
        "presenter_frame_1500_questions_1080p",
        presenting(big_quiz::big_quiz(), 5),
    );
}

criterion_group!(benches, presenter_frame);
criterion_main!(benches);
