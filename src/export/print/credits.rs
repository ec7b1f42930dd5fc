//! The last page, "Sources et crédits": the quiz, its authors and licence, then every source
//! and image credit of the printed questions — the same list as the presenter's end slide
//! (`presenter::credits::collect`), with licences by their human name.

use super::builder::{BODY, Builder, PROMPT};
use super::page::Role;
use crate::i18n::Lang;
use crate::model::Quiz;
use crate::presenter::credits::{collect, credit_line, license_label};

/// Licence ids people know by name (the editor's licence list uses the same keys).
const NAMED: [(&str, &str); 6] = [
    ("CC-BY-4.0", "license.cc_by"),
    ("CC-BY-SA-4.0", "license.cc_by_sa"),
    ("CC-BY-NC-SA-4.0", "license.cc_by_nc_sa"),
    ("CC0-1.0", "license.cc0"),
    ("etalab-2.0", "license.etalab"),
    (
        "LicenseRef-tous-droits-reserves",
        "license.all_rights_reserved",
    ),
];

/// "Creative Commons Attribution 4.0 (CC BY)" rather than `CC-BY-4.0`.
pub fn license_name(id: &str, lang: Lang) -> String {
    NAMED
        .iter()
        .find(|(l, _)| l.eq_ignore_ascii_case(id))
        .map_or_else(
            || license_label(id, lang),
            |(_, key)| lang.t(key).to_owned(),
        )
}

/// Lays out the credits of `questions` (indices into the quiz).
pub fn credits(b: &mut Builder<'_>, quiz: &Quiz, questions: &[usize], lang: Lang) {
    let c = collect(quiz, questions);
    b.text(lang.t("print.credits"), PROMPT, true, Role::Heading);
    b.gap(8.0);
    let title = if c.title.trim().is_empty() {
        lang.t("print.untitled")
    } else {
        c.title
    };
    b.text(
        &lang.f("print.credits.quiz", &[("title", &title)]),
        BODY,
        false,
        Role::Paragraph,
    );
    if !c.authors.is_empty() {
        let names = c.authors.join(", ");
        let text = lang.f(
            "print.credits.authors",
            &[("n", &c.authors.len()), ("names", &names)],
        );
        b.text(&text, BODY, false, Role::Paragraph);
    }
    if !c.license.trim().is_empty() {
        let text = lang.f(
            "print.credits.license",
            &[("license", &license_name(c.license, lang))],
        );
        b.text(&text, BODY, false, Role::Paragraph);
    }
    if c.sources.is_empty() && c.images.is_empty() {
        b.gap(8.0);
        b.text(lang.t("print.credits.none"), BODY, false, Role::Paragraph);
    }
    if !c.sources.is_empty() {
        b.gap(10.0);
        b.text(lang.t("print.credits.sources"), BODY, true, Role::Heading);
        for s in &c.sources {
            b.gap(4.0);
            b.text(&source_line(s, lang), BODY, false, Role::Paragraph);
        }
    }
    if !c.images.is_empty() {
        b.gap(10.0);
        b.text(lang.t("print.credits.images"), BODY, true, Role::Heading);
        for (_, credit) in &c.images {
            let mut credit = (*credit).clone();
            credit.license = license_name(&credit.license, lang);
            b.gap(4.0);
            b.text(&credit_line(&credit, lang), BODY, false, Role::Paragraph);
        }
    }
    b.gap(16.0);
    b.text(
        lang.t("print.credits.made_with"),
        BODY,
        false,
        Role::Paragraph,
    );
}

/// "title (author) — use — Licence : name — url" with the licence's human name.
fn source_line(source: &crate::model::Source, lang: Lang) -> String {
    let mut named = source.clone();
    named.license = license_name(&source.license, lang);
    crate::presenter::credits::source_line(&named, lang)
}
