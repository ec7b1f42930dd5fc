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
