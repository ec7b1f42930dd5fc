//! Checking and decoding embedded images with bounded memory.
//!
//! Every decode goes through the `image` crate's [`Limits`](image::Limits): a 100 kB PNG that
//! claims to be 60 000 × 60 000 pixels is refused from its header, before any allocation.

use std::io::Cursor;

use image::{ImageFormat, ImageReader, RgbaImage};

use super::{MAX_ASSET_BYTES, MAX_IMAGE_SIDE};
use crate::model::{MediaType, Problem};

/// Why an image cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageError {
    /// Not an image of the declared kind, or damaged.
    Undecodable,
    /// Wider or taller than allowed.
    TooLarge { width: u32, height: u32 },
}

impl ImageError {
    pub fn problem(&self) -> Problem {
        match self {
            ImageError::Undecodable => Problem::ImageUndecodable,
            ImageError::TooLarge { width, height } => Problem::ImageTooLarge {
                width: *width,
                height: *height,
                max: MAX_IMAGE_SIDE,
            },
        }
    }
}

fn format_of(media: MediaType) -> ImageFormat {
    match media {
        MediaType::Png => ImageFormat::Png,
        MediaType::Jpeg => ImageFormat::Jpeg,
        MediaType::Gif => ImageFormat::Gif,
        MediaType::Webp => ImageFormat::WebP,
    }
}

fn limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    // Room for one RGBA frame of the largest allowed image, plus decoder buffers.
    limits.max_alloc = Some(u64::from(MAX_IMAGE_SIDE).pow(2) * 4 + MAX_ASSET_BYTES);
    limits
}

/// Width and height read from the header, without decoding pixels.
pub fn image_dimensions(media: MediaType, bytes: &[u8]) -> Result<(u32, u32), ImageError> {
    let reader = ImageReader::with_format(Cursor::new(bytes), format_of(media));
    let (width, height) = reader
        .into_dimensions()
        .map_err(|_| ImageError::Undecodable)?;
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
        return Err(ImageError::TooLarge { width, height });
    }
    if width == 0 || height == 0 {
        return Err(ImageError::Undecodable);
    }
    Ok((width, height))
}

/// Decodes the pixels (first frame of an animation) within the limits.
pub fn decode_image(media: MediaType, bytes: &[u8]) -> Result<RgbaImage, ImageError> {
    let (width, height) = image_dimensions(media, bytes)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format_of(media));
    reader.limits(limits());
    let image = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => ImageError::TooLarge { width, height },
        _ => ImageError::Undecodable,
    })?;
    Ok(image.into_rgba8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        RgbaImage::new(width, height)
            .write_to(&mut out, ImageFormat::Png)
            .unwrap();
        out.into_inner()
    }

    #[test]
    fn reads_dimensions_and_decodes() {
        let bytes = png(3, 2);
        assert_eq!(image_dimensions(MediaType::Png, &bytes), Ok((3, 2)));
        assert_eq!(
            decode_image(MediaType::Png, &bytes).unwrap().dimensions(),
            (3, 2)
        );
    }

    #[test]
    fn truncated_image_is_undecodable() {
        let bytes = png(64, 64);
        let cut = &bytes[..bytes.len() - 20];
        assert!(
            image_dimensions(MediaType::Png, cut).is_ok(),
            "the header is intact"
        );
        assert_eq!(
            decode_image(MediaType::Png, cut),
            Err(ImageError::Undecodable)
        );
    }

    #[test]
    fn oversized_image_is_refused() {
        let bytes = png(MAX_IMAGE_SIDE + 1, 1);
        let too_large = Err(ImageError::TooLarge {
            width: MAX_IMAGE_SIDE + 1,
            height: 1,
        });
        assert_eq!(image_dimensions(MediaType::Png, &bytes), too_large);
        assert_eq!(
            decode_image(MediaType::Png, &bytes).map(|i| i.dimensions()),
            too_large
        );
    }

    #[test]
    fn huge_header_is_refused_before_decoding() {
        let mut bytes = png(1, 1);
        // IHDR width/height live at bytes 16..24; claim 60000 × 60000 (CRC now wrong too).
        bytes[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        bytes[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        let result = image_dimensions(MediaType::Png, &bytes);
        assert!(
            matches!(
                result,
                Err(ImageError::TooLarge { .. } | ImageError::Undecodable)
            ),
            "{result:?}"
        );
    }
}
