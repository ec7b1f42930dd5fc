//! Picking a license: the common ones by name, or any identifier typed in.
//!
//! Advisors rarely know SPDX identifiers; they know "CC BY-SA" or "Licence Ouverte". The list
//! writes the identifier for them, and the field next to it accepts anything else.

use egui::{ComboBox, Id, Ui};

use super::widgets::TextField;
use crate::i18n::Lang;
use crate::ui::a11y;

/// `(identifier, translation key of its name)` of the licenses offered.
pub const LICENSES: [(&str, &str); 6] = [
    ("CC-BY-4.0", "license.cc_by"),
    ("CC-BY-SA-4.0", "license.cc_by_sa"),
    ("CC-BY-NC-SA-4.0", "license.cc_by_nc_sa"),
    ("CC0-1.0", "license.cc0"),
    ("etalab-2.0", "license.etalab"),
    (
        crate::model::ALL_RIGHTS_RESERVED,
        "license.all_rights_reserved",
    ),
];

/// The usual name of a license identifier ("CC BY-SA 4.0"), as everywhere else.
pub fn license_name(lang: Lang, id: &str) -> String {
    crate::model::license_name(id, lang)
}

/// Draws the picker for `value`; returns the new identifier when the user changed it.
pub fn license_picker(
    ui: &mut Ui,
    lang: Lang,
    id: Id,
    label: &str,
    value: &str,
    focus: bool,
) -> Option<String> {
    let mut chosen = None;
    let owner = label;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(label);
        let known = LICENSES
            .iter()
            .position(|(l, _)| l.eq_ignore_ascii_case(value));
        let selected = match known {
            Some(i) => lang.t(LICENSES[i].1).to_owned(),
            None if value.trim().is_empty() => lang.t("license.none").to_owned(),
            None => lang.t("license.other").to_owned(),
        };
        let combo = ComboBox::from_id_salt(id.with("combo"))
            .selected_text(selected)
            .width(300.0)
            .show_ui(ui, |ui| {
                for (i, (license, key)) in LICENSES.iter().enumerate() {
                    if ui.selectable_label(known == Some(i), lang.t(key)).clicked() {
                        chosen = Some((*license).to_owned());
                    }
                }
            });
        a11y::labelled_combo(&combo.response.labelled_by(label.id), &label);
        let field = TextField::new(id.with("text"), lang.t("license.identifier"))
            .owner(owner)
            .hint(lang.t("license.identifier_hint"))
            .width(220.0)
            .focus(focus);
        if let Some(text) = field.show(ui, value) {
            chosen = Some(text);
        }
    });
    chosen.filter(|c| c != value)
}
