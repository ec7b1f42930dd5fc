//! The window's icon: the app icon's 256 px render, embedded in the binary and decoded once at
//! start-up (title bars, task bars and Alt+Tab then show the same icon as the desktop entry
//! and the Windows exe). The source is `assets/icons/atelier-quiz.svg`; the PNG is committed
//! by `packaging/icons.sh` so building needs no SVG converter.

use egui::IconData;

/// The 256 × 256 render of `assets/icons/atelier-quiz.svg`.
const PNG: &[u8] = include_bytes!("../../assets/icons/atelier-quiz-256.png");

/// The icon as RGBA pixels, or `None` if the embedded PNG could not be decoded (the window
/// then keeps the system's default icon; a test below proves the committed one decodes).
pub fn window_icon() -> Option<IconData> {
    let rgba = image::load_from_memory_with_format(PNG, image::ImageFormat::Png)
        .ok()?
        .into_rgba8();
    let (width, height) = rgba.dimensions();
    Some(IconData {
        rgba: rgba.into_raw(),
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_icon_decodes_to_256_opaque_blue_corners_inside() {
        let icon = window_icon().expect("the committed PNG decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // The background blue at the middle of the left edge, the white bubble at the centre
        // top, fully transparent in the rounded corner.
        let px = |x: usize, y: usize| &icon.rgba[(y * 256 + x) * 4..(y * 256 + x) * 4 + 4];
        assert_eq!(px(8, 128), &[0x1d, 0x4f, 0x91, 0xff]);
        assert_eq!(px(128, 48), &[0xff, 0xff, 0xff, 0xff]);
        assert_eq!(px(0, 0)[3], 0);
    }
}
