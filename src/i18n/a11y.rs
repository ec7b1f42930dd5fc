//! What screen readers say beyond the visible texts: values joined to labels, group and
//! list names, live announcements of the presenter (see `ui::a11y`).

pub const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "a11y.with_value",
        "{label}\u{202f}: {value}",
        "{label}: {value}",
    ),
    ("a11y.menu_bar", "Menu principal", "Main menu"),
    ("a11y.editor_tabs", "Onglets de l'éditeur", "Editor tabs"),
    ("a11y.question_list", "Liste des questions", "Question list"),
    (
        "a11y.splitter_list",
        "Largeur de la liste des questions (flèches gauche et droite)",
        "Width of the question list (left and right arrows)",
    ),
    (
        "a11y.splitter_preview",
        "Largeur de l'aperçu (flèches gauche et droite)",
        "Width of the preview (left and right arrows)",
    ),
    (
        "a11y.splitter_console",
        "Largeur de la colonne de droite (flèches gauche et droite)",
        "Width of the right column (left and right arrows)",
    ),
    ("a11y.monitor", "Écran {n}", "Screen {n}"),
    ("a11y.answers_group", "Réponses", "Answers"),
    ("a11y.correct_single", "Bonne réponse", "Correct answer"),
    (
        "a11y.correct_multiple",
        "Bonnes réponses",
        "Correct answers",
    ),
    (
        "a11y.correct_name",
        "Bonne réponse\u{202f}: {letter}, {text}",
        "Correct answer: {letter}, {text}",
    ),
    (
        "a11y.correct_name_empty",
        "Bonne réponse\u{202f}: {letter}",
        "Correct answer: {letter}",
    ),
    ("a11y.source_group", "Source {n}", "Source {n}"),
    (
        "a11y.field_of",
        "{owner}\u{202f}: {field}",
        "{owner}: {field}",
    ),
    (
        "a11y.source_use",
        "Source {n}\u{202f}: utilisation",
        "Source {n}: use",
    ),
    (
        "a11y.present_question",
        "Question {n} sur {total}\u{202f}: {prompt}",
        "Question {n} of {total}: {prompt}",
    ),
    (
        "a11y.present_answer",
        "Réponse\u{202f}: {answer}",
        "Answer: {answer}",
    ),
    (
        "a11y.present_answers",
        "Réponses\u{202f}: {answer}",
        "Answers: {answer}",
    ),
    (
        "a11y.present_explanation",
        "Explication\u{202f}: {text}",
        "Explanation: {text}",
    ),
    (
        "a11y.present_no_answer",
        "Sondage\u{202f}: toutes les réponses comptent",
        "Poll: every answer counts",
    ),
    (
        "a11y.present_title",
        "Début du quiz\u{202f}: {title}",
        "Start of the quiz: {title}",
    ),
    (
        "a11y.present_black",
        "Écran noir\u{202f}: le public ne voit rien",
        "Black screen: the audience sees nothing",
    ),
    (
        "a11y.present_white",
        "Écran blanc\u{202f}: le public ne voit rien",
        "White screen: the audience sees nothing",
    ),
    (
        "a11y.present_summary",
        "Fin des questions\u{202f}: bilan de la séance",
        "End of the questions: session summary",
    ),
    (
        "a11y.present_credits",
        "Pour finir\u{202f}: sources et crédits",
        "To finish: sources and credits",
    ),
    (
        "a11y.present_choices",
        "Réponses proposées\u{202f}: {answers}",
        "Answers offered: {answers}",
    ),
    ("a11y.present_revealed", "Réponse montrée", "Answer shown"),
    (
        "a11y.tally_field",
        "Mains levées pour {answer}",
        "Hands raised for {answer}",
    ),
    ("status.new_quiz", "Nouveau quiz créé", "New quiz created"),
    ("status.opened", "Ouvert\u{a0}: {file}", "Opened: {file}"),
];
