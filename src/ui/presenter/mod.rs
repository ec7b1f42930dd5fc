//! The presenter screens: start screen, audience view, presenter console.
//!
//! One screen (laptop mirrored to the projector): the main window shows the audience view
//! only. Two screens: the main window becomes the console and the audience view opens full
//! screen on the other monitor as a second egui viewport. Both draw from the same
//! [`PresenterState`], through the same [`audience_ui`], and push the same commands.

mod announce;
mod answers;
mod audience;
mod console;
mod draw;
pub mod fit;
mod help;
mod keys;
mod phones;
mod phones_console;
mod question;
mod slides;
mod start;

use std::time::Duration;

use egui::{Frame, Ui, ViewportBuilder, ViewportId};

pub use audience::{AudienceLayout, audience_ui, scale_unit};
pub use help::KEYS;

use crate::app::command::Command;
use crate::app::state::AppState;
use crate::app::textures::TextureCache;
use crate::presenter::view::audience_view;
use crate::presenter::{Phase, PresenterCommand, PresenterState};
use crate::ui::theme::Palette;

/// The audience window's viewport in console mode.
pub fn audience_viewport_id() -> ViewportId {
    ViewportId::from_hash_of("atelier-quiz-audience")
}

/// Monitor used for the audience when none was chosen: the second one, if there is one.
pub const DEFAULT_AUDIENCE_MONITOR: usize = 1;

/// Draws the presenter for one frame and handles its keys.
pub fn presenter_ui(
    ui: &mut Ui,
    state: &AppState,
    p: &PresenterState,
    textures: &mut TextureCache,
    now: Duration,
    clock: &str,
    out: &mut Vec<Command>,
) {
    let ctx = ui.ctx().clone();
    let modal = state.modal_open();
    if p.countdown.is_some_and(|(_, c)| c.is_running()) || p.flash.is_some() {
        ctx.request_repaint_after(Duration::from_millis(250));
    }
    if p.console {
        console::console_ui(ui, state, p, textures, now, clock, out);
        audience_window(&ctx, state, p, textures, now, out, modal);
        if !modal && p.phase == Phase::Running {
            keys::session_keys(&ctx, out);
        } else if !modal {
            keys::leave_key(&ctx, out);
        }
        return;
    }
    if p.phase == Phase::Setup {
        start::start_ui(ui, state, p, out);
        if !modal {
            keys::leave_key(&ctx, out);
        }
        return;
    }
    egui::CentralPanel::default()
        .frame(Frame::NONE)
        .show(ui, |ui| {
            if state.dialog.is_some() {
                // A file dialog is open: the room sees black, not the slide under it.
                ui.painter()
                    .rect_filled(ui.max_rect(), 0.0, egui::Color32::BLACK);
            } else {
                draw_audience(ui, state, p, textures, now);
            }
        });
    if !modal {
        keys::session_keys(&ctx, out);
        keys::session_clicks(&ctx, out);
    }
    keys::hide_idle_cursor(&ctx);
}

/// The audience view of the session, drawn in all of `ui`.
fn draw_audience(
    ui: &mut Ui,
    state: &AppState,
    p: &PresenterState,
    textures: &mut TextureCache,
    now: Duration,
) -> AudienceLayout {
    let view = audience_view(state.doc.quiz(), p, state.lang(), now);
    let pal = Palette::of(state.settings.presenter.theme);
    announce::announce_view(ui, &view);
    audience_ui(ui, &view, textures, &pal)
}

/// Console mode: the audience view in its own window, full screen on the chosen monitor.
fn audience_window(
    ctx: &egui::Context,
    state: &AppState,
    p: &PresenterState,
    textures: &mut TextureCache,
    now: Duration,
    out: &mut Vec<Command>,
    modal: bool,
) {
    let title = format!(
        "{} — {}",
        state.doc.quiz().title,
        state.lang().t("present.audience_window")
    );
    let builder = ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([960.0, 540.0])
        .with_fullscreen(p.audience_fullscreen)
        .with_monitor(p.monitor.unwrap_or(DEFAULT_AUDIENCE_MONITOR));
    ctx.show_viewport_immediate(audience_viewport_id(), builder, |ui, class| {
        if class == egui::ViewportClass::EmbeddedWindow {
            ui.set_min_size(egui::vec2(480.0, 270.0));
        }
        let rect = ui.available_rect_before_wrap();
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            draw_audience(ui, state, p, textures, now);
        });
        let vctx = ui.ctx().clone();
        if vctx.input(|i| i.viewport().close_requested()) {
            out.push(Command::Presenter(PresenterCommand::Leave));
        }
        if class != egui::ViewportClass::EmbeddedWindow && !modal {
            // No widgets here: every key is the presenter's, even before the start (F, Esc).
            keys::session_keys(&vctx, out);
            if p.phase == Phase::Running {
                keys::session_clicks(&vctx, out);
            }
            keys::hide_idle_cursor(&vctx);
        }
    });
}
