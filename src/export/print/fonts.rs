//! The two faces of the handouts (Atkinson Hyperlegible regular and bold) and their metrics.
//!
//! Layout measures text with the very advances the PDF writer places glyphs with (no shaping,
//! no kerning), so a measured line is exactly the drawn line: nothing can overflow its box.
//! The font has no glyph for the narrow no-break space French needs before `: ; ! ?`; it is
//! drawn as the space glyph with a narrower advance and kept as U+202F in the text layer.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, GlyphId, MetadataProvider};

/// The regular face, embedded (also used by the editor's fonts).
pub const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
/// The bold face.
pub const BOLD: &[u8] = include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

/// U+202F NARROW NO-BREAK SPACE.
pub const NNBSP: char = '\u{202f}';
/// U+00AD SOFT HYPHEN: where a word was hyphenated at the end of a line.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// One face: glyph ids and advances in em.
pub struct Face {
    font: FontRef<'static>,
    metrics: GlyphMetrics<'static>,
    upem: f32,
    /// Ascent in em (baseline below the top of a line box).
    pub ascent: f32,
}

/// A glyph as placed: its id, its advance in em, and the text it stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub glyph: u32,
    pub advance: f32,
}

impl Face {
    fn new(bytes: &'static [u8]) -> Option<Self> {
        let font = FontRef::new(bytes).ok()?;
        let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let m = font.metrics(Size::unscaled(), LocationRef::default());
        let upem = f32::from(m.units_per_em);
        Some(Self {
            font,
            metrics,
            upem,
            ascent: m.ascent / upem,
        })
    }

    /// The glyph drawn for `c` (space for U+202F, hyphen for U+00AD, `.notdef` when missing).
    pub fn place(&self, c: char) -> Placed {
        let (shown, scale) = match c {
            NNBSP => (' ', 0.6),
            SOFT_HYPHEN => ('-', 1.0),
            '\u{a0}' => (' ', 1.0),
            other => (other, 1.0),
        };
        let glyph = self.font.charmap().map(shown).unwrap_or(GlyphId::NOTDEF);
        let advance = self.metrics.advance_width(glyph).unwrap_or(0.0) / self.upem * scale;
        Placed {
            glyph: glyph.to_u32(),
            advance,
        }
    }

    /// Width of `text` in em.
    pub fn width_em(&self, text: &str) -> f32 {
        text.chars().map(|c| self.place(c).advance).sum()
    }
}

/// Both faces.
pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    /// The embedded faces, parsed once.
    ///
    /// # Panics
    /// Never: both files are in the repository and `faces_parse_and_measure` parses them.
    pub fn get() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| {
            // Both files are shipped in the repository and parsed by a test: they cannot fail.
            #[allow(clippy::expect_used)]
            Fonts {
                regular: Face::new(REGULAR).expect("embedded regular font parses"),
                bold: Face::new(BOLD).expect("embedded bold font parses"),
            }
        })
    }

    pub fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.face(bold).width_em(text) * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faces_parse_and_measure() {
        let fonts = Fonts::get();
        let w = fonts.width("Bonjour", 10.0, false);
        assert!(w > 20.0 && w < 60.0, "{w}");
        assert!(fonts.width("Bonjour", 10.0, true) >= w);
        let space = fonts.regular.place(' ').advance;
        let narrow = fonts.regular.place(NNBSP).advance;
        assert!(narrow > 0.0 && narrow < space);
        assert_ne!(fonts.regular.place('é').glyph, 0);
        assert_eq!(
            fonts.regular.place(SOFT_HYPHEN).glyph,
            fonts.regular.place('-').glyph
        );
        assert!(fonts.regular.ascent > 0.5 && fonts.regular.ascent < 1.2);
    }
}
