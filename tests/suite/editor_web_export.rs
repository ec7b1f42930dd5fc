//! Fichier → Exporter… → « Page web »: the dialog offers the web page next to the other
//! tools' formats, says what it is, and writes the page where the user chooses.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use egui_kittest::kittest::Queryable;

#[test]
fn export_dialog_writes_the_web_page() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "b")]), None);
    t.click("Fichier");
    t.click("Exporter…");
    t.click("Page web (un seul fichier, hors ligne)");
    assert!(
        t.harness
            .query_by_label_contains("s'ouvre d'un double-clic")
            .is_some(),
        "the dialog says what the page is"
    );
    assert!(
        t.harness
            .query_by_label_contains("Laissé de côté")
            .is_none()
    );
    let out = t.path("quiz.html");
    t.dialogs.push(Some(out.clone()));
    t.click_button("Exporter…");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Content-Security-Policy"));
    assert!(page.contains("\"q1\""), "the quiz is embedded");
    assert!(t.state().editor.export.is_none(), "the dialog closes");
}
