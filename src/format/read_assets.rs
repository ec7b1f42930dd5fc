//! Reading embedded images: media type, bounded base64 decoding, header (or full) checks.

use std::collections::BTreeMap;
use std::sync::Arc;

use base64::Engine as _;
use serde_json::Value;

use super::read_obj::{Diags, Obj};
use super::{ImageCheck, MAX_ASSET_BYTES, images};
use crate::model::{Asset, Credit, Diagnostic, MediaType, Problem, Subject, ValueKind};

pub(super) fn assets(o: &mut Obj, images: ImageCheck, d: &mut Diags) -> BTreeMap<String, Asset> {
    let map = match o.take(d, "assets", false) {
        Some(Value::Object(map)) => map,
        Some(_) => {
            o.wrong_type(d, "assets", ValueKind::Object);
            return BTreeMap::new();
        }
        None => return BTreeMap::new(),
    };
    let mut out = BTreeMap::new();
    for (id, value) in map {
        let subject = Subject::Asset { id: id.clone() };
        let Value::Object(fields) = value else {
            d.push(Diagnostic::new(
                Problem::WrongType {
                    expected: ValueKind::Object,
                },
                subject,
                "",
            ));
            continue;
        };
        if let Some(asset) = asset(Obj::new(fields, subject, String::new()), images, d) {
            out.insert(id, asset);
        }
    }
    out
}

fn asset(mut a: Obj, images: ImageCheck, d: &mut Diags) -> Option<Asset> {
    // `string` reports missing and mistyped values but not empty ones; an empty media type or
    // data must be reported too, or the asset would be dropped silently and lost on next save.
    let reported = d.len();
    let media_name = a.string(d, "media_type", true);
    let media = MediaType::parse(&media_name);
    if media.is_none() && d.len() == reported {
        a.report(d, Problem::BadMediaType { found: media_name }, "media_type");
    }
    let reported = d.len();
    let data = a.string(d, "data", true);
    if data.is_empty() && d.len() == reported {
        a.report(d, Problem::ImageUndecodable, "data");
    }
    let credit = a.object(d, "credit", false, |c, d| Credit {
        title: c.string(d, "title", false),
        author: c.string(d, "author", false),
        url: c.string(d, "url", false),
        license: c.string(d, "license", false),
        extra: std::mem::take(&mut c.map),
    });
    let bytes = decode_data(&a, &data, d)?;
    let media = media?;
    check_image(&a, media, &bytes, images, d)?;
    Some(Asset {
        media_type: media,
        data: Arc::from(bytes),
        credit: credit.unwrap_or_default(),
        extra: a.extra(),
    })
}

/// Base64 (standard alphabet; padding and line breaks tolerated), bounded in size.
fn decode_data(a: &Obj, data: &str, d: &mut Diags) -> Option<Vec<u8>> {
    if data.is_empty() {
        return None; // already reported by `asset`
    }
    let decoded_len = (data.len() as u64) / 4 * 3;
    if decoded_len > MAX_ASSET_BYTES {
        let p = Problem::AssetTooLarge {
            size_mb: decoded_len.div_ceil(1024 * 1024),
            max_mb: MAX_ASSET_BYTES / (1024 * 1024),
        };
        a.report(d, p, "data");
        return None;
    }
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    // Most files have one unbroken line; only on failure look for line breaks to remove
    // (base64 wrapped at 76 columns by other tools), so the common case reads the data once.
    let result = engine.decode(data).or_else(|e| {
        if data.bytes().any(|b| b.is_ascii_whitespace()) {
            let compact: Vec<u8> = data.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
            engine.decode(compact)
        } else {
            Err(e)
        }
    });
    match result {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            a.report(d, Problem::BadBase64, "data");
            None
        }
    }
}

fn check_image(
    a: &Obj,
    media: MediaType,
    bytes: &[u8],
    check: ImageCheck,
    d: &mut Diags,
) -> Option<()> {
    match MediaType::sniff(bytes) {
        Some(actual) if actual != media => {
            let p = Problem::MediaTypeMismatch {
                declared: media.as_str(),
                actual: actual.as_str(),
            };
            a.report(d, p, "media_type");
            return None;
        }
        None => {
            a.report(d, Problem::ImageUndecodable, "data");
            return None;
        }
        Some(_) => {}
    }
    let result = match check {
        ImageCheck::Header => images::image_dimensions(media, bytes).map(|_| ()),
        ImageCheck::Full => images::decode_image(media, bytes).map(|_| ()),
    };
    result.map_err(|e| a.report(d, e.problem(), "data")).ok()
}
