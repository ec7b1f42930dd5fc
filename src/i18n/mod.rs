//! The translation layer: every string a user sees goes through here.
//!
//! French is the default and the reference language, English the second. Strings live in
//! tables of `(key, french, english)` rows, one table per area of the app, so a translation is
//! written next to its original and reviewers see both at once. Quiz *content* is never
//! translated: it is in the quiz's own language.
//!
//! `tests/i18n.rs` fails when a key used in the code is missing, when a translation is empty, or
//! when placeholders (`{name}`) differ between languages.

mod a11y;
mod app;
mod cli;
mod common;
mod diagnostics;
mod editor;
mod editor_media;
mod editor_panels;
mod editor_review;
mod files;
mod interchange;
mod interchange_aiken;
mod interchange_gift;
mod interchange_h5p;
mod interchange_kahoot;
mod interchange_moodle;
mod live;
mod phone;
mod presenter;
mod print;
mod tolerance;
mod web;

pub use phone::entries as phone_entries;
pub use web::entries as web_entries;

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
    files::ENTRIES,
    presenter::ENTRIES,
    tolerance::ENTRIES,
    a11y::ENTRIES,
    interchange::ENTRIES,
    interchange_gift::ENTRIES,
    interchange_aiken::ENTRIES,
    interchange_moodle::ENTRIES,
    interchange_kahoot::ENTRIES,
    interchange_h5p::ENTRIES,
    print::ENTRIES,
    web::ENTRIES,
    live::ENTRIES,
    phone::ENTRIES,
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
            .or_else(system_ui_language)
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
        fill_in(self, self.t(key), args)
    }

    /// Whether a number, as displayed, takes the singular: French |n| < 2, English n = 1.
    fn is_singular(self, shown: &str) -> bool {
        let digits: String = shown
            .chars()
            .filter(|c| !c.is_whitespace() && *c != ',' && *c != NNBSP)
            .collect();
        let normalised = shown.replace([NNBSP, ' ', '\u{a0}'], "").replace(',', ".");
        let value = normalised.parse::<f64>().ok();
        match self {
            Lang::Fr => value.is_some_and(|v| v.abs() < 2.0),
            Lang::En => digits == "1" || digits == "-1",
        }
    }

    /// An integer with the language's digit grouping: `1 500` (narrow no-break space) in
    /// French, `1,500` in English. Numbers below 10,000 are not grouped in French, as the
    /// Imprimerie nationale's rule allows for four digits.
    pub fn int(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let sign = if n < 0 { "-" } else { "" };
        let (separator, min_len) = match self {
            Lang::Fr => (NNBSP, 5),
            Lang::En => (',', 4),
        };
        if digits.len() < min_len {
            return format!("{sign}{digits}");
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        format!("{sign}{out}")
    }

    /// A decimal number with `digits` decimals and the language's decimal mark: `12,3` in
    /// French, `12.3` in English; trailing zeros are kept (`12,0`) so columns line up.
    pub fn decimal(self, value: f64, digits: usize) -> String {
        let text = format!("{value:.digits$}");
        let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
        let whole = whole.parse::<i64>().map_or_else(
            |_| whole.to_owned(),
            |w| {
                let grouped = self.int(w);
                if w == 0 && whole.starts_with('-') {
                    format!("-{grouped}")
                } else {
                    grouped
                }
            },
        );
        match (frac.is_empty(), self) {
            (true, _) => whole,
            (false, Lang::Fr) => format!("{whole},{frac}"),
            (false, Lang::En) => format!("{whole}.{frac}"),
        }
    }

    /// A percentage of `ratio` (0.123 → `12,3 %` in French with a narrow no-break space,
    /// `12.3%` in English), with `digits` decimals.
    pub fn percent(self, ratio: f64, digits: usize) -> String {
        let number = self.decimal(ratio * 100.0, digits);
        match self {
            Lang::Fr => format!("{number}{NNBSP}%"),
            Lang::En => format!("{number}%"),
        }
    }
}

/// Windows sets no `LANG`: the user's display language ("en-GB", "fr-FR") decides there.
#[cfg(windows)]
fn system_ui_language() -> Option<Lang> {
    sys_locale::get_locale().and_then(|code| Lang::from_code(&code))
}

/// Elsewhere the environment variables are the system's answer.
#[cfg(not(windows))]
fn system_ui_language() -> Option<Lang> {
    None
}

/// A web page's table: its own rows, then the rows of `shared` keys taken from the app's
/// tables (answer shapes, Vrai/Faux), so the page says the same words as the app.
fn with_shared(
    own: &'static [(&'static str, &'static str, &'static str)],
    shared: &'static [&'static str],
) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    let shared = shared.iter().map(|k| (*k, Lang::Fr.t(k), Lang::En.t(k)));
    own.iter().copied().chain(shared)
}

/// Replaces `{name}` placeholders in `template`, and chooses plural forms.
///
/// A placeholder `{name|singular|plural}` is replaced by the form that agrees with the number
/// in `name` (French: 0 and 1 take the singular; English: only 1), so a table row reads
/// `"{n} {n|question|questions}"` instead of the forbidden `"question(s)"`. Numbers in
/// `name` are taken as they display: format them first with [`Lang::int`] or
/// [`Lang::decimal`] when they need grouping or a decimal comma. Without a language (see
/// [`Lang::f`]) the French rule applies.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    fill_in(Lang::Fr, template, args)
}

fn fill_in(lang: Lang, template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let inner = &after[..end];
                let mut parts = inner.split('|');
                let name = parts.next().unwrap_or_default();
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => {
                        let shown = value.to_string();
                        match (parts.next(), parts.next()) {
                            (Some(one), Some(other)) => {
                                out.push_str(if lang.is_singular(&shown) { one } else { other });
                            }
                            _ => out.push_str(&shown),
                        }
                    }
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

/// A narrow no-break space (U+202F): French thousands separator and the space before
/// `: ; ! ?`, `%` and inside « ».
pub const NNBSP: char = '\u{202f}';

/// The placeholders (`{name}`) of a template, sorted, for consistency checks.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(inner, _)| inner))
        .map(|inner| inner.split('|').next().unwrap_or_default())
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
    fn chooses_plural_forms_per_language() {
        let t = "{n} {n|question|questions}, {e} {e|erreur|erreurs}";
        let fr = |n: i64, e: i64| fill_in(Lang::Fr, t, &[("n", &n), ("e", &e)]);
        let en = |n: i64, e: i64| fill_in(Lang::En, t, &[("n", &n), ("e", &e)]);
        assert_eq!(fr(0, 1), "0 question, 1 erreur");
        assert_eq!(fr(1, 2), "1 question, 2 erreurs");
        assert_eq!(en(0, 1), "0 questions, 1 erreur");
        assert_eq!(en(1, 3), "1 question, 3 erreurs");
        assert_eq!(fill_in(Lang::Fr, "{x|a|b}", &[("x", &"1,5")]), "a");
        assert_eq!(fill_in(Lang::Fr, "{x|a|b}", &[("x", &"2,0")]), "b");
        assert_eq!(fill_in(Lang::En, "{x|a|b}", &[("x", &"1.0")]), "b");
        assert_eq!(placeholders("{n} {n|a|b} {m}"), ["m", "n"]);
    }

    #[test]
    fn formats_numbers_per_language() {
        assert_eq!(Lang::Fr.int(1500), "1500");
        assert_eq!(Lang::Fr.int(12_345), "12\u{202f}345");
        assert_eq!(Lang::Fr.int(-1_234_567), "-1\u{202f}234\u{202f}567");
        assert_eq!(Lang::En.int(1500), "1,500");
        assert_eq!(Lang::En.int(999), "999");
        assert_eq!(Lang::Fr.decimal(12.34, 1), "12,3");
        assert_eq!(Lang::En.decimal(12.0, 1), "12.0");
        assert_eq!(Lang::Fr.decimal(-0.25, 1), "-0,2");
        assert_eq!(Lang::Fr.decimal(3.0, 0), "3");
        assert_eq!(Lang::Fr.percent(0.123, 1), "12,3\u{202f}%");
        assert_eq!(Lang::En.percent(0.5, 0), "50%");
        assert_eq!(Lang::Fr.percent(0.5, 0), "50\u{202f}%");
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
