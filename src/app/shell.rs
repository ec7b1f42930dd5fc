//! The frame loop: input that belongs to the window (close, drops, shortcuts), the screen of
//! the current mode, modals, then the commands of this frame applied in order.
//!
//! [`AtelierApp::frame`] is the whole app for one frame; eframe calls it through
//! [`eframe::App::ui`] and the kittest tests call it directly, so tests drive the real thing.

use std::time::Duration;

use egui::{Context, Ui, ViewportCommand};

use super::apply::{Effect, Platform, apply};
use super::command::{Command, ImageOrigin, ImageTarget};
use super::file_ops::unix_now;
use super::settings::ThemeChoice;
use super::state::{AppState, Mode, ViewCommand};
use super::textures::TextureCache;
use super::window::WindowKeeper;
use crate::ui::{editor, fonts, menu, modals, presenter, shortcuts, theme};

pub struct AtelierApp {
    pub state: AppState,
    pub platform: Platform,
    pub textures: TextureCache,
    fonts_installed: bool,
    /// Theme, text scale and mode the style was last set for.
    styled_for: Option<(ThemeChoice, u32, bool)>,
    sent_title: String,
    /// Quit after the first painted frame (`--exit-after-first-frame`).
    pub exit_after_first_frame: bool,
    frames: u64,
    /// Commands to apply at the next frame (start-up actions such as `present`).
    queued: Vec<Command>,
    /// The main window's place around full screen.
    window: WindowKeeper,
}

impl AtelierApp {
    pub fn new(state: AppState, platform: Platform, textures: TextureCache) -> Self {
        Self {
            state,
            platform,
            textures,
            fonts_installed: false,
            styled_for: None,
            sent_title: String::new(),
            exit_after_first_frame: false,
            frames: 0,
            queued: Vec::new(),
            window: WindowKeeper::default(),
        }
    }

    /// Applies `command` at the start of the next frame.
    pub fn queue(&mut self, command: Command) {
        self.queued.push(command);
    }

    /// Draws one frame and applies what the user did.
    pub fn frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.setup_style(&ctx);
        crate::ui::a11y::set_lang(&ctx, self.state.lang());
        if !self.queued.is_empty() {
            let queued = std::mem::take(&mut self.queued);
            self.apply_all(&ctx, queued);
        }
        let mut out = Vec::new();
        self.window_input(&ctx, &mut out);
        let modal_open = self.state.modal_open();
        match &self.state.mode {
            Mode::Editor => {
                if !modal_open {
                    shortcuts::editor_shortcuts(&ctx, &self.state, &mut out);
                }
                egui::Panel::top("menu-bar").show(ui, |ui| {
                    menu::menu_bar_ui(ui, &self.state, &mut out);
                    menu::toolbar_ui(ui, &self.state, &mut out);
                });
                editor::editor_ui(ui, &self.state, &mut self.textures, &mut out);
            }
            Mode::Presenting(p) => {
                let now = self.platform.clock.now();
                let clock = self.platform.clock.time_of_day();
                presenter::presenter_ui(
                    ui,
                    &self.state,
                    p,
                    &mut self.textures,
                    now,
                    &clock,
                    &mut out,
                );
            }
        }
        modals::prompt_ui(ui, &self.state, &mut out);
        modals::notice_ui(ui, &self.state, &mut out);
        self.file_dialog(ui, &mut out);
        self.apply_all(&ctx, out);
        if self.state.live.is_some() {
            super::apply::sync_phones(&mut self.state, &self.platform);
            // Counts arrive without input: look again soon.
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
        self.keep_window(&ctx);
        self.after_frame(&ctx);
    }

    /// Applies commands and carries out their window effects.
    pub fn apply_all(&mut self, ctx: &Context, commands: Vec<Command>) {
        if !commands.is_empty() {
            // What changed is drawn at once, not at the next mouse move.
            ctx.request_repaint();
        }
        let was_editing = matches!(self.state.mode, Mode::Editor);
        let mut effects = Vec::new();
        for command in commands {
            apply(&mut self.state, &mut self.platform, command, &mut effects);
        }
        if was_editing && matches!(self.state.mode, Mode::Presenting(_)) {
            // The text field that had the keyboard (F5 works from any field) is gone: the
            // Enter, Space or → that follow are the presenter's.
            ctx.memory_mut(egui::Memory::stop_text_input);
        }
        for effect in effects {
            match effect {
                Effect::CloseWindow => ctx.send_viewport_cmd(ViewportCommand::Close),
                Effect::SetFullscreen(on) => {
                    let info = ctx.input(|i| i.viewport().clone());
                    let now = ctx.input(|i| i.time);
                    for command in self.window.fullscreen(on, &info, now) {
                        ctx.send_viewport_cmd(command);
                    }
                }
                Effect::RequestPaste => ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
                Effect::MoveAudience(monitor) => {
                    // X11 window managers do not move a full-screen window: leave full screen,
                    // then enter it on the new monitor.
                    let id = crate::ui::presenter::audience_viewport_id();
                    ctx.send_viewport_cmd_to(id, ViewportCommand::Fullscreen(false));
                    ctx.send_viewport_cmd_to(id, ViewportCommand::SetMonitor(monitor));
                }
            }
        }
    }

    /// Full screen off while a file dialog is open over a one-screen presentation, and the
    /// window back where it was after full screen (see [`WindowKeeper`]).
    fn keep_window(&mut self, ctx: &Context) {
        let info = ctx.input(|i| i.viewport().clone());
        let alone = matches!(&self.state.mode, Mode::Presenting(p) if !p.console);
        let now = ctx.input(|i| i.time);
        for command in self
            .window
            .frame(&info, now, alone, self.state.dialog.is_some())
        {
            ctx.send_viewport_cmd(command);
        }
        if self.window.busy() {
            ctx.request_repaint_after(Duration::from_millis(30));
        }
    }

    fn setup_style(&mut self, ctx: &Context) {
        if !self.fonts_installed {
            fonts::install(ctx);
            self.fonts_installed = true;
        }
        let presenting = matches!(self.state.mode, Mode::Presenting(_));
        let scale = if presenting {
            1.0
        } else {
            self.state.settings.text_scale
        };
        // Scale as an integer percentage so the comparison is exact.
        let wanted = (self.state.settings.theme, percent(scale), presenting);
        if self.styled_for != Some(wanted) {
            ctx.set_visuals(theme::editor_visuals(self.state.settings.theme));
            ctx.global_style_mut(theme::editor_text_styles);
            // Nothing moves on the projector unless the advisor asks: egui's own animations
            // (scrolling, fades) are off while presenting, and back for the editor.
            let animation_time = if presenting {
                0.0
            } else {
                egui::Style::default().animation_time
            };
            ctx.global_style_mut(|s| s.animation_time = animation_time);
            ctx.set_zoom_factor(scale);
            self.styled_for = Some(wanted);
        }
    }

    /// The file dialog being asked for, drawn (in-app) or run (native) until it answers.
    fn file_dialog(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let Some(request) = &self.state.dialog else {
            return;
        };
        if self
            .window
            .dialog_must_wait(&ui.ctx().input(|i| i.viewport().clone()))
        {
            // Out of full screen first, or a native dialog opens behind the slide.
            ui.ctx().request_repaint();
            return;
        }
        let lang = self.state.lang();
        if let Some(answer) = self.platform.dialogs.show(ui, request, lang) {
            out.push(Command::DialogAnswered(answer));
        }
    }

    /// Close requests, dropped files.
    fn window_input(&mut self, ctx: &Context, out: &mut Vec<Command>) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.state.quitting
            && self.state.doc.is_dirty()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            out.push(Command::Quit);
        }
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped {
            out.push(self.dropped_command(file.path().to_owned()));
        }
        self.pasted(ctx, out);
    }

    /// An image pasted from the clipboard goes where "Coller l'image" was pressed, else on the
    /// selected question's image. Text pasted after that button means there was no image.
    fn pasted(&self, ctx: &Context, out: &mut Vec<Command>) {
        let editing = matches!(self.state.mode, Mode::Editor) && !self.state.modal_open();
        if !editing {
            return;
        }
        let target = self
            .state
            .editor
            .paste_target
            .clone()
            .or_else(|| self.state.editor.selected.map(ImageTarget::Question));
        ctx.input(|i| {
            for event in &i.events {
                match event {
                    egui::Event::PasteImage(pixels) => match &target {
                        Some(target) => out.push(Command::AddImage {
                            target: target.clone(),
                            origin: ImageOrigin::Pixels(pixels.clone()),
                        }),
                        None => out.push(Command::Inform("notice.drop_select_first")),
                    },
                    egui::Event::Paste(_) if self.state.editor.paste_target.is_some() => {
                        out.push(Command::View(ViewCommand::CancelPaste));
                        out.push(Command::Inform("notice.clipboard_no_image"));
                    }
                    _ => {}
                }
            }
        });
    }

    /// A dropped quiz opens; a dropped image goes on the selected question.
    fn dropped_command(&self, path: std::path::PathBuf) -> Command {
        if crate::format::is_json_file_name(&path) {
            return Command::Open(path);
        }
        match self.state.editor.selected {
            Some(index) if matches!(self.state.mode, Mode::Editor) => Command::AddImage {
                target: ImageTarget::Question(index),
                origin: ImageOrigin::Path(path),
            },
            _ => Command::Inform("notice.drop_select_first"),
        }
    }

    fn after_frame(&mut self, ctx: &Context) {
        let title = self.state.window_title();
        if title != self.sent_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.sent_title = title;
        }
        let dirty = self.state.doc.is_dirty();
        if let Some(recovery) = self.platform.recovery.as_mut() {
            let quiz = self.state.doc.quiz();
            recovery.tick(
                quiz,
                self.state.doc.path(),
                dirty,
                self.platform.clock.now(),
                unix_now(),
            );
        }
        if dirty {
            // Wake up for the autosave even if the user does nothing.
            ctx.request_repaint_after(Duration::from_secs(5));
        }
        self.textures.end_frame();
        self.frames += 1;
        if self.exit_after_first_frame && self.frames >= 2 {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }
}

/// A scale factor as a whole percentage (text scales are between 50 % and 300 %).
fn percent(scale: f32) -> u32 {
    // The settings clamp the scale to 0.5..=3.0, so the value fits and is positive.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let p = (scale.clamp(0.0, 10.0) * 100.0).round() as u32;
    p
}

impl eframe::App for AtelierApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Some(r) = self.platform.recovery.as_mut() {
            r.flush();
        }
        // Window closed during a session with phones: close the port, write `--results`.
        super::apply::stop_phones(&mut self.state, &self.platform);
    }
}
