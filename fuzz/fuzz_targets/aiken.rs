//! The Aiken importer on arbitrary bytes: never panics or hangs; its export reads back.
#![no_main]

use atelier_quiz::interchange::{ImportContext, aiken};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ctx = ImportContext::default();
    let Ok(import) = aiken::import(data, &ctx) else { return };
    let export = aiken::export(&import.quiz);
    let _ = aiken::import(&export.bytes, &ctx);
});
