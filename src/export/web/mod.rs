//! Quiz → one self-contained web page (issue 11 §1): `atelier-quiz convert IN OUT.html` and
//! Fichier → Exporter → « Page web ».
//!
//! The page's code is plain HTML/CSS/JavaScript kept as real files under `web/` (embedded in
//! the binary by [`assets`]); this module only assembles: the stylesheet with Atkinson
//! Hyperlegible as `data:` fonts, the translation tables of the app as JSON, the quiz's own
//! `.quiz.json` embedded once (escaped so nothing in it can close its `<script>` block — see
//! [`escape`]) and a Content-Security-Policy pinning the inline style and script by their
//! SHA-256 (see [`csp`]). The page then reads everything from that JSON, images included, so
//! it weighs the quiz plus about 250 KB, and asks nothing of any network or file.
//!
//! Pure: bytes in, bytes out, no I/O.

pub mod assets;
pub mod csp;
pub mod escape;

use serde_json::{Map, Value, json};

use crate::format::WriteError;
use crate::i18n::Lang;
use crate::model::{Quiz, license_name};

/// The whole page for `quiz`, UTF-8. Fails only when the quiz cannot be written as JSON
/// (a non-finite hotspot coordinate, see [`crate::format::check_writable`]).
pub fn page(quiz: &Quiz) -> Result<String, WriteError> {
    page_with(quiz, "")
}

/// The page with `extra_script` run after the page's own code, inside the same function of
/// the same hash-pinned `<script>` block (a wrapper's glue, e.g. SCORM's: it listens to `atelier:started` and
/// `atelier:finished` on `document`).
pub fn page_with(quiz: &Quiz, extra_script: &str) -> Result<String, WriteError> {
    let json = crate::format::to_bytes(quiz)?;
    // The writer emits JSON text, which is UTF-8 by definition; a lossy conversion could only
    // change invalid bytes, and there are none.
    let json = String::from_utf8_lossy(&json);
    Ok(page_with_json(quiz, &json, extra_script))
}

/// The page for `quiz`, embedding `json` (the quiz's `.quiz.json` text) as it is.
pub fn page_with_json(quiz: &Quiz, json: &str, extra_script: &str) -> String {
    let style = assets::stylesheet();
    let script = assets::script_with(extra_script);
    let lang = page_language(quiz);
    let values = Values {
        lang: escape::attribute(lang.code()),
        csp: escape::attribute(&csp::policy(&style, &script)),
        title: escape::text(&quiz.title),
        noscript: escape::text(lang.t("web.noscript")),
        quiz: escape::script_json(json),
        strings: escape::script_json(&strings_json()),
        meta: escape::script_json(&meta_json(quiz)),
        style,
        script,
    };
    fill(assets::TEMPLATE, &values)
}

/// The language the page speaks before its script runs (`lang` attribute, `<noscript>`):
/// the quiz's when it is one we speak, French otherwise.
fn page_language(quiz: &Quiz) -> Lang {
    Lang::from_code(&quiz.language).unwrap_or_default()
}

struct Values {
    lang: String,
    csp: String,
    title: String,
    noscript: String,
    quiz: String,
    strings: String,
    meta: String,
    style: String,
    script: String,
}

impl Values {
    fn get(&self, name: &str) -> Option<&str> {
        Some(match name {
            "lang" => &self.lang,
            "csp" => &self.csp,
            "title" => &self.title,
            "noscript" => &self.noscript,
            "quiz" => &self.quiz,
            "strings" => &self.strings,
            "meta" => &self.meta,
            "style" => &self.style,
            "script" => &self.script,
            _ => return None,
        })
    }
}

/// Replaces each `{{name}}` of the template in ONE pass: a value is never scanned again, so a
/// quiz containing `{{script}}` stays text.
fn fill(template: &str, values: &Values) -> String {
    let extra = values.quiz.len() + values.style.len() + values.script.len() + 64 * 1024;
    let mut out = String::with_capacity(template.len() + extra);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after
            .find("}}")
            .and_then(|end| values.get(&after[..end]).map(|v| (end, v)))
        {
            Some((end, value)) => {
                out.push_str(value);
                rest = &after[end + 2..];
            }
            None => {
                out.push_str("{{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `{"fr": {key: text}, "en": {key: text}}` from the app's own tables.
fn strings_json() -> String {
    let mut fr = Map::new();
    let mut en = Map::new();
    for (key, french, english) in crate::i18n::web_entries() {
        fr.insert(key.to_owned(), Value::from(french));
        en.insert(key.to_owned(), Value::from(english));
    }
    json!({ "fr": fr, "en": en }).to_string()
}

/// What the page cannot compute itself, per language: licence names (the one
/// [`license_name`] of the app, so "CC BY-SA 4.0" reads the same everywhere).
fn meta_json(quiz: &Quiz) -> String {
    let per_lang = |lang: Lang| {
        let sources: Map<String, Value> = quiz
            .sources
            .iter()
            .filter(|s| !s.license.trim().is_empty())
            .map(|s| (s.id.clone(), license_name(&s.license, lang).into()))
            .collect();
        let assets: Map<String, Value> = quiz
            .assets
            .iter()
            .filter(|(_, a)| !a.credit.license.trim().is_empty())
            .map(|(id, a)| (id.clone(), license_name(&a.credit.license, lang).into()))
            .collect();
        json!({
            "license": license_name(&quiz.license, lang),
            "sources": sources,
            "assets": assets,
        })
    };
    json!({ "fr": per_lang(Lang::Fr), "en": per_lang(Lang::En) }).to_string()
}

#[cfg(test)]
mod tests;
