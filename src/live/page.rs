//! The phone page: `web/phone/index.html` with the shared `web/common/` files and the phone's
//! own, embedded at build time and assembled once; the server sends only these bytes.
//!
//! No quiz text is ever in the page: questions arrive as JSON from `/api/state` and the
//! script turns them into text nodes (`AQDom`). The Content-Security-Policy (sent as a header
//! and repeated in a `<meta>`) pins the one inline style and the one inline script by
//! SHA-256, allows requests to this server only, images and fonts from it only.

use std::sync::OnceLock;

use crate::export::web::{csp::hash_source, escape};
use crate::i18n::Lang;

const TEMPLATE: &str = include_str!("../../web/phone/index.html");
const STYLES: &[&str] = &[
    include_str!("../../web/common/theme.css"),
    include_str!("../../web/phone/phone.css"),
];
const SCRIPTS: &[&str] = &[
    include_str!("../../web/common/i18n.js"),
    include_str!("../../web/common/dom.js"),
    include_str!("../../web/common/shapes.js"),
    include_str!("../../web/phone/answer.js"),
    include_str!("../../web/phone/phone.js"),
];
/// The page's fonts, served as `/font/regular.ttf` and `/font/bold.ttf`.
pub const FONT_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

const FONTS_CSS: &str = "@font-face{font-family:'Atkinson Hyperlegible';font-weight:400;\
    font-display:swap;src:url(/font/regular.ttf) format('truetype');}\n\
    @font-face{font-family:'Atkinson Hyperlegible';font-weight:700;font-display:swap;\
    src:url(/font/bold.ttf) format('truetype');}\n";

/// The assembled page and its policy.
pub struct Page {
    pub html: String,
    pub csp: String,
}

/// The page (built on first use, then shared by every request).
pub fn page() -> &'static Page {
    static PAGE: OnceLock<Page> = OnceLock::new();
    PAGE.get_or_init(build)
}

fn build() -> Page {
    let style = STYLES.iter().fold(String::from(FONTS_CSS), |mut s, css| {
        s.push_str(css);
        s.push('\n');
        s
    });
    let mut script = String::from("(function () {\n");
    for js in SCRIPTS {
        script.push_str(js);
        script.push('\n');
    }
    script.push_str("})();\n");
    let csp = format!(
        "default-src 'none'; script-src {}; style-src {}; img-src 'self'; font-src 'self'; \
         connect-src 'self'; form-action 'none'; base-uri 'none'",
        hash_source(&script),
        hash_source(&style)
    );
    // The header adds what a `<meta>` policy cannot say (browsers ignore it there).
    let header = format!("{csp}; frame-ancestors 'none'");
    // The template's holes are filled with our own constant text (no quiz or participant
    // text is in the page), strings JSON escaped for its `<script type="application/json">`.
    let html = TEMPLATE
        .replace("{{csp}}", &escape::attribute(&csp))
        .replace("{{noscript}}", &escape::text(Lang::Fr.t("phone.noscript")))
        .replace("{{strings}}", &escape::script_json(&strings_json()))
        .replace("{{style}}", &style)
        .replace("{{script}}", &script);
    Page { html, csp: header }
}

/// `{"fr": {…}, "en": {…}}` of the phone table and the shared keys.
fn strings_json() -> String {
    let mut fr = serde_json::Map::new();
    let mut en = serde_json::Map::new();
    for (key, french, english) in crate::i18n::phone_entries() {
        fr.insert(key.to_owned(), french.into());
        en.insert(key.to_owned(), english.into());
    }
    serde_json::json!({ "fr": fr, "en": en }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_pins_its_code_and_parses_no_markup() {
        let p = page();
        assert!(p.csp.starts_with("default-src 'none'; script-src 'sha256-"));
        assert!(!p.html.contains("{{"), "every hole filled");
        assert!(!p.html.contains("innerHTML") && !p.html.contains("insertAdjacentHTML"));
        assert!(!p.html.contains("src=\"http") && !p.html.contains("url(http"));
    }
}
