//! Strings of the Moodle XML converter (`interchange::moodle_xml`).

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "interchange.moodle.image_copies",
        "l'image «\u{a0}{name}\u{a0}» est enregistrée {n} fois, une fois par question qui la montre\u{a0}: le fichier est plus gros que le quiz",
        "the image “{name}” is stored {n} times, once per question showing it: the file is bigger than the quiz",
    ),
    (
        "interchange.moodle.image_copies.hint",
        "Moodle XML ne partage pas les images entre questions. Si le fichier est trop gros pour Moodle, exportez les niveaux séparément ou utilisez une image plus légère.",
        "Moodle XML does not share images between questions. If the file is too big for Moodle, export the levels separately or use a lighter image.",
    ),
    (
        "interchange.moodle.bad_xml",
        "XML mal formé ({detail})",
        "malformed XML ({detail})",
    ),
    (
        "interchange.moodle.bad_xml.hint",
        "Exportez de nouveau depuis Moodle (Banque de questions, Exporter, format Moodle XML), sans modifier le fichier à la main.",
        "Export again from Moodle (Question bank, Export, Moodle XML format) without editing the file by hand.",
    ),
    (
        "interchange.moodle.doctype",
        "le fichier déclare un DOCTYPE\u{a0}: refusé, car il pourrait définir des entités qui font exploser la mémoire",
        "the file declares a DOCTYPE: refused, as it could define entities that blow up memory",
    ),
    (
        "interchange.moodle.doctype.hint",
        "Moodle n'en écrit jamais\u{a0}: ce fichier ne vient sans doute pas de Moodle. Retirez la ligne «\u{a0}<!DOCTYPE…>\u{a0}» si vous savez d'où il vient.",
        "Moodle never writes one: this file probably does not come from Moodle. Remove the “<!DOCTYPE…>” line if you know where it comes from.",
    ),
    (
        "interchange.moodle.entity",
        "entité XML inconnue «\u{a0}&{name};\u{a0}»",
        "unknown XML entity “&{name};”",
    ),
    (
        "interchange.moodle.entity.hint",
        "Seules &amp; &lt; &gt; &quot; &apos; et les références numériques sont acceptées\u{a0}; écrivez le caractère lui-même.",
        "Only &amp; &lt; &gt; &quot; &apos; and numeric references are accepted; write the character itself.",
    ),
    (
        "interchange.moodle.too_deep",
        "éléments XML trop imbriqués ou trop nombreux pour un fichier de questions",
        "XML elements nested too deep or too many for a question file",
    ),
    (
        "interchange.moodle.too_deep.hint",
        "Ce n'est sans doute pas un export de questions Moodle.",
        "This is probably not a Moodle question export.",
    ),
    (
        "interchange.moodle.not_quiz",
        "ce n'est pas un fichier Moodle XML (l'élément racine doit être <quiz>)",
        "this is not a Moodle XML file (the root element must be <quiz>)",
    ),
    (
        "interchange.moodle.not_quiz.hint",
        "Dans Moodle, exportez les questions au «\u{a0}Format Moodle XML\u{a0}».",
        "In Moodle, export the questions in “Moodle XML format”.",
    ),
    (
        "interchange.moodle.no_question",
        "aucune question n'a pu être lue dans ce fichier Moodle XML",
        "no question could be read in this Moodle XML file",
    ),
    (
        "interchange.moodle.no_question.hint",
        "Vérifiez que l'export contient des questions et pas seulement des catégories.",
        "Check that the export holds questions, not only categories.",
    ),
    (
        "interchange.moodle.unsupported_type",
        "question de type «\u{a0}{type}\u{a0}»\u{a0}: pas d'équivalent dans Atelier Quiz, question laissée de côté",
        "question of type “{type}”: no equivalent in Atelier Quiz, question left out",
    ),
    (
        "interchange.moodle.unsupported_type.hint",
        "Refaites-la avec un type d'Atelier Quiz (choix, vrai/faux, ordre, zone sur image, ouverte).",
        "Redo it with an Atelier Quiz type (choice, true/false, ordering, hotspot, open).",
    ),
    (
        "interchange.moodle.no_background",
        "zone sur image sans image utilisable\u{a0}: question laissée de côté",
        "hotspot without a usable image: question left out",
    ),
    (
        "interchange.moodle.no_background.hint",
        "Ajoutez l'image de fond (PNG, JPEG, GIF ou WebP) à la question.",
        "Add the background image (PNG, JPEG, GIF or WebP) to the question.",
    ),
    (
        "interchange.moodle.bad_zone",
        "zone de dépôt illisible\u{a0}: ignorée",
        "unreadable drop zone: ignored",
    ),
    (
        "interchange.moodle.bad_zone.hint",
        "Redessinez la zone dans l'éditeur.",
        "Draw the zone again in the editor.",
    ),
    (
        "interchange.moodle.zone_boxed",
        "zone «\u{a0}{shape}\u{a0}» remplacée par le rectangle qui l'entoure",
        "“{shape}” zone replaced by the rectangle around it",
    ),
    (
        "interchange.moodle.zone_boxed.hint",
        "Atelier Quiz ne connaît que les rectangles\u{a0}: ajustez la zone dans l'éditeur.",
        "Atelier Quiz only knows rectangles: adjust the zone in the editor.",
    ),
    (
        "interchange.moodle.bad_image",
        "image «\u{a0}{name}\u{a0}» illisible, trop grande ou d'un format non pris en charge\u{a0}: ignorée",
        "image “{name}” unreadable, too large or of an unsupported format: ignored",
    ),
    (
        "interchange.moodle.bad_image.hint",
        "Les images doivent être en PNG, JPEG, GIF ou WebP, d'au plus 8192 pixels de côté.",
        "Images must be PNG, JPEG, GIF or WebP, at most 8192 pixels a side.",
    ),
    (
        "interchange.moodle.poll",
        "sondage écrit comme un choix où toutes les réponses sont justes (Moodle n'a pas de sondage)",
        "poll written as a choice where every answer is right (Moodle has no poll)",
    ),
    (
        "interchange.moodle.poll.hint",
        "Dans Moodle, chaque réponse rapporte tous les points.",
        "In Moodle, every answer earns full marks.",
    ),
    ("interchange.moodle.marker", "Ici", "Here"),
];
