//! H5P's metadata (`h5p.json`, and each sub-content's `metadata`) ⇄ our credits.
//!
//! H5P's metadata is the closest to our credits model: authors with roles, a licence with its
//! version, years, a source URL, a change log, comments for the next author. Licences are
//! H5P's codes (`CC BY-SA` + `4.0`, `CC0 1.0`, `C` for all rights reserved, `U` undisclosed);
//! ours are SPDX identifiers. Anything without an H5P code goes as `U` with the identifier in
//! `licenseExtras`, and comes back from there.

use serde_json::{Map, Value, json};

use crate::model::{ALL_RIGHTS_RESERVED, Author, Quiz, SourceUse};

/// The H5P licence code and version of an SPDX identifier; `None` when H5P has no code for it.
pub fn h5p_license(spdx: &str) -> Option<(String, String)> {
    let id = spdx.trim();
    if id.is_empty() {
        return Some(("U".into(), String::new()));
    }
    if id == ALL_RIGHTS_RESERVED {
        return Some(("C".into(), String::new()));
    }
    if id.eq_ignore_ascii_case("CC0-1.0") {
        return Some(("CC0 1.0".into(), String::new()));
    }
    if id.eq_ignore_ascii_case("PDDL-1.0") {
        return Some(("ODC PDDL".into(), String::new()));
    }
    let (body, version) = id.rsplit_once('-')?;
    let terms = body.strip_prefix("CC-")?;
    let known = ["BY", "BY-SA", "BY-ND", "BY-NC", "BY-NC-SA", "BY-NC-ND"];
    known
        .contains(&terms)
        .then(|| (format!("CC {terms}"), version.to_owned()))
}

/// The SPDX identifier of an H5P licence (code, version, extras); "" for undisclosed.
pub fn spdx_license(code: &str, version: &str, extras: &str) -> String {
    let version = version.trim();
    match code.trim() {
        "" | "U" => extras.trim().to_owned(),
        "C" => ALL_RIGHTS_RESERVED.to_owned(),
        "CC0 1.0" => "CC0-1.0".to_owned(),
        "ODC PDDL" => "PDDL-1.0".to_owned(),
        "PD" => "LicenseRef-domaine-public".to_owned(),
        "CC PDM" => "LicenseRef-CC-PDM-1.0".to_owned(),
        "GNU GPL" => {
            let n = version.trim_start_matches('v');
            format!("GPL-{}.0-or-later", if n.is_empty() { "3" } else { n })
        }
        cc if cc.starts_with("CC ") => {
            let v = if version.is_empty() { "4.0" } else { version };
            format!("CC-{}-{v}", &cc[3..])
        }
        other => other.to_owned(),
    }
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// What `h5p.json` (or a sub-content's `metadata`) says of its makers.
#[derive(Debug, Default, PartialEq)]
pub struct Credits {
    pub title: String,
    pub language: String,
    /// `(name, role)`, role as H5P spells it (`Author`, `Editor`, `Licensee`, `Originator`).
    pub authors: Vec<(String, String)>,
    pub license: String,
    pub source: String,
    pub year_from: String,
    pub year_to: String,
    /// The change log, one line per change (`date, author: log`).
    pub changes: Vec<String>,
    pub comments: String,
}

impl Credits {
    pub fn read(v: &Value) -> Credits {
        let authors = v
            .get("authors")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .map(|a| (text(a, "name"), text(a, "role")))
                    .filter(|(name, _)| !name.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let changes = v
            .get("changes")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .map(|c| {
                        let who = [text(c, "date"), text(c, "author")]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(", ");
                        let log = text(c, "log");
                        if who.is_empty() {
                            log
                        } else {
                            format!("{who}\u{202f}: {log}")
                        }
                    })
                    .filter(|l| !l.trim().is_empty())
                    .collect()
            })
            .unwrap_or_default();
        Credits {
            title: text(v, "title"),
            language: text(v, "language"),
            authors,
            license: spdx_license(
                &text(v, "license"),
                &text(v, "licenseVersion"),
                &text(v, "licenseExtras"),
            ),
            source: text(v, "source"),
            year_from: text(v, "yearFrom"),
            year_to: text(v, "yearTo"),
            changes,
            comments: text(v, "authorComments"),
        }
    }

    /// The authors as one line: `Camille, Dominique (Editor)`.
    pub fn authors_line(&self) -> String {
        let names: Vec<String> = self
            .authors
            .iter()
            .map(|(name, role)| {
                if role.is_empty() || role == "Author" {
                    name.clone()
                } else {
                    format!("{name} ({role})")
                }
            })
            .collect();
        names.join(", ")
    }

    /// Puts what the quiz model has a place for into `quiz` (title, language, authors with
    /// their roles, licence, years kept in `extra`).
    pub fn apply_to(&self, quiz: &mut Quiz) {
        self.title.clone_into(&mut quiz.title);
        let lang = self.language.split(['-', '_']).next().unwrap_or_default();
        if !lang.is_empty() && lang != "und" {
            lang.clone_into(&mut quiz.language);
        }
        quiz.authors = self
            .authors
            .iter()
            .map(|(name, role)| {
                let mut a = Author {
                    name: name.clone(),
                    ..Author::default()
                };
                if !role.is_empty() && role != "Author" {
                    a.extra.insert("h5p_role".into(), role.clone().into());
                }
                a
            })
            .collect();
        self.license.clone_into(&mut quiz.license);
        for (key, year) in [
            ("h5p_year_from", &self.year_from),
            ("h5p_year_to", &self.year_to),
        ] {
            if !year.is_empty() {
                quiz.extra.insert(key.into(), year.clone().into());
            }
        }
    }
}

/// The year of a `YYYY-MM-DD` date, or of a year the quiz kept from H5P.
fn year(kept: Option<&Value>, date: &str) -> Option<Value> {
    let from_date = date.get(..4).and_then(|y| y.parse::<u32>().ok());
    match (kept.and_then(Value::as_str), from_date) {
        (Some(y), _) if !y.is_empty() => Some(y.into()),
        (_, Some(y)) => Some(json!(y)),
        _ => None,
    }
}

/// The licence fields of `spdx`: `license`, `licenseVersion`, `licenseExtras`; whether H5P
/// had a code for it.
pub fn license_fields(spdx: &str, out: &mut Map<String, Value>) -> bool {
    match h5p_license(spdx) {
        Some((code, version)) => {
            out.insert("license".into(), code.into());
            if !version.is_empty() {
                out.insert("licenseVersion".into(), version.into());
            }
            true
        }
        None => {
            out.insert("license".into(), "U".into());
            out.insert("licenseExtras".into(), spdx.into());
            false
        }
    }
}

/// `h5p.json`'s metadata part for `quiz` (title, language, authors, licence, years, source,
/// change log, comments); whether the licence had an H5P code.
pub fn package_metadata(quiz: &Quiz, comments: &str) -> (Map<String, Value>, bool) {
    let mut m = Map::new();
    let title = quiz.title.trim();
    m.insert(
        "title".into(),
        if title.is_empty() { "Quiz" } else { title }.into(),
    );
    let lang = quiz.language.split(['-', '_']).next().unwrap_or("fr");
    m.insert("language".into(), lang.into());
    m.insert("defaultLanguage".into(), lang.into());
    let authors: Vec<Value> = quiz
        .authors
        .iter()
        .filter(|a| !a.name.trim().is_empty())
        .map(|a| {
            let role = a
                .extra
                .get("h5p_role")
                .and_then(Value::as_str)
                .unwrap_or("Author");
            json!({ "name": a.name.trim(), "role": role })
        })
        .collect();
    m.insert("authors".into(), authors.into());
    let known = license_fields(&quiz.license, &mut m);
    if let Some(y) = year(quiz.extra.get("h5p_year_from"), &quiz.created) {
        m.insert("yearFrom".into(), y);
    }
    if let Some(y) = year(quiz.extra.get("h5p_year_to"), &quiz.modified) {
        m.insert("yearTo".into(), y);
    }
    if let Some(url) = quiz
        .sources
        .iter()
        .map(|s| s.url.trim())
        .find(|u| !u.is_empty())
    {
        m.insert("source".into(), url.into());
    }
    let who: Vec<&str> = quiz.authors.iter().map(|a| a.name.as_str()).collect();
    let changes: Vec<Value> = quiz
        .sources
        .iter()
        .filter(|s| s.usage == Some(SourceUse::Adapted) && !s.changes.trim().is_empty())
        .map(|s| {
            json!({
                "date": h5p_date(&quiz.modified),
                "author": who.join(", "),
                "log": format!("{}\u{202f}: {}", s.title.trim(), s.changes.trim()),
            })
        })
        .collect();
    if !changes.is_empty() {
        m.insert("changes".into(), changes.into());
    }
    if !comments.is_empty() {
        m.insert("authorComments".into(), comments.into());
    }
    (m, known)
}

/// `2026-12-03` → `03-12-26 00:00:00`, the form H5P's editor writes in change logs.
fn h5p_date(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => format!("{d}-{m}-{} 00:00:00", &y[2..]),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licences_both_ways() {
        for spdx in [
            "CC-BY-SA-4.0",
            "CC-BY-NC-ND-3.0",
            "CC0-1.0",
            ALL_RIGHTS_RESERVED,
            "",
            "PDDL-1.0",
        ] {
            let (code, version) = h5p_license(spdx).unwrap();
            assert_eq!(spdx_license(&code, &version, ""), spdx, "{code} {version}");
        }
        assert_eq!(h5p_license("etalab-2.0"), None);
        assert_eq!(spdx_license("U", "", "etalab-2.0"), "etalab-2.0");
        assert_eq!(spdx_license("CC BY", "", ""), "CC-BY-4.0");
        assert_eq!(spdx_license("GNU GPL", "v3", ""), "GPL-3.0-or-later");
    }

    #[test]
    fn metadata_round_trip() {
        let mut quiz = Quiz {
            title: "Arnaques".into(),
            license: "CC-BY-SA-4.0".into(),
            created: "2025-03-01".into(),
            modified: "2026-12-03".into(),
            ..Quiz::default()
        };
        quiz.authors.push(Author {
            name: "Camille".into(),
            ..Author::default()
        });
        let mut editor = Author {
            name: "Dominique".into(),
            ..Author::default()
        };
        editor.extra.insert("h5p_role".into(), "Editor".into());
        quiz.authors.push(editor);
        let (m, known) = package_metadata(&quiz, "");
        assert!(known);
        let credits = Credits::read(&Value::Object(m));
        assert_eq!(credits.authors_line(), "Camille, Dominique (Editor)");
        assert_eq!(
            (credits.year_from.as_str(), credits.year_to.as_str()),
            ("2025", "2026")
        );
        let mut back = Quiz::default();
        credits.apply_to(&mut back);
        assert_eq!(back.authors, quiz.authors);
        assert_eq!(back.license, quiz.license);
        assert_eq!(back.title, "Arnaques");
    }
}
