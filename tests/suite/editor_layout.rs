//! The editor at the default window (1280×800) and at 1024×768: no control cut off at the
//! right edge, and the tab row stays on one line whatever the checks find.
#![allow(clippy::unwrap_used)]

use crate::common;

use atelier_quiz::app::command::Command;
use atelier_quiz::app::state::{EditorTab, ViewCommand};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

const SIZES: [(f32, f32); 2] = [(1280.0, 800.0), (1024.0, 768.0)];
const TABS: [EditorTab; 5] = [
    EditorTab::Question,
    EditorTab::Details,
    EditorTab::Levels,
    EditorTab::Sources,
    EditorTab::Checks,
];

/// Names of the controls and texts on screen whose right edge lies beyond the window.
fn cut_off(t: &common::TestApp, width: f32, height: f32) -> Vec<String> {
    let mut cut = Vec::new();
    for node in t.harness.root().children_recursive() {
        let role = node.accesskit_node().role();
        if matches!(
            role,
            Role::Window | Role::GenericContainer | Role::ScrollView
        ) {
            continue;
        }
        let Some(_) = node.accesskit_node().bounding_box() else {
            continue;
        };
        let rect = node.rect();
        let on_screen = rect.max.y > 0.0 && rect.min.y < height && rect.width() > 0.0;
        if on_screen && rect.max.x > width + 0.5 {
            let name = node.accesskit_node().label().unwrap_or_default();
            let value = node.accesskit_node().value().unwrap_or_default();
            cut.push(format!(
                "{role:?} «{name}{value}» ends at x = {}",
                rect.max.x
            ));
        }
    }
    cut
}

#[test]
fn no_control_is_cut_off_at_the_usual_window_sizes() {
    for (w, h) in SIZES {
        let mut t = common::app_with(common::sample_quiz(), None);
        t.harness.set_size(egui::vec2(w, h));
        t.harness.state_mut().queue(Command::Select(Some(3)));
        for tab in TABS {
            t.harness
                .state_mut()
                .queue(Command::View(ViewCommand::SetTab(tab)));
            t.harness.run();
            let cut = cut_off(&t, w, h);
            assert!(cut.is_empty(), "{w}×{h}, {tab:?}:\n{}", cut.join("\n"));
        }
    }
}

fn tab_rows(t: &common::TestApp) -> Vec<f32> {
    let mut rows: Vec<f32> = t
        .harness
        .query_all_by_role(Role::Tab)
        .map(|n| n.rect().center().y.round())
        .collect();
    rows.dedup();
    rows
}

#[test]
fn the_tab_row_stays_on_one_line_when_warnings_appear() {
    for (w, h) in SIZES {
        let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
        t.harness.set_size(egui::vec2(w, h));
        t.harness.run();
        let before: Vec<egui::Rect> = t
            .harness
            .query_all_by_role(Role::Tab)
            .map(|n| n.rect())
            .collect();
        assert_eq!(tab_rows(&t).len(), 1, "{w}×{h}: tabs on one line");
        // Many problems at once: the checks tab's title grows.
        let mut quiz = t.quiz().clone();
        for q in &mut quiz.questions {
            q.prompt.clear();
        }
        let mut t = common::app_with(quiz, None);
        t.harness.set_size(egui::vec2(w, h));
        t.harness.run();
        assert_eq!(
            tab_rows(&t).len(),
            1,
            "{w}×{h}: still one line with problems"
        );
        let after: Vec<egui::Rect> = t
            .harness
            .query_all_by_role(Role::Tab)
            .map(|n| n.rect())
            .collect();
        assert_eq!(before.len(), after.len());
        for (b, a) in before.iter().zip(&after).take(4) {
            assert!(
                (b.min - a.min).length() < 0.5,
                "{w}×{h}: a tab moved: {b:?} → {a:?}"
            );
        }
    }
}
