//! Every character the French (and English) tables use has a glyph in the fonts the app
//! installs, and the narrow no-break space of French typography shows as a narrow space that
//! never starts a line.
#![allow(clippy::unwrap_used)]

use atelier_quiz::i18n::{NNBSP, TABLES};
use egui::{FontFamily, FontId};

fn fonts() -> egui::Context {
    let ctx = egui::Context::default();
    atelier_quiz::ui::fonts::install(&ctx);
    // Fonts apply at the start of the next pass.
    let mut out = ctx.run_ui(egui::RawInput::default(), |_| {});
    out.textures_delta.clear();
    ctx
}

#[test]
fn every_character_of_every_string_has_a_glyph() {
    let ctx = fonts();
    let mut missing = Vec::new();
    ctx.fonts_mut(|f| {
        for family in [FontFamily::Proportional, atelier_quiz::ui::fonts::bold()] {
            let id = FontId::new(20.0, family);
            // The command line prints to a terminal, the unsaved marker goes into the window
            // title (drawn by the desktop): neither is drawn with these fonts.
            let drawn = TABLES
                .iter()
                .flat_map(|t| t.iter())
                .filter(|(key, ..)| !key.starts_with("cli.") && *key != "doc.unsaved_marker");
            for (key, fr, en) in drawn {
                for c in fr.chars().chain(en.chars()).filter(|c| *c != '\n') {
                    if !f.has_glyph(&id, c) {
                        missing.push(format!("{key}: U+{:04X}", c as u32));
                    }
                }
            }
        }
    });
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "no glyph:\n{}", missing.join("\n"));
}

#[test]
fn narrow_no_break_space_is_narrow_and_visible() {
    let ctx = fonts();
    let id = FontId::new(40.0, FontFamily::Proportional);
    ctx.fonts_mut(|f| {
        let mut width = |s: &str| {
            f.layout_no_wrap(s.to_owned(), id.clone(), egui::Color32::WHITE)
                .size()
                .x
        };
        let none = width("Source:");
        let narrow = width(&format!("Source{NNBSP}:"));
        let space = width("Source :");
        assert!(
            narrow > none + 2.0,
            "U+202F shows as a space: {none} {narrow}"
        );
        assert!(narrow < space, "…narrower than a space: {narrow} {space}");
    });
}
