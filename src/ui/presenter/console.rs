//! The presenter console (two screens): what the laptop shows while the room sees the
//! audience window — the audience view in small, the next question, the answer, the notes,
//! the countdown, hands to count and the session time.
//!
//! Everything private lives here and only here.

use std::time::Duration;

use egui::{DragValue, FontFamily, FontId, RichText, ScrollArea, TextStyle, Ui, vec2};

use super::{audience_ui, start};
use crate::app::command::Command;
use crate::app::state::AppState;
use crate::app::textures::TextureCache;
use crate::i18n::Lang;
use crate::model::{Question, QuestionKind, Quiz};
use crate::presenter::view::audience_view;
use crate::presenter::{Phase, PresenterCommand as P, PresenterState, csv, tally};
use crate::ui::a11y;
use crate::ui::shapes;
use crate::ui::theme::Palette;

fn console_text(ui: &mut Ui) {
    let style = ui.style_mut();
    style
        .text_styles
        .insert(TextStyle::Body, FontId::new(20.0, FontFamily::Proportional));
    style.text_styles.insert(
        TextStyle::Button,
        FontId::new(20.0, FontFamily::Proportional),
    );
    style.text_styles.insert(
        TextStyle::Heading,
        FontId::new(26.0, crate::ui::fonts::bold()),
    );
    style.spacing.button_padding = vec2(12.0, 6.0);
}

/// The console in the main window.
pub fn console_ui(
    ui: &mut Ui,
    state: &AppState,
    p: &PresenterState,
    textures: &mut TextureCache,
    now: Duration,
    clock: &str,
    out: &mut Vec<Command>,
) {
    if p.phase == Phase::Setup {
        start::start_ui(ui, state, p, out);
        return;
    }
    let lang = state.lang();
    let quiz = state.doc.quiz();
    egui::Panel::top("console-bar").show(ui, |ui| {
        console_text(ui);
        toolbar(ui, p, lang, (now, clock), out);
    });
    let splitter = a11y::Splitter::keys(ui, "console-side", a11y::Grows::Left);
    let side_panel = egui::Panel::right("console-side")
        .default_size(ui.available_width() * 0.42)
        .show(ui, |ui| {
            console_text(ui);
            ScrollArea::vertical().show(ui, |ui| side(ui, quiz, p, lang, out));
        });
    splitter.finish(ui, &side_panel.response, lang.t("a11y.splitter_console"));
    egui::CentralPanel::default().show(ui, |ui| {
        console_text(ui);
        ui.heading(lang.t("present.console.audience"));
        let w = ui.available_width();
        let h = (w * 9.0 / 16.0).min(ui.available_height() * 0.7);
        let (rect, _) = ui.allocate_exact_size(vec2(h * 16.0 / 9.0, h), egui::Sense::hover());
        let view = audience_view(quiz, p, lang, now);
        let pal = Palette::of(state.settings.presenter.theme);
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            super::announce::announce_view(ui, &view);
            audience_ui(ui, &view, textures, &pal);
        });
        ui.add_space(8.0);
        ui.heading(lang.t("present.console.next"));
        match p.next_question().and_then(|i| quiz.questions.get(i)) {
            Some(q) => ui.label(&q.prompt),
            None => ui.label(lang.t("present.console.no_next")),
        };
        // Decode the next image ahead, so it shows at once.
        if let Some(a) = p
            .next_question()
            .and_then(|i| quiz.questions.get(i))
            .and_then(|q| q.image.as_ref())
            .and_then(|i| quiz.assets.get(&i.asset))
        {
            textures.prefetch(ui.ctx(), a);
        }
    });
}

fn toolbar(
    ui: &mut Ui,
    p: &PresenterState,
    lang: Lang,
    (now, clock): (Duration, &str),
    out: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let mut b = |ui: &mut Ui, key: &'static str, c: P| {
            if ui.button(lang.t(key)).clicked() {
                out.push(Command::Presenter(c));
            }
        };
        b(ui, "present.console.back", P::Back);
        b(ui, "present.console.next_step", P::Next);
        b(ui, "present.console.timer", P::ToggleTimer);
        b(ui, "present.console.black", P::ToggleBlack);
        b(ui, "present.console.export", P::ExportCsv);
        b(ui, "present.console.leave", P::Leave);
    });
    // Status on its own line: it never pushes the screen choice off a laptop's narrow window.
    ui.horizontal_wrapped(|ui| {
        if let Some((k, n)) = p.progress() {
            ui.label(RichText::new(lang.f("present.progress", &[("k", &k), ("n", &n)])).strong());
            ui.separator();
        }
        let elapsed = now.saturating_sub(p.started_at).as_secs();
        let time = format!(
            "{}:{:02}:{:02}",
            elapsed / 3600,
            elapsed / 60 % 60,
            elapsed % 60
        );
        ui.label(RichText::new(lang.f("present.console.clock", &[("time", &clock)])).strong());
        ui.label(lang.f("present.console.elapsed", &[("time", &time)]));
        if let Some((_, c)) = p.countdown {
            let s = c.seconds_left(now);
            ui.label(lang.f(
                "present.console.countdown",
                &[("time", &format!("{}:{:02}", s / 60, s % 60))],
            ));
        }
        if p.blank.is_some() {
            ui.label(RichText::new(lang.t("present.console.blanked")).strong());
        }
        ui.separator();
        ui.label(lang.t("present.console.monitor"));
        let group = lang.t("present.console.monitor");
        a11y::group(ui, egui::Role::RadioGroup, group, |ui| {
            for m in 0..3 {
                let current = p.monitor.unwrap_or(super::DEFAULT_AUDIENCE_MONITOR) == m;
                let response = ui.selectable_label(current, (m + 1).to_string());
                a11y::role(&response, egui::Role::RadioButton);
                a11y::name(&response, lang.f("a11y.monitor", &[("n", &(m + 1))]));
                if response.clicked() {
                    out.push(Command::Presenter(P::SetMonitor(m)));
                }
            }
        });
    });
    if let Some(f) = &p.flash {
        ui.label(&f.text);
    }
}

/// The right column: answer, notes, tally, keys.
fn side(ui: &mut Ui, quiz: &Quiz, p: &PresenterState, lang: Lang, out: &mut Vec<Command>) {
    super::phones_console::phones_ui(ui, p, lang, out);
    let Some(index) = p.current_question() else {
        ui.heading(lang.t("present.console.no_question"));
        keys_reminder(ui, lang);
        return;
    };
    let Some(q) = quiz.questions.get(index) else {
        return;
    };
    ui.heading(lang.t("present.console.answer"));
    ui.label(answer_text(quiz, p, q, index, lang));
    ui.add_space(8.0);
    ui.heading(lang.t("present.console.notes"));
    if q.notes.trim().is_empty() {
        ui.label(RichText::new(lang.t("present.console.no_notes")).weak());
    } else {
        ui.label(&q.notes);
    }
    ui.add_space(8.0);
    tally_entry(ui, quiz, p, q, index, lang, out);
    ui.add_space(8.0);
    keys_reminder(ui, lang);
}

/// The right answer in words, with the letters the room sees.
fn answer_text(quiz: &Quiz, p: &PresenterState, q: &Question, index: usize, lang: Lang) -> String {
    let order = p.display_order(quiz, index);
    match &q.kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => order
            .iter()
            .enumerate()
            .filter(|(_, o)| choices.get(**o).is_some_and(|c| c.correct))
            .map(|(s, o)| format!("{} : {}", shapes::letter(s), choices[*o].text))
            .collect::<Vec<_>>()
            .join("\n"),
        QuestionKind::TrueFalse { answer } => lang
            .t(if *answer {
                "present.true"
            } else {
                "present.false"
            })
            .to_owned(),
        QuestionKind::Poll { .. } => lang.t("present.console.poll").to_owned(),
        QuestionKind::Ordering { items } => items
            .iter()
            .enumerate()
            .map(|(k, t)| {
                let shown = order.iter().position(|o| *o == k).unwrap_or(k);
                format!("{}. {} : {t}", k + 1, shapes::letter(shown))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        QuestionKind::Hotspot { regions } => {
            lang.f("present.console.hotspot", &[("n", &regions.len())])
        }
        QuestionKind::Open { answer_text } => answer_text.clone(),
        QuestionKind::Unknown { .. } => String::new(), // never presented
    }
}

fn tally_entry(
    ui: &mut Ui,
    quiz: &Quiz,
    p: &PresenterState,
    q: &Question,
    index: usize,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let n = tally::field_count(q);
    if n == 0 {
        return;
    }
    ui.heading(lang.t("present.console.tally"));
    let labels = csv::field_labels(q, lang);
    let counts = p
        .tallies
        .get(&index)
        .map_or_else(|| vec![0; n], |t| t.counts.clone());
    egui::Grid::new("console-tally")
        .num_columns(2)
        .show(ui, |ui| {
            for shown in 0..n {
                let field = p.field_of(quiz, index, shown);
                let letter = if tally::TallyKind::of(q) == Some(tally::TallyKind::Choices) {
                    format!("{} ", shapes::letter(shown))
                } else {
                    String::new()
                };
                let label = labels.get(field).cloned().unwrap_or_default();
                let name = ui.label(format!("{letter}{label}"));
                let mut v = counts.get(field).copied().unwrap_or(0);
                let response = ui
                    .add(DragValue::new(&mut v).range(0..=tally::MAX_COUNT))
                    .labelled_by(name.id);
                let answer = format!("{letter}{label}");
                let field_name = lang.f("a11y.tally_field", &[("answer", &answer.trim())]);
                crate::ui::a11y::name(&response, field_name);
                if response.changed() {
                    out.push(Command::Presenter(P::SetTally {
                        question: index,
                        field,
                        count: v,
                    }));
                }
                ui.end_row();
            }
        });
}

fn keys_reminder(ui: &mut Ui, lang: Lang) {
    ui.collapsing(lang.t("present.keys.title"), |ui| {
        egui::Grid::new("console-keys")
            .num_columns(2)
            .show(ui, |ui| {
                for (keys, action) in super::KEYS {
                    ui.label(RichText::new(lang.t(keys)).strong());
                    ui.label(lang.t(action));
                    ui.end_row();
                }
            });
    });
}
