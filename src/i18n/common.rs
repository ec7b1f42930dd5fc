//! Strings shared by every part of the app: names, question types, common buttons, storage.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    ("app.name", "Atelier Quiz", "Atelier Quiz"),
    ("common.cancel", "Annuler", "Cancel"),
    ("common.ok", "OK", "OK"),
    ("common.close", "Fermer", "Close"),
    ("common.yes", "Oui", "Yes"),
    ("common.no", "Non", "No"),
    ("type.single_choice", "Choix unique", "Single choice"),
    ("type.multiple_choice", "Choix multiple", "Multiple choice"),
    ("type.true_false", "Vrai ou faux", "True or false"),
    ("type.poll", "Sondage", "Poll"),
    ("type.ordering", "Remise en ordre", "Ordering"),
    ("type.hotspot", "Zone sur une image", "Hotspot on an image"),
    ("type.open", "Question ouverte", "Open question"),
    ("source_use.reused", "Reprise telle quelle", "Reused as is"),
    ("source_use.adapted", "Adaptée", "Adapted"),
    ("source_use.reference", "Référence", "Reference"),
    (
        "storage.read_failed",
        "Impossible de lire «\u{a0}{path}\u{a0}»\u{202f}: {reason}",
        "Cannot read “{path}”: {reason}",
    ),
    (
        "storage.write_failed",
        "Impossible d'enregistrer «\u{a0}{path}\u{a0}»\u{202f}: {reason}. L'ancien fichier n'a pas été modifié.",
        "Cannot save “{path}”: {reason}. The previous file was left unchanged.",
    ),
    (
        "storage.create_failed",
        "Impossible d'enregistrer «\u{a0}{path}\u{a0}»\u{202f}: {reason}.",
        "Cannot save “{path}”: {reason}.",
    ),
    (
        "storage.too_large",
        "«\u{a0}{path}\u{a0}» est trop gros pour être un quiz (maximum {max} Mo).",
        "“{path}” is too large to be a quiz (maximum {max} MB).",
    ),
    (
        "storage.reason.not_found",
        "le fichier ou le dossier n'existe pas",
        "the file or folder does not exist",
    ),
    (
        "storage.reason.permission",
        "accès refusé",
        "permission denied",
    ),
    (
        "storage.reason.in_use",
        "le fichier est ouvert dans un autre programme ; fermez-le puis réessayez",
        "the file is open in another program; close it and try again",
    ),
    (
        "storage.reason.denied_maybe_in_use",
        "accès refusé : le fichier est peut-être ouvert dans un autre programme (fermez-le puis réessayez) ou protégé en écriture",
        "access denied: the file may be open in another program (close it and try again) or write-protected",
    ),
    (
        "storage.reason.full",
        "le disque est plein",
        "the disk is full",
    ),
    (
        "storage.reason.read_only",
        "le support est en lecture seule",
        "the storage is read-only",
    ),
    (
        "storage.reason.is_directory",
        "c'est un dossier, pas un fichier",
        "it is a folder, not a file",
    ),
    (
        "storage.reason.other",
        "erreur du système ({detail})",
        "system error ({detail})",
    ),
    (
        "write.non_finite",
        "La zone de la question «\u{a0}{id}\u{a0}» a des coordonnées invalides.",
        "The area of question “{id}” has invalid coordinates.",
    ),
];
