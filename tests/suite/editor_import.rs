//! Bringing questions in from a colleague's quiz: picked in a dialog, copied with their
//! images, the colleague's quiz credited as a `reused` source; changing the text offers to
//! call the source `adapted`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use atelier_quiz::model::{Asset, Author, ImageRef, MediaType, SourceUse};
use egui_kittest::kittest::Queryable;

/// Claire's quiz, saved in the test folder: three questions, the second with an image.
fn claires_quiz(t: &common::TestApp) -> std::path::PathBuf {
    let mut quiz = common::two_level_quiz(&[("c1", "a"), ("c2", "a"), ("c3", "b")]);
    quiz.title = "Quiz de Claire".into();
    quiz.license = "CC-BY-SA-4.0".into();
    quiz.authors.push(Author {
        name: "Claire Dupont".into(),
        ..Author::default()
    });
    quiz.assets.insert(
        "ecran".into(),
        Asset::new(MediaType::Png, common::png_bytes(40, 30)),
    );
    quiz.questions[1].image = Some(ImageRef {
        asset: "ecran".into(),
        alt: "Un écran".into(),
        ..ImageRef::default()
    });
    let path = t.path("claire.quiz.json");
    atelier_quiz::storage::save_quiz(&path, &quiz).unwrap();
    path
}

fn import(t: &mut common::TestApp, picks: &[&str]) {
    let path = claires_quiz(t);
    t.dialogs.push(Some(path));
    t.click("Fichier");
    t.click("Importer des questions d'un autre quiz…");
    t.harness
        .get_by_label("Importer des questions de «\u{a0}Quiz de Claire\u{a0}»");
    for pick in picks {
        t.click(pick);
    }
}

#[test]
fn imported_questions_keep_their_provenance_and_images() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    import(
        &mut t,
        &[
            "2. Question c2 (Choix unique)",
            "3. Question c3 (Choix unique)",
        ],
    );
    t.click("Importer 2 questions");
    assert!(t.state().editor.import.is_none(), "the dialog closes");
    let quiz = t.quiz();
    assert_eq!(t.prompts(), ["Question q1", "Question c2", "Question c3"]);
    let source = &quiz.sources[0];
    assert_eq!(source.title, "Quiz de Claire");
    assert_eq!(source.author, "Claire Dupont");
    assert_eq!(source.license, "CC-BY-SA-4.0");
    assert_eq!(source.usage, Some(SourceUse::Reused));
    for q in &quiz.questions[1..] {
        let cited = q.source.as_ref().unwrap();
        assert_eq!(cited.source, source.id);
    }
    assert_eq!(
        quiz.questions[1].source.as_ref().unwrap().detail,
        "question n°2"
    );
    let image = quiz.questions[1].image.as_ref().unwrap();
    assert!(
        quiz.assets.contains_key(&image.asset),
        "the image came along"
    );
    assert_eq!(
        t.state().editor.selected,
        Some(1),
        "the first imported question is shown"
    );
    t.ctrl(egui::Key::Z);
    assert_eq!(
        t.quiz(),
        &common::two_level_quiz(&[("q1", "a")]),
        "one undo step"
    );
}

#[test]
fn cancelling_the_import_changes_nothing() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    import(&mut t, &["1. Question c1 (Choix unique)"]);
    t.click_last("Annuler");
    assert!(t.state().editor.import.is_none());
    assert_eq!(t.quiz(), &common::two_level_quiz(&[("q1", "a")]));
}

#[test]
fn changing_an_imported_question_offers_to_mark_the_source_adapted() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    import(&mut t, &["Tout cocher"]);
    t.click("Importer 3 questions");
    t.type_into("Énoncé de la question", ", reformulée");
    t.click("Oui, marquer comme adaptée");
    assert_eq!(t.quiz().sources[0].usage, Some(SourceUse::Adapted));
    assert!(
        t.harness
            .query_by_label("Oui, marquer comme adaptée")
            .is_none()
    );
}

#[test]
fn declining_the_offer_is_remembered() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    import(&mut t, &["1. Question c1 (Choix unique)"]);
    t.click("Importer 1 question");
    t.type_into("Réponse A", "x");
    t.click("Non, merci");
    t.type_into("Réponse B", "y");
    assert!(
        t.harness.query_by_label("Non, merci").is_none(),
        "not asked again"
    );
    assert_eq!(t.quiz().sources[0].usage, Some(SourceUse::Reused));
}

/// After importing two questions into "Découverte", the list reads 1, 2, 3, 4 from top to
/// bottom, the file has them in that order too, and the slideshow follows it.
#[test]
fn imported_questions_end_their_level_in_the_list_the_file_and_the_slideshow() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "b")]), None);
    import(
        &mut t,
        &[
            "1. Question c1 (Choix unique)",
            "2. Question c2 (Choix unique)",
        ],
    );
    t.click("Importer 2 questions");
    let order = ["Question q1", "Question c1", "Question c2", "Question q2"];
    assert_eq!(t.prompts(), order, "file order = list order");
    for (n, prompt) in order.iter().enumerate() {
        t.harness
            .get_by_label_contains(&format!("Question {}\u{202f}: {prompt}", n + 1));
    }
    t.harness.key_press(egui::Key::F5);
    t.harness.run();
    t.harness.key_press(egui::Key::Enter);
    t.harness.run();
    let atelier_quiz::app::state::Mode::Presenting(p) = &t.state().mode else {
        panic!("presenting");
    };
    let shown: Vec<&str> = p
        .questions
        .iter()
        .map(|&i| t.quiz().questions[i].prompt.as_str())
        .collect();
    assert_eq!(shown, order);
}
