//! The system's file dialogs where there are some, else the in-app one — decided up front.
//!
//! rfd shows the native dialog on Windows and macOS; on Linux it asks the XDG desktop portal,
//! then zenity, and returns `None` when it has neither — exactly what it returns when the user
//! cancels. Many lightweight desktops have neither, and Save then silently did nothing. So the
//! app looks before it asks: a portal whose `org.freedesktop.portal.Desktop` object exposes
//! the `FileChooser` interface on the session bus, or `zenity` on the `PATH`; without one of
//! them every dialog is the in-app chooser ([`super::in_app_dialog::InAppDialogs`]).

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use super::in_app_dialog::InAppDialogs;
use super::platform::{DialogAnswer, DialogMode, DialogRequest, Dialogs};
use crate::i18n::Lang;

/// rfd dialogs (native on Windows and macOS, portal or zenity on Linux). They block the frame
/// until answered.
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn show(
        &mut self,
        _: &mut egui::Ui,
        request: &DialogRequest,
        lang: Lang,
    ) -> Option<DialogAnswer> {
        let spec = request.kind.spec();
        let mut d = rfd::FileDialog::new()
            .set_title(lang.t(spec.title))
            .add_filter(lang.t(spec.filter), spec.extensions);
        if let Some(dir) = &request.dir {
            d = d.set_directory(dir);
        }
        let chosen = match spec.mode {
            DialogMode::Open => d.pick_file(),
            DialogMode::Save => d.set_file_name(&request.file_name).save_file(),
        };
        Some(chosen.map_or(DialogAnswer::Cancelled, DialogAnswer::Chosen))
    }
}

/// What the system offers for file dialogs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    /// Windows, macOS, a working portal or zenity: rfd will show a dialog.
    Native,
    /// Nothing rfd can use: the in-app chooser.
    InApp,
}

/// The system's dialogs when it has them, else the in-app chooser. The check runs on a
/// thread from the start (a D-Bus call can take a while) and is awaited, briefly, at the
/// first dialog.
pub struct SystemDialogs {
    probe: Option<mpsc::Receiver<Support>>,
    support: Option<Support>,
    native: NativeDialogs,
    in_app: InAppDialogs,
}

impl SystemDialogs {
    /// Starts checking what the system offers.
    pub fn detect() -> Self {
        Self::detect_with(system_support)
    }

    /// Starts checking what the system offers with `probe` (tests: a bus and a `PATH` that
    /// have nothing).
    pub fn detect_with(probe: impl FnOnce() -> Support + Send + 'static) -> Self {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("dialog-probe".into())
            .spawn(move || {
                let _ = tx.send(probe()); // the receiver may have given up
            });
        Self {
            probe: spawned.is_ok().then_some(rx),
            support: None,
            native: NativeDialogs,
            in_app: InAppDialogs::default(),
        }
    }

    /// Dialogs for a known `support` (tests: "no portal here").
    pub fn with_support(support: Support) -> Self {
        Self {
            probe: None,
            support: Some(support),
            native: NativeDialogs,
            in_app: InAppDialogs::default(),
        }
    }

    /// What will be used, waiting up to two seconds for the check.
    pub fn support(&mut self) -> Support {
        if let Some(s) = self.support {
            return s;
        }
        let found = self
            .probe
            .take()
            .and_then(|rx| rx.recv_timeout(Duration::from_secs(2)).ok())
            .unwrap_or(Support::InApp);
        self.support = Some(found);
        found
    }
}

impl Dialogs for SystemDialogs {
    fn show(
        &mut self,
        ui: &mut egui::Ui,
        request: &DialogRequest,
        lang: Lang,
    ) -> Option<DialogAnswer> {
        match self.support() {
            Support::Native => self.native.show(ui, request, lang),
            Support::InApp => self.in_app.show(ui, request, lang),
        }
    }
}

/// What this system offers (may take a D-Bus round trip on Linux).
pub fn system_support() -> Support {
    support(
        || portal::has_file_chooser(None),
        || zenity_on_path(std::env::var_os("PATH").as_deref()),
    )
}

/// Native dialogs on Windows and macOS; elsewhere when there is a file-chooser portal, or
/// zenity (rfd's fallback), else the in-app chooser.
pub fn support(portal: impl FnOnce() -> bool, zenity: impl FnOnce() -> bool) -> Support {
    if cfg!(any(target_os = "windows", target_os = "macos")) || portal() || zenity() {
        Support::Native
    } else {
        Support::InApp
    }
}

/// Whether an executable `zenity` is in one of the folders of `path` (a `PATH` value).
pub fn zenity_on_path(path: Option<&std::ffi::OsStr>) -> bool {
    path.is_some_and(|p| std::env::split_paths(p).any(|dir| is_executable(&dir.join("zenity"))))
}

fn is_executable(file: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        file.is_file()
    }
}

#[cfg(target_os = "linux")]
pub mod portal {
    //! Asking the session bus whether a file-chooser portal answers.

    const DESKTOP: &str = "org.freedesktop.portal.Desktop";
    const PATH: &str = "/org/freedesktop/portal/desktop";
    const FILE_CHOOSER: &str = "org.freedesktop.portal.FileChooser";

    /// True when `org.freedesktop.portal.Desktop` answers for the `FileChooser` interface
    /// (its `version` property) on the session bus — or on the bus at `address` (tests).
    /// A portal without a file-chooser backend does not export that interface.
    pub fn has_file_chooser(address: Option<&str>) -> bool {
        async_io::block_on(async {
            let connection = match address {
                Some(a) => match zbus::connection::Builder::address(a) {
                    Ok(b) => b.build().await,
                    Err(e) => Err(e),
                },
                None => zbus::Connection::session().await,
            };
            let Ok(connection) = connection else {
                return false;
            };
            connection
                .call_method(
                    Some(DESKTOP),
                    PATH,
                    Some("org.freedesktop.DBus.Properties"),
                    "Get",
                    &(FILE_CHOOSER, "version"),
                )
                .await
                .is_ok()
        })
    }
}

#[cfg(not(target_os = "linux"))]
pub mod portal {
    //! No XDG portals outside Linux.

    pub fn has_file_chooser(_address: Option<&str>) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zenity_is_found_only_as_an_executable_on_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = std::env::join_paths([dir.path()]).unwrap();
        assert!(!zenity_on_path(Some(&path)));
        let zenity = dir.path().join("zenity");
        std::fs::write(&zenity, "#!/bin/sh\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert!(!zenity_on_path(Some(&path)), "not executable yet");
            std::fs::set_permissions(&zenity, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        assert!(zenity_on_path(Some(&path)));
        assert!(!zenity_on_path(None));
    }

    #[test]
    fn no_bus_means_no_portal() {
        let dir = tempfile::tempdir().unwrap();
        let address = format!("unix:path={}", dir.path().join("no-bus").display());
        assert!(!portal::has_file_chooser(Some(&address)));
    }

    #[test]
    fn known_support_is_used_without_probing() {
        assert_eq!(
            SystemDialogs::with_support(Support::InApp).support(),
            Support::InApp
        );
    }
}
