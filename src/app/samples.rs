//! Sample quizzes bundled in the binary, so `atelier-quiz` with no argument shows a real quiz
//! from any folder. They open as new documents: saving asks where, never overwriting them.

/// `(file name, bytes)` of each sample in `quizzes/`.
pub const SAMPLES: &[(&str, &[u8])] = &[
    (
        "naviguer-en-securite.quiz.json",
        include_bytes!("../../quizzes/naviguer-en-securite.quiz.json"),
    ),
    (
        "premiers-pas-smartphone-courriel.quiz.json",
        include_bytes!("../../quizzes/premiers-pas-smartphone-courriel.quiz.json"),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_load_without_any_diagnostic() {
        for (name, bytes) in SAMPLES {
            let loaded = crate::format::load_with(bytes, crate::format::ImageCheck::Full).unwrap();
            assert!(
                loaded.diagnostics.is_empty(),
                "{name}: {:?}",
                loaded.diagnostics
            );
        }
    }
}
