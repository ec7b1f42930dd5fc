//! The page's safety properties, checked on its text.

use super::*;
use crate::model::{Choice, Question, QuestionKind};
use base64::Engine as _;

fn sample() -> Quiz {
    let bytes = include_bytes!("../../../quizzes/naviguer-en-securite.quiz.json");
    crate::format::load(bytes).expect("sample loads").quiz
}

fn hostile() -> Quiz {
    let mut quiz = Quiz {
        title: "</title><script>alert(1)</script>{{script}}".into(),
        ..Quiz::default()
    };
    let mut q = Question::new(
        "q1",
        "",
        QuestionKind::SingleChoice {
            choices: vec![
                Choice::text("</script><script>alert(2)</script>", true),
                Choice::text("\u{2028}<!--", false),
            ],
        },
    );
    q.prompt = "<img src=x onerror=alert(1)>".into();
    quiz.questions.push(q);
    quiz
}

/// The text between `open` (its end) and the next `close`.
fn between<'a>(page: &'a str, open: &str, close: &str) -> &'a str {
    let start = page.find(open).expect("open tag") + open.len();
    let len = page[start..].find(close).expect("close tag");
    &page[start..start + len]
}

fn csp(page: &str) -> &str {
    between(
        page,
        "http-equiv=\"Content-Security-Policy\" content=\"",
        "\"",
    )
}

#[test]
fn csp_pins_the_inline_blocks_and_forbids_the_network() {
    let page = page(&sample()).unwrap();
    let policy = csp(&page);
    let style = between(&page, "<style>", "</style>");
    let script = between(&page, "<script>", "</script>");
    assert!(policy.starts_with("default-src 'none';"), "{policy}");
    assert!(policy.contains(&format!("script-src {};", csp::hash_source(script))));
    assert!(policy.contains(&format!("style-src {};", csp::hash_source(style))));
    for directive in [
        "img-src data: blob:",
        "font-src data:",
        "form-action 'none'",
        "base-uri 'none'",
    ] {
        assert!(
            policy.contains(directive),
            "{directive} missing in {policy}"
        );
    }
    assert!(!policy.contains("connect-src") && !policy.contains("unsafe"));
    // Exactly one executable script: the hashed one.
    assert_eq!(page.matches("<script>").count(), 1);
    assert_eq!(page.matches("<style>").count(), 1);
}

#[test]
fn hash_is_the_sha256_of_the_bytes() {
    // `echo -n abc | sha256sum | xxd -r -p | base64`
    assert_eq!(
        csp::hash_source("abc"),
        "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"
    );
}

#[test]
fn no_url_outside_the_quiz_data() {
    let page = page(&sample()).unwrap();
    let data = between(
        &page,
        "<script type=\"application/json\" id=\"aq-quiz\">",
        "</script>",
    );
    let code = page.replacen(data, "", 1);
    // The SVG namespace is a name, never fetched (createElementNS needs it).
    let code = code.replace("'http://www.w3.org/2000/svg'", "");
    for scheme in ["http:", "https:", "//cdn", "src=\"//"] {
        assert!(!code.contains(scheme), "{scheme} in the page's own code");
    }
    assert!(
        data.contains("https://"),
        "the sample's sources keep their URL as data"
    );
}

#[test]
fn hostile_text_stays_inert() {
    let page = page(&hostile()).unwrap();
    assert_eq!(page.matches("<script>").count(), 1, "no script injected");
    assert_eq!(
        page.matches("</script>").count(),
        4,
        "three data blocks and the code"
    );
    assert!(!page.contains("<img"), "no element from quiz text");
    assert!(!page.contains("<!--"));
    assert!(!page.contains('\u{2028}'));
    assert!(
        page.contains(
            "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;{{script}}</title>"
        )
    );
    // The data block is still the same JSON.
    let data = between(&page, "id=\"aq-quiz\">", "</script>");
    let value: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(
        value["questions"][0]["prompt"],
        "<img src=x onerror=alert(1)>"
    );
    let reloaded = crate::format::load(data.as_bytes()).unwrap().quiz;
    assert_eq!(reloaded.questions[0].prompt, "<img src=x onerror=alert(1)>");
}

#[test]
fn quiz_is_embedded_once_and_the_page_stays_small() {
    let quiz = sample();
    let json = crate::format::to_bytes(&quiz).unwrap();
    let page = page(&quiz).unwrap();
    let first_asset = quiz.assets.values().next().unwrap();
    let b64 = base64::engine::general_purpose::STANDARD.encode(&first_asset.data[..64]);
    assert_eq!(page.matches(&b64[..80]).count(), 1, "image data once");
    let limit = json.len() * 105 / 100 + 300 * 1024;
    assert!(page.len() <= limit, "{} > {limit}", page.len());
}

#[test]
fn strings_come_from_the_app_tables() {
    let page = page(&sample()).unwrap();
    let strings = between(&page, "id=\"aq-strings\">", "</script>");
    let value: serde_json::Value = serde_json::from_str(strings).unwrap();
    assert_eq!(
        value["fr"]["web.start.study"],
        Lang::Fr.t("web.start.study")
    );
    assert_eq!(value["en"]["shape.triangle"], Lang::En.t("shape.triangle"));
    assert_eq!(value["fr"]["web.check"], "Valider");
}

#[test]
fn licence_names_are_the_apps() {
    let page = page(&sample()).unwrap();
    let meta = between(&page, "id=\"aq-meta\">", "</script>");
    let value: serde_json::Value = serde_json::from_str(meta).unwrap();
    assert_eq!(value["fr"]["license"], "CC BY-SA 4.0");
}

#[test]
fn the_code_cannot_close_its_own_blocks() {
    for (name, js) in assets::SCRIPTS {
        let lower = js.to_ascii_lowercase();
        assert!(
            !lower.contains("</script") && !lower.contains("<!--"),
            "{name}"
        );
        assert!(
            !js.contains("innerHTML") && !js.contains("outerHTML"),
            "{name}: text nodes only"
        );
        assert!(
            !js.contains("insertAdjacentHTML") && !js.contains("document.write"),
            "{name}"
        );
        assert!(
            !js.contains("eval(") && !js.contains("new Function"),
            "{name}"
        );
    }
    for (name, css) in assets::STYLES {
        assert!(!css.to_ascii_lowercase().contains("</style"), "{name}");
        assert!(!css.contains("url("), "{name}: nothing fetched from CSS");
    }
}

#[test]
fn script_json_escapes_exactly_the_five_characters() {
    let json = "{\"a\":\"x</script><!--&\u{2028}\u{2029}é\"}";
    let escaped = escape::script_json(json);
    assert_eq!(
        escaped,
        "{\"a\":\"x\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029é\"}"
    );
    let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
    let original: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(back, original);
}

#[test]
fn an_extra_script_shares_the_pinned_block() {
    let glue = "document.addEventListener('atelier:finished', () => {});\n";
    let page = page_with(&sample(), glue).unwrap();
    let script = between(&page, "<script>", "</script>");
    // Inside the page's function (it sees AQDom, AQI18n…), after the page's own files.
    assert!(
        script.ends_with(&format!("{glue}\n}})();\n")),
        "{}",
        &script[script.len() - 200..]
    );
    assert!(csp(&page).contains(&csp::hash_source(script)));
    assert_eq!(page.matches("<script>").count(), 1);
}

#[test]
fn every_key_the_scripts_use_is_exported() {
    let known: Vec<&str> = crate::i18n::web_entries().map(|(k, _, _)| k).collect();
    let mut used = 0;
    let scorm = [("quiz/scorm.js", crate::export::scorm::SCRIPT)];
    for (name, js) in assets::SCRIPTS.iter().chain(&scorm) {
        // Keys are written as t('web.…'), t('shape.…') or t(`web.credits.use.${use}`).
        for (pos, _) in js.match_indices("t('") {
            let before = js[..pos].chars().next_back().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' || before == '.' {
                continue; // emit('…'), x.t('…') is not ours
            }
            let rest = &js[pos + 3..];
            let key = &rest[..rest.find('\'').unwrap()];
            used += 1;
            assert!(
                known.contains(&key),
                "{name}: key {key} is not in i18n::web"
            );
        }
    }
    assert!(used > 40, "the scan found only {used} keys");
    for u in ["reused", "adapted", "reference"] {
        assert!(known.contains(&format!("web.credits.use.{u}").as_str()));
    }
    for shape in crate::ui::shapes::AnswerShape::ALL {
        assert!(
            known.contains(&shape.name_key()),
            "shapes.js names {shape:?}"
        );
    }
}
