//! The GIFT importer on arbitrary bytes: never panics or hangs; whatever it reads, the GIFT
//! export of it reads back with the same number of questions.
#![no_main]

use atelier_quiz::interchange::{ImportContext, gift};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ctx = ImportContext::default();
    let Ok(import) = gift::import(data, &ctx) else { return };
    for p in &import.problems {
        let _ = p.message(atelier_quiz::i18n::Lang::Fr);
    }
    let export = gift::export(&import.quiz);
    let kept = import.quiz.questions.len()
        - export.problems.iter().filter(|p| p.is_error()).count();
    if kept > 0 {
        let again = gift::import(&export.bytes, &ctx).expect("our own GIFT reads back");
        assert_eq!(again.quiz.questions.len(), kept, "GIFT → quiz → GIFT keeps the questions");
    }
});
