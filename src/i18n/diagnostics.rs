//! Messages of the file checks: what is wrong (`diag.X`) and how to fix it (`diag.X.hint`).

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    ("diag.severity.error", "erreur", "error"),
    ("diag.severity.warning", "avertissement", "warning"),
    (
        "diag.field_prefix",
        "«\u{a0}{field}\u{a0}»\u{202f}: {text}",
        "“{field}”: {text}",
    ),
    ("diag.subject.author", "auteur n°{n}", "author #{n}"),
    (
        "diag.subject.source",
        "source «\u{a0}{id}\u{a0}» (n°{n})",
        "source “{id}” (#{n})",
    ),
    (
        "diag.subject.level",
        "niveau «\u{a0}{id}\u{a0}» (n°{n})",
        "level “{id}” (#{n})",
    ),
    (
        "diag.subject.question",
        "question «\u{a0}{id}\u{a0}» (n°{n})",
        "question “{id}” (#{n})",
    ),
    (
        "diag.subject.asset",
        "image «\u{a0}{id}\u{a0}»",
        "image “{id}”",
    ),
    ("diag.kind.question", "question", "question"),
    ("diag.kind.level", "niveau", "level"),
    ("diag.kind.source", "source", "source"),
    ("diag.kind.asset", "image", "image"),
    ("diag.value.text", "un texte", "a text"),
    ("diag.value.integer", "un nombre entier", "a whole number"),
    (
        "diag.value.positive_integer",
        "un nombre entier positif (pas trop grand)",
        "a positive whole number (not too large)",
    ),
    ("diag.value.number", "un nombre", "a number"),
    (
        "diag.value.bool",
        "vrai ou faux (true/false)",
        "true or false",
    ),
    ("diag.value.list", "une liste [ … ]", "a list [ … ]"),
    ("diag.value.object", "un objet { … }", "an object { … }"),
    // Structural errors.
    (
        "diag.not_a_quiz",
        "ce fichier n'est pas un quiz Atelier Quiz",
        "this file is not an Atelier Quiz quiz",
    ),
    (
        "diag.not_a_quiz.hint",
        "Un quiz Atelier Quiz est un fichier dont le nom se termine par «\u{a0}.quiz.json\u{a0}». Vérifiez que vous avez choisi le bon fichier.",
        "An Atelier Quiz quiz is a file whose name ends in “.quiz.json”. Check that you picked the right file.",
    ),
    (
        "diag.not_json",
        "ce fichier n'est pas du JSON valide (erreur de syntaxe)",
        "this file is not valid JSON (syntax error)",
    ),
    (
        "diag.not_json.hint",
        "Le fichier a peut-être été modifié à la main\u{202f}: vérifiez les virgules, guillemets et accolades autour de cette position.",
        "The file may have been edited by hand: check commas, quotes and braces around this position.",
    ),
    (
        "diag.truncated_json",
        "le fichier s'arrête au milieu (il est incomplet)",
        "the file stops in the middle (it is incomplete)",
    ),
    (
        "diag.truncated_json.hint",
        "Le fichier a probablement été mal copié ou mal téléchargé\u{202f}: demandez-en une nouvelle copie ou utilisez la sauvegarde «\u{a0}.bak\u{a0}».",
        "The file was probably copied or downloaded badly: ask for a new copy or use the “.bak” backup.",
    ),
    (
        "diag.invalid_utf8",
        "le texte n'est pas encodé en UTF-8",
        "the text is not encoded in UTF-8",
    ),
    (
        "diag.invalid_utf8.hint",
        "Enregistrez le fichier en UTF-8 (c'est l'encodage qu'écrit Atelier Quiz).",
        "Save the file as UTF-8 (the encoding Atelier Quiz writes).",
    ),
    (
        "diag.nesting_too_deep",
        "le fichier est imbriqué trop profondément (plus de {max} niveaux)",
        "the file is nested too deeply (more than {max} levels)",
    ),
    (
        "diag.nesting_too_deep.hint",
        "Ce n'est pas un quiz normal\u{202f}: il a sans doute été fabriqué par erreur ou malveillance.",
        "This is not a normal quiz: it was probably produced by mistake or maliciously.",
    ),
    (
        "diag.file_too_large",
        "le fichier est trop gros ({size} Mo, maximum {max} Mo)",
        "the file is too large ({size} MB, maximum {max} MB)",
    ),
    (
        "diag.file_too_large.hint",
        "Réduisez la taille ou le nombre d'images du quiz.",
        "Reduce the size or number of images in the quiz.",
    ),
    (
        "diag.root_not_object",
        "ce fichier n'est pas un quiz Atelier Quiz (il ne contient pas de quiz)",
        "the file does not contain a quiz (a JSON object was expected)",
    ),
    (
        "diag.root_not_object.hint",
        "Ouvrez un fichier «\u{a0}.quiz.json\u{a0}» créé par Atelier Quiz.",
        "Open a “.quiz.json” file made by Atelier Quiz.",
    ),
    (
        "diag.wrong_format",
        "ce n'est pas un fichier Atelier Quiz (format «\u{a0}{found}\u{a0}»)",
        "this is not an Atelier Quiz file (format “{found}”)",
    ),
    (
        "diag.wrong_format.hint",
        "Le champ «\u{a0}format\u{a0}» doit valoir «\u{a0}atelier-quiz\u{a0}». S'il s'agit d'un autre logiciel, exportez d'abord le quiz.",
        "The “format” field must be “atelier-quiz”. If it comes from other software, export the quiz first.",
    ),
    (
        "diag.newer_version",
        "ce fichier a été créé par une version plus récente d'Atelier Quiz (format version {found})",
        "this file was made by a newer version of Atelier Quiz (format version {found})",
    ),
    (
        "diag.newer_version.hint",
        "Mettez à jour Atelier Quiz pour l'ouvrir.",
        "Update Atelier Quiz to open it.",
    ),
    (
        "diag.bad_version",
        "le numéro de version du format est invalide",
        "the format version number is invalid",
    ),
    (
        "diag.bad_version.hint",
        "Le champ «\u{a0}version\u{a0}» doit être un nombre entier (1 pour ce format).",
        "The “version” field must be a whole number (1 for this format).",
    ),
    (
        "diag.missing_field",
        "champ obligatoire absent",
        "required field missing",
    ),
    (
        "diag.missing_field.hint",
        "Ajoutez ce champ\u{202f}; la documentation du format (docs/FORMAT.md) indique ce qu'il doit contenir.",
        "Add this field; the format documentation (docs/FORMAT.md) says what it must contain.",
    ),
    (
        "diag.wrong_type",
        "devrait être {expected}",
        "should be {expected}",
    ),
    (
        "diag.wrong_type.hint",
        "Corrigez la valeur de ce champ (voir docs/FORMAT.md).",
        "Fix the value of this field (see docs/FORMAT.md).",
    ),
    (
        "diag.unknown_type",
        "type de question inconnu «\u{a0}{found}\u{a0}»",
        "unknown question type “{found}”",
    ),
    (
        "diag.unknown_type.hint",
        "Types possibles\u{202f}: single_choice, multiple_choice, true_false, poll, ordering, hotspot, open. Une version plus récente d'Atelier Quiz connaît peut-être ce type.",
        "Possible types: single_choice, multiple_choice, true_false, poll, ordering, hotspot, open. A newer Atelier Quiz may know this type.",
    ),
    (
        "diag.bad_enum",
        "valeur «\u{a0}{found}\u{a0}» non reconnue, conservée telle quelle",
        "value “{found}” not recognised, kept as is",
    ),
    (
        "diag.bad_enum.hint",
        "Valeurs possibles\u{202f}: {allowed}.",
        "Possible values: {allowed}.",
    ),
    (
        "diag.bad_base64",
        "les données de l'image sont abîmées (base64 invalide)",
        "the image data is damaged (invalid base64)",
    ),
    (
        "diag.bad_base64.hint",
        "Remplacez l'image dans l'éditeur.",
        "Replace the image in the editor.",
    ),
    (
        "diag.bad_media_type",
        "type d'image «\u{a0}{found}\u{a0}» non pris en charge",
        "image type “{found}” not supported",
    ),
    (
        "diag.bad_media_type.hint",
        "Utilisez une image PNG, JPEG, GIF ou WebP.",
        "Use a PNG, JPEG, GIF or WebP image.",
    ),
    (
        "diag.media_type_mismatch",
        "l'image est déclarée {declared} mais contient du {actual}",
        "the image is declared as {declared} but contains {actual}",
    ),
    (
        "diag.media_type_mismatch.hint",
        "Corrigez «\u{a0}media_type\u{a0}» ou remplacez l'image dans l'éditeur.",
        "Fix “media_type” or replace the image in the editor.",
    ),
    (
        "diag.image_undecodable",
        "l'image est illisible ou abîmée",
        "the image is unreadable or damaged",
    ),
    (
        "diag.image_undecodable.hint",
        "Remplacez l'image dans l'éditeur par une copie intacte.",
        "Replace the image in the editor with an intact copy.",
    ),
    (
        "diag.image_too_large",
        "l'image est trop grande ({width} × {height} pixels, maximum {max} par côté)",
        "the image is too large ({width} × {height} pixels, maximum {max} per side)",
    ),
    (
        "diag.image_too_large.hint",
        "Réduisez l'image (l'éditeur le fait automatiquement quand on l'ajoute).",
        "Shrink the image (the editor does it automatically when you add it).",
    ),
    (
        "diag.asset_too_large",
        "l'image pèse trop lourd ({size} Mo, maximum {max} Mo)",
        "the image is too heavy ({size} MB, maximum {max} MB)",
    ),
    (
        "diag.asset_too_large.hint",
        "Réduisez l'image (l'éditeur le fait automatiquement quand on l'ajoute).",
        "Shrink the image (the editor does it automatically when you add it).",
    ),
    // Content errors.
    (
        "diag.empty_field",
        "ce champ obligatoire est vide",
        "this required field is empty",
    ),
    (
        "diag.empty_field.hint",
        "Remplissez ce champ.",
        "Fill in this field.",
    ),
    (
        "diag.no_levels",
        "le quiz n'a aucun niveau",
        "the quiz has no level",
    ),
    (
        "diag.no_levels.hint",
        "Ajoutez au moins un niveau (par exemple «\u{a0}Découverte\u{a0}»).",
        "Add at least one level (for example “Discovery”).",
    ),
    (
        "diag.id_too_long",
        "identifiant trop long (maximum {max} caractères)",
        "identifier too long (maximum {max} characters)",
    ),
    (
        "diag.id_too_long.hint",
        "Choisissez un identifiant court, par exemple «\u{a0}q12\u{a0}».",
        "Choose a short identifier, for example “q12”.",
    ),
    (
        "diag.duplicate_id",
        "l'identifiant de {kind} «\u{a0}{id}\u{a0}» est déjà utilisé",
        "the {kind} identifier “{id}” is already used",
    ),
    (
        "diag.duplicate_id.hint",
        "Chaque identifiant doit être unique\u{202f}: renommez l'un des deux.",
        "Each identifier must be unique: rename one of them.",
    ),
    (
        "diag.unresolved_ref",
        "{kind} «\u{a0}{id}\u{a0}» introuvable",
        "{kind} “{id}” not found",
    ),
    (
        "diag.unresolved_ref.hint",
        "Choisissez un élément qui existe dans le quiz, ou ajoutez-le.",
        "Choose an item that exists in the quiz, or add it.",
    ),
    (
        "diag.no_correct_answer",
        "aucune bonne réponse n'est cochée",
        "no correct answer is marked",
    ),
    (
        "diag.no_correct_answer.hint",
        "Cochez la ou les bonnes réponses.",
        "Mark the correct answer or answers.",
    ),
    (
        "diag.too_many_correct",
        "{found} bonnes réponses pour une question à choix unique",
        "{found} correct answers for a single-choice question",
    ),
    (
        "diag.too_many_correct.hint",
        "Ne gardez qu'une bonne réponse, ou passez la question en «\u{a0}choix multiple\u{a0}».",
        "Keep only one correct answer, or change the question to “multiple choice”.",
    ),
    (
        "diag.poll_with_correct",
        "un sondage n'a pas de bonne réponse",
        "a poll has no correct answer",
    ),
    (
        "diag.poll_with_correct.hint",
        "Décochez les réponses, ou passez la question en «\u{a0}choix unique\u{a0}» ou «\u{a0}choix multiple\u{a0}».",
        "Unmark the answers, or change the question to “single choice” or “multiple choice”.",
    ),
    (
        "diag.count_out_of_range",
        "il en faut entre {min} et {max} (il y en a {found})",
        "there must be between {min} and {max} (found {found})",
    ),
    (
        "diag.count_out_of_range.hint",
        "Ajoutez ou retirez des éléments.",
        "Add or remove items.",
    ),
    (
        "diag.choice_empty",
        "cette réponse n'a ni texte ni image",
        "this answer has neither text nor image",
    ),
    (
        "diag.choice_empty.hint",
        "Écrivez le texte de la réponse ou supprimez-la.",
        "Write the answer's text or delete it.",
    ),
    (
        "diag.region_out_of_range",
        "la zone sort de l'image ou est vide",
        "the area goes outside the image or is empty",
    ),
    (
        "diag.region_out_of_range.hint",
        "Redessinez la zone sur l'image dans l'éditeur.",
        "Redraw the area on the image in the editor.",
    ),
    (
        "diag.out_of_range",
        "valeur {found} hors limites (de {min} à {max})",
        "value {found} out of range ({min} to {max})",
    ),
    (
        "diag.out_of_range.hint",
        "Choisissez une valeur entre {min} et {max}.",
        "Choose a value between {min} and {max}.",
    ),
    (
        "diag.bad_date",
        "date «\u{a0}{found}\u{a0}» invalide",
        "invalid date “{found}”",
    ),
    (
        "diag.bad_date.hint",
        "Écrivez la date sous la forme AAAA-MM-JJ, par exemple 2026-11-27.",
        "Write the date as YYYY-MM-DD, for example 2026-11-27.",
    ),
    (
        "diag.bad_language",
        "code de langue «\u{a0}{found}\u{a0}» invalide",
        "invalid language code “{found}”",
    ),
    (
        "diag.bad_language.hint",
        "Utilisez un code comme «\u{a0}fr\u{a0}», «\u{a0}en\u{a0}» ou «\u{a0}fr-FR\u{a0}».",
        "Use a code such as “fr”, “en” or “fr-FR”.",
    ),
    // Warnings.
    (
        "diag.no_license",
        "le quiz n'a pas de licence",
        "the quiz has no license",
    ),
    (
        "diag.no_license.hint",
        "Choisissez une licence (par exemple CC-BY-SA-4.0) pour que vos collègues sachent s'ils peuvent le réutiliser.",
        "Choose a license (for example CC-BY-SA-4.0) so colleagues know whether they may reuse it.",
    ),
    (
        "diag.no_alt",
        "image sans texte alternatif",
        "image without alternative text",
    ),
    (
        "diag.no_alt.hint",
        "Décrivez l'image en une phrase\u{202f}: elle sera lue aux personnes qui ne la voient pas.",
        "Describe the image in one sentence: it is read to people who cannot see it.",
    ),
    (
        "diag.source_no_license",
        "la licence de cette source n'est pas indiquée",
        "this source's license is not given",
    ),
    (
        "diag.source_no_license.hint",
        "Choisissez dans la liste la licence sous laquelle la source est publiée, ou «\u{a0}Tous droits réservés\u{a0}» si elle n'en indique aucune.",
        "Pick the license the source is published under from the list, or “All rights reserved” if it states none.",
    ),
    (
        "diag.asset_no_credit",
        "cette image n'a pas de crédit",
        "this image has no credit",
    ),
    (
        "diag.asset_no_credit.hint",
        "Indiquez l'auteur et la licence de l'image.",
        "Give the image's author and license.",
    ),
    (
        "diag.asset_credit_no_license",
        "la licence de cette image n'est pas indiquée",
        "this image's license is not given",
    ),
    (
        "diag.asset_credit_no_license.hint",
        "Ajoutez la licence dans le crédit de l'image.",
        "Add the license to the image credit.",
    ),
    (
        "diag.unused_asset",
        "image jamais utilisée",
        "image never used",
    ),
    (
        "diag.unused_asset.hint",
        "Supprimez-la pour alléger le fichier, ou utilisez-la dans une question.",
        "Delete it to make the file lighter, or use it in a question.",
    ),
    (
        "diag.unused_source",
        "source citée par aucune question",
        "source cited by no question",
    ),
    (
        "diag.unused_source.hint",
        "Reliez les questions concernées à cette source, ou supprimez-la.",
        "Link the questions concerned to this source, or delete it.",
    ),
    (
        "diag.empty_level",
        "niveau sans question",
        "level without questions",
    ),
    (
        "diag.empty_level.hint",
        "Ajoutez des questions à ce niveau ou supprimez-le.",
        "Add questions to this level or delete it.",
    ),
    (
        "diag.no_explanation",
        "question sans explication («\u{a0}pourquoi\u{a0}»)",
        "question without explanation (“why”)",
    ),
    (
        "diag.no_explanation.hint",
        "Ajoutez une phrase qui explique la bonne réponse\u{202f}: c'est ce que le public retient.",
        "Add a sentence explaining the right answer: it is what the audience remembers.",
    ),
    (
        "diag.long_prompt",
        "énoncé trop long pour le projecteur ({chars}\u{a0}caractères, {max}\u{a0}au plus)",
        "prompt too long for the projector ({chars} characters, {max} at most)",
    ),
    (
        "diag.long_prompt.hint",
        "Au-delà, le texte rapetisse et le fond de la salle ne le lit plus\u{202f}: gardez la question courte et mettez le contexte dans l'explication ou les notes.",
        "Beyond that the text shrinks and the back of the room cannot read it: keep the question short and put the context in the explanation or the notes.",
    ),
];
