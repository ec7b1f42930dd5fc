//! Hostile inputs to the zip-based importers (Kahoot `.xlsx`, H5P `.h5p`): data that is not a
//! zip, zip bombs (honest and lying about their size), a 100,000-row sheet, wrong headers, a
//! damaged image — each its own error, bounded memory, no panic, no hang.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Cursor, Write as _};
use std::time::Instant;

use atelier_quiz::interchange::{self, Format, ImportContext, Location};

fn refused(format: Format, bytes: &[u8]) -> Vec<(&'static str, Location)> {
    match interchange::import(format, bytes, &ImportContext::default()) {
        Ok(import) => panic!("accepted: {:?}", import.problems),
        Err(refusal) => refusal
            .problems
            .iter()
            .map(|p| (p.key, p.location.clone()))
            .collect(),
    }
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// `entries` zipped, then the sizes of entry `name` rewritten to claim 7 bytes in both its
/// local and its central header: what a zip bomb does to pass a size check on the headers.
fn lying(entries: &[(&str, &[u8])], name: &str) -> Vec<u8> {
    let mut bytes = zip_of(entries);
    let real = entries.iter().find(|(n, _)| *n == name).unwrap().1.len();
    let real = u32::try_from(real).unwrap().to_le_bytes();
    for (sig, off) in [(&b"PK\x03\x04"[..], 22usize), (&b"PK\x01\x02"[..], 24)] {
        let name_off = if off == 22 { 30 } else { 46 };
        let mut pos = 0;
        while let Some(p) = bytes[pos..].windows(4).position(|w| w == sig) {
            let at = pos + p;
            let len = usize::from(u16::from_le_bytes([
                bytes[at + name_off - 4],
                bytes[at + name_off - 3],
            ]));
            if bytes.get(at + name_off..at + name_off + len) == Some(name.as_bytes()) {
                assert_eq!(bytes[at + off..at + off + 4], real);
                bytes[at + off..at + off + 4].copy_from_slice(&7u32.to_le_bytes());
            }
            pos = at + 4;
        }
    }
    bytes
}

#[test]
fn data_that_is_not_a_zip_is_refused_as_such() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..=255u8).cycle().take(4096));
    for format in [Format::Kahoot, Format::H5p] {
        for bytes in [
            &png[..],
            b"Question;Answer 1;Answer 2\n",
            b"",
            b"PK\x03\x04truncated",
        ] {
            assert_eq!(
                refused(format, bytes),
                [("interchange.zip.not_zip", Location::File)],
                "{format:?}"
            );
        }
    }
}

#[test]
fn zip_bombs_are_stopped_at_the_entry_limit() {
    let start = Instant::now();
    let zeros = vec![0u8; 20 * 1024 * 1024]; // 20 MB of zeros deflate to ~20 KB
    let h5p = br#"{"title": "x", "mainLibrary": "H5P.QuestionSet"}"#;
    let honest = zip_of(&[("h5p.json", h5p), ("content/content.json", &zeros)]);
    assert!(honest.len() < 100_000, "{}", honest.len());
    let entry = Location::Entry("content/content.json".into());
    assert_eq!(
        refused(Format::H5p, &honest),
        [("interchange.zip.entry_too_large", entry.clone())]
    );
    let bomb = lying(
        &[("h5p.json", h5p), ("content/content.json", &zeros)],
        "content/content.json",
    );
    assert_eq!(
        refused(Format::H5p, &bomb),
        [("interchange.zip.entry_too_large", entry)]
    );
    let sheet = lying(
        &[("xl/worksheets/sheet1.xml", &zeros)],
        "xl/worksheets/sheet1.xml",
    );
    assert_eq!(
        refused(Format::Kahoot, &sheet),
        [(
            "interchange.zip.entry_too_large",
            Location::Entry("xl/worksheets/sheet1.xml".into())
        )]
    );
    assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
}

#[test]
fn a_100_000_row_sheet_is_read_up_to_its_limit_and_the_rest_said() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    for (c, h) in (0u16..).zip(interchange::kahoot::HEADERS) {
        sheet.write_string(7, c, h).unwrap();
    }
    for r in 8..100_008u32 {
        sheet.write_string(r, 1, "Q").unwrap();
        sheet.write_string(r, 2, "a").unwrap();
        sheet.write_string(r, 3, "b").unwrap();
        sheet.write_string(r, 7, "1").unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let start = Instant::now();
    let import = interchange::import(Format::Kahoot, &bytes, &ImportContext::default()).unwrap();
    assert_eq!(
        import.quiz.questions.len(),
        interchange::kahoot::MAX_ROWS - interchange::kahoot::HEADER_ROW
    );
    let over = import
        .problems
        .iter()
        .find(|p| p.key == "interchange.kahoot.too_many_rows")
        .unwrap();
    assert_eq!(
        over.location,
        Location::Row(interchange::kahoot::MAX_ROWS + 1)
    );
    assert!(
        over.args.contains(&("n", "90008".to_owned())),
        "{:?}",
        over.args
    );
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
}

#[test]
fn a_sheet_without_kahoot_headers_is_refused_at_row_8() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    for (c, h) in (0u16..).zip(["Numéro", "Intitulé", "Réponse A", "Réponse B"]) {
        sheet.write_string(7, c, h).unwrap();
    }
    sheet.write_string(8, 1, "Une question ?").unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    assert_eq!(
        refused(Format::Kahoot, &bytes),
        [("interchange.kahoot.no_header", Location::Row(8))]
    );
}

#[test]
fn a_damaged_image_in_an_h5p_package_is_said_and_the_question_kept() {
    let h5p = br#"{"title": "x", "language": "fr", "mainLibrary": "H5P.TrueFalse"}"#;
    let content = br#"{"question": "<p>Le ciel est bleu.</p>", "correct": "true",
        "media": {"type": {"library": "H5P.Image 1.1", "params": {"file": {"path": "images/abime.jpg"}}}}}"#;
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0];
    jpeg.extend([0x42; 500]);
    let bytes = zip_of(&[
        ("h5p.json", h5p),
        ("content/content.json", content),
        ("content/images/abime.jpg", &jpeg),
    ]);
    let import = interchange::import(Format::H5p, &bytes, &ImportContext::default()).unwrap();
    assert_eq!(import.quiz.questions.len(), 1);
    assert!(import.quiz.assets.is_empty());
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.key == "interchange.h5p.bad_image"
                && p.location == Location::Entry("content/images/abime.jpg".into())
                && !p.is_error())
    );
}
