//! Strings of the command line.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "cli.about",
        "Créer et animer des quiz pour les ateliers numériques. Sans argument\u{202f}: ouvre l'application.",
        "Create and present quizzes for digital-skills workshops. Without arguments: opens the app.",
    ),
    (
        "cli.help_template",
        "{before-help}{name} {version}\n{about-with-newline}\nUtilisation\u{202f}: {usage}\n\n{all-args}{after-help}",
        "{before-help}{name} {version}\n{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
    ),
    (
        "cli.help_template_sub",
        "{before-help}{about-with-newline}\nUtilisation\u{202f}: {usage}\n\n{all-args}{after-help}",
        "{before-help}{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
    ),
    ("cli.value.file", "FICHIER", "FILE"),
    ("cli.value.command", "COMMANDE", "COMMAND"),
    // clap adds the colon; French puts a narrow no-break space before it.
    ("cli.heading.commands", "Commandes\u{202f}", "Commands"),
    ("cli.heading.options", "Options\u{202f}", "Options"),
    ("cli.heading.arguments", "Arguments\u{202f}", "Arguments"),
    ("cli.arg.help", "Afficher cette aide", "Print this help"),
    (
        "cli.arg.version",
        "Afficher la version",
        "Print the version",
    ),
    ("cli.value.input", "ENTRÉE", "INPUT"),
    ("cli.value.output", "SORTIE", "OUTPUT"),
    (
        "cli.arg.open",
        "Quiz à ouvrir dans l'application (*.quiz.json)",
        "Quiz to open in the app (*.quiz.json)",
    ),
    (
        "cli.arg.lang",
        "Langue des messages (fr ou en\u{202f}; par défaut celle du système)",
        "Language of messages (fr or en; default: the system's)",
    ),
    (
        "cli.arg.exit_after_first_frame",
        "Quitter après le premier affichage (mesure du temps de démarrage)",
        "Quit after the first frame is painted (startup-time measurement)",
    ),
    (
        "cli.check.about",
        "Vérifier des fichiers de quiz\u{202f}: erreurs et avertissements (code de sortie 0\u{202f}: aucune erreur, 1\u{202f}: erreurs, 2\u{202f}: fichier illisible)",
        "Check quiz files for errors and warnings (exit code 0: no errors, 1: errors, 2: unreadable file)",
    ),
    (
        "cli.arg.check_files",
        "Fichiers à vérifier",
        "Files to check",
    ),
    (
        "cli.arg.json",
        "Résultat en JSON, pour d'autres programmes",
        "Machine-readable JSON output",
    ),
    (
        "cli.convert.about",
        "Convertir un quiz entre Atelier Quiz (.quiz.json), GIFT, Moodle XML, Aiken, Kahoot (.xlsx) et H5P, ou l'exporter en page web (.html) ou en paquet SCORM (.zip), en disant ce qui change ou se perd",
        "Convert a quiz between Atelier Quiz (.quiz.json), GIFT, Moodle XML, Aiken, Kahoot (.xlsx) and H5P, or export it as a web page (.html) or a SCORM package (.zip), saying what changes or is lost",
    ),
    ("cli.arg.input", "Fichier à lire", "File to read"),
    (
        "cli.arg.output",
        "Fichier à écrire (l'ancien est gardé en .bak)",
        "File to write (the previous one is kept as .bak)",
    ),
    (
        "cli.present.about",
        "Présenter un quiz en plein écran",
        "Present a quiz full screen",
    ),
    (
        "cli.arg.present_file",
        "Quiz à présenter",
        "Quiz to present",
    ),
    (
        "cli.arg.level",
        "Niveau à présenter (identifiant\u{202f}; répétable\u{202f}; par défaut tous)",
        "Level to present (id; repeatable; default: all)",
    ),
    (
        "cli.arg.console",
        "Ouvrir la console de l'animateur (écran étendu)",
        "Open the presenter console (extended display)",
    ),
    (
        "cli.arg.monitor",
        "Numéro de l'écran du public (0, 1…)",
        "Number of the audience's monitor (0, 1…)",
    ),
    (
        "cli.error.missing",
        "il manque un argument obligatoire\u{202f}: {arg}",
        "a required argument is missing: {arg}",
    ),
    (
        "cli.error.unknown",
        "argument inconnu\u{202f}: {arg}",
        "unknown argument: {arg}",
    ),
    (
        "cli.error.invalid_value",
        "valeur «\u{a0}{value}\u{a0}» invalide pour {arg}",
        "invalid value “{value}” for {arg}",
    ),
    (
        "cli.error.conflict",
        "ces arguments ne vont pas ensemble\u{202f}: {arg}",
        "these arguments cannot be used together: {arg}",
    ),
    (
        "cli.error.other",
        "ligne de commande incorrecte {arg}",
        "incorrect command line {arg}",
    ),
    (
        "cli.error.help",
        "Pour l'aide\u{202f}: atelier-quiz --help",
        "For help: atelier-quiz --help",
    ),
    ("cli.hint", "aide\u{202f}: {hint}", "help: {hint}"),
    (
        "cli.summary.clean",
        "{file}: aucun problème",
        "{file}: no problems",
    ),
    (
        "cli.summary.counts",
        "{file} : {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}",
        "{file}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}",
    ),
    (
        "cli.convert.unsupported",
        "format non pris en charge pour «\u{a0}{file}\u{a0}» (extensions connues\u{202f}: .quiz.json, .gift, .xml, .txt, .xlsx, .h5p\u{202f}; sinon --from/--to)",
        "unsupported format for “{file}” (known extensions: .quiz.json, .gift, .xml, .txt, .xlsx, .h5p; else --from/--to)",
    ),
    (
        "cli.convert.done",
        "{input} → {output}: converti",
        "{input} → {output}: converted",
    ),
    (
        "cli.convert.refused",
        "{file}: rien n'a été écrit, corrigez d'abord les erreurs ci-dessus.",
        "{file}: nothing was written; fix the errors above first.",
    ),
];
