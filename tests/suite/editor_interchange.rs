//! Other tools' files in the editor, driven by label: importing questions from a GIFT file
//! (provenance kept), opening a Moodle XML file as a new unsaved quiz, and File → Export…
//! listing what will change before writing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::Path;

use egui_kittest::kittest::Queryable;

use atelier_quiz::model::SourceUse;

fn data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/interchange")
        .join(name)
}

#[test]
fn questions_are_imported_from_a_gift_file_with_their_provenance() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.dialogs.push(Some(data("securite.gift")));
    t.click("Fichier");
    t.click("Importer des questions d'un autre quiz…");
    // The import said what changed (a question left out, feedback moved, unknown licence).
    assert!(t.state().notice.is_some());
    t.click("OK");
    t.harness
        .get_by_label("Importer des questions de «\u{a0}securite\u{a0}»");
    t.click_contains("Quel mot de passe est le plus solide ?");
    t.click_contains("Importer 1 question");
    let quiz = t.quiz();
    let q = quiz.questions.last().unwrap();
    assert_eq!(q.prompt, "Quel mot de passe est le plus solide ?");
    let source = quiz.source(&q.source.as_ref().unwrap().source).unwrap();
    assert_eq!(source.title, "securite.gift");
    assert_eq!(source.license, "licence inconnue");
    assert_eq!(source.usage, Some(SourceUse::Reused));
    assert_eq!(q.source.as_ref().unwrap().detail, "Solidité");
}

#[test]
fn a_moodle_xml_file_opens_as_a_new_unsaved_quiz() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.dialogs.push(Some(data("banque.xml")));
    t.click("Fichier");
    t.click("Ouvrir…");
    assert_eq!(t.quiz().questions.len(), 7);
    assert!(
        t.state().doc.path().is_none(),
        "a new quiz, not the XML file"
    );
    assert!(t.state().doc.is_dirty());
}

#[test]
fn export_lists_what_is_left_out_then_writes_the_file() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "b")]), None);
    let mut quiz = t.quiz().clone();
    quiz.questions[1].kind = atelier_quiz::model::QuestionKind::Ordering {
        items: vec!["un".into(), "deux".into()],
    };
    t.command(atelier_quiz::app::command::Command::edit(
        atelier_quiz::app::edit::Edit::SetQuestion {
            index: 1,
            question: Box::new(quiz.questions[1].clone()),
        },
    ));
    t.click("Fichier");
    t.click("Exporter…");
    t.harness
        .get_by_label("Exporter le quiz vers un autre outil");
    assert_eq!(
        t.harness
            .query_all_by_label_contains("Laissé de côté — question 2")
            .count(),
        1
    );
    t.click("Moodle XML");
    assert!(
        t.harness
            .query_by_label_contains("Laissé de côté")
            .is_none()
    );
    let out = t.path("export.xml");
    t.dialogs.push(Some(out.clone()));
    t.click_button("Exporter…");
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("<question type=\"ordering\">"), "{xml}");
    assert!(t.state().editor.export.is_none(), "the dialog closes");
}

#[test]
fn a_kahoot_file_opens_and_the_quiz_exports_to_kahoot_and_h5p() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.dialogs.push(Some(data("atelier-mardi.xlsx")));
    t.click("Fichier");
    t.click("Ouvrir…");
    assert_eq!(t.quiz().questions.len(), 4);
    // The report lists the unreadable row and the polls, by row.
    let Some(atelier_quiz::app::state::Notice::Report { details, .. }) = &t.state().notice else {
        panic!("no report: {:?}", t.state().notice);
    };
    assert!(
        details.iter().any(|d| d.starts_with("rangée 13")),
        "{details:?}"
    );
    t.click("OK");
    t.click("Fichier");
    t.click("Exporter…");
    t.click("Kahoot");
    // The poll of row 12 has no Kahoot equivalent: said before writing.
    assert!(
        t.harness
            .query_by_label_contains("Laissé de côté — question 4")
            .is_some()
    );
    let out = t.path("export.xlsx");
    t.dialogs.push(Some(out.clone()));
    t.click_button("Exporter…");
    let back = atelier_quiz::interchange::kahoot::import(
        &std::fs::read(&out).unwrap(),
        &atelier_quiz::interchange::ImportContext::default(),
    )
    .unwrap();
    assert_eq!(back.quiz.questions.len(), 3);
    t.click("Fichier");
    // The list of changes is long this time: its scroll area takes a few frames to settle.
    t.harness.get_by_label("Exporter…").click();
    t.harness.run_steps(10);
    t.click("H5P");
    let out = t.path("export.h5p");
    t.dialogs.push(Some(out.clone()));
    t.click_button("Exporter…");
    let back = atelier_quiz::interchange::h5p::import(
        &std::fs::read(&out).unwrap(),
        &atelier_quiz::interchange::ImportContext::default(),
    )
    .unwrap();
    assert_eq!(back.quiz.questions.len(), 4);
}

/// `atelier-quiz atelier-mardi.xlsx` (or a double-click on it) opens it as File → Open does,
/// with its report as a warning — never "this is not an Atelier Quiz file", never "nothing
/// was lost" when rows were skipped.
#[test]
fn a_kahoot_file_given_at_start_opens_with_its_report() {
    use atelier_quiz::app::apply::Platform;
    use atelier_quiz::app::platform::{AppPaths, ManualClock, ScriptedDialogs};
    use atelier_quiz::app::settings::Settings;
    use atelier_quiz::app::startup::build_app;
    use atelier_quiz::app::state::Notice;
    use atelier_quiz::cli::GuiOptions;
    use atelier_quiz::i18n::Lang;

    let dir = tempfile::tempdir().unwrap();
    let platform = Platform::new(
        Box::new(ScriptedDialogs::default()),
        Box::new(ManualClock::default()),
        Some(AppPaths::under(dir.path())),
    );
    let settings = Settings {
        lang: Some(Lang::Fr),
        ..Settings::default()
    };
    let options = GuiOptions {
        file: Some(data("atelier-mardi.xlsx")),
        ..GuiOptions::default()
    };
    let app = build_app(&options, platform, settings, false);
    assert_eq!(app.state.doc.quiz().questions.len(), 4);
    assert_eq!(
        app.state.doc.path(),
        None,
        "saving asks where: never over the sheet"
    );
    let Some(Notice::Report { details, .. }) = &app.state.notice else {
        panic!("no report: {:?}", app.state.notice);
    };
    assert!(
        details.iter().any(|d| d.starts_with("rangée 13\u{202f}: ")),
        "{details:?}"
    );
    let harness = common::harness_for(app);
    harness.get_by_label("Importé, avec ces changements");
    assert!(
        harness
            .query_by_label_contains("Rien n'a été perdu")
            .is_none(),
        "rows were skipped: the report must not say nothing was lost"
    );
}
