//! The page's code, embedded at build time from the real files under `web/` (no bundler, no
//! download): `web/common/` holds what the phone page will share (theme, shapes, DOM and
//! translation helpers), `web/quiz/` the quiz page. The script files are concatenated in
//! dependency order inside one function scope, the stylesheets one after the other, with the
//! Atkinson Hyperlegible fonts as `data:` URLs in front.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// The page, with `{{name}}` holes filled by [`super::page`].
pub const TEMPLATE: &str = include_str!("../../../web/quiz/index.html");

/// Stylesheets, in cascade order.
pub const STYLES: &[(&str, &str)] = &[
    (
        "common/theme.css",
        include_str!("../../../web/common/theme.css"),
    ),
    ("quiz/quiz.css", include_str!("../../../web/quiz/quiz.css")),
    (
        "quiz/present.css",
        include_str!("../../../web/quiz/present.css"),
    ),
];

/// Scripts, each after the ones it uses.
pub const SCRIPTS: &[(&str, &str)] = &[
    (
        "common/i18n.js",
        include_str!("../../../web/common/i18n.js"),
    ),
    ("common/dom.js", include_str!("../../../web/common/dom.js")),
    (
        "common/shapes.js",
        include_str!("../../../web/common/shapes.js"),
    ),
    ("quiz/data.js", include_str!("../../../web/quiz/data.js")),
    (
        "quiz/answers.js",
        include_str!("../../../web/quiz/answers.js"),
    ),
    (
        "quiz/selfstudy.js",
        include_str!("../../../web/quiz/selfstudy.js"),
    ),
    (
        "quiz/present.js",
        include_str!("../../../web/quiz/present.js"),
    ),
    ("quiz/quiz.js", include_str!("../../../web/quiz/quiz.js")),
];

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

/// The inline `<style>` block: two `@font-face` rules, then every stylesheet.
pub fn stylesheet() -> String {
    let face = |weight: u16, bytes: &[u8]| {
        format!(
            "@font-face{{font-family:'Atkinson Hyperlegible';font-style:normal;\
             font-weight:{weight};font-display:swap;\
             src:url(data:font/ttf;base64,{}) format('truetype');}}\n",
            STANDARD.encode(bytes)
        )
    };
    let mut out = face(400, REGULAR) + &face(700, BOLD);
    for (name, css) in STYLES {
        for piece in ["/* ", name, " */\n", css, "\n"] {
            out.push_str(piece);
        }
    }
    out
}

/// The inline `<script>` block: every script inside one function, so nothing leaks into the
/// page's global scope (the first file's `'use strict'` applies to all).
pub fn script() -> String {
    script_with("")
}

/// [`script`] with `extra` (a wrapper's glue, e.g. `web/quiz/scorm.js`) last inside the same
/// function, so it sees `AQDom`, `AQI18n`… like the page's own files.
pub fn script_with(extra: &str) -> String {
    let mut out = String::from("(() => {\n");
    let extra = [("extra", extra)];
    let extra = if extra[0].1.is_empty() {
        &[][..]
    } else {
        &extra[..]
    };
    for (name, js) in SCRIPTS.iter().chain(extra) {
        for piece in ["// ", name, "\n", js, "\n"] {
            out.push_str(piece);
        }
    }
    out.push_str("})();\n");
    out
}
