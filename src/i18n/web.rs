//! Strings of the one-file web quiz (`atelier-quiz convert IN OUT.html`, issue 11 §1).
//!
//! The page is not built by Rust at run time: `export::web` copies these rows (and the few
//! shared keys in [`SHARED`]) into the page as JSON, so the browser reads the same French and
//! English as the app. Web text is real HTML text: U+202F before `: ; ! ? %`, U+00A0 in « ».

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "web.export.name",
        "Page web (un seul fichier, hors ligne)",
        "Web page (one file, offline)",
    ),
    ("web.export.filter", "Page web", "Web page"),
    (
        "web.export.about",
        "Une page qui s'ouvre d'un double-clic dans n'importe quel navigateur, sans Internet\u{a0}: pour s'entraîner seul ou présenter. Le quiz y est joint pour qui veut l'adapter.",
        "A page that opens with a double click in any browser, without Internet: to practise alone or to present. The quiz is attached for anyone who wants to adapt it.",
    ),
    (
        "web.start.modes",
        "Comment voulez-vous utiliser ce quiz\u{202f}?",
        "How do you want to use this quiz?",
    ),
    ("web.start.study", "S'entraîner", "Practise"),
    (
        "web.start.study_help",
        "Une question à la fois, à votre rythme\u{202f}: vous répondez, puis vous voyez la bonne réponse et l'explication. Jamais de minuteur.",
        "One question at a time, at your own pace: answer, then see the right answer and the explanation. Never timed.",
    ),
    ("web.start.present", "Présenter", "Present"),
    (
        "web.start.present_help",
        "En plein écran, pour un groupe, avec les touches de l'application\u{202f}: flèche droite ou Espace pour avancer, flèche gauche pour revenir, B pour l'écran noir.",
        "Full screen, for a group, with the app's keys: Right arrow or Space to go on, Left arrow to go back, B for a black screen.",
    ),
    ("web.start.level", "Niveau", "Level"),
    ("web.start.all_levels", "Tous les niveaux", "All levels"),
    (
        "web.start.count",
        "{n} {n|question|questions}",
        "{n} {n|question|questions}",
    ),
    ("web.authors", "Par {names}", "By {names}"),
    (
        "web.license",
        "Licence\u{202f}: {license}",
        "Licence: {license}",
    ),
    ("web.credits", "Sources et crédits", "Sources and credits"),
    (
        "web.download",
        "Télécharger le quiz (Atelier Quiz)",
        "Download the quiz (Atelier Quiz)",
    ),
    (
        "web.download_help",
        "Le fichier .quiz.json s'ouvre avec Atelier Quiz, logiciel libre, pour présenter ce quiz ou l'adapter.",
        "The .quiz.json file opens in Atelier Quiz, free software, to present this quiz or adapt it.",
    ),
    ("web.home", "Retour à l'accueil", "Back to the start"),
    (
        "web.progress",
        "Question {n} sur {total}",
        "Question {n} of {total}",
    ),
    ("web.check", "Valider", "Check"),
    ("web.next", "Question suivante", "Next question"),
    ("web.see_score", "Voir le score", "See the score"),
    ("web.right", "Bonne réponse\u{202f}!", "Right answer!"),
    ("web.wrong", "Pas tout à fait.", "Not quite."),
    (
        "web.poll_done",
        "C'est un sondage\u{202f}: il n'y a pas de bonne réponse.",
        "This is a poll: there is no right answer.",
    ),
    (
        "web.open_done",
        "Comparez avec la réponse attendue.",
        "Compare with the expected answer.",
    ),
    (
        "web.expected",
        "Réponse attendue\u{202f}:",
        "Expected answer:",
    ),
    (
        "web.correct_is",
        "La bonne réponse\u{202f}: {answer}",
        "The right answer: {answer}",
    ),
    ("web.order_is", "Le bon ordre\u{202f}:", "The right order:"),
    (
        "web.hotspot_shown",
        "La zone attendue est encadrée sur l'image.",
        "The expected area is framed on the image.",
    ),
    ("web.explanation", "Pourquoi\u{202f}?", "Why?"),
    ("web.source", "Source\u{202f}: {source}", "Source: {source}"),
    (
        "web.score",
        "Votre score\u{202f}: {raw} sur {max}",
        "Your score: {raw} out of {max}",
    ),
    (
        "web.score_none",
        "Aucune question notée dans ce niveau.",
        "No scored question in this level.",
    ),
    (
        "web.score_help",
        "Les sondages et les questions ouvertes ne sont pas notés.",
        "Polls and open questions are not scored.",
    ),
    ("web.restart", "Recommencer", "Start again"),
    (
        "web.pick_one",
        "Choisissez une réponse.",
        "Choose one answer.",
    ),
    (
        "web.pick_many",
        "Choisissez toutes les bonnes réponses.",
        "Choose every right answer.",
    ),
    (
        "web.pick_poll",
        "Choisissez la réponse qui vous ressemble.",
        "Choose the answer that fits you.",
    ),
    (
        "web.order_help",
        "Remettez dans le bon ordre\u{202f}: faites glisser les lignes, ou utilisez les boutons Monter et Descendre.",
        "Put in the right order: drag the rows, or use the Up and Down buttons.",
    ),
    ("web.move_up", "Monter", "Up"),
    ("web.move_down", "Descendre", "Down"),
    (
        "web.move_up_item",
        "Monter «\u{a0}{item}\u{a0}»",
        "Move “{item}” up",
    ),
    (
        "web.move_down_item",
        "Descendre «\u{a0}{item}\u{a0}»",
        "Move “{item}” down",
    ),
    (
        "web.moved",
        "«\u{a0}{item}\u{a0}» est maintenant en position {n} sur {total}.",
        "“{item}” is now in position {n} of {total}.",
    ),
    (
        "web.hotspot_help",
        "Touchez ou cliquez sur l'image à l'endroit demandé, puis validez. Au clavier\u{202f}: placez-vous sur le repère et déplacez-le avec les flèches (Maj + flèche\u{202f}: plus finement).",
        "Tap or click the image where asked, then check. With the keyboard: focus the marker and move it with the arrow keys (Shift + arrow: finer).",
    ),
    (
        "web.marker",
        "Repère\u{202f}: {x}\u{202f}% depuis la gauche, {y}\u{202f}% depuis le haut",
        "Marker: {x}% from the left, {y}% from the top",
    ),
    (
        "web.open_label",
        "Votre réponse (facultative, pour vous seulement)",
        "Your answer (optional, for you only)",
    ),
    ("web.show_answer", "Voir la réponse", "Show the answer"),
    ("web.letter", "{letter}\u{202f}: {text}", "{letter}: {text}"),
    ("web.letter_shape", "{letter}, {shape}", "{letter}, {shape}"),
    ("web.is_right", "bonne réponse", "right answer"),
    ("web.is_chosen", "votre choix", "your choice"),
    ("web.image", "Image\u{202f}: {alt}", "Image: {alt}"),
    (
        "web.present.keys",
        "Flèche droite, Espace ou Page suivante\u{202f}: avancer · flèche gauche\u{202f}: revenir · B\u{202f}: écran noir · Échap\u{202f}: quitter",
        "Right arrow, Space or Page Down: next · Left arrow: back · B: black screen · Esc: leave",
    ),
    ("web.present.next", "Suivant", "Next"),
    ("web.present.previous", "Précédent", "Previous"),
    ("web.present.black", "Écran noir", "Black screen"),
    (
        "web.present.exit",
        "Quitter la présentation",
        "Leave the presentation",
    ),
    (
        "web.present.question",
        "Question {n} / {total}",
        "Question {n} / {total}",
    ),
    ("web.present.end", "Merci\u{202f}!", "Thank you!"),
    ("web.present.end_help", "Fin du quiz.", "End of the quiz."),
    (
        "web.present.black_on",
        "Écran noir. Appuyez sur B pour revenir.",
        "Black screen. Press B to come back.",
    ),
    ("web.credits.quiz", "Ce quiz", "This quiz"),
    ("web.credits.sources", "Sources", "Sources"),
    ("web.credits.images", "Images", "Images"),
    (
        "web.credits.none",
        "Aucune source citée.",
        "No source cited.",
    ),
    (
        "web.credits.font",
        "Police Atkinson Hyperlegible (Braille Institute), licence SIL Open Font License 1.1.",
        "Atkinson Hyperlegible font (Braille Institute), SIL Open Font License 1.1.",
    ),
    (
        "web.credits.made_with",
        "Page créée avec Atelier Quiz, logiciel libre.",
        "Page made with Atelier Quiz, free software.",
    ),
    (
        "web.credits.use.reused",
        "reprise telle quelle",
        "reused as is",
    ),
    ("web.credits.use.adapted", "adaptée", "adapted"),
    ("web.credits.use.reference", "référence", "reference"),
    (
        "web.credits.changes",
        "Modifications\u{202f}: {changes}",
        "Changes: {changes}",
    ),
    (
        "web.noscript",
        "Cette page a besoin de JavaScript pour afficher le quiz.",
        "This page needs JavaScript to show the quiz.",
    ),
    (
        "web.skipped",
        "{n} {n|question d'un type inconnu est ignorée|questions d'un type inconnu sont ignorées}.",
        "{n} {n|question of an unknown type is|questions of an unknown type are} left out.",
    ),
    (
        "web.scorm.name",
        "Paquet SCORM (Moodle et autres plateformes)",
        "SCORM package (Moodle and other platforms)",
    ),
    ("web.scorm.filter", "Paquet SCORM", "SCORM package"),
    (
        "web.scorm.about",
        "Un fichier .zip à déposer dans Moodle (activité «\u{a0}Paquetage SCORM\u{a0}») ou une autre plateforme de formation\u{a0}: la même page web, qui transmet à la plateforme la fin de l'entraînement et le score.",
        "A .zip file to upload to Moodle (\"SCORM package\" activity) or another learning platform: the same web page, which tells the platform when the practice is over and the score.",
    ),
    (
        "web.scorm.sent",
        "Votre résultat a été transmis à la plateforme de formation.",
        "Your result was sent to the learning platform.",
    ),
    (
        "web.scorm.not_sent",
        "La plateforme de formation n'a pas accepté le résultat.",
        "The learning platform did not accept the result.",
    ),
    (
        "web.scorm.zip_failed",
        "Le paquet SCORM n'a pas pu être assemblé\u{202f}: {reason}",
        "The SCORM package could not be put together: {reason}",
    ),
    ("web.scorm.untitled", "Quiz sans titre", "Untitled quiz"),
];

/// Keys of other tables the page shows too (answer shapes, Vrai/Faux): the same words as the
/// app, not a copy.
pub const SHARED: &[&str] = &[
    "shape.triangle",
    "shape.diamond",
    "shape.circle",
    "shape.square",
    "shape.star",
    "shape.pentagon",
    "shape.hexagon",
    "shape.cross",
    "true_false.true",
    "true_false.false",
];

/// Every `(key, french, english)` row the page needs: this table, then [`SHARED`].
pub fn entries() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    super::with_shared(ENTRIES, SHARED)
}
