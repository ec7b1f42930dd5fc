//! Writing a quiz from an empty one through the real editor: one question of each type,
//! typed with the keyboard, answers marked with the mouse.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use atelier_quiz::model::{QuestionKind, QuestionType};
use common::TestApp;

/// Adds a question of `type_label` with the header menu and types its prompt.
fn add(t: &mut TestApp, type_label: &str, prompt: &str) {
    t.click("Ajouter une question");
    t.click(type_label);
    t.type_into("Énoncé de la question", prompt);
    t.type_into(
        "Pourquoi\u{202f}? (explication montrée après la réponse)",
        "Parce que.",
    );
}

fn kind(t: &TestApp, i: usize) -> &QuestionKind {
    &t.quiz().questions[i].kind
}

/// Writes one question of each type, as an author would.
fn write_every_type(t: &mut TestApp) {
    let picture = t.path("capture.png");
    std::fs::write(&picture, common::png_bytes(320, 200)).unwrap();

    add(t, "Choix unique", "Quel signe dans une adresse mail ?");
    t.type_into("Réponse A", "#");
    t.type_into("Réponse B", "@");
    t.click_contains("Bonne réponse\u{202f}: B");

    add(t, "Choix multiple", "Lesquels sont des navigateurs ?");
    t.click("Ajouter une réponse");
    t.type_into("Réponse A", "Firefox");
    t.type_into("Réponse B", "Word");
    t.type_into("Réponse C", "Chrome");
    t.click_contains("Bonne réponse\u{202f}: A");
    t.click_contains("Bonne réponse\u{202f}: C");

    add(
        t,
        "Vrai ou faux",
        "Un cadenas garantit que le site est honnête.",
    );
    t.click("Faux");

    add(t, "Sondage", "Qui a déjà reçu un SMS louche ?");
    t.type_into("Réponse A", "Oui");
    t.type_into("Réponse B", "Non");

    add(t, "Remise en ordre", "Remettez les étapes dans l'ordre.");
    t.type_into("Étape 1", "Ouvrir le navigateur");
    t.type_into("Étape 2", "Taper l'adresse");
    t.click("Ajouter une étape");
    t.type_into("Étape 3", "Valider");

    add(t, "Question ouverte", "Comment retenir un mot de passe ?");
    t.type_into("Réponse attendue", "Une phrase de passe.");

    add(t, "Zone sur une image", "Montrez la barre d'adresse.");
    t.dialogs.push(Some(picture));
    t.click("Choisir une image…");
    t.type_into(
        "Description de l'image (pour qui ne la voit pas)",
        "Un navigateur",
    );
    t.click("Ajouter une zone");
}

#[test]
fn a_quiz_with_every_type_of_question_from_an_empty_one() {
    let mut t = common::empty_app();
    write_every_type(&mut t);
    let quiz = t.quiz();
    let types: Vec<QuestionType> = quiz
        .questions
        .iter()
        .map(atelier_quiz::model::Question::question_type)
        .collect();
    assert_eq!(
        types,
        [
            QuestionType::SingleChoice,
            QuestionType::MultipleChoice,
            QuestionType::TrueFalse,
            QuestionType::Poll,
            QuestionType::Ordering,
            QuestionType::Open,
            QuestionType::Hotspot,
        ]
    );
    assert!(quiz.questions.iter().all(|q| q.level == "decouverte"));
    assert_eq!(
        quiz.questions[0].prompt,
        "Quel signe dans une adresse mail ?"
    );
    let correct = |i: usize| -> Vec<(String, bool)> {
        kind(&t, i)
            .choices()
            .unwrap()
            .iter()
            .map(|c| (c.text.clone(), c.correct))
            .collect()
    };
    assert_eq!(correct(0), [("#".into(), false), ("@".into(), true)]);
    assert_eq!(
        correct(1),
        [
            ("Firefox".into(), true),
            ("Word".into(), false),
            ("Chrome".into(), true)
        ]
    );
    assert_eq!(*kind(&t, 2), QuestionKind::TrueFalse { answer: false });
    assert!(correct(3).iter().all(|(_, c)| !c));
    assert_eq!(
        *kind(&t, 4),
        QuestionKind::Ordering {
            items: vec![
                "Ouvrir le navigateur".into(),
                "Taper l'adresse".into(),
                "Valider".into()
            ]
        }
    );
    assert_eq!(
        *kind(&t, 5),
        QuestionKind::Open {
            answer_text: "Une phrase de passe.".into()
        }
    );
    let hotspot = &quiz.questions[6];
    let image = hotspot.image.as_ref().unwrap();
    assert_eq!(image.alt, "Un navigateur");
    assert!(quiz.assets.contains_key(&image.asset));
    assert!(matches!(&hotspot.kind, QuestionKind::Hotspot { regions } if regions.len() == 1));
    let errors: Vec<_> = t
        .state()
        .doc
        .diagnostics()
        .iter()
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn single_choice_keeps_one_correct_answer_with_radio_buttons() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.click_contains("Bonne réponse\u{202f}: A");
    t.click_contains("Bonne réponse\u{202f}: B");
    let correct: Vec<bool> = kind(&t, 0)
        .choices()
        .unwrap()
        .iter()
        .map(|c| c.correct)
        .collect();
    assert_eq!(correct, [false, true]);
}

#[test]
fn changing_the_type_keeps_the_answers_text() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.type_into("Réponse A", "Un");
    t.type_into("Réponse B", "Deux");
    t.click_combo("Type");
    t.click("Remise en ordre");
    assert_eq!(
        *kind(&t, 0),
        QuestionKind::Ordering {
            items: vec!["Un".into(), "Deux".into()]
        }
    );
}
