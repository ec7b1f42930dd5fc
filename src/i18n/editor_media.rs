//! Strings of the question editor's media and session fields: hotspot, images, time limit,
//! tags, source, competences.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    // Hotspot.
    (
        "hotspot.help",
        "Glissez sur l'image pour dessiner la zone correcte. Glissez une zone pour la déplacer, ses coins pour la redimensionner\u{202f}; Suppr efface la zone sélectionnée.",
        "Drag on the image to draw the correct area. Drag an area to move it, its corners to resize it; Delete removes the selected area.",
    ),
    (
        "hotspot.needs_image",
        "Ajoutez d'abord une image (section «\u{a0}Image\u{a0}» ci-dessus), puis dessinez les zones correctes dessus.",
        "First add an image (“Image” section above), then draw the correct areas on it.",
    ),
    (
        "hotspot.canvas",
        "Image de la question\u{202f}: glissez pour dessiner une zone correcte",
        "Question image: drag to draw a correct area",
    ),
    ("hotspot.region", "Zone {n}", "Area {n}"),
    ("hotspot.left", "gauche", "left"),
    ("hotspot.top", "haut", "top"),
    ("hotspot.width", "largeur", "width"),
    ("hotspot.height", "hauteur", "height"),
    (
        "hotspot.value_name",
        "{region}, {field} (%)",
        "{region}, {field} (%)",
    ),
    ("hotspot.remove", "Supprimer la zone {n}", "Delete area {n}"),
    ("hotspot.add", "Ajouter une zone", "Add an area"),
    // Images.
    (
        "drop.quiz",
        "Déposez le fichier pour ouvrir ce quiz",
        "Drop the file to open this quiz",
    ),
    (
        "drop.image",
        "Déposez l'image\u{202f}: elle ira sur la question n°{n}",
        "Drop the image: it goes on question #{n}",
    ),
    ("image.section", "Image", "Image"),
    (
        "image.none",
        "Une image aide beaucoup\u{202f}: une capture d'écran, une photo d'un appareil…",
        "An image helps a lot: a screenshot, a photo of a device…",
    ),
    (
        "image.needed_for_hotspot",
        "Une question «\u{a0}zone sur une image\u{a0}» a besoin d'une image.",
        "A “hotspot on an image” question needs an image.",
    ),
    ("image.add", "Choisir une image…", "Choose an image…"),
    ("image.paste", "Coller l'image", "Paste the image"),
    (
        "image.drop_hint",
        "Vous pouvez aussi glisser un fichier image sur la fenêtre, ou coller une capture d'écran (Ctrl+V). Les grandes images sont réduites automatiquement.",
        "You can also drop an image file on the window, or paste a screenshot (Ctrl+V). Large images are reduced automatically.",
    ),
    ("image.replace", "Remplacer…", "Replace…"),
    (
        "image.paste_other",
        "Coller une autre image",
        "Paste another image",
    ),
    ("image.remove", "Retirer l'image", "Remove the image"),
    (
        "image.alt",
        "Description de l'image (pour qui ne la voit pas)",
        "Image description (for people who cannot see it)",
    ),
    (
        "image.choice_alt",
        "Description de l'image de la réponse {letter}",
        "Description of the image of answer {letter}",
    ),
    (
        "image.alt_hint",
        "Par exemple\u{202f}: la barre d'adresse du navigateur, avec un cadenas",
        "For example: the browser's address bar, with a padlock",
    ),
    (
        "image.alt_missing",
        "Description manquante\u{202f}: les lecteurs d'écran ne pourront pas la lire.",
        "Description missing: screen readers will not be able to read it.",
    ),
    ("image.choice_menu", "Image…", "Image…"),
    (
        "image.choice_add",
        "Ajouter une image à la réponse {letter}",
        "Add an image to answer {letter}",
    ),
    (
        "image.choice_replace",
        "Remplacer l'image de la réponse {letter}…",
        "Replace the image of answer {letter}…",
    ),
    (
        "image.choice_paste",
        "Coller une image pour la réponse {letter}",
        "Paste an image for answer {letter}",
    ),
    (
        "image.choice_remove",
        "Retirer l'image de la réponse {letter}",
        "Remove the image of answer {letter}",
    ),
    (
        "image.missing",
        "Image introuvable dans le fichier.",
        "Image not found in the file.",
    ),
    (
        "image.unreadable",
        "Cette image ne peut pas être affichée.",
        "This image cannot be shown.",
    ),
    (
        "image.credit_missing",
        "Crédit de l'image\u{202f}: à compléter",
        "Image credit: to fill in",
    ),
    (
        "image.credit_summary",
        "Crédit de l'image\u{a0}: {credit}",
        "Image credit: {credit}",
    ),
    ("image.credit_title", "Titre", "Title"),
    ("image.credit_author", "Auteur ou autrice", "Author"),
    ("image.credit_url", "Lien", "Link"),
    ("image.credit_license", "Licence", "License"),
    (
        "notice.clipboard_no_image",
        "Le presse-papiers ne contient pas d'image. Copiez d'abord une image (ou faites une capture d'écran), puis recommencez.",
        "The clipboard holds no image. First copy an image (or take a screenshot), then try again.",
    ),
    // Time, tags, source.
    ("meta.section", "Pour la séance", "For the session"),
    (
        "meta.time_limit",
        "Limiter le temps de réponse",
        "Limit the answer time",
    ),
    ("meta.seconds", "secondes", "seconds"),
    (
        "meta.time_limit_help",
        "Sans limite, c'est vous qui passez à la suite quand le groupe est prêt.",
        "Without a limit, you move on when the group is ready.",
    ),
    ("meta.tags", "Étiquettes", "Tags"),
    (
        "meta.tag_remove",
        "Retirer l'étiquette «\u{a0}{tag}\u{a0}»",
        "Remove tag “{tag}”",
    ),
    ("meta.new_tag", "Nouvelle étiquette", "New tag"),
    ("meta.new_tag_hint", "puis Entrée", "then Enter"),
    ("meta.tag_add", "Ajouter", "Add"),
    ("meta.tags_used", "Déjà utilisées\u{202f}:", "Already used:"),
    (
        "meta.tag_add_existing",
        "Ajouter l'étiquette «\u{a0}{tag}\u{a0}»",
        "Add tag “{tag}”",
    ),
    ("meta.source", "Source", "Source"),
    (
        "meta.no_source",
        "Aucune (question originale)",
        "None (original question)",
    ),
    ("meta.manage_sources", "Gérer les sources", "Manage sources"),
    ("meta.source_detail", "Précision", "Detail"),
    (
        "meta.source_detail_hint",
        "par ex. question 4, reformulée",
        "e.g. question 4, reworded",
    ),
    // Competences.
    (
        "competence.section",
        "Compétences travaillées",
        "Competences",
    ),
    (
        "competence.help",
        "Rattachez la question au référentiel CRCN (celui de PIX) ou à un autre référentiel.",
        "Link the question to the CRCN framework (the one PIX uses) or another framework.",
    ),
    (
        "competence.add",
        "Ajouter une compétence",
        "Add a competence",
    ),
    ("competence.framework", "Référentiel {n}", "Framework {n}"),
    (
        "competence.other_framework",
        "Autre référentiel",
        "Other framework",
    ),
    (
        "competence.framework_name",
        "Nom du référentiel",
        "Framework name",
    ),
    ("competence.code", "Compétence {n}", "Competence {n}"),
    ("competence.code_hint", "code, ex. 2.1", "code, e.g. 2.1"),
    ("competence.pick", "Choisir…", "Choose…"),
    (
        "competence.level",
        "Niveau {n} (1 à 8)",
        "Level {n} (1 to 8)",
    ),
    ("competence.no_level", "—", "—"),
    (
        "competence.remove",
        "Retirer la compétence {n}",
        "Remove competence {n}",
    ),
];
