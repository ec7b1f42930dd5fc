//! Images of a question and of its answers: add (file dialog, clipboard, or a file dropped on
//! the window), describe (alt text, required), credit, replace, remove.
//!
//! Adding goes through `Command::AddImage`, whose applier shrinks images over 1920 px so the
//! quiz stays small enough to e-mail.

use egui::{Image, RichText, Ui, vec2};

use super::license_picker;
use super::question_editor::QCtx;
use super::widgets::{self, Icon, TextField};
use crate::app::actions;
use crate::app::command::{Command, ImageOrigin, ImageTarget};
use crate::app::textures::{ImageState, TextureCache};
use crate::model::{Credit, ImageRef, QuestionKind, Severity};

/// Shows the image of `asset_id` at most `max` points large.
pub fn thumbnail(
    ui: &mut Ui,
    cx: &QCtx<'_>,
    textures: &mut TextureCache,
    image: &ImageRef,
    max: egui::Vec2,
) {
    let lang = cx.lang;
    let Some(asset) = cx.quiz.assets.get(&image.asset) else {
        ui.label(RichText::new(lang.t("image.missing")).color(ui.visuals().error_fg_color));
        return;
    };
    match textures.get(ui.ctx(), asset) {
        ImageState::Ready(texture) => {
            ui.add(Image::new(&texture).max_size(max).alt_text(&image.alt));
        }
        ImageState::Loading => {
            ui.spinner();
        }
        ImageState::Failed => {
            ui.label(RichText::new(lang.t("image.unreadable")).color(ui.visuals().error_fg_color));
        }
    }
}

pub fn question_image_ui(ui: &mut Ui, cx: &mut QCtx<'_>, textures: &mut TextureCache) {
    let lang = cx.lang;
    widgets::section(ui, lang.t("image.section"));
    let target = ImageTarget::Question(cx.index);
    let Some(image) = cx.q.image.clone() else {
        let hotspot = matches!(cx.q.kind, QuestionKind::Hotspot { .. });
        let key = if hotspot {
            "image.needed_for_hotspot"
        } else {
            "image.none"
        };
        widgets::help(ui, lang.t(key));
        ui.horizontal_wrapped(|ui| {
            let add = ui.button(lang.t("image.add"));
            if cx.focus("image") {
                add.request_focus();
            }
            if add.clicked() {
                cx.out.push(Command::AddImage {
                    target: target.clone(),
                    origin: ImageOrigin::Dialog,
                });
            }
            if ui.button(lang.t("image.paste")).clicked() {
                cx.out.push(Command::RequestPaste(target.clone()));
            }
        });
        widgets::help(ui, lang.t("image.drop_hint"));
        return;
    };
    let hotspot = matches!(cx.q.kind, QuestionKind::Hotspot { .. });
    ui.horizontal_top(|ui| {
        if !hotspot {
            thumbnail(ui, cx, textures, &image, vec2(260.0, 180.0));
        }
        ui.vertical(|ui| {
            alt_field(ui, cx, &image, "image", None);
            ui.horizontal_wrapped(|ui| {
                image_buttons(ui, cx, &target, None);
            });
        });
    });
    credit_ui(ui, cx, &image.asset, "image");
}

/// Alt text of an image (required: a warning mark while it is empty).
fn alt_field(
    ui: &mut Ui,
    cx: &mut QCtx<'_>,
    image: &ImageRef,
    prefix: &str,
    choice: Option<usize>,
) {
    let lang = cx.lang;
    let key = format!("{prefix}.alt");
    let label = match choice {
        None => lang.t("image.alt").to_owned(),
        Some(c) => lang.f(
            "image.choice_alt",
            &[("letter", &crate::ui::shapes::letter(c))],
        ),
    };
    ui.horizontal(|ui| {
        if image.alt.trim().is_empty() {
            widgets::severity_mark(ui, Severity::Warning, 18.0)
                .on_hover_text(lang.t("image.alt_missing"));
        }
        let field = TextField::new(cx.id(&key), &label)
            .hint(lang.t("image.alt_hint"))
            .focus(cx.focus(&key));
        if let Some(text) = field.show(ui, &image.alt) {
            cx.typing(&key, |q| {
                let slot = match choice {
                    None => q.image.as_mut(),
                    Some(c) => q
                        .kind
                        .choices_mut()
                        .and_then(|cs| cs.get_mut(c))
                        .and_then(|ch| ch.image.as_mut()),
                };
                if let Some(img) = slot {
                    img.alt = text;
                }
            });
        }
    });
}

/// Replace, paste another, remove.
fn image_buttons(ui: &mut Ui, cx: &mut QCtx<'_>, target: &ImageTarget, choice: Option<usize>) {
    let lang = cx.lang;
    let (replace, paste, remove) = match choice {
        None => (
            lang.t("image.replace").to_owned(),
            lang.t("image.paste_other").to_owned(),
            lang.t("image.remove").to_owned(),
        ),
        Some(c) => {
            let letter = crate::ui::shapes::letter(c);
            (
                lang.f("image.choice_replace", &[("letter", &letter)]),
                lang.f("image.choice_paste", &[("letter", &letter)]),
                lang.f("image.choice_remove", &[("letter", &letter)]),
            )
        }
    };
    if ui.button(replace).clicked() {
        cx.out.push(Command::AddImage {
            target: target.clone(),
            origin: ImageOrigin::Dialog,
        });
    }
    if ui.button(paste).clicked() {
        cx.out.push(Command::RequestPaste(target.clone()));
    }
    if widgets::icon_button(ui, Icon::Remove, &remove).clicked()
        && let Some(edit) = actions::remove_image(cx.quiz, cx.index, choice)
    {
        cx.out.push(Command::edit(edit));
    }
}

/// Credit of an image: title, author, link, license (a warning while there is none).
fn credit_ui(ui: &mut Ui, cx: &mut QCtx<'_>, asset_id: &str, prefix: &str) {
    let Some(asset) = cx.quiz.assets.get(asset_id) else {
        return;
    };
    let lang = cx.lang;
    let key = format!("{prefix}.credit");
    let open = cx
        .state
        .editor
        .focus_field
        .as_deref()
        .is_some_and(|f| f.starts_with(&key));
    let header = if asset.credit.is_empty() {
        lang.t("image.credit_missing").to_owned()
    } else {
        // Only what is filled in: never "Camille Martin ()" or " (CC BY 4.0)".
        let license = (!asset.credit.license.trim().is_empty())
            .then(|| license_picker::license_name(lang, &asset.credit.license));
        let credit = &asset.credit;
        let parts: Vec<String> = [credit.title.trim(), credit.author.trim()]
            .into_iter()
            .map(str::to_owned)
            .chain(license)
            .filter(|p| !p.is_empty())
            .collect();
        lang.f("image.credit_summary", &[("credit", &parts.join(" — "))])
    };
    let quiz = cx.quiz;
    egui::CollapsingHeader::new(header)
        .id_salt(cx.id(&key))
        .open(open.then_some(true))
        .show(ui, |ui| {
            let credit = &asset.credit;
            let mut changed: Option<Credit> = None;
            for (field, label, value) in [
                ("title", "image.credit_title", &credit.title),
                ("author", "image.credit_author", &credit.author),
                ("url", "image.credit_url", &credit.url),
            ] {
                let k = format!("{key}.{field}");
                let f = TextField::new(cx.id(&k), lang.t(label))
                    .inline()
                    .focus(cx.focus(&k));
                if let Some(text) = f.show(ui, value) {
                    changed = Some(credit.with_text(field, text));
                }
            }
            let k = format!("{key}.license");
            if let Some(license) = license_picker::license_picker(
                ui,
                lang,
                cx.id(&k),
                lang.t("image.credit_license"),
                &credit.license,
                cx.focus(&k),
            ) {
                let mut c = credit.clone();
                c.license = license;
                changed = Some(c);
            }
            if let Some(credit) = changed
                && let Some(edit) = actions::set_credit(quiz, asset_id, credit)
            {
                cx.out
                    .push(Command::typing(edit, format!("asset:{asset_id}:credit")));
            }
        });
}

/// The image of answer `c`: small preview, alt text, credit, buttons.
pub fn choice_image_ui(ui: &mut Ui, cx: &mut QCtx<'_>, c: usize, textures: &mut TextureCache) {
    let Some(image) =
        cx.q.kind
            .choices()
            .and_then(|cs| cs.get(c))
            .and_then(|ch| ch.image.clone())
    else {
        return;
    };
    let prefix = format!("choices[{c}].image");
    let target = ImageTarget::Choice {
        question: cx.index,
        choice: c,
    };
    ui.horizontal_top(|ui| {
        thumbnail(ui, cx, textures, &image, vec2(120.0, 90.0));
        ui.vertical(|ui| {
            alt_field(ui, cx, &image, &prefix, Some(c));
            ui.horizontal_wrapped(|ui| image_buttons(ui, cx, &target, Some(c)));
        });
    });
    credit_ui(ui, cx, &image.asset, &prefix);
}

/// The "Image…" menu of an answer without image: choose a file or paste.
pub fn add_choice_image_menu(ui: &mut Ui, cx: &mut QCtx<'_>, c: usize, letter: char) {
    let lang = cx.lang;
    let name = lang.f("image.choice_add", &[("letter", &letter)]);
    let target = ImageTarget::Choice {
        question: cx.index,
        choice: c,
    };
    let response = ui
        .menu_button(lang.t("image.choice_menu"), |ui| {
            if ui.button(lang.t("image.add")).clicked() {
                cx.out.push(Command::AddImage {
                    target: target.clone(),
                    origin: ImageOrigin::Dialog,
                });
                ui.close();
            }
            if ui.button(lang.t("image.paste")).clicked() {
                cx.out.push(Command::RequestPaste(target.clone()));
                ui.close();
            }
        })
        .response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
}
