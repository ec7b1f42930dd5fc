//! Strings of the editor's review tools: checks panel (with field names in the author's
//! words), import picker, audience preview.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    // Checks.
    (
        "checks.summary",
        "{errors} {errors|erreur|erreurs} à corriger, {warnings} {warnings|avertissement|avertissements}",
        "{errors} {errors|error|errors} to fix, {warnings} {warnings|warning|warnings}",
    ),
    (
        "checks.show_warnings",
        "Afficher les avertissements",
        "Show warnings",
    ),
    (
        "checks.help",
        "Cliquez sur une ligne pour aller à l'endroit à corriger. Les erreurs empêchent un collègue d'utiliser le quiz\u{202f}; les avertissements signalent ce qui manque pour le partager.",
        "Click a line to go where the fix is needed. Errors keep colleagues from using the quiz; warnings point out what is missing to share it.",
    ),
    (
        "checks.all_good",
        "Aucun problème\u{202f}: ce quiz est prêt à être présenté et partagé.",
        "No problem: this quiz is ready to present and share.",
    ),
    ("checks.place_quiz", "Informations du quiz", "Quiz details"),
    ("checks.place_question", "Question n°{n}", "Question #{n}"),
    (
        "checks.place_question_prompt",
        "Question n°{n} «\u{a0}{prompt}\u{a0}»",
        "Question #{n} “{prompt}”",
    ),
    (
        "checks.place_level",
        "Niveau {n} «\u{a0}{name}\u{a0}»",
        "Level {n} “{name}”",
    ),
    (
        "checks.place_source",
        "Source {n} «\u{a0}{title}\u{a0}»",
        "Source {n} “{title}”",
    ),
    ("checks.place_author", "Auteur n°{n}", "Author #{n}"),
    (
        "checks.place_image",
        "Image «\u{a0}{id}\u{a0}»",
        "Image “{id}”",
    ),
    ("field.prompt", "énoncé", "prompt"),
    ("field.explanation", "explication", "explanation"),
    ("field.choices", "réponses", "answers"),
    ("field.choice", "réponse {letter}", "answer {letter}"),
    ("field.items", "étapes", "steps"),
    ("field.item", "étape {n}", "step {n}"),
    ("field.regions", "zones", "areas"),
    ("field.region", "zone {n}", "area {n}"),
    ("field.image", "image", "image"),
    ("field.alt", "description de l'image", "image description"),
    ("field.time_limit", "temps limite", "time limit"),
    ("field.source", "source", "source"),
    ("field.level", "niveau", "level"),
    ("field.levels", "niveaux", "levels"),
    ("field.title", "titre", "title"),
    ("field.name", "nom", "name"),
    ("field.language", "langue", "language"),
    ("field.license", "licence", "license"),
    ("field.credit", "crédit", "credit"),
    ("field.created", "date de création", "creation date"),
    (
        "field.modified",
        "date de modification",
        "modification date",
    ),
    ("field.id", "identifiant", "identifier"),
    ("field.competence", "compétence {n}", "competence {n}"),
    // Import.
    (
        "import.title",
        "Importer des questions de «\u{a0}{title}\u{a0}»",
        "Import questions from “{title}”",
    ),
    (
        "import.by",
        "Par {authors} — {license}",
        "By {authors} — {license}",
    ),
    (
        "import.no_license",
        "licence non indiquée",
        "license not stated",
    ),
    (
        "import.provenance",
        "Les questions choisies sont copiées avec leurs images. Ce quiz sera ajouté à vos sources («\u{a0}reprise telle quelle\u{a0}», avec ses auteurs et sa licence) et chaque question indiquera d'où elle vient.",
        "The chosen questions are copied with their images. This quiz is added to your sources (“reused as is”, with its authors and license) and each question says where it comes from.",
    ),
    (
        "import.check_rights",
        "Ce quiz ne permet peut-être pas la réutilisation\u{202f}: vérifiez avec son auteur ou autrice.",
        "This quiz may not allow reuse: check with its author.",
    ),
    ("import.all", "Tout cocher", "Tick all"),
    ("import.none", "Tout décocher", "Untick all"),
    (
        "import.confirm",
        "Importer {n} {n|question|questions}",
        "Import {n} {n|question|questions}",
    ),
    // Preview.
    ("preview.title", "Aperçu", "Preview"),
    (
        "preview.zoom",
        "Aperçu de la question (agrandir)",
        "Question preview (enlarge)",
    ),
    (
        "preview.zoom_close",
        "Fermer l'aperçu agrandi",
        "Close the large preview",
    ),
    (
        "preview.help",
        "Comme le groupe le verra au projecteur.",
        "As the group will see it on the projector.",
    ),
    (
        "preview.show_answer",
        "Montrer la réponse",
        "Show the answer",
    ),
    (
        "preview.nothing",
        "Sélectionnez une question pour la voir ici.",
        "Select a question to see it here.",
    ),
    (
        "preview.header",
        "{level} · question {n} sur {total}",
        "{level} · question {n} of {total}",
    ),
    (
        "preview.empty_prompt",
        "(énoncé à écrire)",
        "(prompt to write)",
    ),
];
