//! The one place that carries out [`Command`]s: the document's only mutator.
//!
//! UI code never changes the document, never opens a dialog and never touches a file: it
//! returns commands, and `apply` does it here, reporting failures as a [`Notice`] so the user
//! gets a clear message and keeps working with nothing lost.

use super::actions;
use super::command::{Command, ImageOrigin, ImageTarget, PromptAnswer};
use super::file_ops;
use super::platform::{AppPaths, Clock, DialogAnswer, DialogKind, DialogRequest, Dialogs};
use super::recovery::Recovery;
use super::state::{AppState, Mode, Notice, Prompt};
use crate::format::prepare_image;
use crate::model::Asset;
use crate::presenter::{self, PresentRequest, PresenterState};

/// What the app talks to besides its state.
pub struct Platform {
    pub dialogs: Box<dyn Dialogs>,
    pub clock: Box<dyn Clock>,
    /// `None` when the OS gives no folders: settings and recovery copies are then not kept.
    pub paths: Option<AppPaths>,
    pub recovery: Option<Recovery>,
}

impl Platform {
    /// A platform with the given dialogs and clock, storing under `paths`.
    pub fn new(dialogs: Box<dyn Dialogs>, clock: Box<dyn Clock>, paths: Option<AppPaths>) -> Self {
        let recovery = paths.as_ref().map(|p| Recovery::new(&p.data_dir));
        Self {
            dialogs,
            clock,
            paths,
            recovery,
        }
    }
}

/// Window-level consequences the shell must carry out with egui.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    CloseWindow,
    SetFullscreen(bool),
    /// Move the audience window (console mode), full screen, to this monitor.
    MoveAudience(usize),
    /// Ask the system for the clipboard's content (arrives as a paste event).
    RequestPaste,
}

/// Carries out one command.
// A flat table, one arm (mostly one line) per command, each handing over to its module:
// splitting it would only hide which command goes where.
#[allow(clippy::too_many_lines)]
pub fn apply(
    state: &mut AppState,
    platform: &mut Platform,
    command: Command,
    effects: &mut Vec<Effect>,
) {
    match command {
        Command::Edit {
            edit,
            coalesce,
            select,
        } => {
            state.editor.status = None;
            if state
                .doc
                .apply(edit, coalesce, platform.clock.now())
                .is_ok()
            {
                if let Some(index) = select {
                    state.editor.select(Some(index));
                }
                clamp_selection(state);
            }
        }
        Command::DeleteQuestion(index) => {
            if let Some(edit) = actions::delete_question(state.doc.quiz(), index) {
                apply(state, platform, Command::edit(edit), effects);
                let status = state
                    .lang()
                    .f("status.question_deleted", &[("n", &(index + 1))]);
                state.editor.status = Some(status);
            }
        }
        Command::Undo => undo_redo(state, false),
        Command::Redo => undo_redo(state, true),
        Command::Select(index) => {
            state.editor.select(index);
            clamp_selection(state);
        }
        Command::View(view) => state.editor.apply(view),
        Command::RequestPaste(target) => {
            state.editor.paste_target = Some(target);
            effects.push(Effect::RequestPaste);
        }
        Command::NewQuiz => file_ops::guard(state, platform, super::state::Pending::New, effects),
        Command::OpenDialog => {
            file_ops::guard(state, platform, super::state::Pending::OpenDialog, effects);
        }
        Command::Open(path) => {
            file_ops::guard(state, platform, super::state::Pending::Open(path), effects);
        }
        Command::Quit => file_ops::guard(state, platform, super::state::Pending::Quit, effects),
        Command::Save => file_ops::save(state, platform, None, effects),
        Command::SaveAs => file_ops::save_as(state, None),
        Command::SaveTo { path, then } => {
            file_ops::save_then(state, platform, &path, then, effects);
        }
        Command::Proceed(pending) => file_ops::proceed(state, platform, pending, effects),
        Command::DialogAnswered(answer) => dialog_answered(state, platform, answer, effects),
        Command::WriteCsv(path) => write_csv(state, platform, &path),
        Command::ImportDialog => {
            let dir = file_ops::document_folder(state);
            file_ops::ask(
                state,
                DialogRequest::new(DialogKind::ImportQuiz, dir, Command::Import),
            );
        }
        Command::Import(path) if super::interchange_ops::is_foreign(&path) => {
            super::interchange_ops::open_import(state, platform, path);
        }
        Command::Import(path) => file_ops::open_import(state, path),
        Command::ExportDialog => {
            super::interchange_ops::choose_target(state, crate::export::ExportTarget::OFFERED[0]);
        }
        Command::ExportTarget(target) => super::interchange_ops::choose_target(state, target),
        Command::ExportChoosePath => super::interchange_ops::ask_path(state),
        Command::ExportTo { path, target } => super::interchange_ops::write(state, &path, target),
        Command::CloseExport => state.editor.export = None,
        Command::Print(cmd) => super::print_ops::apply(state, cmd),
        Command::ImportQuestions(picked) => import_questions(state, platform, &picked),
        Command::CloseImport => {
            state.editor.import = None;
            state.editor.import_picked.clear();
        }
        Command::AddImage { target, origin } => add_image(state, platform, &target, origin),
        Command::Present(request) => start_presenting(state, platform, &request, effects),
        Command::Presenter(cmd) => presenter_command(state, platform, &cmd, effects),
        Command::SetLanguage(lang) => {
            state.settings.lang = lang;
            file_ops::save_settings(state, platform);
        }
        Command::SetTheme(theme) => {
            state.settings.theme = theme;
            file_ops::save_settings(state, platform);
        }
        Command::SetTextScale(scale) => {
            state.settings.text_scale = scale.clamp(0.5, 3.0);
            file_ops::save_settings(state, platform);
        }
        Command::SetPresenterSettings(p) => {
            state.settings.presenter = p;
            file_ops::save_settings(state, platform);
        }
        Command::Answer(answer) => answer_prompt(state, platform, answer, effects),
        Command::Inform(key) => state.notice = Some(Notice::Info(state.lang().t(key).to_owned())),
        Command::DismissNotice => state.notice = None,
    }
}

/// Undoes (or redoes) one step, then selects the question that changed so the author sees
/// what happened.
fn undo_redo(state: &mut AppState, redo: bool) {
    state.editor.status = None;
    let done = if redo {
        state.doc.redo()
    } else {
        state.doc.undo()
    };
    if let Some(index) = state.doc.touched().filter(|_| done) {
        state.editor.select(Some(index));
    }
    clamp_selection(state);
}

/// Carries on with the file chosen in the dialog being shown, or says why there was none.
fn dialog_answered(
    state: &mut AppState,
    platform: &mut Platform,
    answer: DialogAnswer,
    effects: &mut Vec<Effect>,
) {
    let Some(request) = state.dialog.take() else {
        return;
    };
    match answer {
        DialogAnswer::Chosen(path) => apply(state, platform, request.chosen(path), effects),
        DialogAnswer::Cancelled => {}
        DialogAnswer::Failed(reason) => {
            let text = state.lang().f("files.failed", &[("reason", &reason)]);
            status(state, platform, text);
        }
    }
}

/// A message in the status line: the editor's, or the presenter's flash while presenting.
fn status(state: &mut AppState, platform: &Platform, text: String) {
    match &mut state.mode {
        Mode::Presenting(p) => p.flash(text, platform.clock.now()),
        Mode::Editor => state.editor.status = Some(text),
    }
}

fn clamp_selection(state: &mut AppState) {
    let n = state.doc.quiz().questions.len();
    if let Some(i) = state.editor.selected {
        state.editor.selected = if n == 0 { None } else { Some(i.min(n - 1)) };
    }
}

fn answer_prompt(
    state: &mut AppState,
    platform: &mut Platform,
    answer: PromptAnswer,
    effects: &mut Vec<Effect>,
) {
    match state.prompt.take() {
        Some(Prompt::UnsavedChanges(pending)) => match answer {
            PromptAnswer::Save => file_ops::save(state, platform, Some(pending), effects),
            PromptAnswer::Discard => {
                file_ops::discard_recovery(state, platform);
                file_ops::proceed(state, platform, pending, effects);
            }
            PromptAnswer::Cancel | PromptAnswer::Restore => {}
        },
        Some(Prompt::Recover(found)) => match answer {
            PromptAnswer::Restore => file_ops::restore(state, platform, &found),
            PromptAnswer::Discard => Recovery::remove(&found),
            // "Later": keep the copy for the next start.
            PromptAnswer::Cancel | PromptAnswer::Save => {}
        },
        None => {}
    }
}

fn import_questions(state: &mut AppState, platform: &mut Platform, picked: &[usize]) {
    let Some(import) = &state.editor.import else {
        return;
    };
    let name = import
        .path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let (edit, first_new) = actions::import_questions(
        state.doc.quiz(),
        &import.loaded.quiz,
        picked,
        &name,
        state.lang(),
    );
    if state.doc.apply(edit, None, platform.clock.now()).is_ok() && !picked.is_empty() {
        state.editor.select(first_new);
        state.editor.import = None;
        state.editor.import_picked.clear();
        state.editor.tab = super::state::EditorTab::Question;
        // A status line, not a dialog: the work goes on with the imported question shown.
        let message = state
            .lang()
            .f("import.done", &[("n", &picked.len()), ("file", &name)]);
        state.editor.status = Some(message);
    }
}

fn add_image(
    state: &mut AppState,
    platform: &mut Platform,
    target: &ImageTarget,
    origin: ImageOrigin,
) {
    let lang = state.lang();
    state.editor.paste_target = None;
    let bytes = match origin {
        ImageOrigin::Bytes(bytes) => bytes,
        ImageOrigin::Pixels(pixels) => {
            // egui's colours are premultiplied; a PNG stores straight alpha.
            let rgba: Vec<u8> = pixels
                .pixels
                .iter()
                .flat_map(egui::Color32::to_srgba_unmultiplied)
                .collect();
            match crate::format::encode_png(pixels.width(), pixels.height(), &rgba) {
                Ok(b) => b,
                Err(e) => {
                    let d =
                        crate::model::Diagnostic::new(e.problem(), crate::model::Subject::File, "");
                    return file_ops::error(state, "notice.image_failed", d.message(lang));
                }
            }
        }
        ImageOrigin::Dialog => {
            let target = target.clone();
            let request =
                DialogRequest::new(DialogKind::OpenImage, None, move |path| Command::AddImage {
                    target,
                    origin: ImageOrigin::Path(path),
                });
            return file_ops::ask(state, request);
        }
        ImageOrigin::Path(path) => match crate::storage::read_file(&path) {
            Ok(b) => b,
            Err(e) => return file_ops::error(state, "notice.image_failed", e.message(lang)),
        },
    };
    let prepared = match prepare_image(&bytes) {
        Ok(p) => p,
        Err(e) => {
            let d = crate::model::Diagnostic::new(e.problem(), crate::model::Subject::File, "");
            return file_ops::error(
                state,
                "notice.image_failed",
                format!("{} {}", d.message(lang), d.hint(lang)),
            );
        }
    };
    let asset = Asset::new(prepared.media_type, prepared.bytes);
    let (question, choice) = match *target {
        ImageTarget::Question(q) => (q, None),
        ImageTarget::Choice { question, choice } => (question, Some(choice)),
    };
    if let Some((edit, _)) = actions::set_image(state.doc.quiz(), question, choice, asset) {
        let _ = state.doc.apply(edit, None, platform.clock.now()); // indices come from the UI of this frame
        state.editor.select(Some(question));
        state.editor.tab = super::state::EditorTab::Question;
        if prepared.resized {
            let message = lang.f(
                "notice.image_resized",
                &[("w", &prepared.width), ("h", &prepared.height)],
            );
            state.editor.status = Some(message);
        }
    }
}

fn start_presenting(
    state: &mut AppState,
    platform: &Platform,
    request: &PresentRequest,
    effects: &mut Vec<Effect>,
) {
    if state.doc.quiz().questions.is_empty() {
        state.notice = Some(Notice::Info(
            state.lang().t("present.no_questions").to_owned(),
        ));
        return;
    }
    let p = PresenterState::new(
        state.doc.quiz(),
        request,
        &state.settings.presenter,
        platform.clock.now(),
    );
    // With a console, the main window stays on the laptop; the audience window opens full
    // screen on its own.
    effects.push(Effect::SetFullscreen(!p.console));
    state.mode = Mode::Presenting(Box::new(p));
}

fn presenter_command(
    state: &mut AppState,
    platform: &mut Platform,
    cmd: &presenter::PresenterCommand,
    effects: &mut Vec<Effect>,
) {
    let now = platform.clock.now();
    let Mode::Presenting(p) = &mut state.mode else {
        return;
    };
    match p.apply(state.doc.quiz(), &state.settings.presenter, cmd, now) {
        presenter::Outcome::Stay => {}
        presenter::Outcome::Fullscreen(on) => effects.push(Effect::SetFullscreen(on)),
        presenter::Outcome::ExportCsv => export_csv(state, platform),
        presenter::Outcome::MoveAudience(m) => effects.push(Effect::MoveAudience(m)),
        presenter::Outcome::StartPhones => start_phones(state, platform),
        presenter::Outcome::Leave { question } => {
            stop_phones(state, platform);
            state.mode = Mode::Editor;
            if question.is_some() {
                state.editor.selected = question;
            }
            clamp_selection(state);
            effects.push(Effect::SetFullscreen(false));
        }
    }
}

/// Starts the phone server; a failure is a notice on the console, the session goes on.
fn start_phones(state: &mut AppState, platform: &Platform) {
    let lang = state.lang();
    let now = platform.clock.now();
    let command = match super::live_ops::LiveLink::start(&state.live_options, lang) {
        Ok((link, view)) => {
            state.live = Some(link);
            presenter::PresenterCommand::PhonesStarted(Box::new(view))
        }
        Err(reason) => {
            if let Mode::Presenting(p) = &mut state.mode {
                p.flash(reason, now);
            }
            return;
        }
    };
    if let Mode::Presenting(p) = &mut state.mode {
        p.apply(state.doc.quiz(), &state.settings.presenter, &command, now);
    }
}

/// Stops the phone server (the port closes) and writes `--results`, if asked.
pub fn stop_phones(state: &mut AppState, platform: &Platform) {
    let Some(link) = state.live.take() else {
        return;
    };
    let status = link.stop();
    let lang = state.lang();
    let now = platform.clock.now();
    if let Mode::Presenting(p) = &mut state.mode {
        let command = presenter::PresenterCommand::PhonesStatus(status);
        p.apply(state.doc.quiz(), &state.settings.presenter, &command, now);
        if let Some(path) = &state.live_options.results {
            let today = platform.clock.today();
            if let Err(reason) =
                super::live_ops::write_results(state.doc.quiz(), p, lang, &today, path)
            {
                let path = path.display().to_string();
                eprintln!(
                    "{}",
                    lang.f(
                        "cli.present.results_failed",
                        &[("path", &path), ("reason", &reason)]
                    )
                );
            }
        }
    }
}

/// Brings the phone server's news into the presenter state (called once per frame).
pub fn sync_phones(state: &mut AppState, platform: &Platform) {
    let lang = state.lang();
    let (Some(link), Mode::Presenting(p)) = (&mut state.live, &mut state.mode) else {
        return;
    };
    let now = platform.clock.now();
    for command in link.sync(state.doc.quiz(), p, lang) {
        p.apply(state.doc.quiz(), &state.settings.presenter, &command, now);
    }
}

/// Asks where to save the session's results; [`write_csv`] writes them.
fn export_csv(state: &mut AppState, platform: &Platform) {
    let lang = state.lang();
    let today = platform.clock.today();
    let name = presenter::csv::file_name(state.doc.quiz(), &today, lang);
    let dir = file_ops::document_folder(state);
    let request =
        DialogRequest::new(DialogKind::SaveCsv, dir, Command::WriteCsv).with_file_name(name);
    file_ops::ask(state, request);
}

/// Writes the session's results to `path`, atomically.
fn write_csv(state: &mut AppState, platform: &Platform, path: &std::path::Path) {
    let lang = state.lang();
    let today = platform.clock.today();
    let Mode::Presenting(p) = &state.mode else {
        return;
    };
    let bytes = presenter::csv::export(state.doc.quiz(), p, lang, &today);
    match crate::storage::write_atomic(path, &bytes) {
        Ok(()) => {
            let file = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = lang.f("present.exported", &[("file", &file)]);
            if let Mode::Presenting(p) = &mut state.mode {
                p.flash(text, platform.clock.now());
            }
        }
        Err(e) => file_ops::error(state, "present.export_failed", e.message(lang)),
    }
}
