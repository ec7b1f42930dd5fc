//! Build script: Windows resources (icon, version information, manifest) for the exe.
//!
//! Why here: Windows reads an exe's icon and "Details" tab from resources linked into it; the
//! Start menu, Explorer and the file association all show that icon. The resource is compiled
//! with mingw's `windres` through `winresource`, only when the `windows-resources` feature is
//! on (packaging/windows/build.sh turns it on). Every other build — Linux developers, CI —
//! compiles this file without dependencies and it does nothing.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "windows-resources")]
    windows::embed();
}

#[cfg(feature = "windows-resources")]
mod windows {
    use std::path::Path;

    const ICON: &str = "assets/icons/atelier-quiz.ico";
    const MANIFEST: &str = "packaging/windows/atelier-quiz.manifest";
    /// French (France) first: the version tab is shown in the system's language when present.
    const LANG_FR_FR: u16 = 0x040c;

    pub fn embed() {
        println!("cargo:rerun-if-changed={ICON}");
        println!("cargo:rerun-if-changed={MANIFEST}");
        if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
            return;
        }
        let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
        let mut res = winresource::WindowsResource::new();
        res.set_language(LANG_FR_FR)
            .set("ProductName", "Atelier Quiz")
            .set("FileDescription", "Atelier Quiz")
            .set("InternalName", "atelier-quiz")
            .set("OriginalFilename", "atelier-quiz.exe")
            .set("CompanyName", "Atelier Quiz")
            .set("LegalCopyright", "MIT OR Apache-2.0")
            .set("Comments", env!("CARGO_PKG_DESCRIPTION"))
            .set("ProductVersion", &version)
            .set("FileVersion", &version)
            .set_manifest_file(MANIFEST);
        if Path::new(ICON).exists() {
            res.set_icon(ICON);
        } else {
            println!("cargo:warning={ICON} is missing: the exe gets no icon");
        }
        if let Err(e) = res.compile() {
            // A Windows package without its resources must not be built silently.
            eprintln!("windres failed: {e}");
            std::process::exit(1);
        }
    }
}
