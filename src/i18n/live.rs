//! Strings of the phones option in the app and the CLI (issue 12).

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "live.option",
        "Réponses sur les téléphones (réseau local)",
        "Answers on phones (local network)",
    ),
    (
        "live.option_help",
        "Les participants scannent un code QR et répondent sur leur téléphone, sans Internet ni compte. Les mains comptées s'ajoutent.",
        "Participants scan a QR code and answer on their phone, without Internet or an account. Hands you count are added.",
    ),
    (
        "live.join",
        "Répondez sur votre téléphone\u{202f}: scannez le code ou tapez l'adresse",
        "Answer on your phone: scan the code or type the address",
    ),
    ("live.code", "Code\u{202f}: {code}", "Code: {code}"),
    (
        "live.connected",
        "{n} {n|téléphone connecté|téléphones connectés}",
        "{n} {n|phone connected|phones connected}",
    ),
    (
        "live.answers",
        "{n} {n|réponse|réponses} sur {total}",
        "{n} {n|answer|answers} of {total}",
    ),
    (
        "live.qr_name",
        "Code QR de l'adresse {url}",
        "QR code of the address {url}",
    ),
    (
        "live.address",
        "Adresse des téléphones",
        "Address for phones",
    ),
    (
        "live.no_network",
        "Aucun réseau local\u{202f}: activez le point d'accès de l'ordinateur (Paramètres, Wi-Fi, Point d'accès) ou celui d'un téléphone, puis choisissez l'adresse ici.",
        "No local network: turn on the computer's hotspot (Settings, Wi-Fi, Hotspot) or a phone's, then choose the address here.",
    ),
    (
        "live.failed",
        "Les téléphones ne répondent plus ({reason}). La présentation continue\u{202f}: comptez les mains.",
        "Phones no longer answer ({reason}). The presentation goes on: count hands.",
    ),
    (
        "live.start_failed",
        "Le serveur des téléphones n'a pas démarré\u{202f}: {reason}",
        "The phone server did not start: {reason}",
    ),
    (
        "live.open_answers",
        "Réponses libres des téléphones (visibles ici seulement)",
        "Open answers from phones (shown here only)",
    ),
    (
        "live.listening",
        "Téléphones\u{202f}: {url} (code {code})",
        "Phones: {url} (code {code})",
    ),
    (
        "cli.arg.phones",
        "Laisse les participants répondre sur leur téléphone (réseau local)",
        "Let participants answer on their phones (local network)",
    ),
    (
        "cli.arg.bind",
        "Adresse sur laquelle écouter (par défaut\u{202f}: toutes)",
        "Address to listen on (default: all)",
    ),
    (
        "cli.arg.port",
        "Port à essayer d'abord (par défaut\u{202f}: 8080)",
        "Port to try first (default: 8080)",
    ),
    (
        "cli.arg.results",
        "Écrit les résultats de la séance dans ce fichier CSV à la fin",
        "Writes the session results to this CSV file at the end",
    ),
    (
        "cli.arg.headless",
        "Sans fenêtre\u{202f}: lit les touches de la séance sur l'entrée standard (next, back, end, quit)",
        "Without a window: reads the session's keys from standard input (next, back, end, quit)",
    ),
    (
        "cli.present.results_written",
        "Résultats écrits dans {path}",
        "Results written to {path}",
    ),
    (
        "cli.present.results_failed",
        "Les résultats n'ont pas pu être écrits dans {path}\u{202f}: {reason}",
        "The results could not be written to {path}: {reason}",
    ),
];
