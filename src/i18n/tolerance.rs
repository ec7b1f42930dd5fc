//! Strings of tolerant reading: what the editor says about a question type or a value that
//! a newer version of Atelier Quiz wrote and this one keeps as it is (docs/FORMAT.md).

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "type.unknown",
        "Type inconnu, conservé tel quel",
        "Unknown type, kept as is",
    ),
    (
        "type_help.unknown",
        "Un type de question d'une version plus récente d'Atelier Quiz.",
        "A question type from a newer version of Atelier Quiz.",
    ),
    (
        "editor.unknown_type",
        "Type de question inconnu («\u{a0}{type}\u{a0}»), sans doute créé avec une version plus récente d'Atelier Quiz. Il est conservé tel quel et réenregistré sans changement, mais il ne sera pas présenté. Pour l'utiliser, ouvrez le quiz avec une version plus récente, ou changez son type ci-dessus.",
        "Unknown question type (“{type}”), probably made with a newer version of Atelier Quiz. It is kept as is and saved back unchanged, but it will not be presented. To use it, open the quiz with a newer version, or change its type above.",
    ),
];
