//! Strings of the zip packages (`interchange::package`) and the Kahoot converter
//! (`interchange::kahoot`).

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "interchange.zip.not_zip",
        "ce fichier n'est pas un paquet zip (un .xlsx ou un .h5p en est un)\u{202f}: ce n'est sans doute pas le bon fichier",
        "this file is not a zip package (an .xlsx or .h5p file is one): it is probably not the right file",
    ),
    (
        "interchange.zip.not_zip.hint",
        "Vérifiez que vous avez choisi le fichier téléchargé depuis l'outil, et non un document renommé.",
        "Check that you chose the file downloaded from the tool, not a renamed document.",
    ),
    (
        "interchange.zip.too_large",
        "le paquet est trop grand pour être importé (plus de {max}\u{a0}Mo)",
        "the package is too large to import (over {max} MB)",
    ),
    (
        "interchange.zip.too_large.hint",
        "Réduisez les images du contenu, ou coupez-le en plusieurs fichiers.",
        "Make the content's images smaller, or split it into several files.",
    ),
    (
        "interchange.zip.too_many_entries",
        "le paquet contient {n} éléments (au plus {max} sont acceptés)",
        "the package holds {n} entries (at most {max} are accepted)",
    ),
    (
        "interchange.zip.too_many_entries.hint",
        "Exportez le contenu seul, sans les bibliothèques, depuis l'outil d'origine.",
        "Export the content only, without the libraries, from the original tool.",
    ),
    (
        "interchange.zip.entry_too_large",
        "élément trop grand une fois décompressé (plus de {max}\u{a0}Mo)\u{202f}: le paquet est abîmé ou piégé (bombe zip)",
        "entry too large once decompressed (over {max} MB): the package is damaged or a trap (zip bomb)",
    ),
    (
        "interchange.zip.entry_too_large.hint",
        "N'ouvrez ce fichier que s'il vient d'une source sûre\u{202f}; exportez-le à nouveau depuis l'outil d'origine.",
        "Only open this file if it comes from a safe source; export it again from the original tool.",
    ),
    (
        "interchange.zip.bad_entry",
        "élément illisible (abîmé, chiffré ou compressé d'une façon non prise en charge)",
        "unreadable entry (damaged, encrypted or compressed in an unsupported way)",
    ),
    (
        "interchange.zip.bad_entry.hint",
        "Exportez le fichier à nouveau depuis l'outil d'origine, sans mot de passe.",
        "Export the file again from the original tool, without a password.",
    ),
    (
        "interchange.kahoot.not_xlsx",
        "ce fichier n'est pas un classeur Excel (.xlsx) lisible",
        "this file is not a readable Excel workbook (.xlsx)",
    ),
    (
        "interchange.kahoot.not_xlsx.hint",
        "Enregistrez le tableau au format «\u{a0}Classeur Excel (.xlsx)\u{a0}» à partir du modèle de Kahoot.",
        "Save the spreadsheet as “Excel Workbook (.xlsx)” from Kahoot's template.",
    ),
    (
        "interchange.kahoot.bad_sheet",
        "la première feuille du classeur est illisible",
        "the workbook's first sheet cannot be read",
    ),
    (
        "interchange.kahoot.bad_sheet.hint",
        "Ouvrez le fichier dans un tableur et enregistrez-le à nouveau en .xlsx.",
        "Open the file in a spreadsheet program and save it again as .xlsx.",
    ),
    (
        "interchange.kahoot.no_header",
        "pas d'en-têtes du modèle Kahoot à la rangée 8 (trouvé «\u{a0}{found}\u{a0}» en colonne B)",
        "no Kahoot template headers on row 8 (found “{found}” in column B)",
    ),
    (
        "interchange.kahoot.no_header.hint",
        "Partez du modèle de Kahoot\u{202f}: en-têtes à la rangée 8 (B «\u{a0}Question…\u{a0}», C à F «\u{a0}Answer…\u{a0}»), questions dès la rangée 9.",
        "Start from Kahoot's template: headers on row 8 (B “Question…”, C to F “Answer…”), questions from row 9.",
    ),
    (
        "interchange.kahoot.header_moved",
        "en-têtes trouvés à la rangée {row} au lieu de la rangée 8",
        "headers found on row {row} instead of row 8",
    ),
    (
        "interchange.kahoot.header_moved.hint",
        "Kahoot lui-même attend les en-têtes à la rangée 8\u{202f}: remettez-les à leur place avant de lui envoyer ce fichier.",
        "Kahoot itself expects the headers on row 8: move them back before sending it this file.",
    ),
    (
        "interchange.kahoot.too_many_rows",
        "{n} {n|rangée non lue|rangées non lues} au-delà de la rangée {max}",
        "{n} {n|row|rows} past row {max} not read",
    ),
    (
        "interchange.kahoot.too_many_rows.hint",
        "Un quiz Kahoot a au plus 100 questions\u{202f}: coupez ce tableau en plusieurs fichiers.",
        "A Kahoot quiz has at most 100 questions: split this sheet into several files.",
    ),
    (
        "interchange.kahoot.no_question",
        "aucune question n'a pu être lue dans ce tableau Kahoot",
        "no question could be read in this Kahoot sheet",
    ),
    (
        "interchange.kahoot.no_question.hint",
        "Une question par rangée dès la rangée 9\u{202f}: B la question, C à F les réponses, H le numéro des bonnes réponses.",
        "One question per row from row 9: B the question, C to F the answers, H the numbers of the right answers.",
    ),
    (
        "interchange.kahoot.beyond_h",
        "cellules après la colonne H non reprises (le modèle Kahoot s'arrête à H)",
        "cells after column H left out (Kahoot's template ends at H)",
    ),
    (
        "interchange.kahoot.beyond_h.hint",
        "Copiez ces informations dans la question ou ses notes après l'import.",
        "Copy that information into the question or its notes after the import.",
    ),
    (
        "interchange.kahoot.no_text",
        "rangée sans question (colonne B vide)\u{202f}: laissée de côté",
        "row without a question (column B empty): left out",
    ),
    (
        "interchange.kahoot.no_text.hint",
        "Écrivez la question en colonne B.",
        "Write the question in column B.",
    ),
    (
        "interchange.kahoot.few_answers",
        "il faut au moins deux réponses (colonnes C à F)\u{202f}: rangée laissée de côté",
        "at least two answers are needed (columns C to F): row left out",
    ),
    (
        "interchange.kahoot.few_answers.hint",
        "Ajoutez une réponse en colonne D.",
        "Add an answer in column D.",
    ),
    (
        "interchange.kahoot.bad_correct",
        "bonnes réponses illisibles\u{202f}: «\u{a0}{value}\u{a0}» (colonne H)\u{202f}: rangée laissée de côté",
        "unreadable right answers: “{value}” (column H): row left out",
    ),
    (
        "interchange.kahoot.bad_correct.hint",
        "Écrivez en colonne H les numéros des bonnes réponses, de 1 à 4, séparés par des virgules («\u{a0}1,3\u{a0}»).",
        "Write in column H the numbers of the right answers, 1 to 4, separated by commas (“1,3”).",
    ),
    (
        "interchange.kahoot.correct_empty",
        "la bonne réponse {n} est une cellule vide\u{202f}: rangée laissée de côté",
        "right answer {n} is an empty cell: row left out",
    ),
    (
        "interchange.kahoot.correct_empty.hint",
        "Écrivez la réponse {n} (colonnes C à F), ou corrigez le numéro en colonne H.",
        "Write answer {n} (columns C to F), or fix the number in column H.",
    ),
    (
        "interchange.kahoot.no_correct",
        "aucune bonne réponse (colonne H vide)\u{202f}: question importée comme sondage",
        "no right answer (column H empty): question imported as a poll",
    ),
    (
        "interchange.kahoot.no_correct.hint",
        "Changez le type en choix unique dans l'éditeur et cochez la bonne réponse, si c'était une question.",
        "Change the type to single choice in the editor and tick the right answer, if it was a question.",
    ),
    (
        "interchange.kahoot.bad_time",
        "limite de temps illisible\u{202f}: «\u{a0}{value}\u{a0}» (colonne G)\u{202f}: question gardée sans limite",
        "unreadable time limit: “{value}” (column G): question kept without a limit",
    ),
    (
        "interchange.kahoot.bad_time.hint",
        "Écrivez en colonne G un nombre de secondes\u{202f}: 5, 10, 20, 30, 60, 90, 120 ou 240.",
        "Write in column G a number of seconds: 5, 10, 20, 30, 60, 90, 120 or 240.",
    ),
    (
        "interchange.kahoot.odd_time",
        "limite de {seconds} s gardée, mais Kahoot n'accepte que 5, 10, 20, 30, 60, 90, 120 ou 240 s",
        "{seconds} s limit kept, but Kahoot only accepts 5, 10, 20, 30, 60, 90, 120 or 240 s",
    ),
    (
        "interchange.kahoot.odd_time.hint",
        "Rien à faire pour Atelier Quiz\u{202f}; l'export vers Kahoot l'arrondira.",
        "Nothing to do for Atelier Quiz; the export to Kahoot will round it.",
    ),
    (
        "interchange.kahoot.left_out.hint",
        "Kahoot n'importe que des questions à choix (2 à 4 réponses)\u{202f}: exportez en H5P ou en\u{a0}Moodle XML pour garder les autres.",
        "Kahoot only imports choice questions (2 to 4 answers): export to H5P or Moodle XML to keep the others.",
    ),
    (
        "interchange.kahoot.poll",
        "sondage\u{202f}: pas d'équivalent dans le tableau Kahoot, question laissée de côté",
        "poll: no equivalent in Kahoot's spreadsheet, question left out",
    ),
    (
        "interchange.kahoot.other_type",
        "{type}\u{202f}: pas d'équivalent dans Kahoot, question laissée de côté",
        "{type}: no equivalent in Kahoot, question left out",
    ),
    (
        "interchange.kahoot.no_prompt",
        "question sans texte\u{202f}: laissée de côté",
        "question without text: left out",
    ),
    (
        "interchange.kahoot.image_answer",
        "réponse sans texte (image seule)\u{202f}: Kahoot n'a pas de réponses en image dans son tableau, question laissée de côté",
        "answer without text (image only): Kahoot's spreadsheet has no image answers, question left out",
    ),
    (
        "interchange.kahoot.no_right_answer",
        "question sans bonne réponse\u{202f}: laissée de côté (Kahoot en demande au moins une)",
        "question without a right answer: left out (Kahoot needs at least one)",
    ),
    (
        "interchange.kahoot.answers_left_out",
        "{n} {n|réponse laissée de côté|réponses laissées de côté} (Kahoot en a au plus 4\u{202f}; les bonnes réponses sont gardées en premier)",
        "{n} {n|answer left out|answers left out} (Kahoot has at most 4; right answers are kept first)",
    ),
    (
        "interchange.kahoot.answers_left_out.hint",
        "Relisez la question dans Kahoot, ou gardez 4 réponses dans l'éditeur.",
        "Read the question again in Kahoot, or keep 4 answers in the editor.",
    ),
    (
        "interchange.kahoot.question_shortened",
        "question raccourcie de {n} à {max} caractères",
        "question shortened from {n} to {max} characters",
    ),
    (
        "interchange.kahoot.answer_shortened",
        "réponse {k} raccourcie à {max} caractères",
        "answer {k} shortened to {max} characters",
    ),
    (
        "interchange.kahoot.shortened.hint",
        "Reformulez-la plus court dans l'éditeur pour choisir vous-même les mots gardés.",
        "Reword it shorter in the editor to choose the words kept yourself.",
    ),
    (
        "interchange.kahoot.time_rounded",
        "limite de temps arrondie de {from} s à {to} s (valeurs de Kahoot\u{202f}: 5, 10, 20, 30, 60, 90, 120, 240 s)",
        "time limit rounded from {from} s to {to} s (Kahoot's values: 5, 10, 20, 30, 60, 90, 120, 240 s)",
    ),
    (
        "interchange.kahoot.time_rounded.hint",
        "Choisissez une de ces durées dans l'éditeur pour qu'elle passe telle quelle.",
        "Choose one of these times in the editor so it goes through unchanged.",
    ),
    (
        "interchange.kahoot.true_false",
        "vrai/faux écrit comme une question à deux réponses «\u{a0}Vrai\u{a0}» et «\u{a0}Faux\u{a0}»",
        "true/false written as a question with two answers “True” and “False”",
    ),
    (
        "interchange.kahoot.true_false.hint",
        "Kahoot peut en refaire un vrai/faux dans son éditeur.",
        "Kahoot can turn it back into true/false in its editor.",
    ),
    ("interchange.kahoot.true", "Vrai", "True"),
    ("interchange.kahoot.false", "Faux", "False"),
    (
        "interchange.kahoot.over_100",
        "au-delà des {max} questions du modèle Kahoot\u{202f}: question laissée de côté",
        "past the {max} questions of Kahoot's template: question left out",
    ),
    (
        "interchange.kahoot.over_100.hint",
        "Exportez les niveaux un par un, ou coupez le quiz en plusieurs.",
        "Export the levels one by one, or split the quiz.",
    ),
    (
        "interchange.kahoot.images_lost",
        "images non reprises (le tableau Kahoot n'en a pas)",
        "images left out (Kahoot's spreadsheet has none)",
    ),
    (
        "interchange.kahoot.images_lost.hint",
        "Ajoutez les images dans l'éditeur de Kahoot après l'import.",
        "Add the images in Kahoot's editor after the import.",
    ),
    (
        "interchange.kahoot.explanation_lost",
        "explication non reprise (le tableau Kahoot n'a pas de colonne pour elle)",
        "explanation left out (Kahoot's spreadsheet has no column for it)",
    ),
    (
        "interchange.kahoot.explanation_lost.hint",
        "Gardez le fichier .quiz.json pour les explications.",
        "Keep the .quiz.json file for the explanations.",
    ),
    (
        "interchange.kahoot.tags_lost",
        "étiquettes non reprises",
        "tags left out",
    ),
    (
        "interchange.kahoot.tags_lost.hint",
        "Le fichier .quiz.json les garde.",
        "The .quiz.json file keeps them.",
    ),
    (
        "interchange.kahoot.levels_lost",
        "niveaux non repris\u{202f}: les questions se suivent dans l'ordre des niveaux",
        "levels left out: questions follow each other in level order",
    ),
    (
        "interchange.kahoot.levels_lost.hint",
        "Exportez un fichier par niveau si vous voulez des quiz Kahoot séparés.",
        "Export one file per level if you want separate Kahoot quizzes.",
    ),
    (
        "interchange.kahoot.write_failed",
        "le classeur Kahoot n'a pas pu être écrit",
        "the Kahoot workbook could not be written",
    ),
    (
        "interchange.kahoot.write_failed.hint",
        "Signalez ce problème avec le fichier .quiz.json.",
        "Report this problem with the .quiz.json file.",
    ),
];
