//! The file chooser drawn inside the app, for systems without a native one.
//!
//! egui-file-dialog (vendored, see `vendor/egui-file-dialog/VENDORED.md`) gives the places
//! (home, Desktop, Documents…), removable drives, a type filter and the overwrite question;
//! here it gets our words in the user's language and the folders where USB keys appear on
//! Linux (`/media/<user>/…`, `/run/media/<user>/…`). It is part of the platform, not of the UI:
//! it lists folders, which no `ui::` code may do.

use std::path::{Path, PathBuf};

use egui_file_dialog::{DialogState, FileDialog, FileDialogLabels};

use super::platform::{DialogAnswer, DialogMode, DialogRequest, Dialogs};
use crate::i18n::Lang;

/// Where removable drives are mounted on Linux desktops (udisks2: `/media/<user>/<label>`
/// on Debian and Ubuntu, `/run/media/<user>/<label>` on Fedora and Arch).
const MOUNT_ROOTS: [&str; 2] = ["/media", "/run/media"];

/// The in-app chooser: one dialog at a time, drawn every frame until answered.
#[derive(Default)]
pub struct InAppDialogs {
    open: Option<FileDialog>,
}

impl Dialogs for InAppDialogs {
    fn show(
        &mut self,
        ui: &mut egui::Ui,
        request: &DialogRequest,
        lang: Lang,
    ) -> Option<DialogAnswer> {
        let dialog = self.open.get_or_insert_with(|| build(request, lang));
        dialog.update(ui.ctx());
        let answer = match dialog.state() {
            DialogState::Open => return None,
            DialogState::Picked(path) => DialogAnswer::Chosen(path.clone()),
            DialogState::PickedMultiple(paths) => paths
                .first()
                .cloned()
                .map_or(DialogAnswer::Cancelled, DialogAnswer::Chosen),
            DialogState::Cancelled | DialogState::Closed => DialogAnswer::Cancelled,
        };
        self.open = None;
        Some(answer)
    }
}

/// A dialog for `request`, in `lang`, already open.
fn build(request: &DialogRequest, lang: Lang) -> FileDialog {
    let spec = request.kind.spec();
    let filter = lang.t(spec.filter);
    let start = request
        .dir
        .clone()
        .filter(|d| d.is_dir())
        .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().to_owned()));
    let drives = removable_drives(
        &MOUNT_ROOTS.map(Path::new),
        std::env::var("USER").ok().as_deref(),
    );
    let mut dialog = FileDialog::new()
        .labels(labels(lang))
        .title(lang.t(spec.title))
        .id(egui::Id::unique("atelier-file-dialog"))
        .default_size([760.0, 520.0])
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .default_file_name(&request.file_name)
        .add_file_filter_extensions(filter, spec.extensions.to_vec())
        .default_file_filter(filter);
    if !drives.is_empty() {
        dialog = dialog.add_quick_access(lang.t("files.usb_keys"), |q| {
            for (name, path) in &drives {
                q.add_path(name, path);
            }
        });
    }
    if let Some(start) = start {
        dialog = dialog.initial_directory(start);
    }
    let config = dialog.config_mut();
    config.show_pinned_folders = false;
    config.show_working_directory_button = false;
    config.allow_file_overwrite = true; // asks first (our words in `labels`)
    icons(config);
    match spec.mode {
        DialogMode::Open => dialog.pick_file(),
        DialogMode::Save => dialog.save_file(),
    }
    dialog
}

/// Marks our fonts have. The crate's defaults are emoji that egui 0.37 no longer bundles
/// (Atkinson Hyperlegible and egui's Ubuntu Light have no arrows or pictograms); the two
/// buttons whose glyphs are built in (new folder, path editing) are left out.
fn icons(config: &mut egui_file_dialog::FileDialogConfig) {
    let set = |s: &str| s.to_owned();
    config.err_icon = set("!");
    config.warn_icon = set("!");
    config.default_file_icon = set("\u{b7}");
    config.default_folder_icon = set("\u{bb}");
    config.pinned_icon = set("\u{bb}");
    config.device_icon = set("\u{bb}");
    config.removable_device_icon = set("\u{bb}");
    config.parent_directory_icon = set("..");
    config.back_icon = set("\u{2039}");
    config.forward_icon = set("\u{203a}");
    config.menu_icon = set("\u{2026}");
    config.search_icon = String::new();
    config.show_new_folder_button = false;
    config.show_search = false; // an unnamed field, and lists here are short
    config.show_path_edit_button = false;
}

/// The mounted drives under `roots`, named by their folder: `/media/<user>/<label>` (the
/// user's own folder is looked into) or `/media/<label>`.
pub fn removable_drives(roots: &[&Path], user: Option<&str>) -> Vec<(String, PathBuf)> {
    let mut drives = Vec::new();
    for root in roots {
        for dir in subfolders(root) {
            let own = user.is_some_and(|u| dir.file_name() == Some(u.as_ref()));
            if own {
                drives.extend(subfolders(&dir).into_iter().map(named));
            } else {
                drives.push(named(dir));
            }
        }
    }
    drives
}

fn subfolders(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn named(path: PathBuf) -> (String, PathBuf) {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    (name, path)
}

/// Every word of the dialog in `lang`.
fn labels(lang: Lang) -> FileDialogLabels {
    let t = |key: &'static str| lang.t(key).to_owned();
    FileDialogLabels {
        title_select_directory: t("files.title_folder"),
        title_select_file: t("files.title_open"),
        title_select_multiple: t("files.title_open"),
        title_save_file: t("files.title_save"),
        cancel: t("files.cancel"),
        overwrite: t("files.overwrite"),
        reload: t("files.reload"),
        working_directory: t("files.working_directory"),
        select_all: t("files.select_all"),
        show_hidden: t("files.show_hidden"),
        show_system_files: t("files.show_system_files"),
        heading_pinned: t("files.heading_pinned"),
        heading_places: t("files.heading_places"),
        heading_devices: t("files.heading_devices"),
        heading_removable_devices: t("files.heading_removable"),
        home_dir: t("files.home"),
        desktop_dir: t("files.desktop"),
        documents_dir: t("files.documents"),
        downloads_dir: t("files.downloads"),
        audio_dir: t("files.music"),
        pictures_dir: t("files.pictures"),
        videos_dir: t("files.videos"),
        pin_folder: t("files.pin"),
        unpin_folder: t("files.unpin"),
        rename_pinned_folder: t("files.rename"),
        selected_directory: t("files.selected_folder"),
        selected_file: t("files.selected_file"),
        selected_items: t("files.selected_items"),
        file_name: t("files.file_name"),
        file_filter: t("files.file_type"),
        file_filter_all_files: t("files.all_files"),
        save_extension_any: t("files.any_extension"),
        open_button: t("files.open"),
        save_button: t("files.save"),
        cancel_button: t("files.cancel"),
        overwrite_file_modal_text: t("files.overwrite_question"),
        err_empty_folder_name: t("files.err_empty_folder_name"),
        err_empty_file_name: t("files.err_empty_file_name"),
        err_directory_exists: t("files.err_directory_exists"),
        err_file_exists: t("files.err_file_exists"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usb_keys_are_found_in_the_users_folder_and_directly_under_the_root() {
        let media = tempfile::tempdir().unwrap();
        let run = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(media.path().join("camille/CLE USB")).unwrap();
        std::fs::create_dir_all(media.path().join("usb0")).unwrap();
        std::fs::create_dir_all(run.path().join("camille/ATELIER")).unwrap();
        let drives = removable_drives(
            &[media.path(), run.path(), Path::new("/nonexistent")],
            Some("camille"),
        );
        let names: Vec<&str> = drives.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["CLE USB", "usb0", "ATELIER"]);
        assert_eq!(drives[0].1, media.path().join("camille/CLE USB"));
    }

    #[test]
    fn every_label_is_translated() {
        for lang in Lang::ALL {
            let l = labels(lang);
            assert!(!l.overwrite_file_modal_text.is_empty());
            assert_ne!(
                l,
                FileDialogLabels::default(),
                "{lang:?} still English defaults"
            );
        }
    }
}
