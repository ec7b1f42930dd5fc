//! Competence frameworks used by French digital-inclusion advisors.
//!
//! The CRCN (Cadre de référence des compétences numériques, the French adaptation of DigComp used
//! by PIX) has 16 competences; the editor offers them in a picker so tags stay consistent.

/// Framework names offered by the editor (free entry stays possible).
pub const FRAMEWORKS: [&str; 2] = ["CRCN", "DigComp-2.2"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrcnCompetence {
    pub code: &'static str,
    /// Official French name.
    pub name_fr: &'static str,
}

/// The 16 CRCN competences, by code.
pub const CRCN: [CrcnCompetence; 16] = [
    c("1.1", "Mener une recherche et une veille d'information"),
    c("1.2", "Gérer des données"),
    c("1.3", "Traiter des données"),
    c("2.1", "Interagir"),
    c("2.2", "Partager et publier"),
    c("2.3", "Collaborer"),
    c("2.4", "S'insérer dans le monde numérique"),
    c("3.1", "Développer des documents textuels"),
    c("3.2", "Développer des documents multimédia"),
    c("3.3", "Adapter les documents à leur finalité"),
    c("3.4", "Programmer"),
    c("4.1", "Sécuriser l'environnement numérique"),
    c("4.2", "Protéger les données personnelles et la vie privée"),
    c("4.3", "Protéger la santé, le bien-être et l'environnement"),
    c("5.1", "Résoudre des problèmes techniques"),
    c("5.2", "Évoluer dans un environnement numérique"),
];

const fn c(code: &'static str, name_fr: &'static str) -> CrcnCompetence {
    CrcnCompetence { code, name_fr }
}

/// The French name of a CRCN code, if it is one.
pub fn crcn_name(code: &str) -> Option<&'static str> {
    CRCN.iter().find(|c| c.code == code).map(|c| c.name_fr)
}
