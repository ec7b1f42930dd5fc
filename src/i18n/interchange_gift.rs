//! Strings of the GIFT converter (`interchange::gift`): each problem with its message and hint.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "interchange.gift.unclosed_title",
        "titre non fermé\u{a0}: «\u{a0}::\u{a0}» ouvre un titre qui ne se termine pas par «\u{a0}::\u{a0}»",
        "unclosed title: “::” opens a title that does not end with “::”",
    ),
    (
        "interchange.gift.unclosed_title.hint",
        "Ajoutez «\u{a0}::\u{a0}» après le titre, ou écrivez «\u{a0}\\:\u{a0}» pour un deux-points dans le texte.",
        "Add “::” after the title, or write “\\:” for a colon in the text.",
    ),
    (
        "interchange.gift.unbalanced_braces",
        "accolades déséquilibrées\u{a0}: une accolade ouvrante sans accolade fermante (ou l'inverse)",
        "unbalanced braces: an opening brace without a closing one (or the other way round)",
    ),
    (
        "interchange.gift.unbalanced_braces.hint",
        "Les réponses s'écrivent entre accolades\u{a0}; pour une accolade dans le texte, mettez une barre oblique inverse (\\) devant.",
        "Answers go between braces; for a brace in the text, put a backslash (\\) before it.",
    ),
    (
        "interchange.gift.no_question",
        "aucune question GIFT n'a pu être lue dans ce fichier",
        "no GIFT question could be read in this file",
    ),
    (
        "interchange.gift.no_question.hint",
        "Une question GIFT est un texte suivi de ses réponses entre accolades (la bonne après «\u{a0}=\u{a0}», les autres après «\u{a0}~\u{a0}»), séparée des autres par une ligne vide.",
        "A GIFT question is a text followed by its answers between braces (the right one after “=”, the others after “~”), separated from the others by a blank line.",
    ),
    (
        "interchange.gift.description",
        "texte sans réponses (une «\u{a0}description\u{a0}» Moodle)\u{a0}: laissé de côté",
        "text without answers (a Moodle “description”): left out",
    ),
    (
        "interchange.gift.description.hint",
        "Si c'est une consigne, recopiez-la dans la description du quiz.",
        "If it is an instruction, copy it into the quiz's description.",
    ),
    (
        "interchange.gift.matching",
        "question d'appariement («\u{a0}=a -> b\u{a0}»)\u{a0}: pas d'équivalent dans Atelier Quiz, question laissée de côté",
        "matching question (“=a -> b”): no equivalent in Atelier Quiz, question left out",
    ),
    (
        "interchange.gift.matching.hint",
        "Refaites-la en question à choix ou en remise dans l'ordre.",
        "Redo it as a choice or an ordering question.",
    ),
    (
        "interchange.gift.numerical",
        "question numérique lue comme question ouverte (réponse attendue\u{a0}: {answer})",
        "numerical question read as an open question (expected answer: {answer})",
    ),
    (
        "interchange.gift.numerical.hint",
        "La réponse est montrée après la révélation\u{a0}; les réponses du public ne sont pas comparées au nombre.",
        "The answer is shown after the reveal; the audience's answers are not compared with the number.",
    ),
    (
        "interchange.gift.feedback_to_notes",
        "retour par réponse déplacé dans les notes du présentateur",
        "per-answer feedback moved to the presenter notes",
    ),
    (
        "interchange.gift.feedback_to_notes.hint",
        "Atelier Quiz n'affiche pas de retour par réponse\u{a0}: lisez-le à voix haute depuis les notes.",
        "Atelier Quiz shows no per-answer feedback: read it aloud from the notes.",
    ),
    (
        "interchange.gift.weights",
        "pondérations {weights} non reprises (une réponse est juste ou fausse)",
        "weights {weights} not kept (an answer is right or wrong)",
    ),
    (
        "interchange.gift.weights.hint",
        "Les réponses de poids positif sont comptées justes\u{a0}; vérifiez la question.",
        "Answers with a positive weight count as right; check the question.",
    ),
    (
        "interchange.gift.no_correct",
        "aucune réponse juste\u{a0}: question lue comme un sondage",
        "no right answer: question read as a poll",
    ),
    (
        "interchange.gift.no_correct.hint",
        "Si une réponse est juste, changez le type en «\u{a0}choix unique\u{a0}» et cochez-la.",
        "If one answer is right, change the type to “single choice” and tick it.",
    ),
    (
        "interchange.gift.left_out.poll",
        "sondage\u{a0}: pas d'équivalent dans GIFT, question laissée de côté",
        "poll: no equivalent in GIFT, question left out",
    ),
    (
        "interchange.gift.left_out.ordering",
        "remise dans l'ordre\u{a0}: pas d'équivalent dans GIFT, question laissée de côté",
        "ordering: no equivalent in GIFT, question left out",
    ),
    (
        "interchange.gift.left_out.hotspot",
        "zone sur image\u{a0}: GIFT ne transporte pas d'images, question laissée de côté",
        "hotspot: GIFT carries no images, question left out",
    ),
    (
        "interchange.gift.left_out.unknown",
        "question d'un type inconnu de cette version\u{a0}: laissée de côté",
        "question of a type this version does not know: left out",
    ),
    (
        "interchange.gift.left_out.hint",
        "Exportez en Moodle XML ou en H5P pour garder ce type de question.",
        "Export to Moodle XML or H5P to keep this type of question.",
    ),
    (
        "interchange.gift.no_images",
        "image non reprise\u{a0}: GIFT ne transporte pas d'images",
        "image left out: GIFT carries no images",
    ),
    (
        "interchange.gift.no_images.hint",
        "Exportez en Moodle XML pour garder les images, ou ajoutez-les dans Moodle après l'import.",
        "Export to Moodle XML to keep the images, or add them in Moodle after the import.",
    ),
];
