//! The translation layer: every string a user sees goes through here.
//!
//! French is the default and the reference language, English the second. Strings live in
//! tables of `(key, french, english)` rows, one table per area of the app, so a translation is
//! written next to its original and reviewers see both at once. Quiz *content* is never
//! translated: it is in the quiz's own language.
//!
//! `tests/i18n.rs` fails when a key used in the code is missing, when a translation is empty, or
//! when placeholders (`{name}`) differ between languages.

mod app;
mod cli;
mod common;
mod diagnostics;
mod editor;
mod editor_media;
mod editor_panels;
mod editor_review;
mod presenter;

use std::collections::HashMap;
use std::fmt::Display;
use std::sync::OnceLock;

/// The language of the app's interface (not of the quiz content).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

/// Every table, for lookups and for the completeness test.
pub const TABLES: &[&[(&str, &str, &str)]] = &[
    common::ENTRIES,
    app::ENTRIES,
    diagnostics::ENTRIES,
    cli::ENTRIES,
    editor::ENTRIES,
    editor_media::ENTRIES,
    editor_panels::ENTRIES,
    editor_review::ENTRIES,
    presenter::ENTRIES,
];

fn index() -> &'static HashMap<&'static str, (&'static str, &'static str)> {
    static INDEX: OnceLock<HashMap<&'static str, (&'static str, &'static str)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        TABLES
            .iter()
            .flat_map(|t| t.iter())
            .map(|(k, fr, en)| (*k, (*fr, *en)))
            .collect()
    })
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses `fr`, `en`, `fr_FR.UTF-8`, `en-GB`…; `None` for other languages.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The OS locale's language when it is one we speak, French otherwise.
    pub fn from_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
            .find_map(|v| Lang::from_code(&v))
            .unwrap_or_default()
    }

    /// The translation of `key`. A missing key shows the key itself (and fails the i18n test).
    pub fn t(self, key: &'static str) -> &'static str {
        match index().get(key) {
            Some((fr, en)) => match self {
                Lang::Fr => fr,
                Lang::En => en,
            },
            None => key,
        }
    }

    /// The translation of `key` with `{name}` placeholders replaced by `args`.
    pub fn f(self, key: &'static str, args: &[(&str, &dyn Display)]) -> String {
        fill(self.t(key), args)
    }
}

/// Replaces `{name}` placeholders in `template`.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(&value.to_string()),
                    None => out.push_str(&rest[start..start + end + 2]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders (`{name}`) of a template, sorted, for consistency checks.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("{a} et {b}", &[("a", &1), ("b", &"deux")]),
            "1 et deux"
        );
        assert_eq!(fill("{inconnu} {", &[]), "{inconnu} {");
        assert_eq!(placeholders("{b} {a} {b}"), ["a", "b"]);
    }

    #[test]
    fn parses_locales() {
        assert_eq!(Lang::from_code("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("de_DE"), None);
    }

    #[test]
    fn languages_differ() {
        assert_eq!(Lang::Fr.t("app.name"), "Atelier Quiz");
        assert_eq!(Lang::Fr.t("common.cancel"), "Annuler");
        assert_eq!(Lang::En.t("common.cancel"), "Cancel");
    }
}
