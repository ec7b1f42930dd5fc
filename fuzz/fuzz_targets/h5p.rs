//! The H5P importer on arbitrary bytes: never panics, hangs or over-allocates (zip bounds on
//! every entry, bounded JSON nesting); its export reads back.
#![no_main]

use atelier_quiz::interchange::{ImportContext, h5p};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ctx = ImportContext::default();
    let Ok(import) = h5p::import(data, &ctx) else { return };
    let export = h5p::export(&import.quiz);
    if !export.bytes.is_empty() {
        let _ = h5p::import(&export.bytes, &ctx);
    }
});
