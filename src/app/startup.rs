//! Starting the app: settings, which quiz to show first, crash recovery, the native window.

use std::path::Path;

use super::apply::Platform;
use super::command::Command;
use super::document::Document;
use super::native_dialogs::SystemDialogs;
use super::platform::{AppPaths, SystemClock};
use super::recovery::Recovery;
use super::samples::SAMPLES;
use super::settings::Settings;
use super::shell::AtelierApp;
use super::state::{AppState, Notice, Prompt};
use super::textures::TextureCache;
use crate::cli::GuiOptions;
use crate::format::{self, ImageCheck};
use crate::presenter::PresentRequest;
use crate::storage::{self, OpenError};

/// The first document: the file asked for, else the last one opened, else the first sample.
///
/// A file that cannot be opened gives the sample (or an empty quiz) plus a notice saying why.
pub fn first_document(
    file: Option<&Path>,
    settings: &Settings,
    today: &str,
) -> (Document, Option<Notice>) {
    let lang = settings.lang();
    let wanted = file.or_else(|| settings.last_file());
    if let Some(path) = wanted {
        match storage::open_quiz(path, ImageCheck::Header) {
            Ok(loaded) => return (Document::new(loaded.quiz, Some(path.to_owned())), None),
            Err(OpenError::Storage(e)) => {
                let notice = Notice::Error {
                    title: lang.t("notice.open_failed").to_owned(),
                    details: vec![e.message(lang)],
                };
                return (sample_or_empty(settings, today), Some(notice));
            }
            Err(OpenError::Format(e)) => {
                let notice = Notice::BadFile {
                    file: path.display().to_string(),
                    diagnostics: e.diagnostics,
                };
                return (sample_or_empty(settings, today), Some(notice));
            }
        }
    }
    (sample_or_empty(settings, today), None)
}

fn sample_or_empty(settings: &Settings, today: &str) -> Document {
    SAMPLES
        .first()
        .and_then(|(name, bytes)| Some((name, format::load(bytes).ok()?)))
        .map_or_else(
            || Document::untitled(settings.lang(), today),
            |(name, loaded)| {
                let stem = name.trim_end_matches(format::FILE_SUFFIX);
                let label = settings.lang().f("doc.sample_name", &[("name", &stem)]);
                Document::new(loaded.quiz, None).with_unsaved_name(label)
            },
        )
}

/// Builds the app state for a start with `options`, offering any recovery copy found.
pub fn build_app(
    options: &GuiOptions,
    platform: Platform,
    mut settings: Settings,
    background_decoding: bool,
) -> AtelierApp {
    if options.lang.is_some() {
        settings.lang = options.lang;
    }
    let today = platform.clock.today();
    // Another tool's file (a double-click on a Kahoot sheet, `atelier-quiz banque.gift`)
    // opens as File → Open does: converted, with its report. The last quiz stays behind it.
    let wanted = options.file.as_deref();
    let foreign = wanted.filter(|p| super::interchange_ops::is_foreign(p));
    let own = wanted.filter(|_| foreign.is_none());
    let (doc, notice) = first_document(own, &settings, &today);
    let mut state = AppState::new(doc, settings);
    state.notice = notice;
    if let Some(path) = foreign {
        super::interchange_ops::open(&mut state, &platform, path);
    }
    if !state.doc.quiz().questions.is_empty() {
        state.editor.selected = Some(0);
    }
    if let Some(r) = platform.recovery.as_ref() {
        r.prune(super::file_ops::unix_now());
    }
    if let Some(found) = platform
        .recovery
        .as_ref()
        .map(Recovery::find)
        .and_then(|f| f.into_iter().next())
    {
        state.prompt = Some(Prompt::Recover(found));
    }
    let mut app = AtelierApp::new(state, platform, TextureCache::new(background_decoding));
    if let Some(present) = &options.present {
        let request = PresentRequest {
            levels: present.levels.clone(),
            from_question: None,
            console: present.console,
            monitor: present.monitor,
            phones: present.phones.is_some(),
        };
        if let Some(live) = &present.phones {
            app.state.live_options = live.clone();
        }
        app.queue(Command::Present(request));
    }
    app.exit_after_first_frame = options.exit_after_first_frame;
    app
}

/// The desktop id (`AppStream` component id): also the desktop entry's and the icon's name,
/// and the Wayland app id.
pub const APP_ID: &str = "io.github.atelierquiz.AtelierQuiz";

/// Runs the native app until its window closes.
pub fn run(options: &GuiOptions) -> eframe::Result {
    let paths = AppPaths::from_os();
    let settings = paths
        .as_ref()
        .map(|p| Settings::load(&p.config_dir))
        .unwrap_or_default();
    let platform = Platform::new(
        Box::new(SystemDialogs::detect()),
        Box::new(SystemClock::default()),
        paths,
    );
    let app = build_app(options, platform, settings, true);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(app.state.window_title())
        // Wayland matches the window to its desktop entry by this id (packaging/linux/).
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0]);
    if let Some(icon) = super::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "atelier-quiz",
        native,
        Box::new(move |_cc| Ok(Box::new(app))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn french() -> Settings {
        Settings {
            lang: Some(Lang::Fr),
            ..Settings::default()
        }
    }

    #[test]
    fn no_file_opens_the_bundled_sample_as_unsaved() {
        let (doc, notice) = first_document(None, &french(), "2026-11-27");
        assert!(notice.is_none());
        assert_eq!(doc.quiz().title, "Naviguer en sécurité");
        assert_eq!(
            doc.path(),
            None,
            "saving must ask where, never overwrite the sample"
        );
        assert_eq!(doc.display_name(Lang::Fr), "naviguer-en-securite (exemple)");
    }

    #[test]
    fn unreadable_file_falls_back_to_the_sample_with_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("cassé.quiz.json");
        std::fs::write(&bad, b"{").unwrap();
        let (doc, notice) = first_document(Some(&bad), &french(), "2026-11-27");
        assert_eq!(doc.quiz().title, "Naviguer en sécurité");
        assert!(matches!(notice, Some(Notice::BadFile { .. })), "{notice:?}");
        let (_, notice) =
            first_document(Some(&dir.path().join("absent.quiz.json")), &french(), "x");
        assert!(matches!(notice, Some(Notice::Error { .. })), "{notice:?}");
    }

    #[test]
    fn last_opened_file_is_reopened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("atelier.quiz.json");
        let quiz = crate::model::Quiz {
            title: "Atelier du mardi".into(),
            ..Document::untitled(Lang::Fr, "x").quiz().clone()
        };
        crate::storage::save_quiz(&path, &quiz).unwrap();
        let mut settings = french();
        settings.remember(&path);
        let (doc, _) = first_document(None, &settings, "2026-11-27");
        assert_eq!(doc.quiz().title, "Atelier du mardi");
        assert_eq!(doc.path(), Some(path.as_path()));
    }
}
