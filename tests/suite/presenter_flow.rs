//! The presenter driven by key presses on the real app: start screen and level filter,
//! reveal/next/back, tally and bar chart, summary, CSV export, black screen, leaving back to the
//! editor, and each question type's reveal. Labels are what screen readers (and the room) get.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use atelier_quiz::app::command::Command;
use atelier_quiz::app::platform::DialogKind;
use atelier_quiz::app::state::Mode;
use atelier_quiz::presenter::{Phase, PresentRequest, PresenterState, Step};
use common::TestApp;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn sample() -> TestApp {
    common::app_with(common::sample_quiz(), None)
}

fn presenter(t: &TestApp) -> &PresenterState {
    match &t.state().mode {
        Mode::Presenting(p) => p,
        Mode::Editor => panic!("not presenting"),
    }
}

fn press(t: &mut TestApp, key: Key, times: usize) {
    for _ in 0..times {
        t.harness.key_press(key);
        t.harness.run();
    }
}

/// F5, Enter on the start screen: the title slide of every level.
fn started(t: &mut TestApp) {
    press(t, Key::F5, 1);
    assert_eq!(presenter(t).phase, Phase::Setup);
    press(t, Key::Enter, 1);
    assert_eq!(presenter(t).phase, Phase::Running);
}

/// Goes forward until question `index` is at `step`.
fn go_to(t: &mut TestApp, index: usize, step: Step) {
    for _ in 0..200 {
        let p = presenter(t).position();
        if p.question() == Some(index) && p.step() == Some(step) {
            return;
        }
        press(t, Key::ArrowRight, 1);
    }
    panic!("question {index} step {step:?} never reached");
}

#[test]
fn start_screen_filters_levels() {
    let mut t = sample();
    press(&mut t, Key::F5, 1);
    t.harness.get_by_label("22 questions sélectionnées");
    // From "all levels", untick two levels: only "Découverte" stays.
    t.harness.get_by_label("Pratique (7 questions)").click();
    t.harness.run();
    t.harness
        .get_by_label("Approfondissement (8 questions)")
        .click();
    t.harness.run();
    t.harness.get_by_label("7 questions sélectionnées");
    t.harness.get_by_label("Commencer").click();
    t.harness.run();
    let p = presenter(&t);
    assert_eq!(p.phase, Phase::Running);
    assert_eq!(p.questions, (0..7).collect::<Vec<_>>());
    assert!(
        p.questions
            .iter()
            .all(|&i| t.quiz().questions[i].level == "decouverte")
    );
    t.harness.get_by_label("Naviguer en sécurité");
    t.harness.get_by_label_contains("7 questions");
}

#[test]
fn cli_levels_preselect_and_escape_leaves() {
    let mut t = sample();
    t.harness
        .state_mut()
        .queue(Command::Present(PresentRequest {
            levels: vec!["approfondissement".into()],
            ..PresentRequest::default()
        }));
    t.harness.run();
    t.harness.get_by_label("8 questions sélectionnées");
    press(&mut t, Key::Escape, 1);
    assert!(matches!(t.state().mode, Mode::Editor));
}

#[test]
fn reveal_next_and_back() {
    let mut t = sample();
    started(&mut t);
    press(&mut t, Key::ArrowRight, 1);
    let prompt = "Qui a déjà reçu un SMS ou un courriel qui lui a semblé louche\u{a0}?";
    t.harness.get_by_label(prompt);
    assert!(t.harness.query_by_label_contains("Oui, souvent").is_none());
    press(&mut t, Key::Space, 1);
    t.harness.get_by_label("A, triangle : Oui, souvent");
    // Single choice sec-03: the prompt, the answers, the reveal.
    go_to(&mut t, 2, Step::Answers);
    assert!(
        t.harness.query_by_label_contains("bonne réponse").is_none(),
        "no right answer shown before the reveal"
    );
    press(&mut t, Key::PageDown, 1);
    t.harness
        .get_by_label("B, losange : La connexion est protégée des curieux — bonne réponse");
    assert_eq!(
        t.harness.get_all_by_label_contains("bonne réponse").count(),
        1
    );
    press(&mut t, Key::Enter, 1);
    t.harness
        .get_by_label_contains("Source\u{202f}: Blog Chromium");
    t.harness.get_by_label_contains("licence voir le site");
    press(&mut t, Key::Backspace, 1);
    press(&mut t, Key::ArrowLeft, 1);
    assert_eq!(presenter(&t).position().step(), Some(Step::Answers));
    assert!(t.harness.query_by_label_contains("bonne réponse").is_none());
    press(&mut t, Key::ArrowUp, 1);
    press(&mut t, Key::PageUp, 1);
    assert_eq!(
        presenter(&t).current_question(),
        Some(1),
        "back into sec-02"
    );
    press(&mut t, Key::End, 1);
    t.harness.get_by_label("Sources et crédits");
    press(&mut t, Key::Home, 1);
    t.harness.get_by_label("Naviguer en sécurité");
}

#[test]
fn notes_never_reach_the_audience() {
    let mut t = sample();
    started(&mut t);
    for _ in 0..presenter(&t).deck.len() {
        let pos = presenter(&t).position();
        if let Some(q) = pos.question() {
            let notes = t.quiz().questions[q].notes.clone();
            let start: String = notes.chars().take(30).collect();
            assert!(
                t.harness.query_by_label_contains(&start).is_none(),
                "notes of question {q} visible at {pos:?}"
            );
        }
        press(&mut t, Key::ArrowRight, 1);
    }
}

#[test]
fn tally_by_keys_then_bar_chart_summary_and_csv() {
    let mut t = sample();
    started(&mut t);
    // sec-03 (single choice, B right): A 2, B 9, C 1, D 0.
    go_to(&mut t, 2, Step::Answers);
    for key in [Key::Num2, Key::Tab, Key::Num9, Key::Tab, Key::Num1] {
        press(&mut t, key, 1);
    }
    assert_eq!(presenter(&t).tallies[&2].counts, [2, 9, 1, 0]);
    t.harness.get_by_label(
        "B, losange : La connexion est protégée des curieux, mains levées\u{202f}: 9",
    );
    press(&mut t, Key::ArrowRight, 1);
    // The reveal keeps the numbers (the bars are drawn next to them).
    t.harness.get_by_label(
        "B, losange : La connexion est protégée des curieux — bonne réponse, mains levées\u{202f}: 9",
    );
    t.harness
        .get_by_label("A, triangle : Le site est honnête, mains levées\u{202f}: 2");
    // sec-02 (true/false, answer false): 1 Vrai, 11 Faux → 92 %.
    press(&mut t, Key::Home, 1);
    go_to(&mut t, 1, Step::Answers);
    for key in [Key::Num1, Key::Tab, Key::Num1, Key::Num1] {
        press(&mut t, key, 1);
    }
    assert_eq!(presenter(&t).tallies[&1].counts, [1, 11]);
    press(&mut t, Key::End, 1);
    press(&mut t, Key::ArrowLeft, 1);
    t.harness.get_by_label_contains("Bilan de la séance");
    t.harness
        .get_by_label_contains("Bonnes réponses\u{202f}: 84\u{202f}% en moyenne");
    t.harness
        .get_by_label_contains("Questions avec les mains comptées\u{202f}: 2");
    t.harness
        .get_by_label_contains("Questions posées\u{202f}: 22");
    // E exports through the save dialog.
    let csv = t.path("resultats.csv");
    t.dialogs.push(Some(csv.clone()));
    press(&mut t, Key::E, 1);
    assert_eq!(t.dialogs.asked(), [DialogKind::SaveCsv]);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 23, "header and 22 questions");
    assert!(lines[0].contains("\"Mains levées\";\"Mains sur une bonne réponse\""));
    assert!(lines[2].contains(";\"sec-02\";"), "{}", lines[2]);
    assert!(lines[2].contains(";12;11;92;\"Vrai : 1 | Faux : 11\""));
    assert!(lines[3].contains(";12;9;75;"), "{}", lines[3]);
    t.harness
        .get_by_label_contains("Résultats enregistrés\u{202f}: resultats.csv");
    assert!(
        matches!(t.state().mode, Mode::Presenting(_)),
        "still presenting"
    );
}

#[test]
fn black_and_white_screens_and_help() {
    let mut t = sample();
    started(&mut t);
    press(&mut t, Key::ArrowRight, 1);
    press(&mut t, Key::B, 1);
    t.harness.get_by_label("Écran noir");
    assert!(t.harness.query_by_label_contains("louche").is_none());
    press(&mut t, Key::B, 1);
    t.shown("louche");
    press(&mut t, Key::W, 1);
    t.harness.get_by_label("Écran blanc");
    press(&mut t, Key::ArrowRight, 1);
    assert!(t.harness.query_by_label("Écran blanc").is_none());
    assert_eq!(
        presenter(&t).position().step(),
        Some(Step::Prompt),
        "un-blanking does not advance"
    );
    press(&mut t, Key::H, 1);
    t.harness.get_by_label("Touches du mode présentation");
    t.harness.get_by_label("B ou point");
    press(&mut t, Key::Escape, 1);
    assert!(
        t.harness
            .query_by_label("Touches du mode présentation")
            .is_none()
    );
    assert!(
        matches!(t.state().mode, Mode::Presenting(_)),
        "Esc closed the help only"
    );
}

/// Nothing moves on the projector by itself: egui's animations are off while presenting and
/// come back in the editor.
#[test]
fn no_animation_while_presenting() {
    let mut t = sample();
    let editor = t.harness.ctx.global_style().animation_time;
    assert!(editor > 0.0);
    started(&mut t);
    assert!(t.harness.ctx.global_style().animation_time <= 0.0);
    press(&mut t, Key::Escape, 1);
    assert!(matches!(t.state().mode, Mode::Editor));
    assert!((t.harness.ctx.global_style().animation_time - editor).abs() < 1e-6);
}

#[test]
fn leaving_returns_to_the_editor_on_the_same_question() {
    let mut t = sample();
    started(&mut t);
    go_to(&mut t, 4, Step::Answers);
    press(&mut t, Key::Escape, 1);
    assert!(matches!(t.state().mode, Mode::Editor));
    assert_eq!(t.state().editor.selected, Some(4));
    // Shift+F5 starts on the selected question.
    t.harness.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    t.harness.run();
    let p = presenter(&t);
    assert_eq!(p.phase, Phase::Running);
    assert_eq!(p.current_question(), Some(4));
    t.harness
        .get_by_label("Lequel de ces mots de passe est le plus solide\u{a0}?");
}

#[test]
fn countdown_is_shown_and_paused_with_t() {
    let mut t = sample();
    started(&mut t);
    go_to(&mut t, 2, Step::Answers);
    press(&mut t, Key::T, 1);
    t.harness.get_by_label("Temps restant\u{202f}: 0:30");
    t.clock.advance(std::time::Duration::from_secs(12));
    t.harness.run();
    t.harness.get_by_label("Temps restant\u{202f}: 0:18");
    press(&mut t, Key::T, 1);
    t.clock.advance(std::time::Duration::from_mins(1));
    t.harness.run();
    t.harness
        .get_by_label("Temps restant\u{202f}: 0:18 (en pause)");
    press(&mut t, Key::T, 1);
    t.clock.advance(std::time::Duration::from_mins(1));
    t.harness.run();
    t.harness
        .get_by_label("Temps restant\u{202f}: Le temps est écoulé");
}

#[test]
fn each_question_type_reveal() {
    let mut t = sample();
    started(&mut t);
    // True/false sec-02: two panels, Faux is right.
    go_to(&mut t, 1, Step::Answers);
    t.harness.get_by_label("A, triangle : Vrai");
    t.harness.get_by_label("B, losange : Faux");
    press(&mut t, Key::ArrowRight, 1);
    t.harness.get_by_label("B, losange : Faux — bonne réponse");
    t.harness.get_by_label("A, triangle : Vrai");
    // Multiple choice sec-06: four right answers.
    go_to(&mut t, 5, Step::Reveal);
    assert_eq!(
        t.harness.get_all_by_label_contains("bonne réponse").count(),
        4
    );
    // Hotspot sec-07: the image, then its region outlined.
    go_to(&mut t, 6, Step::Prompt);
    t.harness
        .get_by_label_contains("Fenêtre de navigateur ouverte");
    assert!(
        t.harness
            .query_by_label("Zone à trouver (bonne réponse)")
            .is_none()
    );
    press(&mut t, Key::ArrowRight, 1);
    t.harness.get_by_label("Zone à trouver (bonne réponse)");
    // Poll sec-11: no right answer on reveal.
    go_to(&mut t, 10, Step::Reveal);
    assert!(t.harness.query_by_label_contains("bonne réponse").is_none());
    // Open sec-12: the model answer on reveal only.
    go_to(&mut t, 11, Step::Prompt);
    assert!(t.harness.query_by_label("Réponse attendue").is_none());
    press(&mut t, Key::ArrowRight, 1);
    t.harness.get_by_label("Réponse attendue");
    t.shown("Avec un gestionnaire de mots de passe");
    // Ordering sec-13: shuffled items, then the right order keeping their letters.
    go_to(&mut t, 12, Step::Answers);
    let first = "Je ne donne aucun code et je ne valide rien";
    let shown = t.shown(first).value().unwrap();
    let letter = shown.chars().next().unwrap();
    press(&mut t, Key::ArrowRight, 1);
    t.harness.get_by_label(&format!("1. {letter} : {first}"));
    t.shown("4. ")
        .value()
        .unwrap()
        .contains("opposition et plainte")
        .then_some(())
        .expect("the last step last");
    // Credits list the sources and image credits of the questions shown.
    press(&mut t, Key::End, 1);
    t.harness
        .get_by_label_contains("Cybermalveillance.gouv.fr — fiches réflexes");
    t.harness.get_by_label_contains(
        "SMS frauduleux de faux frais de livraison — Équipe Atelier Quiz — licence CC BY-SA 4.0",
    );
}

#[test]
fn console_shows_answer_notes_next_and_counts_hands() {
    let mut t = sample();
    t.harness
        .state_mut()
        .queue(Command::Present(PresentRequest {
            console: true,
            ..PresentRequest::default()
        }));
    t.harness.run();
    assert!(presenter(&t).console);
    t.harness.get_by_label("Commencer").click();
    t.harness.run();
    go_to(&mut t, 2, Step::Answers);
    // Private things are on the console: the answer and the notes.
    t.harness.get_by_label("Réponse");
    t.harness
        .get_by_label("B : La connexion est protégée des curieux");
    t.harness.get_by_label_contains("Beaucoup pensent");
    t.harness.get_by_label("Question suivante");
    t.harness
        .get_by_label_contains("Installer les mises à jour");
    // The wall clock, from the app's clock (the manual one says 10:30).
    t.harness.get_by_label("Il est 10:30");
    // Hands typed in the console's fields.
    t.harness
        .get_by_role_and_label(
            egui::accesskit::Role::SpinButton,
            "Mains levées pour B La connexion est protégée des curieux",
        )
        .set_value_accesskit(7.0);
    t.harness.run();
    assert_eq!(presenter(&t).tallies[&2].counts, [0, 7, 0, 0]);
    // The console's buttons drive the same session (the embedded audience window of the
    // test harness may cover them, hence accessibility clicks).
    t.harness.get_by_label("Suivant").click_accesskit();
    t.harness.run();
    assert_eq!(presenter(&t).position().step(), Some(Step::Reveal));
    t.harness.get_by_label("Précédent").click_accesskit();
    t.harness.run();
    assert_eq!(presenter(&t).position().step(), Some(Step::Answers));
    t.harness.get_by_label("Arrêter").click_accesskit();
    t.harness.run();
    assert!(matches!(t.state().mode, Mode::Editor));
    assert_eq!(t.state().editor.selected, Some(2));
}

#[test]
fn mouse_click_advances_and_right_click_goes_back() {
    let mut t = sample();
    started(&mut t);
    t.harness.get_by_label("Naviguer en sécurité").click();
    t.harness.run();
    assert_eq!(presenter(&t).current_question(), Some(0));
    t.shown("louche").click();
    t.harness.run();
    assert_eq!(presenter(&t).position().step(), Some(Step::Answers));
    t.shown("louche").click_secondary();
    t.harness.run();
    assert_eq!(presenter(&t).position().step(), Some(Step::Prompt));
}
