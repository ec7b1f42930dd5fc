//! Colours: egui visuals for the editor, and the presenter's palettes.
//!
//! Every presenter text/background pair reaches WCAG AAA contrast (7:1); `tests/suite/contrast.rs`
//! computes the ratios from these very constants, so a colour tweak cannot silently break it.

use egui::{Color32, Stroke, Visuals};

use crate::app::settings::ThemeChoice;

/// Colours of the presenter's audience view and console.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: Color32,
    pub text: Color32,
    /// Secondary text: source line, counters, hints.
    pub muted: Color32,
    /// Answer card background and its text.
    pub card: Color32,
    pub card_text: Color32,
    /// Revealed correct answer: background, text and the check mark.
    pub correct: Color32,
    pub correct_text: Color32,
    /// Answers dimmed after the reveal.
    pub dimmed_text: Color32,
    /// Outline of correct answers, hotspot regions, focus.
    pub emphasis: Color32,
    /// Bars of the tally chart.
    pub bar: Color32,
}

impl Palette {
    pub fn of(theme: ThemeChoice) -> Self {
        match theme {
            ThemeChoice::Light => Self {
                background: Color32::from_rgb(0xFF, 0xFF, 0xFF),
                text: Color32::from_rgb(0x12, 0x12, 0x12),
                muted: Color32::from_rgb(0x44, 0x44, 0x44),
                card: Color32::from_rgb(0xEE, 0xF1, 0xF5),
                card_text: Color32::from_rgb(0x12, 0x12, 0x12),
                correct: Color32::from_rgb(0xD6, 0xF2, 0xDD),
                correct_text: Color32::from_rgb(0x0A, 0x3D, 0x1C),
                dimmed_text: Color32::from_rgb(0x4A, 0x4A, 0x4A),
                emphasis: Color32::from_rgb(0x0A, 0x5C, 0x2A),
                bar: Color32::from_rgb(0x1F, 0x4E, 0x9A),
            },
            ThemeChoice::Dark => Self {
                background: Color32::from_rgb(0x10, 0x14, 0x18),
                text: Color32::from_rgb(0xF4, 0xF4, 0xF4),
                muted: Color32::from_rgb(0xC4, 0xC8, 0xCC),
                card: Color32::from_rgb(0x1F, 0x26, 0x2E),
                card_text: Color32::from_rgb(0xF4, 0xF4, 0xF4),
                correct: Color32::from_rgb(0x0D, 0x3A, 0x20),
                correct_text: Color32::from_rgb(0xE6, 0xFF, 0xEC),
                dimmed_text: Color32::from_rgb(0xB0, 0xB4, 0xB8),
                emphasis: Color32::from_rgb(0x7D, 0xE0, 0x9A),
                bar: Color32::from_rgb(0x8A, 0xB4, 0xF8),
            },
            ThemeChoice::HighContrast => Self {
                background: Color32::BLACK,
                text: Color32::WHITE,
                muted: Color32::from_rgb(0xFF, 0xFF, 0x66),
                card: Color32::BLACK,
                card_text: Color32::WHITE,
                correct: Color32::from_rgb(0xFF, 0xFF, 0x00),
                correct_text: Color32::BLACK,
                dimmed_text: Color32::from_rgb(0xC8, 0xC8, 0xC8),
                emphasis: Color32::from_rgb(0xFF, 0xFF, 0x00),
                bar: Color32::from_rgb(0x00, 0xFF, 0xFF),
            },
        }
    }

    /// Every (name, text, background) pair the presenter draws, for the contrast test.
    pub fn text_pairs(&self) -> Vec<(&'static str, Color32, Color32)> {
        vec![
            ("text/background", self.text, self.background),
            ("muted/background", self.muted, self.background),
            ("card_text/card", self.card_text, self.card),
            ("correct_text/correct", self.correct_text, self.correct),
            ("dimmed_text/background", self.dimmed_text, self.background),
            ("dimmed_text/card", self.dimmed_text, self.card),
            ("emphasis/background", self.emphasis, self.background),
            ("bar/background", self.bar, self.background),
            // Tally bars inside answer cards, and their numbers.
            ("bar/card", self.bar, self.card),
            ("card_text/background", self.card_text, self.background),
            // Check marks and rank numbers: background colour on an emphasis disc.
            ("background/emphasis", self.background, self.emphasis),
            // Outline of the count being typed.
            ("text/card", self.text, self.card),
        ]
    }
}

/// Relative luminance (WCAG 2.x) of an sRGB colour.
pub fn luminance(c: Color32) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast_ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Text sizes of the editor: egui's defaults (14 pt body, 9 pt small) are too small for
/// people who edit at arm's length; the "text size" setting zooms on top of these.
pub fn editor_text_styles(style: &mut egui::Style) {
    use egui::{FontFamily, FontId, TextStyle};
    let sizes = [
        (TextStyle::Small, 12.5, FontFamily::Proportional),
        (TextStyle::Body, 15.5, FontFamily::Proportional),
        (TextStyle::Button, 15.5, FontFamily::Proportional),
        (TextStyle::Heading, 21.0, FontFamily::Proportional),
        (TextStyle::Monospace, 14.0, FontFamily::Monospace),
    ];
    for (text_style, size, family) in sizes {
        style
            .text_styles
            .insert(text_style, FontId::new(size, family));
    }
    style.spacing.interact_size.y = style.spacing.interact_size.y.max(24.0);
    style.spacing.button_padding = egui::vec2(8.0, 4.0);
}

/// egui visuals of the editor for a theme.
///
/// egui draws resting controls (radio, checkbox, text field) without an outline, on a fill
/// barely different from the panel (1.2:1 in light): the "right answer" radio looked like a
/// faint grey dot. Controls that carry meaning get an outline of at least 3:1 against the
/// panel (WCAG 1.4.11), checked by `tests/suite/contrast.rs`.
pub fn editor_visuals(theme: ThemeChoice) -> Visuals {
    match theme {
        ThemeChoice::Light => {
            let mut v = Visuals::light();
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(110));
            v
        }
        ThemeChoice::Dark => {
            let mut v = Visuals::dark();
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(150));
            v
        }
        ThemeChoice::HighContrast => {
            let mut v = Visuals::dark();
            v.override_text_color = Some(Color32::WHITE);
            v.panel_fill = Color32::BLACK;
            v.window_fill = Color32::BLACK;
            v.extreme_bg_color = Color32::BLACK;
            v.faint_bg_color = Color32::from_gray(24);
            // White text stays forced (override_text_color), so the selection is dark blue with
            // a yellow outline: white on it is 11:1, yellow 9:1.
            v.selection.bg_fill = Color32::from_rgb(0x00, 0x32, 0x80);
            v.selection.stroke = Stroke::new(2.0, Color32::from_rgb(0xFF, 0xFF, 0x00));
            v.hyperlink_color = Color32::from_rgb(0x66, 0xCC, 0xFF);
            for w in [
                &mut v.widgets.inactive,
                &mut v.widgets.noninteractive,
                &mut v.widgets.hovered,
                &mut v.widgets.active,
            ] {
                w.bg_stroke = Stroke::new(1.5, Color32::WHITE);
                w.fg_stroke = Stroke::new(1.5, Color32::WHITE);
            }
            v.widgets.inactive.weak_bg_fill = Color32::from_gray(20);
            v.widgets.hovered.weak_bg_fill = Color32::from_gray(60);
            v
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_of_known_pairs() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1 AA limit.
        let gray = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast_ratio(gray, Color32::WHITE) - 4.54).abs() < 0.01);
    }
}
