//! A hand-written file with unknown fields at every level survives load → save, and the saved
//! file follows the spec's field order.
//!
//! Complements the property test of `roundtrip.rs` with a file as another tool (or a newer
//! Atelier Quiz) would write it: known fields in a scrambled order, compact formatting, unknown
//! fields everywhere. After a save, the JSON must be the same value (nothing lost, nothing
//! added, `modified` untouched) and every object must list its fields in the documented order —
//! known ones in spec order, then unknown ones alphabetically, assets sorted by id — so saved
//! files diff cleanly whatever wrote them first.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::fmt;

use atelier_quiz::format;
use atelier_quiz::model::MediaType;
use base64::Engine as _;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A JSON value that remembers the order of object keys (`serde_json::Map` sorts them).
#[derive(Debug)]
enum Node {
    Object(Vec<(String, Node)>),
    Array(Vec<Node>),
    Scalar,
}

impl Node {
    fn keys(&self) -> Vec<&str> {
        match self {
            Node::Object(fields) => fields.iter().map(|(k, _)| k.as_str()).collect(),
            _ => panic!("not an object: {self:?}"),
        }
    }

    fn get(&self, key: &str) -> &Node {
        match self {
            Node::Object(fields) => &fields.iter().find(|(k, _)| k == key).unwrap().1,
            _ => panic!("not an object"),
        }
    }

    fn at(&self, index: usize) -> &Node {
        match self {
            Node::Array(items) => &items[index],
            _ => panic!("not an array"),
        }
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Scalar)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Scalar)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Scalar)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Scalar)
    }
    fn visit_str<E>(self, _: &str) -> Result<Node, E> {
        Ok(Node::Scalar)
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry::<String, Node>()? {
            fields.push(entry);
        }
        Ok(Node::Object(fields))
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

/// Known fields in reverse order, compact, unknown fields (`x_…`, `aaa_…`) at every level.
const FOREIGN_FILE: &str = r#"{"aaa_tool":"sorts first but goes after the known fields",
"x_tool":{"name":"autre-outil","v":[1,2.5,null,{"deep":[true]}]},
"questions":[
 {"x_future":true,"competences":[{"x_c":1,"level":3,"code":"4.2","framework":"CRCN"}],
  "tags":["phishing","courriel"],"time_limit_s":30,"source":{"x_sr":"s","detail":"question 4","ref":"s1"},
  "notes":"Laisser réfléchir.","explanation":"Une banque ne demande jamais de mot de passe.",
  "choices":[{"x_choice":[1],"correct":true,"image":{"x_img":{},"alt":"Logo","asset":"alpha"},"text":"Vérifier"},
             {"text":"Cliquer « ici » 🔗"}],
  "image":{"x_i":"y","alt":"Courriel suspect","asset":"zeta"},
  "prompt":"Que faire ?","type":"single_choice","level":"l1","id":"q1"},
 {"x_h":null,"explanation":"En haut à gauche.","regions":[{"h":0.25,"w":0.5,"y":0.125,"x":0.1}],
  "image":{"alt":"Capture","asset":"zeta"},"prompt":"Où est le cadenas ?","type":"hotspot","level":"l1","id":"q2"},
 {"choices":[{"text":"reste d'un ancien type"}],"answer_text":"Un gestionnaire de mots de passe.",
  "explanation":"Voir la fiche.","prompt":"Comment retenir ses mots de passe ?","type":"open","level":"l1","id":"q3"}],
"levels":[{"description":"Premiers pas","x_l":0,"name":"Découverte","id":"l1"}],
"sources":[{"x_src":"z","note":"n","changes":"reformulé","use":"adapted","license":"etalab-2.0",
  "url":"https://example.org/guide","author":"CNIL","title":"Guide","id":"s1"}],
"modified":"2020-01-02","created":"2020-01-01","license":"CC-BY-SA-4.0",
"authors":[{"x_a":"a","contact":"camille@example.org","name":"Camille"}],
"language":"fr-FR","description":"Les bons réflexes","title":"Hameçonnage",
"assets":{
 "zeta":{"x_asset":1,"credit":{"x_credit":"c","license":"CC0-1.0","url":"https://example.org","author":"Moi","title":"Capture"},
   "data":"PNG","media_type":"image/png"},
 "alpha":{"credit":{"license":"CC0-1.0"},"data":"GIF","media_type":"image/gif"}},
"version":1,"format":"atelier-quiz"}"#;

fn foreign_file() -> String {
    let b64 = |m| base64::engine::general_purpose::STANDARD.encode(common::tiny_image(m));
    FOREIGN_FILE
        .replace(
            r#""data":"PNG""#,
            &format!(r#""data":"{}""#, b64(MediaType::Png)),
        )
        .replace(
            r#""data":"GIF""#,
            &format!(r#""data":"{}""#, b64(MediaType::Gif)),
        )
}

fn saved() -> (String, Vec<u8>) {
    let input = foreign_file();
    let loaded = format::load(input.as_bytes()).expect("the file is valid");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    (input, format::to_bytes(&loaded.quiz).unwrap())
}

#[test]
fn unknown_fields_at_every_level_survive_load_and_save() {
    let (input, output) = saved();
    let before: Value = serde_json::from_str(&input).unwrap();
    let after: Value = serde_json::from_slice(&output).unwrap();
    // Same JSON value: every unknown field kept with its value, nothing added or dropped,
    // `modified` left alone (the caller decides when to touch it).
    assert_eq!(
        after,
        before,
        "saved:\n{}",
        String::from_utf8_lossy(&output)
    );
    for pointer in [
        "/x_tool/v/3/deep/0",
        "/aaa_tool",
        "/authors/0/x_a",
        "/sources/0/x_src",
        "/levels/0/x_l",
        "/questions/0/x_future",
        "/questions/0/image/x_i",
        "/questions/0/choices/0/x_choice",
        "/questions/0/choices/0/image/x_img",
        "/questions/0/source/x_sr",
        "/questions/0/competences/0/x_c",
        "/questions/1/x_h",
        "/questions/2/choices/0/text",
        "/assets/zeta/x_asset",
        "/assets/zeta/credit/x_credit",
    ] {
        assert!(after.pointer(pointer).is_some(), "{pointer} lost");
    }
    let again = format::to_bytes(&format::load(&output).unwrap().quiz).unwrap();
    assert_eq!(again, output, "a second save must not change a byte");
}

#[test]
fn saved_fields_follow_the_spec_order_then_unknown_ones_alphabetically() {
    let (_, output) = saved();
    let text = String::from_utf8(output).unwrap();
    let head = "{\n  \"format\": \"atelier-quiz\",\n  \"version\": 1,\n  \"title\"";
    assert!(text.starts_with(head), "{text}");
    let root: Node = serde_json::from_str(&text).unwrap();
    let q = |i| root.get("questions").at(i);
    let choice = q(0).get("choices").at(0);
    let zeta = root.get("assets").get("zeta");
    // Expected keys, in order, separated by spaces.
    let cases: Vec<(&str, &Node, &str)> = vec![
        (
            "quiz",
            &root,
            "format version title description language authors license created \
            modified sources levels questions assets aaa_tool x_tool",
        ),
        ("author", root.get("authors").at(0), "name contact x_a"),
        (
            "source",
            root.get("sources").at(0),
            "id title author url license use changes note x_src",
        ),
        ("level", root.get("levels").at(0), "id name description x_l"),
        (
            "single choice",
            q(0),
            "id level type prompt image choices explanation notes source \
            time_limit_s tags competences x_future",
        ),
        ("question image", q(0).get("image"), "asset alt x_i"),
        ("choice", choice, "text image correct x_choice"),
        ("choice image", choice.get("image"), "asset alt x_img"),
        ("source ref", q(0).get("source"), "ref detail x_sr"),
        (
            "competence",
            q(0).get("competences").at(0),
            "framework code level x_c",
        ),
        (
            "hotspot",
            q(1),
            "id level type prompt image regions explanation x_h",
        ),
        ("region", q(1).get("regions").at(0), "x y w h"),
        (
            "open",
            q(2),
            "id level type prompt answer_text explanation choices",
        ),
        ("assets", root.get("assets"), "alpha zeta"),
        ("asset", zeta, "media_type data credit x_asset"),
        (
            "credit",
            zeta.get("credit"),
            "title author url license x_credit",
        ),
    ];
    for (what, node, expected) in cases {
        let expected: Vec<&str> = expected.split_whitespace().collect();
        assert_eq!(node.keys(), expected, "field order of the {what}");
    }
}
