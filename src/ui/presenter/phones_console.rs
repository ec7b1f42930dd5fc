//! The phones' part of the presenter console: how many are connected and answered, the
//! address shown in the QR code (a choice when the laptop has several), what to do without a
//! network, a failure notice, and the open answers — plain text, here only, never on the
//! projector.

use egui::{RichText, Ui};

use crate::app::command::Command;
use crate::i18n::Lang;
use crate::presenter::{PresenterCommand as P, PresenterState};

pub fn phones_ui(ui: &mut Ui, p: &PresenterState, lang: Lang, out: &mut Vec<Command>) {
    let Some(phones) = &p.phones else {
        return;
    };
    if let Some(reason) = &phones.failure {
        ui.colored_label(
            ui.visuals().error_fg_color,
            lang.f("live.failed", &[("reason", reason)]),
        );
    }
    let mut line = lang.f("live.connected", &[("n", &phones.status.connected)]);
    if let Some(index) = p.current_question() {
        let n = phones.answered(index);
        line = format!(
            "{line} · {}",
            lang.f(
                "live.answers",
                &[("n", &n), ("total", &phones.status.connected)]
            )
        );
    }
    ui.label(RichText::new(line).strong());
    ui.label(format!(
        "{}  {}",
        phones.url,
        lang.f("live.code", &[("code", &phones.code)])
    ));
    if phones.addresses.is_empty() && phones.url.is_empty() {
        ui.label(lang.t("live.no_network"));
    } else if phones.addresses.len() > 1 {
        ui.label(lang.t("live.address"));
        ui.horizontal_wrapped(|ui| {
            crate::ui::a11y::container(ui, egui::Role::RadioGroup, lang.t("live.address"));
            for (i, c) in phones.addresses.iter().enumerate() {
                let label = format!("{} ({})", c.ip, c.interface);
                if ui.radio(phones.chosen == i, label).clicked() {
                    out.push(Command::Presenter(P::PhonesAddress(i)));
                }
            }
        });
    }
    if let Some(texts) = p
        .current_question()
        .and_then(|i| phones.status.tallies.get(&i))
        .map(|t| &t.texts)
        .filter(|t| !t.is_empty())
    {
        ui.heading(lang.t("live.open_answers"));
        for text in texts {
            // A label, never markup: egui draws the text as it is.
            ui.label(text);
        }
    }
    ui.separator();
}
