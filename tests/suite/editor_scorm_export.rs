//! Fichier → Exporter… → « Paquet SCORM »: offered next to the web page, says what it is for
//! (Moodle), and writes the zip where the user chooses: the manifest and the page.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Read;

use crate::common;

use egui_kittest::kittest::Queryable;

#[test]
fn export_dialog_writes_the_scorm_package() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "b")]), None);
    t.click("Fichier");
    t.click("Exporter…");
    t.click("Paquet SCORM (Moodle et autres plateformes)");
    assert!(
        t.harness
            .query_by_label_contains("à déposer dans Moodle")
            .is_some(),
        "the dialog says what the package is for"
    );
    let out = t.path("cours.zip");
    t.dialogs.push(Some(out.clone()));
    t.click_button("Exporter…");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert_eq!(names.len(), 2);
    assert!(
        names.contains(&"imsmanifest.xml".to_owned()) && names.contains(&"index.html".to_owned())
    );
    let mut page = String::new();
    zip.by_name("index.html")
        .unwrap()
        .read_to_string(&mut page)
        .unwrap();
    assert!(page.contains("\"q1\""), "the quiz is embedded");
    assert!(page.contains("LMSInitialize"), "with the SCORM glue");
    assert!(t.state().editor.export.is_none(), "the dialog closes");
}
