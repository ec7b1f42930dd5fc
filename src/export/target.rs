//! Where a quiz can be exported: another tool's format, or a document to hand out (the web
//! page…). One list shared by `atelier-quiz convert --to` and Fichier → Exporter…, so the
//! command line and the dialog offer the same targets under the same names.

use std::path::Path;

use crate::i18n::Lang;
use crate::interchange::Format;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportTarget {
    /// Another tool's format (or ours: Save as), through [`crate::interchange::export`].
    Interchange(Format),
    /// The one-file offline web quiz, [`super::web::page`].
    WebPage,
    /// The same page in a SCORM 1.2 package for an LMS, [`super::scorm::package`].
    ScormPackage,
}

impl ExportTarget {
    /// What the export dialog offers, in order (ours is Save as, not here).
    pub const OFFERED: [ExportTarget; 7] = [
        Self::Interchange(Format::Gift),
        Self::Interchange(Format::MoodleXml),
        Self::Interchange(Format::Aiken),
        Self::Interchange(Format::Kahoot),
        Self::Interchange(Format::H5p),
        Self::WebPage,
        Self::ScormPackage,
    ];

    /// Every name `--to` accepts.
    pub fn cli_names() -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Format::ALL.map(Format::cli_name).to_vec();
        names.push(Self::WebPage.cli_name());
        names.push(Self::ScormPackage.cli_name());
        names
    }

    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Interchange(f) => f.cli_name(),
            Self::WebPage => "html",
            Self::ScormPackage => "scorm",
        }
    }

    pub fn from_cli_name(name: &str) -> Option<Self> {
        match name {
            "html" => Some(Self::WebPage),
            "scorm" => Some(Self::ScormPackage),
            _ => Format::from_cli_name(name).map(Self::Interchange),
        }
    }

    /// The target a file name implies (`.html`, `.htm`, `.zip` for SCORM, or a format's
    /// extension).
    pub fn from_file_name(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => Some(Self::WebPage),
            "zip" => Some(Self::ScormPackage),
            _ => Format::from_file_name(path).map(Self::Interchange),
        }
    }

    /// The file extension written (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            Self::Interchange(f) => f.extension(),
            Self::WebPage => "html",
            Self::ScormPackage => "zip",
        }
    }

    /// The name shown in the export dialog: a format's own name, or ours translated.
    pub fn display_name(self, lang: Lang) -> &'static str {
        match self {
            Self::Interchange(f) => f.display_name(),
            Self::WebPage => lang.t("web.export.name"),
            Self::ScormPackage => lang.t("web.scorm.name"),
        }
    }

    /// What the export dialog says about a target that loses nothing (our own documents);
    /// `None` for another tool's format, whose dialog lists what changes instead.
    pub fn about(self, lang: Lang) -> Option<&'static str> {
        match self {
            Self::Interchange(_) => None,
            Self::WebPage => Some(lang.t("web.export.about")),
            Self::ScormPackage => Some(lang.t("web.scorm.about")),
        }
    }

    /// The interchange format, for a target that is one.
    pub fn format(self) -> Option<Format> {
        match self {
            Self::Interchange(f) => Some(f),
            Self::WebPage | Self::ScormPackage => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_extensions_round_trip() {
        for target in ExportTarget::OFFERED {
            assert_eq!(ExportTarget::from_cli_name(target.cli_name()), Some(target));
        }
        let html = Path::new("quiz.HTML");
        assert_eq!(
            ExportTarget::from_file_name(html),
            Some(ExportTarget::WebPage)
        );
        assert_eq!(
            ExportTarget::from_file_name(Path::new("Quiz.gift")),
            Some(ExportTarget::Interchange(Format::Gift))
        );
        assert_eq!(ExportTarget::from_file_name(Path::new("Notes.txt")), None);
        assert!(ExportTarget::cli_names().contains(&"html"));
        assert!(ExportTarget::cli_names().contains(&"scorm"));
        assert_eq!(
            ExportTarget::from_file_name(Path::new("Cours.ZIP")),
            Some(ExportTarget::ScormPackage)
        );
    }
}
