//! `audience_ui` tested directly, without the app: every screen of both sample quizzes fits
//! at 1920×1080 and 1024×768, prompts stay at least 1/20 of the screen height at 1080p, long
//! texts shrink gracefully, and the view is the same whatever window draws it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::Duration;

use atelier_quiz::app::settings::{PresenterSettings, ThemeChoice};
use atelier_quiz::app::textures::TextureCache;
use atelier_quiz::i18n::Lang;
use atelier_quiz::model::{QuestionKind, Quiz};
use atelier_quiz::presenter::view::audience_view;
use atelier_quiz::presenter::{PresentRequest, PresenterCommand, PresenterState};
use atelier_quiz::ui::presenter::{AudienceLayout, audience_ui};
use atelier_quiz::ui::theme::Palette;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

struct Probe {
    quiz: Quiz,
    state: PresenterState,
    textures: TextureCache,
    layout: AudienceLayout,
    theme: ThemeChoice,
    fonts: bool,
}

fn load(name: &str) -> Quiz {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("quizzes")
            .join(name),
    )
    .unwrap();
    atelier_quiz::format::load(&bytes).unwrap().quiz
}

fn harness(quiz: Quiz, size: egui::Vec2) -> Harness<'static, Probe> {
    let settings = PresenterSettings::default();
    let mut state =
        PresenterState::new(&quiz, &PresentRequest::default(), &settings, Duration::ZERO);
    state.apply(&quiz, &settings, &PresenterCommand::Start, Duration::ZERO);
    let probe = Probe {
        quiz,
        state,
        textures: TextureCache::new(false),
        layout: AudienceLayout::default(),
        theme: ThemeChoice::Light,
        fonts: false,
    };
    let mut h = Harness::builder().with_size(size).build_ui_state(
        |ui, p: &mut Probe| {
            if !p.fonts {
                // The fonts apply from the next frame on.
                atelier_quiz::ui::fonts::install(ui.ctx());
                p.fonts = true;
                return;
            }
            let view = audience_view(&p.quiz, &p.state, Lang::Fr, Duration::ZERO);
            p.layout = audience_ui(ui, &view, &mut p.textures, &Palette::of(p.theme));
            p.textures.end_frame();
        },
        probe,
    );
    h.run();
    h
}

fn every_screen(name: &str, size: egui::Vec2, min_prompt: f32) {
    let mut h = harness(load(name), size);
    let n = h.state().state.deck.len();
    for i in 0..n {
        h.state_mut().state.cursor = i;
        h.run();
        let p = h.state();
        let position = p.state.position();
        assert!(
            p.layout.all_fit,
            "{name} at {size:?}: something does not fit at {position:?}"
        );
        if let Some(q) = position.question() {
            let prompt = &p.quiz.questions[q].prompt;
            let size_used = p.layout.prompt_size.unwrap();
            if prompt.chars().count() <= 120 {
                assert!(
                    size_used >= min_prompt,
                    "{name}: prompt of {q} at {size_used} px < {min_prompt} ({position:?})"
                );
            }
        }
    }
}

#[test]
fn sample_quizzes_are_legible_at_1080p() {
    for name in [
        "naviguer-en-securite.quiz.json",
        "premiers-pas-smartphone-courriel.quiz.json",
    ] {
        every_screen(name, egui::vec2(1920.0, 1080.0), 1080.0 / 20.0);
    }
}

#[test]
fn sample_quizzes_fit_at_1024x768() {
    for name in [
        "naviguer-en-securite.quiz.json",
        "premiers-pas-smartphone-courriel.quiz.json",
    ] {
        every_screen(name, egui::vec2(1024.0, 768.0), 768.0 / 24.0);
    }
}

/// The font sizes of every non-blank text drawn in the last frame, with the text.
fn drawn_texts(h: &Harness<'static, Probe>) -> Vec<(f32, String)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(f32, String)>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(t) => {
                let text = t.galley.job.text.as_str();
                for section in &t.galley.job.sections {
                    let r = &section.byte_range;
                    let part = &text[r.start.0..r.end.0];
                    if !part.trim().is_empty() {
                        out.push((section.format.font_id.size, part.to_owned()));
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// Walks every screen of `name` at 1080p, with hands counted for every question, and fails on
/// any text the room reads smaller than 1/40 of the screen height.
fn nothing_smaller_than_a_fortieth(name: &str) {
    let size = egui::vec2(1920.0, 1080.0);
    let floor = size.y / 40.0;
    let quiz = load(name);
    let mut h = harness(quiz.clone(), size);
    let settings = PresenterSettings::default();
    for (question, q) in quiz.questions.iter().enumerate() {
        let fields = match &q.kind {
            QuestionKind::SingleChoice { choices }
            | QuestionKind::MultipleChoice { choices }
            | QuestionKind::Poll { choices } => choices.len(),
            _ => 2,
        };
        for field in 0..fields {
            let count = u32::try_from(3 + field * 5).unwrap();
            let p = h.state_mut();
            p.state.apply(
                &p.quiz,
                &settings,
                &PresenterCommand::SetTally {
                    question,
                    field,
                    count,
                },
                Duration::ZERO,
            );
        }
    }
    let n = h.state().state.deck.len();
    let mut small = Vec::new();
    for i in 0..n {
        h.state_mut().state.cursor = i;
        h.run();
        let position = h.state().state.position();
        for (px, text) in drawn_texts(&h) {
            if px < floor - 0.01 {
                small.push(format!("{px:.1} px at {position:?}: {text:.60}"));
            }
        }
    }
    // The keys overlay is on the room's screen too.
    let p = h.state_mut();
    p.state.apply(
        &p.quiz,
        &settings,
        &PresenterCommand::ToggleHelp,
        Duration::ZERO,
    );
    h.run();
    for (px, text) in drawn_texts(&h) {
        if px < floor - 0.01 {
            small.push(format!("{px:.1} px in the help: {text:.60}"));
        }
    }
    small.dedup();
    assert!(
        small.is_empty(),
        "{name}: text below {floor} px:\n{}",
        small.join("\n")
    );
}

#[test]
fn nothing_the_room_reads_is_below_a_fortieth_of_the_screen() {
    for name in [
        "naviguer-en-securite.quiz.json",
        "premiers-pas-smartphone-courriel.quiz.json",
    ] {
        nothing_smaller_than_a_fortieth(name);
    }
}

#[test]
fn long_prompts_shrink_but_stay_whole() {
    let mut quiz = load("naviguer-en-securite.quiz.json");
    let short = quiz.questions[2].prompt.clone();
    quiz.questions[2].prompt = "Une question vraiment très longue, écrite d'une traite, qui \
        ne finit plus parce que l'animatrice a voulu tout dire dans l'énoncé : le contexte, les \
        détails, les exemples et même une anecdote sur le petit-fils qui a reçu ce message. "
        .repeat(2);
    let mut h = harness(quiz, egui::vec2(1920.0, 1080.0));
    let at = |h: &Harness<'static, Probe>| {
        h.state()
            .state
            .deck
            .iter()
            .position(|p| p.question() == Some(2))
            .unwrap()
    };
    let i = at(&h) + 1; // answers step: prompt and four answers share the screen
    h.state_mut().state.cursor = i;
    h.run();
    let long = h.state().layout;
    assert!(long.all_fit, "shrunk until it fits");
    let long_size = long.prompt_size.unwrap();
    assert!(long_size < 1080.0 / 20.0, "a 400-character prompt shrinks");
    assert!(
        long_size >= 1080.0 / 30.0,
        "…but not below the floor: {long_size}"
    );
    h.state_mut().quiz.questions[2].prompt = short;
    h.run();
    assert!(h.state().layout.prompt_size.unwrap() > long_size);
}

#[test]
fn ten_thousand_character_prompt_scrolls_instead_of_being_cut() {
    let mut quiz = load("naviguer-en-securite.quiz.json");
    let words = "mot ".repeat(2500); // 10,000 characters, as a hostile or careless file may have
    quiz.questions[2].prompt.clone_from(&words);
    let mut h = harness(quiz, egui::vec2(1024.0, 768.0));
    let i = h
        .state()
        .state
        .deck
        .iter()
        .position(|p| p.question() == Some(2))
        .unwrap();
    h.state_mut().state.cursor = i + 1;
    h.run();
    let layout = h.state().layout;
    assert!(!layout.all_fit, "10,000 characters cannot fit a screen");
    let size = layout.prompt_size.unwrap();
    assert!(
        size >= (768.0_f32 / 30.0).floor(),
        "still readable from the room ({size} px): it scrolls"
    );
    // The whole text is there for screen readers, not truncated.
    h.get_by_label_contains(&words[..200]);
}

#[test]
fn themes_draw_the_same_screens() {
    let mut h = harness(
        load("premiers-pas-smartphone-courriel.quiz.json"),
        egui::vec2(1280.0, 720.0),
    );
    for theme in ThemeChoice::ALL {
        h.state_mut().theme = theme;
        h.state_mut().state.cursor = 2;
        h.run();
        assert!(h.state().layout.all_fit);
        h.get_by_label_contains("Avec quel appareil");
    }
}

#[test]
fn large_image_is_decoded_once() {
    let mut h = harness(
        load("naviguer-en-securite.quiz.json"),
        egui::vec2(1920.0, 1080.0),
    );
    let i = h
        .state()
        .state
        .deck
        .iter()
        .position(|p| p.question() == Some(6))
        .unwrap();
    h.state_mut().state.cursor = i;
    h.run();
    let decoded = h.state().textures.decode_count();
    assert_eq!(h.state().textures.len(), 1);
    for _ in 0..5 {
        h.step();
    }
    assert_eq!(
        h.state().textures.decode_count(),
        decoded,
        "cached, not decoded again"
    );
}

/// The editor warns above `Limits::MAX_PROMPT_CHARS`: a prompt of that length, with four
/// answers, is still shown at the full prompt size (1/20 of the height) at 1080p, so below the
/// warning nothing shrinks for the back row.
#[test]
fn the_longest_prompt_without_warning_fits_at_full_size() {
    use atelier_quiz::model::Limits;
    let mut quiz = load("naviguer-en-securite.quiz.json");
    let words =
        "Quand un message vous demande de confirmer vos codes bancaires, que faites-vous ? ";
    let prompt: String = words
        .repeat(4)
        .chars()
        .take(Limits::MAX_PROMPT_CHARS)
        .collect();
    quiz.questions[2].prompt = prompt.trim_end().to_owned();
    let mut h = harness(quiz, egui::vec2(1920.0, 1080.0));
    let at = h
        .state()
        .state
        .deck
        .iter()
        .position(|p| p.question() == Some(2))
        .unwrap();
    h.state_mut().state.cursor = at + 1; // prompt and four answers
    h.run();
    let layout = h.state().layout;
    assert!(layout.all_fit);
    let size = layout.prompt_size.unwrap();
    assert!(size >= 1080.0 / 20.0 - 0.5, "{size} px");
}
