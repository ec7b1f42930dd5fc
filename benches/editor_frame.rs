//! One editor frame on a workshop-scale quiz: 1,500 questions over 3 levels, 100 embedded
//! 1280×720 images, the selected question showing its image (editor and preview).
//!
//! CPU only, through the kittest harness: layout, tessellation and the AccessKit tree, no GPU.
//! The harness is built once and warmed up (images decoded and cached), then each iteration
//! runs `harness.step()`: one full frame with no input, as when the author reads the screen.
//!
//! Run: `cargo bench --bench editor_frame`
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/big_quiz.rs"]
mod big_quiz;

use atelier_quiz::app::AtelierApp;
use atelier_quiz::app::apply::Platform;
use atelier_quiz::app::document::Document;
use atelier_quiz::app::platform::{ManualClock, ScriptedDialogs};
use atelier_quiz::app::settings::Settings;
use atelier_quiz::app::state::AppState;
use atelier_quiz::app::textures::TextureCache;
use atelier_quiz::i18n::Lang;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

fn editor_frame(c: &mut Criterion) {
    let quiz = big_quiz::big_quiz();
    assert_eq!(quiz.questions.len(), big_quiz::QUESTIONS);
    // A question in the middle of the list that shows an image.
    let selected = quiz
        .questions
        .iter()
        .enumerate()
        .skip(quiz.questions.len() / 2)
        .find(|(_, q)| q.image.is_some())
        .map(|(i, _)| i)
        .expect("the big quiz has images");
    let platform = Platform::new(
        Box::new(ScriptedDialogs::default()),
        Box::new(ManualClock::default()),
        None,
    );
    let settings = Settings {
        lang: Some(Lang::Fr),
        ..Settings::default()
    };
    let mut state = AppState::new(Document::new(quiz, None), settings);
    state.editor.selected = Some(selected);
    let app = AtelierApp::new(state, platform, TextureCache::new(false));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_ui_state(|ui, app: &mut AtelierApp| app.frame(ui), app);
    harness.run();
    let decodes = harness.state().textures.decode_count();
    assert!(decodes >= 1, "the selected question's image is shown");

    c.bench_function("editor_frame_1500_questions_with_image", |b| {
        b.iter(|| harness.step());
    });
    assert_eq!(
        harness.state().textures.decode_count(),
        decodes,
        "frames reuse the decoded image"
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(60);
    targets = editor_frame
}
criterion_main!(benches);
