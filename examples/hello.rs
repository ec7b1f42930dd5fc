//! The baseline for startup time: a bare eframe window built with the same features and
//! renderer as Atelier Quiz, closing after its first painted frame like
//! `atelier-quiz --exit-after-first-frame`. See `benches/startup.sh`.

use eframe::egui;

struct Hello {
    frames: u32,
}

impl eframe::App for Hello {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Bonjour");
        });
        self.frames += 1;
        if self.frames >= 2 {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "hello",
        options,
        Box::new(|_cc| Ok(Box::new(Hello { frames: 0 }))),
    )
}
