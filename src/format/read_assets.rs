//! Reading embedded images: media type, bounded base64 decoding, header (or full) checks.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value;

use super::read_obj::{Diags, Obj};
use super::stream::{Decoded, DecodedAssets};
use super::{ImageCheck, MAX_ASSET_BYTES, images};
use crate::model::{Asset, Credit, Diagnostic, MediaType, Problem, Subject, ValueKind};

pub(super) fn assets(
    o: &mut Obj,
    mut decoded: DecodedAssets,
    images: ImageCheck,
    d: &mut Diags,
) -> BTreeMap<String, Asset> {
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
        let data = decoded.remove(&id);
        if let Some(asset) = asset(Obj::new(fields, subject, String::new()), data, images, d) {
            out.insert(id, asset);
        }
    }
    out
}

/// One asset; `data` is its `data` field already decoded by the parser (`None` when the
/// field was absent or not a string: then it is still in `a`, and reported from there).
fn asset(mut a: Obj, data: Option<Decoded>, images: ImageCheck, d: &mut Diags) -> Option<Asset> {
    // `string` reports missing and mistyped values but not empty ones; an empty media type or
    // data must be reported too, or the asset would be dropped silently and lost on next save.
    let reported = d.len();
    let media_name = a.string(d, "media_type", true);
    let media = MediaType::parse(&media_name);
    if media.is_none() && d.len() == reported {
        a.report(d, Problem::BadMediaType { found: media_name }, "media_type");
    }
    let data = match data {
        Some(decoded) => decoded,
        None => {
            // Absent or mistyped: `string` reports it; decode what it returns (normally empty).
            let text = a.string(d, "data", true);
            if text.is_empty() {
                Decoded::Empty
            } else {
                super::stream::decode_base64(&text)
            }
        }
    };
    let credit = a.object(d, "credit", false, |c, d| Credit {
        title: c.string(d, "title", false),
        author: c.string(d, "author", false),
        url: c.string(d, "url", false),
        license: c.string(d, "license", false),
        extra: std::mem::take(&mut c.map),
    });
    let bytes = bytes_of(&a, data, d)?;
    let media = media?;
    check_image(&a, media, &bytes, images, d)?;
    Some(Asset {
        media_type: media,
        data: Arc::from(bytes),
        credit: credit.unwrap_or_default(),
        extra: a.extra(),
    })
}

/// The decoded bytes, or the problem reported.
fn bytes_of(a: &Obj, data: Decoded, d: &mut Diags) -> Option<Vec<u8>> {
    let problem = match data {
        Decoded::Bytes(bytes) => return Some(bytes),
        // An empty `data` is reported unless its absence or type already was.
        Decoded::Empty
            if d.iter()
                .any(|x| x.subject == a.subject && x.field == a.field("data")) =>
        {
            return None;
        }
        Decoded::Empty => Problem::ImageUndecodable,
        Decoded::BadBase64 => Problem::BadBase64,
        Decoded::TooLarge { size_mb } => Problem::AssetTooLarge {
            size_mb,
            max_mb: MAX_ASSET_BYTES / (1024 * 1024),
        },
    };
    a.report(d, problem, "data");
    None
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
