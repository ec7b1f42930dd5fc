//! Getting a user's image ready to embed: recognise it, bound it, shrink it.
//!
//! Quizzes travel by e-mail; a phone photo of 4000 × 3000 px would make one question weigh
//! 5 MB. Images wider or taller than [`MAX_EMBED_SIDE`] are downscaled and re-encoded (JPEG for
//! opaque pictures, PNG when there is transparency); smaller ones are embedded unchanged.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageFormat, imageops::FilterType};

use super::images::{ImageError, decode_image, image_dimensions};
use crate::model::MediaType;

/// Largest side of an embedded image after preparation (full HD projectors).
pub const MAX_EMBED_SIDE: u32 = 1920;
/// JPEG quality of re-encoded pictures.
const JPEG_QUALITY: u8 = 85;

/// A prepared image: its type, encoded bytes and size in pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    pub media_type: MediaType,
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// True when the image was downscaled.
    pub resized: bool,
}

/// Checks, and if needed downscales, an image file's bytes.
pub fn prepare_image(bytes: &[u8]) -> Result<Prepared, ImageError> {
    let media_type = MediaType::sniff(bytes).ok_or(ImageError::Undecodable)?;
    let (width, height) = image_dimensions(media_type, bytes)?;
    if width <= MAX_EMBED_SIDE
        && height <= MAX_EMBED_SIDE
        && bytes.len() as u64 <= super::MAX_ASSET_BYTES
    {
        // Fully decode once so a damaged file is refused now, not in front of the group.
        decode_image(media_type, bytes)?;
        return Ok(Prepared {
            media_type,
            bytes: bytes.to_vec(),
            width,
            height,
            resized: false,
        });
    }
    let rgba = decode_image(media_type, bytes)?;
    let image =
        DynamicImage::ImageRgba8(rgba).resize(MAX_EMBED_SIDE, MAX_EMBED_SIDE, FilterType::Triangle);
    let (width, height) = (image.width(), image.height());
    let opaque = image
        .as_rgba8()
        .is_none_or(|img| img.pixels().all(|p| p.0[3] == 255));
    let mut out = Cursor::new(Vec::new());
    let media_type = if opaque {
        let rgb = image.to_rgb8();
        JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .encode_image(&rgb)
            .map_err(|_| ImageError::Undecodable)?;
        MediaType::Jpeg
    } else {
        image
            .write_to(&mut out, ImageFormat::Png)
            .map_err(|_| ImageError::Undecodable)?;
        MediaType::Png
    };
    Ok(Prepared {
        media_type,
        bytes: out.into_inner(),
        width,
        height,
        resized: true,
    })
}

/// PNG bytes of raw RGBA pixels (straight alpha), e.g. an image pasted from the clipboard.
pub fn encode_png(width: usize, height: usize, rgba: &[u8]) -> Result<Vec<u8>, ImageError> {
    let too_large = || ImageError::TooLarge {
        width: u32::try_from(width).unwrap_or(u32::MAX),
        height: u32::try_from(height).unwrap_or(u32::MAX),
    };
    let w = u32::try_from(width).map_err(|_| too_large())?;
    let h = u32::try_from(height).map_err(|_| too_large())?;
    if w > super::MAX_IMAGE_SIDE || h > super::MAX_IMAGE_SIDE {
        return Err(too_large());
    }
    let image = image::RgbaImage::from_raw(w, h, rgba.to_vec()).ok_or(ImageError::Undecodable)?;
    let mut out = Cursor::new(Vec::new());
    image
        .write_to(&mut out, ImageFormat::Png)
        .map_err(|_| ImageError::Undecodable)?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgba, RgbaImage};

    fn png(width: u32, height: u32, alpha: u8) -> Vec<u8> {
        let img = RgbaImage::from_fn(width, height, |x, y| {
            Rgba([
                u8::try_from(x % 256).unwrap(),
                u8::try_from(y % 256).unwrap(),
                90,
                alpha,
            ])
        });
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn small_images_are_kept_as_is() {
        let bytes = png(40, 30, 255);
        let p = prepare_image(&bytes).unwrap();
        assert_eq!(
            (p.media_type, p.width, p.height, p.resized),
            (MediaType::Png, 40, 30, false)
        );
        assert_eq!(p.bytes, bytes);
    }

    #[test]
    fn large_opaque_images_become_smaller_jpegs() {
        let p = prepare_image(&png(3000, 1000, 255)).unwrap();
        assert_eq!(
            (p.media_type, p.width, p.height, p.resized),
            (MediaType::Jpeg, 1920, 640, true)
        );
        assert_eq!(image_dimensions(MediaType::Jpeg, &p.bytes), Ok((1920, 640)));
    }

    #[test]
    fn transparency_is_kept_as_png() {
        let p = prepare_image(&png(2500, 2500, 100)).unwrap();
        assert_eq!(
            (p.media_type, p.width, p.height),
            (MediaType::Png, 1920, 1920)
        );
    }

    #[test]
    fn pasted_pixels_become_a_png() {
        let bytes = encode_png(3, 2, &[200; 3 * 2 * 4]).unwrap();
        assert_eq!(image_dimensions(MediaType::Png, &bytes), Ok((3, 2)));
        assert_eq!(encode_png(3, 2, &[0; 5]), Err(ImageError::Undecodable));
    }

    #[test]
    fn non_images_are_refused() {
        assert_eq!(prepare_image(b"%PDF-1.7"), Err(ImageError::Undecodable));
    }
}
