//! Embedded images: the raw encoded bytes plus their credit.
//!
//! Bytes are shared (`Arc`) so that undo snapshots and copies between quizzes cost nothing;
//! pixels are decoded only when an image is shown, by the UI's texture cache.

use std::sync::Arc;

use super::{Credit, Extra};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MediaType {
    Png,
    Jpeg,
    Gif,
    Webp,
}

impl MediaType {
    pub const ALL: [MediaType; 4] = [Self::Png, Self::Jpeg, Self::Gif, Self::Webp];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::Webp => "image/webp",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Recognises the format from the first bytes (magic numbers), without decoding.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
            Some(Self::Gif)
        } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(Self::Webp)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Asset {
    pub media_type: MediaType,
    /// The encoded image file (PNG, JPEG…), base64-decoded.
    pub data: Arc<[u8]>,
    pub credit: Credit,
    pub extra: Extra,
}

impl Asset {
    pub fn new(media_type: MediaType, data: impl Into<Arc<[u8]>>) -> Self {
        Self {
            media_type,
            data: data.into(),
            credit: Credit::default(),
            extra: Extra::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_magic_numbers() {
        assert_eq!(
            MediaType::sniff(b"\x89PNG\r\n\x1a\nrest"),
            Some(MediaType::Png)
        );
        assert_eq!(
            MediaType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(MediaType::Jpeg)
        );
        assert_eq!(MediaType::sniff(b"GIF89a...."), Some(MediaType::Gif));
        assert_eq!(
            MediaType::sniff(b"RIFF\0\0\0\0WEBPVP8 "),
            Some(MediaType::Webp)
        );
        assert_eq!(MediaType::sniff(b"<svg"), None);
    }
}
