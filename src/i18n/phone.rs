//! Strings of the phone page (issue 12): copied into the page as JSON by `live::page`, so a
//! phone reads the same French and English as the app. Real HTML text: U+202F before
//! `: ; ! ? %`, U+00A0 inside « ».

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    ("phone.title", "Répondre au quiz", "Answer the quiz"),
    (
        "phone.noscript",
        "Cette page a besoin de JavaScript pour recevoir les questions.",
        "This page needs JavaScript to receive the questions.",
    ),
    ("phone.join.heading", "Rejoindre le quiz", "Join the quiz"),
    (
        "phone.join.help",
        "Tapez le code à 4 chiffres affiché à l'écran.",
        "Type the 4-digit code shown on the screen.",
    ),
    ("phone.join.code", "Code de la séance", "Session code"),
    ("phone.join.button", "Rejoindre", "Join"),
    (
        "phone.join.anonymous",
        "Anonyme\u{202f}: ni nom, ni compte. Votre téléphone est oublié à la fin de la séance.",
        "Anonymous: no name, no account. Your phone is forgotten when the session ends.",
    ),
    (
        "phone.error.wrong_code",
        "Ce code ne correspond pas. Vérifiez l'écran et réessayez.",
        "This code does not match. Check the screen and try again.",
    ),
    (
        "phone.error.too_many_tries",
        "Trop d'essais. Attendez une minute avant de réessayer.",
        "Too many tries. Wait a minute before trying again.",
    ),
    (
        "phone.error.full",
        "La séance est complète.",
        "The session is full.",
    ),
    (
        "phone.error.closed",
        "Les réponses sont fermées pour cette question.",
        "Answers are closed for this question.",
    ),
    (
        "phone.error.not_now",
        "Cette question n'attend pas encore de réponse.",
        "This question is not taking answers yet.",
    ),
    (
        "phone.error.other",
        "La réponse n'est pas partie. Réessayez.",
        "The answer was not sent. Try again.",
    ),
    (
        "phone.waiting",
        "Vous êtes connecté. La première question arrive\u{202f}: regardez l'écran.",
        "You are connected. The first question is coming: watch the screen.",
    ),
    (
        "phone.ended",
        "Le quiz est terminé. Merci\u{202f}!",
        "The quiz is over. Thank you!",
    ),
    (
        "phone.progress",
        "Question {n} sur {total}",
        "Question {n} of {total}",
    ),
    (
        "phone.listen",
        "Écoutez la question\u{202f}: les réponses arrivent.",
        "Listen to the question: the answers are coming.",
    ),
    ("phone.send", "Envoyer", "Send"),
    (
        "phone.sent",
        "Réponse envoyée. Vous pouvez la changer jusqu'à la correction.",
        "Answer sent. You can change it until the answers are shown.",
    ),
    (
        "phone.choose_one",
        "Touchez une réponse.",
        "Tap one answer.",
    ),
    (
        "phone.choose_many",
        "Touchez toutes les bonnes réponses, puis «\u{a0}Envoyer\u{a0}».",
        "Tap every right answer, then “Send”.",
    ),
    (
        "phone.order_help",
        "Touchez les éléments dans le bon ordre.",
        "Tap the items in the right order.",
    ),
    (
        "phone.order_undo",
        "Annuler le dernier",
        "Undo the last one",
    ),
    ("phone.order_pos", "{n}.", "{n}."),
    (
        "phone.hotspot_help",
        "Touchez l'image à l'endroit choisi, puis «\u{a0}Envoyer\u{a0}».",
        "Tap the picture where you choose, then “Send”.",
    ),
    (
        "phone.hotspot_marker",
        "Votre point\u{202f}: {x}\u{202f}% de la largeur, {y}\u{202f}% de la hauteur",
        "Your point: {x}% across, {y}% down",
    ),
    (
        "phone.open_help",
        "Écrivez votre réponse (280 caractères au plus).",
        "Write your answer (280 characters at most).",
    ),
    (
        "phone.open_count",
        "{n} {n|caractère|caractères} sur 280",
        "{n} {n|character|characters} of 280",
    ),
    ("phone.right", "Bonne réponse\u{202f}!", "Right answer!"),
    ("phone.wrong", "Pas tout à fait.", "Not quite."),
    (
        "phone.no_answer",
        "Vous n'avez pas répondu.",
        "You did not answer.",
    ),
    ("phone.is_right", "Bonne réponse", "Right answer"),
    ("phone.is_chosen", "Votre choix", "Your choice"),
    (
        "phone.right_order",
        "Le bon ordre\u{202f}:",
        "The right order:",
    ),
    (
        "phone.expected",
        "Réponse attendue\u{202f}: {answer}",
        "Expected answer: {answer}",
    ),
    (
        "phone.poll",
        "C'est un sondage\u{202f}: il n'y a pas de bonne réponse.",
        "This is a poll: there is no right answer.",
    ),
    (
        "phone.reconnecting",
        "Connexion perdue, nouvelle tentative…",
        "Connection lost, trying again…",
    ),
    ("phone.image", "Image\u{202f}: {alt}", "Picture: {alt}"),
    (
        "phone.letter",
        "{letter}\u{202f}: {text}",
        "{letter}: {text}",
    ),
    (
        "phone.closed",
        "Les réponses sont fermées.",
        "Answers are closed.",
    ),
];

/// Keys of other tables the page shows too: the shapes' names, as in the app.
const SHARED: &[&str] = &[
    "shape.triangle",
    "shape.diamond",
    "shape.circle",
    "shape.square",
    "shape.star",
    "shape.pentagon",
    "shape.hexagon",
    "shape.cross",
];

/// Every `(key, french, english)` row the phone page needs.
pub fn entries() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    super::with_shared(ENTRIES, SHARED)
}
