//! The package's shape: two files, the page's CSP still pinning its one script (SCORM glue
//! included), the same bytes for the same quiz.

use std::io::{Cursor, Read};

use super::*;

fn sample() -> Quiz {
    let bytes = include_bytes!("../../../quizzes/naviguer-en-securite.quiz.json");
    crate::format::load(bytes).expect("sample loads").quiz
}

fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("entry");
            let mut data = Vec::new();
            file.read_to_end(&mut data).expect("inflates");
            (file.name().unwrap().into_owned(), data)
        })
        .collect()
}

#[test]
fn holds_the_manifest_and_the_page_and_nothing_else() {
    let files = entries(&package(&sample()).unwrap());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["imsmanifest.xml", "index.html"]);
    let page = String::from_utf8(files[1].1.clone()).unwrap();
    assert!(
        page.contains("cmi.core.lesson_status"),
        "SCORM glue embedded"
    );
    assert_eq!(page.matches("<script>").count(), 1, "one executable block");
    let start = page.find("<script>").unwrap() + "<script>".len();
    let end = start + page[start..].find("</script>").unwrap();
    let hash = crate::export::web::csp::hash_source(&page[start..end]);
    assert!(page.contains(&format!("script-src {hash};")), "CSP pins it");
}

#[test]
fn same_quiz_same_bytes_and_a_valid_identifier() {
    let quiz = sample();
    assert_eq!(package(&quiz).unwrap(), package(&quiz).unwrap());
    let id = identifier(&quiz);
    assert!(id.starts_with("atelier-quiz-") && id.len() == 29, "{id}");
    assert!(
        id.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    );
    let mut other = quiz.clone();
    other.title.push('!');
    assert_ne!(identifier(&other), id);
}

#[test]
fn manifest_title_is_escaped_and_cut() {
    let long = format!("<&\"{}", "é".repeat(300));
    let xml = manifest::manifest("atelier-quiz-0", &long, 50);
    assert!(xml.contains("<title>&lt;&amp;&quot;éé"));
    let title = xml
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert_eq!(
        title
            .replace("&lt;", "<")
            .replace("&amp;", "&")
            .replace("&quot;", "\"")
            .chars()
            .count(),
        manifest::TITLE_MAX
    );
}

#[test]
fn untitled_quiz_gets_a_title() {
    let mut quiz = sample();
    quiz.title = "  ".into();
    let files = entries(&package(&quiz).unwrap());
    let xml = String::from_utf8(files[0].1.clone()).unwrap();
    assert!(xml.contains(&format!(
        "<title>{}</title>",
        Lang::Fr.t("web.scorm.untitled")
    )));
}

#[test]
fn the_glue_names_no_address_and_builds_no_markup() {
    for banned in [
        "http:",
        "https:",
        "//",
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write(",
        "eval(",
        "fetch(",
        "XMLHttpRequest",
        "sendBeacon",
    ] {
        let code: String = SCRIPT
            .lines()
            .filter(|l| !l.trim_start().starts_with("//") && !l.trim_start().starts_with('*'))
            .filter(|l| !l.trim_start().starts_with("/*"))
            .collect();
        assert!(!code.contains(banned), "{banned} in web/quiz/scorm.js");
    }
}
