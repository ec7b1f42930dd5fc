//! Every text/background pair of every presenter theme reaches WCAG AAA contrast (7:1),
//! computed from the palette constants themselves.
#![allow(clippy::unwrap_used)]

use atelier_quiz::app::settings::ThemeChoice;
use atelier_quiz::ui::theme::{Palette, contrast_ratio};

#[test]
fn every_presenter_pair_reaches_aaa() {
    let mut failures = Vec::new();
    for theme in ThemeChoice::ALL {
        let palette = Palette::of(theme);
        let pairs = palette.text_pairs();
        assert!(pairs.len() >= 10, "pairs missing for {theme:?}");
        for (name, fg, bg) in pairs {
            let ratio = contrast_ratio(fg, bg);
            if ratio < 7.0 {
                failures.push(format!("{theme:?} {name}: {ratio:.2}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "below 7:1:\n{}", failures.join("\n"));
}

#[test]
fn themes_differ() {
    let light = Palette::of(ThemeChoice::Light);
    let dark = Palette::of(ThemeChoice::Dark);
    let high = Palette::of(ThemeChoice::HighContrast);
    assert_ne!(light, dark);
    assert_ne!(dark, high);
    assert!(contrast_ratio(high.text, high.background) > 20.0);
}

/// WCAG 1.4.11 (non-text contrast): the marks that carry meaning in the editor — the dot of
/// the "right answer" radio, the tick of a checkbox (import picker, multiple choice) — reach
/// 3:1 against the control's fill, and the control's outline 3:1 against the panel, in every
/// theme and state.
#[test]
fn editor_controls_reach_non_text_contrast() {
    use atelier_quiz::ui::theme::editor_visuals;
    let mut failures = Vec::new();
    for theme in ThemeChoice::ALL {
        let v = editor_visuals(theme);
        for (state, w) in [
            ("inactive", v.widgets.inactive),
            ("hovered", v.widgets.hovered),
            ("active", v.widgets.active),
        ] {
            let mark = contrast_ratio(w.fg_stroke.color, w.bg_fill);
            if mark < 3.0 {
                failures.push(format!("{theme:?} {state}: mark on fill {mark:.2}:1"));
            }
            let outline = if w.bg_stroke.width >= 1.0 {
                contrast_ratio(w.bg_stroke.color, v.panel_fill)
            } else {
                0.0
            };
            let fill = contrast_ratio(w.bg_fill, v.panel_fill);
            if outline < 3.0 && fill < 3.0 {
                failures.push(format!(
                    "{theme:?} {state}: outline {outline:.2}:1, fill {fill:.2}:1 against the panel"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "below 3:1:\n{}", failures.join("\n"));
}
