//! Quiz details, sources and credits, and the question's session fields (time limit, tags,
//! competences, source) edited through their panels.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use atelier_quiz::model::{Competence, SourceRef, SourceUse};
use egui::Key;
use egui_kittest::kittest::Queryable;

#[test]
fn quiz_details_title_authors_license_and_language() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.click("Informations du quiz");
    t.type_into("Titre", " : les courriels");
    t.click("Ajouter un auteur ou une autrice");
    t.type_into("Nom 1", "Camille Martin");
    t.click_combo("Licence du quiz");
    t.click("CC BY-SA 4.0 — citer, partager à l'identique");
    t.click_combo("Langue du quiz");
    t.click("Brezhoneg");
    let quiz = t.quiz();
    assert_eq!(quiz.title, "Quiz de test : les courriels");
    assert_eq!(quiz.authors[0].name, "Camille Martin");
    assert_eq!(quiz.license, "CC-BY-SA-4.0");
    assert_eq!(quiz.language, "br");
    // A license not in the list is typed in.
    t.type_into("Licence du quiz\u{202f}: Identifiant", "-perso");
    assert_eq!(t.quiz().license, "CC-BY-SA-4.0-perso");
    t.ctrl(Key::Z);
    assert_eq!(t.quiz().license, "CC-BY-SA-4.0");
}

#[test]
fn sources_are_added_described_cited_and_removed() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "a")]), None);
    t.click("Sources et crédits");
    t.click("Ajouter une source");
    t.type_into("Titre de la source 1", "Guide Cybermalveillance");
    t.type_into("Auteur de la source 1", "ANSSI");
    t.click("Référence");
    let source = t.quiz().sources[0].clone();
    assert_eq!(source.title, "Guide Cybermalveillance");
    assert_eq!(source.usage, Some(SourceUse::Reference));
    // Cite it from the question.
    t.click("Question");
    t.click_combo("Source");
    t.click("Guide Cybermalveillance");
    t.type_into("Précision", "page 4");
    assert_eq!(
        t.quiz().questions[0].source,
        Some(SourceRef {
            source: source.id.clone(),
            detail: "page 4".into(),
            ..SourceRef::default()
        })
    );
    // Removing the source clears the citation, in one undo step.
    t.click("Sources et crédits");
    t.click("Supprimer la source 1");
    assert!(t.quiz().sources.is_empty());
    assert!(t.quiz().questions[0].source.is_none());
    t.ctrl(Key::Z);
    assert_eq!(
        t.quiz().questions[0].source.as_ref().unwrap().source,
        source.id
    );
}

#[test]
fn time_limit_tags_and_competences() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "a")]), None);
    t.click("Limiter le temps de réponse");
    assert_eq!(t.quiz().questions[0].time_limit_s, Some(30));
    t.type_into("Nouvelle étiquette", "sms, arnaques");
    t.harness.key_press(Key::Enter);
    t.harness.run();
    assert_eq!(t.quiz().questions[0].tags, ["sms", "arnaques"]);
    t.click("Retirer l'étiquette «\u{a0}sms\u{a0}»");
    assert_eq!(t.quiz().questions[0].tags, ["arnaques"]);
    // Tags of other questions are offered as one click.
    t.command(atelier_quiz::app::command::Command::Select(Some(1)));
    t.click("Ajouter l'étiquette «\u{a0}arnaques\u{a0}»");
    assert_eq!(t.quiz().questions[1].tags, ["arnaques"]);
    // The CRCN picker lists the 16 competences by code and name.
    t.click("Ajouter une compétence");
    t.click_combo("Compétence 1");
    t.click("4.1 — Sécuriser l'environnement numérique");
    t.click_combo("Niveau 1 (1 à 8)");
    t.click_button("2");
    assert_eq!(
        t.quiz().questions[1].competences,
        [Competence {
            framework: "CRCN".into(),
            code: "4.1".into(),
            level: Some(2),
            ..Competence::default()
        }]
    );
    // Another framework is typed in.
    t.click_combo("Référentiel 1");
    t.click("Autre référentiel");
    t.type_into("Nom du référentiel", "DigComp-2.2");
    t.type_into("Compétence 1", "1.2");
    let c = &t.quiz().questions[1].competences[0];
    assert_eq!(
        (c.framework.as_str(), c.code.as_str()),
        ("DigComp-2.2", "1.2")
    );
}

#[test]
fn image_alt_text_and_credit() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    let picture = t.path("photo.png");
    std::fs::write(&picture, common::png_bytes(2400, 1200)).unwrap();
    t.dialogs.push(Some(picture));
    t.click("Choisir une image…");
    let image = t.quiz().questions[0].image.clone().unwrap();
    let asset = t.quiz().assets[&image.asset].clone();
    assert_eq!(
        atelier_quiz::format::image_dimensions(asset.media_type, &asset.data),
        Ok((1920, 960)),
        "large images are reduced"
    );
    t.harness
        .get_by_label_contains("L'image a été réduite à 1920 × 960 pixels");
    t.type_into(
        "Description de l'image (pour qui ne la voit pas)",
        "Un smartphone",
    );
    t.click("Crédit de l'image\u{202f}: à compléter");
    t.type_into("Auteur ou autrice", "Camille");
    t.click_combo("Licence");
    t.click("CC0 — domaine public");
    let quiz = t.quiz();
    assert_eq!(
        quiz.questions[0].image.as_ref().unwrap().alt,
        "Un smartphone"
    );
    let credit = &quiz.assets[&image.asset].credit;
    assert_eq!(
        (credit.author.as_str(), credit.license.as_str()),
        ("Camille", "CC0-1.0")
    );
}

/// People read "Image 2", never the file's internal identifiers ("img-q-3-1").
#[test]
fn image_credits_name_images_without_internal_identifiers() {
    let quiz = common::sample_quiz();
    let ids: Vec<String> = quiz.assets.keys().cloned().collect();
    assert!(!ids.is_empty(), "the sample has images");
    let mut t = common::app_with(quiz, None);
    t.click("Sources et crédits");
    t.harness.run();
    assert!(t.harness.query_all_by_label_contains("Image 1").count() > 0);
    for id in &ids {
        assert_eq!(
            t.harness.query_all_by_label_contains(id).count(),
            0,
            "{id} shown to the user"
        );
    }
}

/// A new author line is not an error the moment it appears: its empty name is reported once
/// the user leaves the field empty.
#[test]
fn an_empty_author_is_flagged_only_once_left() {
    use atelier_quiz::model::Subject;
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.click("Informations du quiz");
    let author_errors = |t: &common::TestApp| {
        t.state()
            .shown_diagnostics()
            .iter()
            .filter(|d| matches!(d.subject, Subject::Author { .. }))
            .count()
    };
    assert_eq!(author_errors(&t), 0);
    t.click("Ajouter un auteur ou une autrice");
    t.harness.run();
    assert_eq!(t.quiz().authors.len(), 1);
    assert_eq!(author_errors(&t), 0, "not flagged while being filled in");
    assert!(
        t.harness.query_all_by_label_contains("1 erreur").count() == 0,
        "no error counted yet"
    );
    // The new name field has the focus; leaving it empty (Tab) flags it.
    t.harness.key_press(Key::Tab);
    t.harness.run();
    t.harness.run();
    assert_eq!(author_errors(&t), 1, "flagged once left empty");
}
