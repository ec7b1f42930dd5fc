//! Competence tags of a question: the 16 CRCN competences by code and French name, a level
//! from 1 to 8, or any other framework (DigComp…) typed in.

use egui::{ComboBox, Ui};

use super::question_editor::QCtx;
use super::widgets::{self, Icon, TextField};
use crate::model::{CRCN, Competence, FRAMEWORKS, Limits, crcn_name};
use crate::ui::a11y;

pub fn competences_ui(ui: &mut Ui, cx: &mut QCtx<'_>) {
    let lang = cx.lang;
    widgets::section(ui, lang.t("competence.section"));
    widgets::help(ui, lang.t("competence.help"));
    for (i, c) in cx.q.competences.iter().enumerate() {
        ui.horizontal_wrapped(|ui| competence_row(ui, cx, i, c));
    }
    if widgets::icon_button(ui, Icon::Plus, lang.t("competence.add")).clicked() {
        cx.change(|q| {
            q.competences.push(Competence {
                framework: "CRCN".to_owned(),
                code: String::new(),
                level: None,
                ..Competence::default()
            });
        });
    }
}

fn set(cx: &mut QCtx<'_>, i: usize, change: impl FnOnce(&mut Competence)) {
    cx.change(|q| {
        if let Some(c) = q.competences.get_mut(i) {
            change(c);
        }
    });
}

fn competence_row(ui: &mut Ui, cx: &mut QCtx<'_>, i: usize, c: &Competence) {
    let lang = cx.lang;
    let n = i + 1;
    let key = format!("competences[{i}]");
    // Framework: the known ones, or "other" with a free name.
    let known = FRAMEWORKS.iter().position(|f| *f == c.framework);
    let label = ui.label(lang.f("competence.framework", &[("n", &n)]));
    let shown = known.map_or_else(
        || lang.t("competence.other_framework").to_owned(),
        |k| FRAMEWORKS[k].to_owned(),
    );
    let mut framework: Option<String> = None;
    let combo = ComboBox::from_id_salt(cx.id(&format!("{key}.framework")))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for f in FRAMEWORKS {
                if ui.selectable_label(c.framework == f, f).clicked() {
                    framework = Some(f.to_owned());
                }
            }
            if ui
                .selectable_label(known.is_none(), lang.t("competence.other_framework"))
                .clicked()
            {
                framework = Some(String::new());
            }
        });
    let combo = combo.response.labelled_by(label.id);
    a11y::labelled_combo(&combo, &label);
    if cx.focus(&key) && c.framework.trim().is_empty() {
        combo.request_focus();
    }
    if let Some(f) = framework.filter(|f| *f != c.framework) {
        set(cx, i, |comp| {
            comp.framework = f;
            comp.code.clear();
        });
    }
    if known.is_none() {
        let field = TextField::new(
            cx.id(&format!("{key}.framework-name")),
            lang.t("competence.framework_name"),
        )
        .hint("DigComp-2.2")
        .width(140.0);
        if let Some(text) = field.show(ui, &c.framework) {
            cx.typing(&format!("{key}.framework"), |q| {
                if let Some(comp) = q.competences.get_mut(i) {
                    comp.framework = text;
                }
            });
        }
    }
    code(ui, cx, i, c, &key);
    level(ui, cx, i, c, &key);
    let remove = lang.f("competence.remove", &[("n", &n)]);
    if widgets::icon_only(ui, Icon::Remove, &remove).clicked() {
        cx.change(|q| {
            if i < q.competences.len() {
                q.competences.remove(i);
            }
        });
    }
}

fn code(ui: &mut Ui, cx: &mut QCtx<'_>, i: usize, c: &Competence, key: &str) {
    let lang = cx.lang;
    let n = i + 1;
    if c.framework == "CRCN" {
        let label = ui.label(lang.f("competence.code", &[("n", &n)]));
        let shown = crcn_name(&c.code).map_or_else(
            || {
                if c.code.is_empty() {
                    lang.t("competence.pick").to_owned()
                } else {
                    c.code.clone()
                }
            },
            |name| format!("{} — {name}", c.code),
        );
        let mut picked = None;
        let combo = ComboBox::from_id_salt(cx.id(&format!("{key}.code")))
            .selected_text(shown)
            .width(360.0)
            .show_ui(ui, |ui| {
                for comp in CRCN {
                    let text = format!("{} — {}", comp.code, comp.name_fr);
                    if ui.selectable_label(c.code == comp.code, text).clicked() {
                        picked = Some(comp.code);
                    }
                }
            });
        let combo = combo.response.labelled_by(label.id);
        a11y::labelled_combo(&combo, &label);
        if cx.focus(key) && !c.framework.trim().is_empty() {
            combo.request_focus();
        }
        if let Some(code) = picked {
            set(cx, i, |comp| code.clone_into(&mut comp.code));
        }
    } else {
        let field = TextField::new(
            cx.id(&format!("{key}.code")),
            lang.f("competence.code", &[("n", &n)]),
        )
        .hint(lang.t("competence.code_hint"))
        .width(120.0)
        .focus(cx.focus(key) && !c.framework.trim().is_empty());
        if let Some(text) = field.show(ui, &c.code) {
            cx.typing(&format!("{key}.code"), |q| {
                if let Some(comp) = q.competences.get_mut(i) {
                    comp.code = text;
                }
            });
        }
    }
}

fn level(ui: &mut Ui, cx: &mut QCtx<'_>, i: usize, c: &Competence, key: &str) {
    let lang = cx.lang;
    let label = ui.label(lang.f("competence.level", &[("n", &(i + 1))]));
    let mut picked: Option<Option<u8>> = None;
    let combo = ComboBox::from_id_salt(cx.id(&format!("{key}.level")))
        .selected_text(c.level.map_or_else(
            || lang.t("competence.no_level").to_owned(),
            |l| l.to_string(),
        ))
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(c.level.is_none(), lang.t("competence.no_level"))
                .clicked()
            {
                picked = Some(None);
            }
            for l in 1..=Limits::MAX_COMPETENCE_LEVEL {
                if ui
                    .selectable_label(c.level == Some(l), l.to_string())
                    .clicked()
                {
                    picked = Some(Some(l));
                }
            }
        });
    a11y::labelled_combo(&combo.response.labelled_by(label.id), &label);
    if let Some(l) = picked {
        set(cx, i, |comp| comp.level = l);
    }
}
