//! Image import on arbitrary bytes (what a user may drop on the window): never panics, and
//! stays within the decoder limits.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(prepared) = atelier_quiz::format::prepare_image(data) {
        assert!(prepared.width <= 8192 && prepared.height <= 8192);
        assert!(!prepared.bytes.is_empty());
    }
});
