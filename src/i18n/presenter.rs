//! Strings of the presenter: start screen, slides, console, keys overlay, CSV export.
//!
//! The audience reads these from the back of the room: short, plain words.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    ("present.true", "Vrai", "True"),
    ("present.false", "Faux", "False"),
    ("present.license", "licence {license}", "license {license}"),
    ("present.license.see_site", "voir le site", "see the website"),
    (
        "present.license.all_rights",
        "tous droits réservés",
        "all rights reserved",
    ),
    ("present.source", "Source : {source}", "Source: {source}"),
    (
        "present.source_with_license",
        "Source : {source} — licence {license}",
        "Source: {source} — license {license}",
    ),
    ("present.tally.right", "Réussi", "Got it"),
    ("present.tally.wrong", "Pas réussi", "Missed"),
    (
        "present.no_questions",
        "Ce quiz n'a pas encore de question à présenter.",
        "This quiz has no question to present yet.",
    ),
    (
        "present.exported",
        "Résultats enregistrés : {file}",
        "Results saved: {file}",
    ),
    (
        "present.export_failed",
        "Les résultats n'ont pas pu être enregistrés",
        "The results could not be saved",
    ),
    ("present.csv.date", "Date", "Date"),
    ("present.csv.quiz", "Quiz", "Quiz"),
    ("present.csv.number", "N°", "No."),
    ("present.csv.id", "Identifiant", "Id"),
    ("present.csv.level", "Niveau", "Level"),
    ("present.csv.type", "Type", "Type"),
    ("present.csv.question", "Question", "Question"),
    ("present.csv.hands", "Mains levées", "Hands raised"),
    (
        "present.csv.right",
        "Mains sur une bonne réponse",
        "Hands on a right answer",
    ),
    (
        "present.csv.percent",
        "% de bonnes réponses",
        "% right answers",
    ),
    ("present.csv.detail", "Détail des réponses", "Answers in detail"),
    ("present.csv.file_prefix", "resultats", "results"),
];
