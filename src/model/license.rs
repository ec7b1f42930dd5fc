//! Licence identifiers as people read them.
//!
//! The file stores SPDX identifiers (`CC-BY-SA-4.0`, `etalab-2.0`) or our own references
//! (`LicenseRef-tous-droits-reserves`) because other tools read them; nobody in a workshop
//! reads "CC-BY-SA-4.0". Every screen, slide and report that shows a licence goes through
//! [`license_name`], so the same licence reads the same everywhere.

use crate::i18n::Lang;

/// Our own references (`LicenseRef-…`) and the key of their name.
const REFERENCES: [(&str, &str); 3] = [
    ("LicenseRef-tous-droits-reserves", "license.name.all_rights"),
    ("LicenseRef-voir-site", "license.name.see_site"),
    ("LicenseRef-see-site", "license.name.see_site"),
];

/// The human name of licence `id`: "CC BY-SA 4.0", "Licence Ouverte 2.0", "Tous droits
/// réservés"; an identifier we do not know is shown as written (`MIT`, `GPL-3.0-only`).
pub fn license_name(id: &str, lang: Lang) -> String {
    let id = id.trim();
    if let Some((_, key)) = REFERENCES.iter().find(|(r, _)| r.eq_ignore_ascii_case(id)) {
        return lang.t(key).to_owned();
    }
    if let Some(version) = strip_prefix_ignore_case(id, "etalab-") {
        return lang.f("license.name.etalab", &[("version", &version)]);
    }
    if let Some(rest) = strip_prefix_ignore_case(id, "LicenseRef-") {
        return rest.replace('-', " ");
    }
    creative_commons(id).unwrap_or_else(|| id.to_owned())
}

/// The licence as it follows a credit: "licence CC BY 4.0", but "tous droits réservés" and
/// "voir le site" alone (they are not licences).
pub fn license_phrase(id: &str, lang: Lang) -> String {
    let name = license_name(id, lang);
    if REFERENCES
        .iter()
        .any(|(r, _)| r.eq_ignore_ascii_case(id.trim()))
    {
        lowercase_first(&name)
    } else {
        lang.f("license.phrase", &[("name", &name)])
    }
}

/// `CC-BY-NC-SA-4.0` → `CC BY-NC-SA 4.0`, `CC0-1.0` → `CC0 1.0`, `CC-BY-SA-3.0-FR` →
/// `CC BY-SA 3.0 FR`.
fn creative_commons(id: &str) -> Option<String> {
    let upper = id.to_ascii_uppercase();
    if let Some(version) = upper.strip_prefix("CC0-") {
        return Some(format!("CC0 {version}"));
    }
    let rest = upper.strip_prefix("CC-")?;
    let parts: Vec<&str> = rest.split('-').collect();
    let at = parts
        .iter()
        .position(|p| p.starts_with(|c: char| c.is_ascii_digit()))?;
    let (terms, version) = parts.split_at(at);
    if terms.is_empty() || terms[0] != "BY" {
        return None;
    }
    Some(format!("CC {} {}", terms.join("-"), version.join(" ")))
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_people_read() {
        let fr = |id| license_name(id, Lang::Fr);
        assert_eq!(fr("CC-BY-SA-4.0"), "CC BY-SA 4.0");
        assert_eq!(fr("CC-BY-4.0"), "CC BY 4.0");
        assert_eq!(fr("cc-by-nc-sa-4.0"), "CC BY-NC-SA 4.0");
        assert_eq!(fr("CC-BY-SA-3.0-FR"), "CC BY-SA 3.0 FR");
        assert_eq!(fr("CC0-1.0"), "CC0 1.0");
        assert_eq!(fr("etalab-2.0"), "Licence Ouverte 2.0");
        assert_eq!(
            fr("LicenseRef-tous-droits-reserves"),
            "Tous droits réservés"
        );
        assert_eq!(fr("LicenseRef-voir-site"), "Voir le site");
        assert_eq!(fr("LicenseRef-libre-de-droits"), "libre de droits");
        assert_eq!(fr("MIT"), "MIT");
        assert_eq!(fr("CC-FOO"), "CC-FOO");
        assert_eq!(
            license_name("etalab-2.0", Lang::En),
            "Licence Ouverte 2.0 (Etalab)"
        );
        assert_eq!(
            license_name("LicenseRef-tous-droits-reserves", Lang::En),
            "All rights reserved"
        );
    }

    #[test]
    fn phrases_after_a_credit() {
        assert_eq!(license_phrase("CC-BY-4.0", Lang::Fr), "licence CC BY 4.0");
        assert_eq!(license_phrase("CC-BY-4.0", Lang::En), "license CC BY 4.0");
        assert_eq!(
            license_phrase("LicenseRef-tous-droits-reserves", Lang::Fr),
            "tous droits réservés"
        );
        assert_eq!(
            license_phrase("LicenseRef-voir-site", Lang::Fr),
            "voir le site"
        );
    }
}
