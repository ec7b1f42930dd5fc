//! Strings of the printed handouts (participant sheet and corrigé), the print dialog and
//! `atelier-quiz print`. French typography everywhere: U+202F before `: ; ! ?`, U+00A0 inside « ».

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "print.sheet.participant",
        "Feuille participant",
        "Participant sheet",
    ),
    ("print.sheet.answers", "Corrigé", "Answer key"),
    ("print.page", "page {n} / {total}", "page {n} of {total}"),
    ("print.name", "Nom\u{202f}:", "Name:"),
    (
        "print.levels",
        "Niveaux\u{202f}: {levels}",
        "Levels: {levels}",
    ),
    (
        "print.howto.single",
        "Cochez une seule réponse.",
        "Tick one answer.",
    ),
    (
        "print.howto.multiple",
        "Cochez toutes les bonnes réponses.",
        "Tick every right answer.",
    ),
    (
        "print.howto.true_false",
        "Cochez Vrai ou Faux.",
        "Tick True or False.",
    ),
    (
        "print.howto.poll",
        "Cochez votre avis (pas de bonne réponse).",
        "Tick your opinion (no right answer).",
    ),
    (
        "print.howto.ordering",
        "Numérotez de 1 à {n} dans le bon ordre.",
        "Number from 1 to {n} in the right order.",
    ),
    (
        "print.howto.hotspot",
        "Entourez sur l'image la bonne zone.",
        "Circle the right area on the picture.",
    ),
    (
        "print.howto.open",
        "Écrivez votre réponse.",
        "Write your answer.",
    ),
    (
        "print.howto.unknown",
        "Question d'un type que cette version ne sait pas imprimer.",
        "A question of a type this version cannot print.",
    ),
    ("print.true", "Vrai", "True"),
    ("print.false", "Faux", "False"),
    ("print.right", "(bonne réponse)", "(right answer)"),
    (
        "print.expected",
        "Réponse attendue\u{202f}: {answer}",
        "Expected answer: {answer}",
    ),
    (
        "print.order",
        "Bon ordre\u{202f}: {order}",
        "Right order: {order}",
    ),
    (
        "print.zone",
        "La bonne zone est encadrée sur l'image.",
        "The right area is framed on the picture.",
    ),
    (
        "print.zones",
        "{n} bonnes zones sont encadrées sur l'image.",
        "{n} right areas are framed on the picture.",
    ),
    (
        "print.explanation",
        "Explication\u{202f}: {text}",
        "Explanation: {text}",
    ),
    (
        "print.source",
        "Source\u{202f}: {source}",
        "Source: {source}",
    ),
    ("print.image", "Image\u{202f}: {alt}", "Picture: {alt}"),
    ("print.credits", "Sources et crédits", "Sources and credits"),
    (
        "print.credits.quiz",
        "Quiz\u{202f}: {title}",
        "Quiz: {title}",
    ),
    (
        "print.credits.authors",
        "{n|Auteur|Auteurs}\u{202f}: {names}",
        "{n|Author|Authors}: {names}",
    ),
    (
        "print.credits.license",
        "Licence\u{202f}: {license}",
        "License: {license}",
    ),
    ("print.credits.sources", "Sources", "Sources"),
    ("print.credits.images", "Images", "Pictures"),
    (
        "print.credits.none",
        "Aucune source ni image à créditer.",
        "No source or picture to credit.",
    ),
    (
        "print.credits.made_with",
        "Fiche imprimée avec Atelier Quiz.",
        "Sheet printed with Atelier Quiz.",
    ),
    ("print.untitled", "Quiz sans titre", "Untitled quiz"),
    // The editor's print dialog.
    ("print.app.menu", "Imprimer…", "Print…"),
    ("print.app.title", "Imprimer des fiches", "Print handouts"),
    ("print.app.sheet", "Fiche", "Sheet"),
    ("print.app.levels", "Niveaux", "Levels"),
    ("print.app.paper", "Papier", "Paper"),
    ("print.app.paper.a4", "A4", "A4"),
    (
        "print.app.paper.letter",
        "Letter (États-Unis, Canada)",
        "Letter (US, Canada)",
    ),
    (
        "print.app.preview",
        "Aperçu de la page {n} sur {total}",
        "Preview of page {n} of {total}",
    ),
    (
        "print.app.page",
        "page {n} / {total}",
        "page {n} of {total}",
    ),
    ("print.app.previous", "Page précédente", "Previous page"),
    ("print.app.next", "Page suivante", "Next page"),
    (
        "print.app.summary",
        "{pages} {pages|page|pages}, {n} {n|question|questions}",
        "{pages} {pages|page|pages}, {n} {n|question|questions}",
    ),
    ("print.app.save", "Enregistrer le PDF…", "Save the PDF…"),
    (
        "print.app.nothing",
        "Aucune question à imprimer\u{202f}: cochez au moins un niveau qui a des questions.",
        "No question to print: tick at least one level that has questions.",
    ),
    (
        "print.app.saved",
        "PDF enregistré\u{202f}: {file}",
        "PDF saved: {file}",
    ),
    (
        "print.app.failed",
        "Le PDF n'a pas pu être enregistré",
        "The PDF could not be saved",
    ),
    ("print.app.dialog", "Enregistrer le PDF", "Save the PDF"),
    ("print.app.filter", "Document PDF", "PDF document"),
    ("print.app.answers_suffix", "-corrige", "-answer-key"),
    // Command line.
    (
        "cli.print.about",
        "Imprimer des fiches PDF\u{202f}: feuille participant ou corrigé",
        "Print PDF handouts: participant sheet or answer key",
    ),
    (
        "cli.arg.print_input",
        "Le quiz à imprimer (.quiz.json)",
        "The quiz to print (.quiz.json)",
    ),
    (
        "cli.arg.print_output",
        "Le fichier PDF à écrire",
        "The PDF file to write",
    ),
    (
        "cli.arg.answers",
        "Le corrigé (bonnes réponses, explications, sources)",
        "The answer key (right answers, explanations, sources)",
    ),
    (
        "cli.arg.print_level",
        "Seulement ce niveau (répétable)",
        "Only this level (repeatable)",
    ),
    (
        "cli.arg.paper",
        "Format du papier\u{202f}: a4 ou letter (A4 par défaut, Letter pour en-US)",
        "Paper size: a4 or letter (A4 by default, Letter for en-US)",
    ),
    (
        "cli.print.not_pdf",
        "{file}\u{202f}: le fichier de sortie doit finir par .pdf",
        "{file}: the output file must end in .pdf",
    ),
    (
        "cli.print.unknown_level",
        "niveau inconnu\u{202f}: {level}",
        "unknown level: {level}",
    ),
    (
        "cli.print.no_question",
        "aucune question à imprimer",
        "no question to print",
    ),
    (
        "cli.print.done",
        "{output}\u{202f}: {pages} {pages|page écrite|pages écrites} ({n} {n|question|questions})",
        "{output}: {pages} {pages|page|pages} written ({n} {n|question|questions})",
    ),
    (
        "print.error.pdf",
        "le PDF n'a pas pu être fabriqué\u{202f}: {detail}",
        "the PDF could not be made: {detail}",
    ),
];
