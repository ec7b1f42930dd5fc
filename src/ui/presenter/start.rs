//! The start screen: which levels, shuffled answers, countdown, theme, one or two screens.
//!
//! Big controls reachable by keyboard (Tab); a clicker's keys start (`PageDown`, →, ↓, and
//! Space or Enter on the Start button, which has the focus), `PageUp` and Esc go back to the
//! editor. Choices that persist (shuffle, timer, theme) are presenter settings.

use egui::{Align, Button, FontFamily, FontId, Layout, RichText, Role, TextStyle, Ui};

use crate::app::command::Command;
use crate::app::settings::{PresenterSettings, ThemeChoice};
use crate::app::state::AppState;
use crate::i18n::Lang;
use crate::presenter::{PresenterCommand as P, PresenterState, level_ids};
use crate::ui::{a11y, fonts};

/// Default countdowns offered for questions without their own time.
const TIMER_CHOICES: [Option<u32>; 5] = [None, Some(20), Some(30), Some(45), Some(60)];

fn big_text(ui: &mut Ui) -> f32 {
    let u = super::scale_unit(ui.max_rect());
    let body = (u / 36.0).clamp(18.0, 34.0);
    let style = ui.style_mut();
    style
        .text_styles
        .insert(TextStyle::Body, FontId::new(body, FontFamily::Proportional));
    style.text_styles.insert(
        TextStyle::Button,
        FontId::new(body, FontFamily::Proportional),
    );
    style
        .text_styles
        .insert(TextStyle::Heading, FontId::new(body * 1.6, fonts::bold()));
    style.spacing.item_spacing = egui::vec2(body * 0.6, body * 0.45);
    style.spacing.button_padding = egui::vec2(body * 0.5, body * 0.25);
    style.spacing.icon_width = body * 0.9;
    style.spacing.icon_width_inner = body * 0.5;
    body
}

/// Draws the start screen in the main window.
pub fn start_ui(ui: &mut Ui, state: &AppState, p: &PresenterState, out: &mut Vec<Command>) {
    if !state.modal_open() {
        // Before the widgets, so the keys of a clicker never reach them.
        let can_start = !p.chosen_questions(state.doc.quiz()).is_empty();
        super::keys::start_keys(ui.ctx(), can_start, out);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        let body = big_text(ui);
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.add_space(body);
            ui.vertical_centered(|ui| {
                ui.set_max_width((ui.available_width()).min(body * 40.0));
                ui.with_layout(Layout::top_down(Align::Min), |ui| {
                    contents(ui, state, p, out, body);
                });
            });
            a11y::keep_focus_visible(ui);
        });
    });
}

fn contents(ui: &mut Ui, state: &AppState, p: &PresenterState, out: &mut Vec<Command>, body: f32) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    ui.heading(&quiz.title);
    ui.label(RichText::new(lang.t("present.start.subtitle")).strong());
    ui.add_space(body * 0.5);
    levels(ui, state, p, out);
    ui.add_space(body * 0.5);
    options(ui, &state.settings.presenter, lang, out);
    ui.add_space(body * 0.3);
    let console = p.console;
    let mut on = console;
    if ui
        .checkbox(&mut on, lang.t("present.start.console"))
        .changed()
    {
        out.push(Command::Presenter(P::SetConsole(on)));
    }
    let mut phones = p.phones_wanted;
    if ui.checkbox(&mut phones, lang.t("live.option")).changed() {
        out.push(Command::Presenter(P::SetPhones(phones)));
    }
    ui.label(RichText::new(lang.t("live.option_help")).weak());
    ui.add_space(body * 0.8);
    let n = p.chosen_questions(quiz).len();
    ui.label(lang.f("present.start.count", &[("n", &n)]));
    ui.horizontal(|ui| {
        let start = ui.add_enabled(
            n > 0,
            Button::new(
                RichText::new(lang.t("present.start.go"))
                    .strong()
                    .size(body * 1.3),
            )
            .min_size(egui::vec2(body * 10.0, body * 2.4)),
        );
        if ui.ctx().memory(|m| m.focused().is_none()) && n > 0 {
            start.request_focus();
        }
        if start.clicked() {
            out.push(Command::Presenter(P::Start));
        }
        if ui.button(lang.t("present.start.back")).clicked() {
            out.push(Command::Presenter(P::Leave));
        }
    });
    ui.label(RichText::new(lang.t("present.start.hint")).weak());
}

fn levels(ui: &mut Ui, state: &AppState, p: &PresenterState, out: &mut Vec<Command>) {
    let lang = state.lang();
    let quiz = state.doc.quiz();
    ui.label(RichText::new(lang.t("present.start.levels")).strong());
    let mut all = p.levels.is_empty();
    if ui
        .checkbox(&mut all, lang.t("present.start.all_levels"))
        .changed()
        && all
    {
        out.push(Command::Presenter(P::AllLevels));
    }
    for id in level_ids(quiz) {
        let name = quiz.level(&id).map_or(id.as_str(), |l| l.name.as_str());
        let count = quiz.questions.iter().filter(|q| q.level == id).count();
        if count == 0 {
            continue;
        }
        let mut on = p.levels.is_empty() || p.levels.contains(&id);
        let label = lang.f("present.start.level", &[("name", &name), ("n", &count)]);
        if ui.checkbox(&mut on, label).changed() {
            // From "all", unticking a level keeps every other one.
            out.push(Command::Presenter(P::ToggleLevel(id.clone())));
        }
    }
}

fn options(ui: &mut Ui, settings: &PresenterSettings, lang: Lang, out: &mut Vec<Command>) {
    let mut set = |s: PresenterSettings| out.push(Command::SetPresenterSettings(s));
    let mut shuffle = settings.shuffle_answers;
    if ui
        .checkbox(&mut shuffle, lang.t("present.start.shuffle"))
        .changed()
    {
        set(PresenterSettings {
            shuffle_answers: shuffle,
            ..settings.clone()
        });
    }
    let mut timer = settings.timer;
    if ui
        .checkbox(&mut timer, lang.t("present.start.timer"))
        .changed()
    {
        set(PresenterSettings {
            timer,
            ..settings.clone()
        });
    }
    if settings.timer {
        ui.horizontal_wrapped(|ui| {
            a11y::container(ui, Role::RadioGroup, lang.t("present.start.timer_default"));
            ui.label(lang.t("present.start.timer_default"));
            for choice in TIMER_CHOICES {
                let label = choice.map_or_else(
                    || lang.t("present.start.timer_none").to_owned(),
                    |s| lang.f("present.seconds", &[("n", &s)]),
                );
                if ui
                    .radio(settings.default_timer_s == choice, label)
                    .clicked()
                {
                    set(PresenterSettings {
                        default_timer_s: choice,
                        ..settings.clone()
                    });
                }
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        a11y::container(ui, Role::RadioGroup, lang.t("present.start.theme"));
        ui.label(lang.t("present.start.theme"));
        for theme in ThemeChoice::ALL {
            if ui
                .radio(settings.theme == theme, lang.t(theme.label_key()))
                .clicked()
            {
                set(PresenterSettings {
                    theme,
                    ..settings.clone()
                });
            }
        }
    });
}
