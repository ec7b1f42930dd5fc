//! Keys as a presentation clicker and a hurried advisor send them: the start screen starts on
//! "next" keys, F5 presents from inside a text field without the following keys landing in
//! the question, and hand counts typed faster than a frame all count, in order.
#![allow(clippy::unwrap_used)]

use crate::common;

use atelier_quiz::app::state::Mode;
use atelier_quiz::presenter::{Phase, PresenterState, Step};
use common::TestApp;
use egui::{Key, Modifiers};

fn sample() -> TestApp {
    common::app_with(common::sample_quiz(), None)
}

fn presenter(t: &TestApp) -> Option<&PresenterState> {
    match &t.state().mode {
        Mode::Presenting(p) => Some(p),
        Mode::Editor => None,
    }
}

fn phase(t: &TestApp) -> Option<Phase> {
    presenter(t).map(|p| p.phase)
}

fn press(t: &mut TestApp, key: Key) {
    t.harness.key_press(key);
    t.harness.run();
}

fn start_screen() -> TestApp {
    let mut t = sample();
    press(&mut t, Key::F5);
    assert_eq!(phase(&t), Some(Phase::Setup));
    t
}

#[test]
fn every_next_key_of_a_clicker_starts_the_session() {
    for key in [
        Key::PageDown,
        Key::ArrowRight,
        Key::ArrowDown,
        Key::Space,
        Key::Enter,
    ] {
        let mut t = start_screen();
        press(&mut t, key);
        assert_eq!(phase(&t), Some(Phase::Running), "{key:?} starts");
    }
}

#[test]
fn right_right_right_space_stays_in_the_session() {
    let mut t = start_screen();
    for key in [
        Key::ArrowRight,
        Key::ArrowRight,
        Key::ArrowRight,
        Key::Space,
    ] {
        press(&mut t, key);
    }
    let p = presenter(&t).expect("still presenting, not back in the editor");
    assert_eq!(p.phase, Phase::Running);
}

#[test]
fn page_up_and_escape_go_back_to_the_editor() {
    for key in [Key::PageUp, Key::Escape] {
        let mut t = start_screen();
        press(&mut t, key);
        assert!(matches!(t.state().mode, Mode::Editor), "{key:?} goes back");
    }
}

#[test]
fn tab_still_moves_between_the_options() {
    let mut t = start_screen();
    // From "Commencer" back to the option before it ("Réponses sur les téléphones"), then
    // the one before ("Deux écrans"), which Space ticks.
    for _ in 0..2 {
        t.harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
        t.harness.run();
    }
    let before = presenter(&t).unwrap().console;
    press(&mut t, Key::Space);
    let p = presenter(&t).unwrap();
    assert_eq!(p.phase, Phase::Setup, "Space acted on the focused option");
    assert_ne!(p.console, before, "the two-screen option was toggled");
    assert!(
        !p.phones_wanted,
        "the phones option was only passed through"
    );
}

#[test]
fn f5_presents_from_a_text_field_and_the_next_keys_are_not_typed() {
    let mut t = sample();
    let prompt = t.quiz().questions[0].prompt.clone();
    t.type_into("Énoncé de la question", "");
    press(&mut t, Key::F5);
    assert_eq!(phase(&t), Some(Phase::Setup), "F5 from the prompt field");
    for key in [Key::Enter, Key::Space, Key::ArrowRight] {
        press(&mut t, key);
    }
    let p = presenter(&t).unwrap();
    assert_eq!(p.phase, Phase::Running);
    assert_eq!(
        p.position().question(),
        Some(0),
        "Space and → moved the slides"
    );
    assert_eq!(t.quiz().questions[0].prompt, prompt, "nothing typed");
    assert!(!t.state().doc.is_dirty());
}

#[test]
fn shift_f5_presents_the_selected_question_from_a_text_field() {
    let mut t = sample();
    t.type_into("Énoncé de la question", "");
    t.harness.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    t.harness.run();
    let p = presenter(&t).unwrap();
    assert_eq!(p.phase, Phase::Running);
    assert_eq!(p.position().question(), Some(0));
}

#[test]
fn hand_counts_typed_within_one_frame_all_count_in_order() {
    let mut t = sample();
    press(&mut t, Key::F5);
    press(&mut t, Key::Enter);
    // sec-03 (single choice, four answers) at its answers step.
    for _ in 0..200 {
        let at = presenter(&t).unwrap().position();
        if at.question() == Some(2) && at.step() == Some(Step::Answers) {
            break;
        }
        press(&mut t, Key::ArrowRight);
    }
    // 4, Tab, 1, 3 in the same frame (faster than a frame, as a quick typist does; kittest's
    // key_press would give each event a frame of its own).
    for key in [Key::Num4, Key::Tab, Key::Num1, Key::Num3] {
        for pressed in [true, false] {
            t.harness.input_mut().events.push(egui::Event::Key {
                key,
                pressed,
                modifiers: Modifiers::NONE,
                repeat: false,
                physical_key: None,
            });
        }
    }
    t.harness.run();
    assert_eq!(presenter(&t).unwrap().tallies[&2].counts, [4, 13, 0, 0]);
}
