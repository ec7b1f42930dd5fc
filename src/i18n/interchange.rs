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
        "interchange.text.too_large",
        "le fichier est trop grand pour être importé (plus de {max}\u{a0}Mo)",
        "the file is too large to import (over {max} MB)",
    ),
    (
        "interchange.text.too_large.hint",
        "Coupez la banque de questions en plusieurs fichiers, par catégorie par exemple.",
        "Split the question bank into several files, by category for instance.",
    ),
    (
        "interchange.text.binary",
        "ce fichier n'est pas du texte (il contient des octets nuls)\u{a0}: ce n'est sans doute pas le bon fichier",
        "this file is not text (it contains null bytes): it is probably not the right file",
    ),
    (
        "interchange.text.binary.hint",
        "Vérifiez que vous avez choisi le fichier exporté depuis Moodle, et non une image ou un document renommé.",
        "Check that you chose the file exported from Moodle, not an image or a renamed document.",
    ),
    (
        "interchange.text.not_utf8",
        "le texte n'est pas encodé en UTF-8 (octet {byte} invalide)",
        "the text is not UTF-8 encoded (invalid byte {byte})",
    ),
    (
        "interchange.text.not_utf8.hint",
        "Ouvrez le fichier dans un éditeur de texte et enregistrez-le en «\u{a0}UTF-8\u{a0}».",
        "Open the file in a text editor and save it as “UTF-8”.",
    ),
    (
        "interchange.text.not_utf8.latin1",
        "Il semble écrit en Latin-1 ou Windows-1252 (accents d'un ancien éditeur Windows)\u{a0}: ouvrez-le dans un éditeur de texte et enregistrez-le en «\u{a0}UTF-8\u{a0}».",
        "It looks like Latin-1 or Windows-1252 (accents from an old Windows editor): open it in a text editor and save it as “UTF-8”.",
    ),
    (
        "interchange.license_unknown",
        "le fichier ne dit rien de ses auteurs ni de sa licence\u{a0}: la source est notée «\u{a0}licence inconnue\u{a0}»",
        "the file says nothing about its authors or licence: the source is marked “unknown licence”",
    ),
    (
        "interchange.license_unknown.hint",
        "Demandez à la personne qui vous a transmis ces questions sous quelle licence vous pouvez les réutiliser, puis complétez la source (onglet Sources).",
        "Ask whoever gave you these questions under which licence you may reuse them, then complete the source (Sources tab).",
    ),
    (
        "interchange.license_unknown.value",
        "licence inconnue",
        "unknown licence",
    ),
    (
        "interchange.source_note",
        "importé depuis un fichier {format}",
        "imported from a {format} file",
    ),
    (
        "interchange.credits.title",
        "Atelier Quiz — {title}",
        "Atelier Quiz — {title}",
    ),
    (
        "interchange.credits.authors",
        "Auteurs\u{a0}: {authors}",
        "Authors: {authors}",
    ),
    (
        "interchange.credits.license",
        "Licence\u{a0}: {license}",
        "Licence: {license}",
    ),
    (
        "interchange.credits.source",
        "Source ({use})\u{a0}: {source}",
        "Source ({use}): {source}",
    ),
    (
        "interchange.credits.use.reused",
        "reprise telle quelle",
        "reused as is",
    ),
    ("interchange.credits.use.adapted", "adaptée", "adapted"),
    (
        "interchange.credits.use.reference",
        "référence",
        "reference",
    ),
    (
        "interchange.lost.notes",
        "notes du présentateur non reprises (le format n'a pas de place pour elles)",
        "presenter notes left out (the format has no place for them)",
    ),
    (
        "interchange.lost.notes.hint",
        "Gardez le fichier .quiz.json pour les notes, ou copiez-les dans l'explication.",
        "Keep the .quiz.json file for the notes, or copy them into the explanation.",
    ),
    (
        "interchange.lost.time_limit",
        "limite de temps non reprise (le format ne la connaît pas)",
        "time limit left out (the format does not know it)",
    ),
    (
        "interchange.lost.time_limit.hint",
        "Réglez la durée dans l'outil de destination.",
        "Set the time in the target tool.",
    ),
    (
        "interchange.lost.competences",
        "compétences (CRCN…) non reprises",
        "competences (CRCN…) left out",
    ),
    (
        "interchange.lost.competences.hint",
        "Le fichier .quiz.json les garde\u{a0}; ajoutez-les en étiquettes si l'outil de destination en a.",
        "The .quiz.json file keeps them; add them as tags if the target tool has tags.",
    ),
    (
        "interchange.quiz.refused",
        "ce fichier Atelier Quiz ne peut pas être ouvert",
        "this Atelier Quiz file cannot be opened",
    ),
    (
        "interchange.quiz.refused.hint",
        "Lancez «\u{a0}atelier-quiz check\u{a0}» sur le fichier pour voir pourquoi.",
        "Run “atelier-quiz check” on the file to see why.",
    ),
    (
        "interchange.quiz.unwritable",
        "la question «\u{a0}{id}\u{a0}» a une zone aux coordonnées invalides\u{a0}: le quiz ne peut pas être écrit",
        "question “{id}” has a region with invalid coordinates: the quiz cannot be written",
    ),
    (
        "interchange.quiz.unwritable.hint",
        "Redessinez la zone de cette question dans l'éditeur.",
        "Draw that question's region again in the editor.",
    ),
    (
        "interchange.cli.arg.from",
        "Format de l'entrée\u{a0}: quiz, gift, moodle-xml, aiken, kahoot, h5p, html, scorm (sinon d'après l'extension)",
        "Input format: quiz, gift, moodle-xml, aiken, kahoot, h5p, html, scorm (else from the extension)",
    ),
    (
        "interchange.cli.arg.to",
        "Format de la sortie\u{a0}: quiz, gift, moodle-xml, aiken, kahoot, h5p, html, scorm (sinon d'après l'extension)",
        "Output format: quiz, gift, moodle-xml, aiken, kahoot, h5p, html, scorm (else from the extension)",
    ),
    (
        "interchange.open.not_a_quiz",
        "ce fichier n'est pas un quiz Atelier Quiz, ni des questions d'un autre outil que l'on peut importer (GIFT, Aiken, Moodle XML, Kahoot, H5P)\u{a0}: «\u{a0}{file}\u{a0}»",
        "this file is not an Atelier Quiz quiz, nor questions from another tool that can be imported (GIFT, Aiken, Moodle XML, Kahoot, H5P): “{file}”",
    ),
    (
        "interchange.cli.ambiguous_txt",
        "impossible de savoir si «\u{a0}{file}\u{a0}» est du GIFT ou de l'Aiken\u{a0}: précisez --from gift ou --from aiken",
        "cannot tell whether “{file}” is GIFT or Aiken: say --from gift or --from aiken",
    ),
    (
        "interchange.cli.unreadable",
        "{file}: rien n'a été écrit, ce fichier ne peut pas être lu dans ce format.",
        "{file}: nothing was written; this file cannot be read in this format.",
    ),
    (
        "interchange.cli.nothing_left",
        "{file}: rien n'a été écrit, aucune question ne peut aller dans ce format.",
        "{file}: nothing was written; no question can go into this format.",
    ),
    (
        "interchange.check.summary",
        "{file}: {n} {n|question serait importée|questions seraient importées}, {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}",
        "{file}: {n} {n|question would be imported|questions would be imported}, {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}",
    ),
    ("interchange.app.menu_export", "Exporter…", "Export…"),
    (
        "interchange.app.export_title",
        "Exporter le quiz vers un autre outil",
        "Export the quiz to another tool",
    ),
    ("interchange.app.format", "Format", "Format"),
    (
        "interchange.app.nothing_lost",
        "Tout le quiz passe dans ce format, sans changement.",
        "The whole quiz goes into this format unchanged.",
    ),
    (
        "interchange.app.changes",
        "Ce qui va changer ou être laissé de côté\u{a0}:",
        "What will change or be left out:",
    ),
    ("interchange.app.left_out", "Laissé de côté", "Left out"),
    ("interchange.app.changed", "Changé", "Changed"),
    ("interchange.app.export_button", "Exporter…", "Export…"),
    (
        "interchange.app.dialog.export",
        "Exporter le quiz",
        "Export the quiz",
    ),
    (
        "interchange.app.filter.importable",
        "Quiz et questions (Atelier Quiz, GIFT, Moodle XML, Aiken, Kahoot, H5P)",
        "Quizzes and questions (Atelier Quiz, GIFT, Moodle XML, Aiken, Kahoot, H5P)",
    ),
    (
        "interchange.app.filter.gift",
        "GIFT (Moodle) (*.gift)",
        "GIFT (Moodle) (*.gift)",
    ),
    (
        "interchange.app.filter.moodle",
        "Moodle XML (*.xml)",
        "Moodle XML (*.xml)",
    ),
    (
        "interchange.app.filter.aiken",
        "Aiken (*.txt)",
        "Aiken (*.txt)",
    ),
    (
        "interchange.app.filter.kahoot",
        "Kahoot (*.xlsx)",
        "Kahoot (*.xlsx)",
    ),
    ("interchange.app.filter.h5p", "H5P (*.h5p)", "H5P (*.h5p)"),
    (
        "interchange.app.exported",
        "Quiz exporté dans «\u{a0}{file}\u{a0}»",
        "Quiz exported to “{file}”",
    ),
    (
        "interchange.app.problem_line",
        "{at}\u{202f}: {message} — {hint}",
        "{at}: {message} — {hint}",
    ),
    (
        "interchange.app.imported_with_changes",
        "Importé, avec ces changements",
        "Imported, with these changes",
    ),
];
