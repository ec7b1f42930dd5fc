//! Images inside Moodle XML: `<file name="…" encoding="base64">` elements, read through the
//! same bounded checks as v1 images (size, format sniffed from the bytes, header dimensions),
//! and written back the same way.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::tree::Element;
use crate::format::{MAX_ASSET_BYTES, image_dimensions};
use crate::interchange::{Location, Problem, text};
use crate::model::{Asset, MediaType, Quiz};

/// An image read from a `<file>`: its asset id in the quiz and its size in pixels.
pub struct Image {
    pub asset: String,
    pub width: u32,
    pub height: u32,
}

/// Adds the first usable image among `parent`'s `<file>` children to `quiz`; problems for
/// the ones refused.
pub fn read_image(quiz: &mut Quiz, parent: &Element, problems: &mut Vec<Problem>) -> Option<Image> {
    for file in parent.children_named("file") {
        let at = Location::Line(file.line);
        let name = file.attr("name").unwrap_or_default();
        let compact: String = file.text.split_ascii_whitespace().collect();
        let too_big =
            compact.len() / 4 * 3 > usize::try_from(MAX_ASSET_BYTES).unwrap_or(usize::MAX);
        let bytes = (!too_big)
            .then(|| STANDARD.decode(compact.as_bytes()).ok())
            .flatten();
        let checked = bytes.and_then(|b| {
            let media = MediaType::sniff(&b)?;
            let (width, height) = image_dimensions(media, &b).ok()?;
            Some((media, b, width, height))
        });
        let Some((media, bytes, width, height)) = checked else {
            problems.push(
                Problem::warning(
                    at,
                    "interchange.moodle.bad_image",
                    "interchange.moodle.bad_image.hint",
                )
                .with("name", name),
            );
            continue;
        };
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        let base = text::asset_id_base(stem);
        let existing = quiz
            .assets
            .iter()
            .find(|(_, a)| *a.data == *bytes)
            .map(|(id, _)| id.clone());
        let asset = existing.unwrap_or_else(|| {
            let id = if quiz.assets.contains_key(&base) {
                quiz.fresh_asset_id(&base)
            } else {
                base
            };
            quiz.assets.insert(id.clone(), Asset::new(media, bytes));
            id
        });
        return Some(Image {
            asset,
            width,
            height,
        });
    }
    None
}

/// The file name an asset is written under (`chat.png`).
pub fn file_name(id: &str, media: MediaType) -> String {
    let ext = match media {
        MediaType::Png => "png",
        MediaType::Jpeg => "jpg",
        MediaType::Gif => "gif",
        MediaType::Webp => "webp",
    };
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{safe}.{ext}")
}

/// The base64 of an asset.
pub fn base64(asset: &Asset) -> String {
    STANDARD.encode(&asset.data)
}
