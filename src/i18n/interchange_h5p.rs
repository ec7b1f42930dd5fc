//! Strings of the H5P converter (`interchange::h5p`), and the few texts its packages show
//! (start button, result heading) in the quiz's language.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "interchange.h5p.missing_entry",
        "élément obligatoire absent du paquet H5P",
        "required entry missing from the H5P package",
    ),
    (
        "interchange.h5p.missing_entry.hint",
        "Un paquet H5P contient «\u{a0}h5p.json\u{a0}» et «\u{a0}content/content.json\u{a0}»\u{202f}: exportez-le à nouveau depuis l'outil (bouton «\u{a0}Réutiliser\u{a0}» ou «\u{a0}Télécharger\u{a0}»).",
        "An H5P package holds “h5p.json” and “content/content.json”: export it again from the tool (“Reuse” or “Download” button).",
    ),
    (
        "interchange.h5p.bad_json",
        "JSON invalide (ligne {line})\u{202f}: le paquet est abîmé",
        "invalid JSON (line {line}): the package is damaged",
    ),
    (
        "interchange.h5p.bad_json.hint",
        "Exportez le contenu à nouveau depuis l'outil d'origine.",
        "Export the content again from the original tool.",
    ),
    (
        "interchange.h5p.no_main_library",
        "«\u{a0}h5p.json\u{a0}» ne dit pas quel type de contenu il contient (mainLibrary)",
        "“h5p.json” does not say which content type it holds (mainLibrary)",
    ),
    (
        "interchange.h5p.no_main_library.hint",
        "Exportez le contenu à nouveau depuis l'outil d'origine.",
        "Export the content again from the original tool.",
    ),
    (
        "interchange.h5p.no_question",
        "aucune question lisible dans ce contenu H5P ({library})",
        "no readable question in this H5P content ({library})",
    ),
    (
        "interchange.h5p.no_question.hint",
        "Atelier Quiz lit les Question Set, Column et Single Choice Set, et les questions MultiChoice, TrueFalse, Essay, SortParagraphs et ImageHotspotQuestion.",
        "Atelier Quiz reads Question Set, Column and Single Choice Set, and MultiChoice, TrueFalse, Essay, SortParagraphs and ImageHotspotQuestion questions.",
    ),
    (
        "interchange.h5p.unsupported",
        "type de contenu H5P «\u{a0}{library}\u{a0}» sans équivalent\u{202f}: laissé de côté",
        "H5P content type “{library}” has no equivalent: left out",
    ),
    (
        "interchange.h5p.unsupported.hint",
        "Refaites cette activité dans l'éditeur avec un type de question proche, ou gardez-la dans H5P.",
        "Redo this activity in the editor with a close question type, or keep it in H5P.",
    ),
    (
        "interchange.h5p.not_a_question",
        "contenu «\u{a0}{library}\u{a0}» (texte, image, lien…) qui n'est pas une question\u{202f}: laissé de côté",
        "“{library}” content (text, image, link…) is not a question: left out",
    ),
    (
        "interchange.h5p.not_a_question.hint",
        "Reprenez ce texte dans la description du quiz ou l'explication d'une question si vous en avez besoin.",
        "Copy that text into the quiz description or a question's explanation if you need it.",
    ),
    (
        "interchange.h5p.too_deep",
        "contenus imbriqués trop profondément\u{202f}: partie non lue",
        "content nested too deep: part not read",
    ),
    (
        "interchange.h5p.too_deep.hint",
        "Sortez les questions des conteneurs imbriqués dans l'outil d'origine.",
        "Take the questions out of the nested containers in the original tool.",
    ),
    (
        "interchange.h5p.no_text",
        "question sans texte",
        "question without text",
    ),
    (
        "interchange.h5p.no_text.hint",
        "Écrivez la question dans l'éditeur.",
        "Write the question in the editor.",
    ),
    (
        "interchange.h5p.no_correct",
        "aucune réponse marquée correcte\u{202f}: question importée comme sondage",
        "no answer marked correct: question imported as a poll",
    ),
    (
        "interchange.h5p.no_correct.hint",
        "Changez le type en choix unique dans l'éditeur et cochez la bonne réponse, si c'était une question.",
        "Change the type to single choice in the editor and tick the right answer, if it was a question.",
    ),
    (
        "interchange.h5p.media_lost",
        "média «\u{a0}{library}\u{a0}» (vidéo, son) non repris\u{202f}: seules les images le sont",
        "“{library}” media (video, sound) left out: only images are kept",
    ),
    (
        "interchange.h5p.media_lost.hint",
        "Ajoutez une image à la question dans l'éditeur si elle en a besoin.",
        "Add an image to the question in the editor if it needs one.",
    ),
    (
        "interchange.h5p.external_image",
        "image en ligne «\u{a0}{path}\u{a0}» non reprise (Atelier Quiz fonctionne hors ligne)",
        "online image “{path}” left out (Atelier Quiz works offline)",
    ),
    (
        "interchange.h5p.external_image.hint",
        "Téléchargez l'image et ajoutez-la à la question dans l'éditeur.",
        "Download the image and add it to the question in the editor.",
    ),
    (
        "interchange.h5p.missing_image",
        "image absente du paquet\u{202f}: question gardée sans elle",
        "image missing from the package: question kept without it",
    ),
    (
        "interchange.h5p.missing_image.hint",
        "Exportez le contenu à nouveau depuis l'outil d'origine, ou ajoutez l'image dans l'éditeur.",
        "Export the content again from the original tool, or add the image in the editor.",
    ),
    (
        "interchange.h5p.bad_image",
        "image illisible ou d'un format non pris en charge (SVG…)\u{202f}: question gardée sans elle",
        "unreadable image, or an unsupported format (SVG…): question kept without it",
    ),
    (
        "interchange.h5p.bad_image.hint",
        "Convertissez l'image en PNG ou JPEG et ajoutez-la à la question dans l'éditeur.",
        "Convert the image to PNG or JPEG and add it to the question in the editor.",
    ),
    (
        "interchange.h5p.circle_boxed",
        "zone ronde remplacée par le rectangle qui l'entoure",
        "round area replaced by the rectangle around it",
    ),
    (
        "interchange.h5p.circle_boxed.hint",
        "Redessinez la zone dans l'éditeur si elle est trop large.",
        "Draw the area again in the editor if it is too wide.",
    ),
    (
        "interchange.h5p.wrong_spots",
        "{n} {n|zone «\u{a0}fausse\u{a0}» non reprise|zones «\u{a0}fausses\u{a0}» non reprises} (Atelier Quiz ne garde que les bonnes zones)",
        "{n} “wrong” {n|area|areas} left out (Atelier Quiz only keeps the right areas)",
    ),
    (
        "interchange.h5p.wrong_spots.hint",
        "Tout clic hors des bonnes zones compte comme faux\u{202f}: rien d'autre à faire.",
        "Any click outside the right areas counts as wrong: nothing else to do.",
    ),
    (
        "interchange.h5p.no_correct_spot",
        "question à zones sans bonne zone\u{202f}: laissée de côté",
        "hotspot question without a right area: left out",
    ),
    (
        "interchange.h5p.no_background",
        "question à zones sans image lisible\u{202f}: laissée de côté",
        "hotspot question without a readable image: left out",
    ),
    (
        "interchange.h5p.left_out.hint",
        "Gardez le fichier .quiz.json pour cette question, ou refaites-la dans H5P.",
        "Keep the .quiz.json file for this question, or redo it in H5P.",
    ),
    (
        "interchange.h5p.ordering_left_out",
        "remise en ordre\u{202f}: ni Question Set ni Column ne peuvent contenir SortParagraphs, question laissée de côté",
        "ordering: neither Question Set nor Column can hold SortParagraphs, question left out",
    ),
    (
        "interchange.h5p.unknown_left_out",
        "type de question inconnu de cette version\u{202f}: laissée de côté",
        "question type unknown to this version: left out",
    ),
    (
        "interchange.h5p.poll",
        "sondage écrit comme un choix multiple où toutes les réponses sont bonnes (H5P n'a pas de sondage)",
        "poll written as a multiple choice where every answer is right (H5P has no poll)",
    ),
    (
        "interchange.h5p.poll.hint",
        "Le retour à Atelier Quiz redonne un sondage.",
        "Coming back to Atelier Quiz gives a poll again.",
    ),
    (
        "interchange.h5p.choice_images",
        "images des réponses non reprises (MultiChoice n'a d'image que pour la question)",
        "answer images left out (MultiChoice only has an image for the question)",
    ),
    (
        "interchange.h5p.choice_images.hint",
        "Décrivez l'image dans le texte de la réponse.",
        "Describe the image in the answer's text.",
    ),
    (
        "interchange.h5p.webp_converted",
        "image WebP convertie en PNG (H5P refuse le WebP)",
        "WebP image converted to PNG (H5P refuses WebP)",
    ),
    (
        "interchange.h5p.webp_converted.hint",
        "Rien à faire\u{202f}: l'image est la même, le fichier un peu plus gros.",
        "Nothing to do: the image is the same, the file a bit larger.",
    ),
    (
        "interchange.h5p.image_left_out",
        "image illisible\u{202f}: question écrite sans elle",
        "unreadable image: question written without it",
    ),
    (
        "interchange.h5p.image_left_out.hint",
        "Remplacez l'image dans l'éditeur.",
        "Replace the image in the editor.",
    ),
    (
        "interchange.h5p.column",
        "le quiz a des questions à zones\u{202f}: écrit comme une colonne (H5P.Column), sans page de score finale",
        "the quiz has hotspot questions: written as a column (H5P.Column), without a final score page",
    ),
    (
        "interchange.h5p.column.hint",
        "Question Set ne peut pas contenir ImageHotspotQuestion\u{202f}; exportez sans ces questions pour avoir un Question Set.",
        "Question Set cannot hold ImageHotspotQuestion; export without those questions to get a Question Set.",
    ),
    (
        "interchange.h5p.levels_lost",
        "niveaux non repris\u{202f}: les questions se suivent dans l'ordre des niveaux",
        "levels left out: questions follow each other in level order",
    ),
    (
        "interchange.h5p.levels_lost.hint",
        "Exportez un fichier par niveau si vous voulez des activités H5P séparées.",
        "Export one file per level if you want separate H5P activities.",
    ),
    (
        "interchange.h5p.license_extras",
        "la licence «\u{a0}{license}\u{a0}» n'a pas de code H5P\u{202f}: écrite comme «\u{a0}non précisée\u{a0}» avec son nom en complément",
        "licence “{license}” has no H5P code: written as “undisclosed” with its name in the extras",
    ),
    (
        "interchange.h5p.license_extras.hint",
        "Vérifiez la licence affichée dans l'outil de destination.",
        "Check the licence shown in the target tool.",
    ),
    (
        "interchange.h5p.tags_lost",
        "étiquettes non reprises (H5P n'en a pas)",
        "tags left out (H5P has none)",
    ),
    (
        "interchange.h5p.tags_lost.hint",
        "Le fichier .quiz.json les garde.",
        "The .quiz.json file keeps them.",
    ),
    (
        "interchange.h5p.write_failed",
        "le paquet H5P n'a pas pu être écrit",
        "the H5P package could not be written",
    ),
    (
        "interchange.h5p.write_failed.hint",
        "Signalez ce problème avec le fichier .quiz.json.",
        "Report this problem with the .quiz.json file.",
    ),
    ("interchange.h5p.start", "Commencer", "Start"),
    ("interchange.h5p.finished", "Terminé", "Finished"),
    (
        "interchange.h5p.your_result",
        "Votre résultat\u{202f}:",
        "Your result:",
    ),
];
