//! Hostile inputs to the importers: an XML entity bomb, a 50 MB GIFT file, binary data
//! renamed `.gift`, deep XML, a huge base64 image — each a clear error, no panic, no hang.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;

use atelier_quiz::interchange::{self, Format, ImportContext};

fn refused(format: Format, bytes: &[u8]) -> Vec<&'static str> {
    match interchange::import(format, bytes, &ImportContext::default()) {
        Ok(import) => panic!("accepted: {:?}", import.problems),
        Err(refusal) => refusal.problems.iter().map(|p| p.key).collect(),
    }
}

#[test]
fn an_xml_entity_bomb_is_refused_before_any_expansion() {
    let mut bomb =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
    for i in 1..10 {
        let prev = format!("&lol{};", i - 1).repeat(10);
        let _ = writeln!(bomb, "<!ENTITY lol{i} \"{prev}\">");
    }
    bomb.push_str("]>\n<quiz><question type=\"essay\"><questiontext><text>&lol9;</text></questiontext></question></quiz>");
    assert_eq!(
        refused(Format::MoodleXml, bomb.as_bytes()),
        ["interchange.moodle.doctype"]
    );
    // Without the DOCTYPE, the undeclared entity is an error, not an expansion.
    let undeclared = "<quiz><question type=\"essay\"><questiontext><text>&lol9;</text></questiontext></question></quiz>";
    assert_eq!(
        refused(Format::MoodleXml, undeclared.as_bytes()),
        ["interchange.moodle.entity"]
    );
}

#[test]
fn a_50_mb_gift_file_is_refused_at_once() {
    let question = "Une question ? {=oui ~non}\n\n";
    let big = question.repeat(50 * 1024 * 1024 / question.len() + 1);
    let start = std::time::Instant::now();
    assert_eq!(
        refused(Format::Gift, big.as_bytes()),
        ["interchange.text.too_large"]
    );
    assert_eq!(
        refused(Format::Aiken, big.as_bytes()),
        ["interchange.text.too_large"]
    );
    assert!(
        start.elapsed().as_secs() < 10,
        "refused from its size, without parsing"
    );
}

#[test]
fn a_4_mb_gift_file_of_140_000_questions_is_read_in_linear_time() {
    let question = "Une question ? {=oui ~non}\n\n";
    let big = question.repeat(4 * 1024 * 1024 / question.len());
    let import =
        interchange::import(Format::Gift, big.as_bytes(), &ImportContext::default()).unwrap();
    assert!(import.quiz.questions.len() > 140_000);
}

#[test]
fn binary_data_renamed_gift_or_xml_is_refused_as_not_text() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..=255u8).cycle().take(4096));
    for format in [Format::Gift, Format::Aiken, Format::MoodleXml] {
        assert_eq!(
            refused(format, &png),
            ["interchange.text.binary"],
            "{format:?}"
        );
    }
    let random: Vec<u8> = (0..65536u32)
        .map(|i| u8::try_from((i.wrapping_mul(2_654_435_761) >> 13) & 0x7F).unwrap() | 0x80)
        .collect();
    for format in [Format::Gift, Format::Aiken, Format::MoodleXml] {
        assert_eq!(
            refused(format, &random),
            ["interchange.text.not_utf8"],
            "{format:?}"
        );
    }
}

#[test]
fn deep_or_endless_xml_is_refused() {
    let deep = format!("<quiz>{}", "<a>".repeat(100_000));
    assert_eq!(
        refused(Format::MoodleXml, deep.as_bytes()),
        ["interchange.moodle.too_deep"]
    );
    let huge_image = format!(
        "<quiz><question type=\"essay\"><questiontext><text>x</text><file name=\"a.png\" encoding=\"base64\">{}</file></questiontext></question></quiz>",
        "A".repeat(30 * 1024 * 1024)
    );
    let import = interchange::import(
        Format::MoodleXml,
        huge_image.as_bytes(),
        &ImportContext::default(),
    )
    .unwrap();
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.key == "interchange.moodle.bad_image")
    );
    assert!(import.quiz.assets.is_empty());
}
