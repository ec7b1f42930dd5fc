//! Fonts: Atkinson Hyperlegible (SIL OFL, `assets/fonts/`) first, egui's defaults as fallback.
//!
//! Atkinson Hyperlegible was designed for low-vision readers — exactly our audience at the back
//! of a room. It covers French fully; marks and shapes are drawn with the painter instead of
//! symbol glyphs (see [`super::shapes`]).

use std::sync::Arc;

use egui::{Context, FontData, FontDefinitions, FontFamily, FontTweak};

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

/// The family name of the bold face, for `FontId::new(size, bold())`.
pub const BOLD_FAMILY: &str = "atkinson-bold";

pub fn bold() -> FontFamily {
    FontFamily::Name(BOLD_FAMILY.into())
}

/// An Atkinson face tuned for big text: no TrueType hinting (its bytecode interpreter was 30 %
/// of the instructions of the first frame, and every new size the presenter fits text to paid
/// it again) and no sub-pixel binning (see below); at our sizes both read just as well.
fn face(bytes: &'static [u8]) -> Arc<FontData> {
    let tweak = FontTweak {
        hinting: Some(false),
        // One bitmap per glyph and size instead of up to four sub-pixel variants: presenting 20
        // questions grew the font atlas by ~100 MB with them, and big text looks sharper.
        subpixel_binning: Some(false),
        ..FontTweak::default()
    };
    Arc::new(FontData::from_static(bytes).tweak(tweak))
}

/// Font definitions with Atkinson Hyperlegible as the proportional font.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert("atkinson".into(), face(REGULAR));
    fonts.font_data.insert(BOLD_FAMILY.into(), face(BOLD));
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "atkinson".into());
    }
    let mut bold_list = vec![BOLD_FAMILY.to_owned()];
    bold_list.extend(fallbacks);
    fonts.families.insert(bold(), bold_list);
    fonts
}

/// Installs the fonts in `ctx`.
pub fn install(ctx: &Context) {
    ctx.set_fonts(definitions());
}
