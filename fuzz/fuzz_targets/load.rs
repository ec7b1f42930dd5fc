//! The quiz loader on arbitrary bytes: never panics, hangs or allocates without bound, and
//! whatever it accepts is written back and re-read identically.
#![no_main]

use atelier_quiz::format::{self, ImageCheck};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(loaded) = format::load_with(data, ImageCheck::Full) else { return };
    for d in &loaded.diagnostics {
        // Rendering messages must not panic either (placeholders, odd ids).
        let _ = d.message(atelier_quiz::i18n::Lang::Fr);
        let _ = d.hint(atelier_quiz::i18n::Lang::En);
    }
    let bytes = format::to_bytes(&loaded.quiz).expect("a loaded quiz can be written");
    let again = format::load(&bytes).expect("our own output loads");
    assert_eq!(again.quiz, loaded.quiz, "load(save(q)) == q");
});
