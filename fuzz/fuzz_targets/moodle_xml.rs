//! The Moodle XML importer on arbitrary bytes: never panics, hangs or expands entities; its
//! export reads back.
#![no_main]

use atelier_quiz::interchange::{ImportContext, moodle_xml};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ctx = ImportContext::default();
    let Ok(import) = moodle_xml::import(data, &ctx) else { return };
    let export = moodle_xml::export(&import.quiz);
    let _ = moodle_xml::import(&export.bytes, &ctx);
});
