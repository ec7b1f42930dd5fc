//! Strings of the Aiken converter (`interchange::aiken`).

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "interchange.aiken.no_text",
        "option sans question\u{a0}: la ligne «\u{a0}A.\u{a0}» ne suit aucun texte de question",
        "option without a question: the “A.” line follows no question text",
    ),
    (
        "interchange.aiken.no_text.hint",
        "Écrivez le texte de la question sur la ligne avant la première option.",
        "Write the question text on the line before the first option.",
    ),
    (
        "interchange.aiken.text_after_options",
        "texte inattendu entre les options\u{a0}: chaque option commence par une lettre majuscule suivie de «\u{a0}.\u{a0}» ou «\u{a0})\u{a0}» et d'une espace",
        "unexpected text among the options: each option starts with a capital letter, then “.” or “)” and a space",
    ),
    (
        "interchange.aiken.text_after_options.hint",
        "Mettez cette ligne sur la ligne de l'option précédente, ou commencez-la par «\u{a0}C.\u{a0}».",
        "Join this line to the previous option, or start it with “C.”.",
    ),
    (
        "interchange.aiken.no_answer",
        "question sans ligne «\u{a0}ANSWER:\u{a0}»",
        "question without an “ANSWER:” line",
    ),
    (
        "interchange.aiken.no_answer.hint",
        "Terminez la question par «\u{a0}ANSWER: B\u{a0}» (la lettre de la bonne option).",
        "End the question with “ANSWER: B” (the letter of the right option).",
    ),
    (
        "interchange.aiken.few_options",
        "il faut au moins deux options",
        "at least two options are needed",
    ),
    (
        "interchange.aiken.few_options.hint",
        "Ajoutez une ligne «\u{a0}B. …\u{a0}».",
        "Add a “B. …” line.",
    ),
    (
        "interchange.aiken.bad_answer",
        "la réponse «\u{a0}{letter}\u{a0}» n'est la lettre d'aucune option",
        "answer “{letter}” is not the letter of any option",
    ),
    (
        "interchange.aiken.bad_answer.hint",
        "Écrivez après «\u{a0}ANSWER:\u{a0}» une seule lettre, celle de la bonne option.",
        "After “ANSWER:”, write a single letter: the right option's.",
    ),
    (
        "interchange.aiken.no_question",
        "aucune question Aiken n'a pu être lue dans ce fichier",
        "no Aiken question could be read in this file",
    ),
    (
        "interchange.aiken.no_question.hint",
        "Une question Aiken\u{a0}: le texte, puis «\u{a0}A. …\u{a0}», «\u{a0}B. …\u{a0}», puis «\u{a0}ANSWER: A\u{a0}».",
        "An Aiken question: the text, then “A. …”, “B. …”, then “ANSWER: A”.",
    ),
    (
        "interchange.aiken.no_credits",
        "Aiken n'a pas de commentaires\u{a0}: les auteurs, la licence et les sources ne sont pas écrits dans le fichier",
        "Aiken has no comments: authors, licence and sources are not written in the file",
    ),
    (
        "interchange.aiken.no_credits.hint",
        "Donnez les crédits avec le fichier, ou exportez en GIFT, Moodle XML ou H5P qui les gardent.",
        "Give the credits with the file, or export to GIFT, Moodle XML or H5P, which keep them.",
    ),
    (
        "interchange.aiken.true_false",
        "vrai/faux écrit comme un choix entre deux options",
        "true/false written as a choice between two options",
    ),
    (
        "interchange.aiken.true_false.hint",
        "Aiken ne connaît que le choix unique.",
        "Aiken only knows single choice.",
    ),
    ("interchange.aiken.true", "Vrai", "True"),
    ("interchange.aiken.false", "Faux", "False"),
    (
        "interchange.aiken.left_out",
        "Aiken ne connaît que le choix unique\u{a0}: question laissée de côté",
        "Aiken only knows single choice: question left out",
    ),
    (
        "interchange.aiken.left_out.hint",
        "Exportez en GIFT ou en Moodle XML pour garder les autres types.",
        "Export to GIFT or Moodle XML to keep the other types.",
    ),
    (
        "interchange.aiken.unanswerable",
        "question sans bonne réponse (ou plus de 26 options)\u{a0}: laissée de côté",
        "question without a right answer (or with over 26 options): left out",
    ),
    (
        "interchange.aiken.unanswerable.hint",
        "Cochez la bonne réponse dans l'éditeur.",
        "Tick the right answer in the editor.",
    ),
    (
        "interchange.aiken.joined_lines",
        "retours à la ligne remplacés par des espaces (Aiken écrit chaque texte sur une ligne)",
        "line breaks replaced by spaces (Aiken writes each text on one line)",
    ),
    (
        "interchange.aiken.joined_lines.hint",
        "Relisez la question dans l'outil de destination.",
        "Read the question again in the target tool.",
    ),
    (
        "interchange.aiken.lost",
        "explication et images non reprises (Aiken n'a que le texte et les options)",
        "explanation and images left out (Aiken only has the text and the options)",
    ),
    (
        "interchange.aiken.lost.hint",
        "Exportez en Moodle XML pour les garder.",
        "Export to Moodle XML to keep them.",
    ),
];
