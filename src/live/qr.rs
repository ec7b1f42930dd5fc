//! The join address as a QR code: a plain square of dark/light modules that the UI paints
//! with rectangles (no image, no texture), so it is sharp at any size on the projector.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code's modules, row by row (`true` = dark), without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// The code of `text` (medium error correction: a projector's glare or a far seat).
    /// `None` only for a text too long for any QR version (an address never is).
    pub fn of(text: &str) -> Option<Self> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Some(Self {
            width: code.width(),
            dark,
        })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_fits_a_small_code() {
        let qr = QrMatrix::of("http://192.168.100.200:8080/").unwrap();
        assert!(qr.width <= 33, "version ≤ 4: {}", qr.width);
        assert_eq!(qr.dark.len(), qr.width * qr.width);
        // Finder pattern corners are dark.
        assert!(qr.is_dark(0, 0) && qr.is_dark(qr.width - 1, 0) && qr.is_dark(0, qr.width - 1));
    }
}
