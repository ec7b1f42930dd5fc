//! Images in H5P packages: `content/images/…` entries, referenced from `content.json` by a
//! file object (`{"path", "mime", "width", "height", "copyright"}`).
//!
//! Import reads each through the package's bounds and the v1 image checks (format sniffed
//! from the bytes, header dimensions); SVG and damaged files are refused, each said. Export
//! writes PNG, JPEG and GIF as they are and converts WebP to PNG, since H5P refuses WebP and
//! SVG uploads; each image's credit goes in its `copyright`.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::metadata::{self, Credits};
use crate::format::{MAX_ASSET_BYTES, decode_image, encode_png, image_dimensions};
use crate::interchange::package::Package;
use crate::interchange::{Location, Problem, text};
use crate::model::{Asset, Credit, MediaType, Quiz};

fn warn(at: Location, key: &'static str, hint: &'static str) -> Problem {
    Problem::warning(at, key, hint)
}

/// Reads the image `file` (a file object) into `quiz`'s assets; its asset id. `meta` is the
/// image's sub-content metadata, when it has one (newer H5P), else `file.copyright` is used.
pub fn read_image(
    package: &mut Package,
    quiz: &mut Quiz,
    file: &Value,
    meta: Option<&Value>,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let path = file.get("path").and_then(Value::as_str)?.trim();
    let path = path.strip_suffix("#tmp").unwrap_or(path);
    if path.contains("://") {
        problems.push(
            warn(
                Location::File,
                "interchange.h5p.external_image",
                "interchange.h5p.external_image.hint",
            )
            .with("path", path),
        );
        return None;
    }
    let entry = format!("content/{}", path.trim_start_matches('/'));
    let at = || Location::Entry(entry.clone());
    let max = usize::try_from(MAX_ASSET_BYTES).unwrap_or(usize::MAX);
    let bytes = match package.read(&entry, max) {
        None => {
            problems.push(warn(
                at(),
                "interchange.h5p.missing_image",
                "interchange.h5p.missing_image.hint",
            ));
            return None;
        }
        Some(Err(mut p)) => {
            p.severity = crate::interchange::ProblemSeverity::Warning;
            problems.push(p);
            return None;
        }
        Some(Ok(bytes)) => bytes,
    };
    let Some(media) = MediaType::sniff(&bytes).filter(|m| image_dimensions(*m, &bytes).is_ok())
    else {
        problems.push(warn(
            at(),
            "interchange.h5p.bad_image",
            "interchange.h5p.bad_image.hint",
        ));
        return None;
    };
    if let Some((id, _)) = quiz.assets.iter().find(|(_, a)| *a.data == *bytes) {
        return Some(id.clone());
    }
    let stem = path.rsplit('/').next().unwrap_or(path);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    let base = text::asset_id_base(stem);
    let id = if quiz.assets.contains_key(&base) {
        quiz.fresh_asset_id(&base)
    } else {
        base
    };
    let mut asset = Asset::new(media, bytes);
    asset.credit = credit_of(meta, file.get("copyright"));
    quiz.assets.insert(id.clone(), asset);
    Some(id)
}

/// An image's credit from its metadata (newer H5P) or its file's `copyright` (older).
fn credit_of(meta: Option<&Value>, copyright: Option<&Value>) -> Credit {
    if let Some(m) = meta {
        let c = Credits::read(m);
        let names: Vec<&str> = c.authors.iter().map(|(n, _)| n.as_str()).collect();
        let credit = Credit {
            title: c.title,
            author: names.join(", "),
            url: c.source,
            license: c.license,
            ..Credit::default()
        };
        if !credit.author.is_empty() || !credit.license.is_empty() || !credit.url.is_empty() {
            return credit;
        }
    }
    let Some(c) = copyright else {
        return Credit::default();
    };
    let text = |k: &str| {
        c.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_owned()
    };
    Credit {
        title: text("title"),
        author: text("author"),
        url: text("source"),
        license: metadata::spdx_license(&text("license"), &text("version"), ""),
        ..Credit::default()
    }
}

/// The images written so far, by asset id.
#[derive(Default)]
pub struct Images {
    /// `content/images/…` → bytes, in name order.
    pub entries: BTreeMap<String, Vec<u8>>,
    written: BTreeMap<String, Value>,
}

impl Images {
    /// The file object of asset `id` (written once), or `None` with a warning saying why.
    pub fn file(
        &mut self,
        quiz: &Quiz,
        id: &str,
        at: &Location,
        problems: &mut Vec<Problem>,
    ) -> Option<Value> {
        if let Some(v) = self.written.get(id) {
            return Some(v.clone());
        }
        let asset = quiz.assets.get(id)?;
        let (media, bytes) = if asset.media_type == MediaType::Webp {
            let png = decode_image(MediaType::Webp, &asset.data)
                .ok()
                .and_then(|img| {
                    let (w, h) = (img.width() as usize, img.height() as usize);
                    encode_png(w, h, img.as_raw()).ok()
                });
            let Some(png) = png else {
                problems.push(warn(
                    at.clone(),
                    "interchange.h5p.image_left_out",
                    "interchange.h5p.image_left_out.hint",
                ));
                return None;
            };
            problems.push(warn(
                at.clone(),
                "interchange.h5p.webp_converted",
                "interchange.h5p.webp_converted.hint",
            ));
            (MediaType::Png, png)
        } else {
            (asset.media_type, asset.data.to_vec())
        };
        let Ok((width, height)) = image_dimensions(media, &bytes) else {
            problems.push(warn(
                at.clone(),
                "interchange.h5p.image_left_out",
                "interchange.h5p.image_left_out.hint",
            ));
            return None;
        };
        let ext = match media {
            MediaType::Png => "png",
            MediaType::Jpeg => "jpg",
            MediaType::Gif => "gif",
            MediaType::Webp => "webp",
        };
        let safe: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let path = format!("images/{safe}.{ext}");
        self.entries.insert(format!("content/{path}"), bytes);
        let mut copyright = serde_json::Map::new();
        metadata::license_fields(&asset.credit.license, &mut copyright);
        if let Some(v) = copyright.remove("licenseVersion") {
            copyright.insert("version".into(), v);
        }
        copyright.remove("licenseExtras");
        for (k, v) in [
            ("title", &asset.credit.title),
            ("author", &asset.credit.author),
            ("source", &asset.credit.url),
        ] {
            if !v.trim().is_empty() {
                copyright.insert(k.into(), v.trim().into());
            }
        }
        let file = json!({
            "path": path,
            "mime": media.as_str(),
            "width": width,
            "height": height,
            "copyright": copyright,
        });
        self.written.insert(id.to_owned(), file.clone());
        Some(file)
    }
}

/// The sub-content metadata of an image: its credit, as H5P's metadata fields.
pub fn image_metadata(credit: &Credit, alt: &str) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("contentType".into(), "Image".into());
    let title = if credit.title.trim().is_empty() {
        alt
    } else {
        credit.title.trim()
    };
    m.insert(
        "title".into(),
        title.chars().take(60).collect::<String>().into(),
    );
    metadata::license_fields(&credit.license, &mut m);
    if !credit.author.trim().is_empty() {
        m.insert(
            "authors".into(),
            json!([{ "name": credit.author.trim(), "role": "Author" }]),
        );
    }
    if !credit.url.trim().is_empty() {
        m.insert("source".into(), credit.url.trim().into());
    }
    Value::Object(m)
}
