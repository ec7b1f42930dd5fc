//! The Kahoot importer on arbitrary bytes: never panics, hangs or over-allocates (zip bounds,
//! streamed cells); its export reads back.
#![no_main]

use atelier_quiz::interchange::{ImportContext, kahoot};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ctx = ImportContext::default();
    let Ok(import) = kahoot::import(data, &ctx) else { return };
    let export = kahoot::export(&import.quiz);
    if !export.bytes.is_empty() {
        let _ = kahoot::import(&export.bytes, &ctx);
    }
});
