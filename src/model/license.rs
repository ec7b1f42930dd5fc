//! Licences as people read them: "CC BY-SA 4.0", "Licence Ouverte 2.0", "Tous droits réservés".
//!
//! The file stores SPDX identifiers (`CC-BY-SA-4.0`) so other tools understand it, but advisors
//! and their groups know licences by their usual names. Every place that shows a licence — the
//! credits slide, the editor, the command line, exports — goes through [`license_name`], so the
//! same licence never reads two ways.

use crate::i18n::Lang;

/// The identifier of "all rights reserved" (SPDX has none: a `LicenseRef-`).
pub const ALL_RIGHTS_RESERVED: &str = "LicenseRef-tous-droits-reserves";
/// The identifier of a source whose licence is on its own web site.
pub const SEE_SITE: &str = "LicenseRef-voir-site";

/// The usual name of `license` in `lang`: Creative Commons identifiers with spaces
/// (`CC-BY-NC-SA-4.0` → "CC BY-NC-SA 4.0"), Etalab's by its French name, `LicenseRef-`
/// identifiers by what they say; anything else as written.
pub fn license_name(license: &str, lang: Lang) -> String {
    let id = license.trim();
    match id.to_ascii_lowercase().as_str() {
        "" => return lang.t("license.none").to_owned(),
        "etalab-2.0" => return lang.t("license.name.etalab").to_owned(),
        "licenseref-tous-droits-reserves" => return lang.t("license.name.all_rights").to_owned(),
        "licenseref-voir-site" => return lang.t("license.name.see_site").to_owned(),
        _ => {}
    }
    if let Some(rest) = id.strip_prefix("LicenseRef-") {
        return rest.replace('-', " ");
    }
    creative_commons(id).unwrap_or_else(|| id.to_owned())
}

/// `CC-BY-SA-4.0` → `CC BY-SA 4.0`, `CC0-1.0` → `CC0 1.0`; `None` for other identifiers.
fn creative_commons(id: &str) -> Option<String> {
    let (body, version) = id.rsplit_once('-')?;
    if !version.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    if body.eq_ignore_ascii_case("CC0") {
        return Some(format!("CC0 {version}"));
    }
    let terms = body.strip_prefix("CC-")?;
    Some(format!("CC {terms} {version}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_names() {
        let fr = |id| license_name(id, Lang::Fr);
        assert_eq!(fr("CC-BY-SA-4.0"), "CC BY-SA 4.0");
        assert_eq!(fr("CC-BY-4.0"), "CC BY 4.0");
        assert_eq!(fr("CC-BY-NC-SA-4.0"), "CC BY-NC-SA 4.0");
        assert_eq!(fr("CC0-1.0"), "CC0 1.0");
        assert_eq!(fr("etalab-2.0"), "Licence Ouverte 2.0");
        assert_eq!(fr(ALL_RIGHTS_RESERVED), "Tous droits réservés");
        assert_eq!(fr(SEE_SITE), "voir le site");
        assert_eq!(fr("LicenseRef-usage-interne"), "usage interne");
        assert_eq!(fr("MIT"), "MIT");
        assert_eq!(fr(""), "Aucune licence");
        assert_eq!(license_name("etalab-2.0", Lang::En), "Open Licence 2.0");
        assert_eq!(
            license_name(ALL_RIGHTS_RESERVED, Lang::En),
            "All rights reserved"
        );
    }
}
