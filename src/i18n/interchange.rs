//! Strings shared by every interchange format (locations, provenance). Each format keeps its
//! own table (`interchange_gift.rs`…) so converters can grow without touching each other.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    ("interchange.at.file", "fichier entier", "whole file"),
    ("interchange.at.line", "ligne {n}", "line {n}"),
    ("interchange.at.row", "rangée {n}", "row {n}"),
    (
        "interchange.at.entry",
        "élément «\u{a0}{name}\u{a0}» du paquet",
        "package entry “{name}”",
    ),
    ("interchange.at.question", "question {n}", "question {n}"),
    (
        "interchange.pending",
        "Ce format n'est pas encore pris en charge par cette version.",
        "This format is not supported by this version yet.",
    ),
    (
        "interchange.pending.hint",
        "Enregistrez le quiz au format Atelier Quiz (.quiz.json) en attendant.",
        "Save the quiz as Atelier Quiz (.quiz.json) in the meantime.",
    ),
];
