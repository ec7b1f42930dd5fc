//! The SCORM package's `imsmanifest.xml`, checked element by element against what the
//! SCORM 1.2 Content Aggregation Model (CAM, ADL 2001), section 3 « Content Packaging »,
//! requires of a package with one SCO. No registry package ships the SCORM 1.2 XSDs (IMS CP
//! 1.1.2 + ADLCP 1.2), so the rules are written out here, each with where the CAM sets it.
//! The XML is read with quick-xml on its own, not with the app's code.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Read;

use quick_xml::events::Event;
use quick_xml::reader::Reader;

const IMSCP: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
const ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

#[derive(Debug, Default)]
struct El {
    /// The qualified name as written (`adlcp:masteryscore`).
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<El>,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    fn kids(&self, name: &str) -> Vec<&El> {
        self.children.iter().filter(|c| c.name == name).collect()
    }
    fn one(&self, name: &str) -> &El {
        let found = self.kids(name);
        assert_eq!(found.len(), 1, "exactly one <{name}> in <{}>", self.name);
        found[0]
    }
    fn names(&self) -> Vec<&str> {
        self.children.iter().map(|c| c.name.as_str()).collect()
    }
}

fn parse(xml: &str) -> El {
    let mut reader = Reader::from_str(xml);
    let mut stack = vec![El::default()];
    let element = |e: &quick_xml::events::BytesStart<'_>| El {
        name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                let value = a
                    .normalized_value(quick_xml::XmlVersion::default())
                    .unwrap()
                    .into_owned();
                (String::from_utf8(a.key.as_ref().to_vec()).unwrap(), value)
            })
            .collect(),
        ..El::default()
    };
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => stack.push(element(&e)),
            Event::Empty(e) => {
                let el = element(&e);
                stack.last_mut().unwrap().children.push(el);
            }
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(t) => stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                let c = match &*r {
                    b"amp" => '&',
                    b"lt" => '<',
                    b"gt" => '>',
                    b"quot" => '"',
                    b"apos" => '\'',
                    other => panic!("entity {other:?}"),
                };
                stack.last_mut().unwrap().text.push(c);
            }
            Event::Eof => break,
            Event::DocType(_) => panic!("no DOCTYPE in a manifest"),
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "every element closed");
    let mut doc = stack.pop().unwrap();
    assert_eq!(doc.children.len(), 1, "one root element");
    doc.children.pop().unwrap()
}

/// An XML `ID`/`IDREF` value (an `NCName`, ASCII subset): the CAM types `identifier` as `xs:ID`.
fn is_xml_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn package(quiz: &atelier_quiz::model::Quiz) -> (Vec<String>, String) {
    let bytes = atelier_quiz::export::scorm::package(quiz).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    let mut xml = String::new();
    zip.by_name("imsmanifest.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    (names, xml)
}

fn sample() -> atelier_quiz::model::Quiz {
    let bytes = include_bytes!("../../quizzes/naviguer-en-securite.quiz.json");
    atelier_quiz::format::load(bytes).unwrap().quiz
}

#[test]
fn manifest_follows_the_scorm_1_2_content_packaging_rules() {
    let quiz = sample();
    let (files, xml) = package(&quiz);

    // CAM 1.2 §3, Package Interchange File: a zip with `imsmanifest.xml` at its root; the
    // issue adds « nothing else » but the page.
    assert!(files.contains(&"imsmanifest.xml".to_owned()));
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));

    // <manifest>: the root; `identifier` required (xs:ID, unique in the package), `version`
    // optional; IMS CP 1.1.2 as the default namespace, ADLCP 1.2 for the SCORM extensions.
    let root = parse(&xml);
    assert_eq!(root.name, "manifest");
    let manifest_id = root.attr("identifier").expect("manifest identifier");
    assert!(is_xml_id(manifest_id), "{manifest_id}");
    assert_eq!(root.attr("xmlns"), Some(IMSCP));
    assert_eq!(root.attr("xmlns:adlcp"), Some(ADLCP));
    // Children in the binding's order: metadata, organizations, resources (sub-manifests
    // optional, none here).
    assert_eq!(root.names(), ["metadata", "organizations", "resources"]);

    // <metadata>: SCORM 1.2 requires <schema>ADL SCORM</schema> and <schemaversion>1.2.
    let metadata = root.one("metadata");
    assert_eq!(metadata.one("schema").text, "ADL SCORM");
    assert_eq!(metadata.one("schemaversion").text, "1.2");

    // <organizations>: required; `default` is an IDREF to one of its <organization>s.
    let organizations = root.one("organizations");
    let organization = organizations.one("organization");
    let org_id = organization
        .attr("identifier")
        .expect("organization identifier");
    assert!(is_xml_id(org_id));
    assert_eq!(organizations.attr("default"), Some(org_id));
    // <organization>: <title> (at most 200 characters kept by an LMS: the CAM's smallest
    // permitted maximum), then one or more <item>.
    assert_eq!(organization.one("title").text, quiz.title);
    let item = organization.one("item");

    // <item>: `identifier` required; a leaf item's `identifierref` points at a <resource>;
    // `isvisible` a boolean; <title> required; ADLCP's <adlcp:masteryscore> a decimal 0–100.
    let item_id = item.attr("identifier").expect("item identifier");
    assert!(is_xml_id(item_id));
    assert!(matches!(
        item.attr("isvisible"),
        Some("true" | "false") | None
    ));
    assert_eq!(item.one("title").text, quiz.title);
    assert!(item.one("title").text.chars().count() <= 200);
    let mastery: f64 = item.one("adlcp:masteryscore").text.parse().unwrap();
    assert!((0.0..=100.0).contains(&mastery));
    assert!(
        (mastery - 50.0).abs() < f64::EPSILON,
        "the page's 50 % rule"
    );
    assert!(item.kids("item").is_empty(), "one leaf item");

    // <resources> → <resource>: `identifier` required, `type` required ("webcontent"),
    // `adlcp:scormtype` required, "sco" for content that talks to the LMS API, `href` the
    // launch file; each <file href> names a file that is in the package.
    let resources = root.one("resources");
    let resource = resources.one("resource");
    let res_id = resource.attr("identifier").expect("resource identifier");
    assert!(is_xml_id(res_id));
    assert_eq!(item.attr("identifierref"), Some(res_id));
    assert_eq!(resource.attr("type"), Some("webcontent"));
    assert_eq!(resource.attr("adlcp:scormtype"), Some("sco"));
    assert_eq!(resource.attr("href"), Some("index.html"));
    let listed: Vec<&str> = resource
        .kids("file")
        .iter()
        .map(|f| f.attr("href").expect("file href"))
        .collect();
    assert_eq!(listed, ["index.html"]);
    for href in listed {
        assert!(files.iter().any(|f| f == href), "{href} in the package");
    }

    // Identifiers unique within the manifest (xs:ID).
    let mut ids = vec![manifest_id, org_id, item_id, res_id];
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 4);
    // Only the two namespaces' elements: no prefix but `adlcp:`.
    let mut stack = vec![&root];
    while let Some(el) = stack.pop() {
        assert!(
            !el.name.contains(':') || el.name.starts_with("adlcp:"),
            "{}",
            el.name
        );
        stack.extend(el.children.iter());
    }
}

#[test]
fn hostile_and_long_titles_stay_well_formed() {
    let mut quiz = sample();
    quiz.title = format!(
        "</title><item identifier=\"x\"/>&amp;\"'{}",
        "é".repeat(400)
    );
    let (_, xml) = package(&quiz);
    let root = parse(&xml);
    let item = root.one("organizations").one("organization").one("item");
    let title = &item.one("title").text;
    assert!(title.starts_with("</title><item identifier=\"x\"/>&amp;\"'"));
    assert_eq!(title.chars().count(), 200);
    assert!(item.kids("item").is_empty(), "the title made no element");
}
