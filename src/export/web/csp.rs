//! The page's Content-Security-Policy (a `<meta http-equiv>`: the page is a file, there is
//! no server to send a header).
//!
//! Nothing may be fetched (`default-src 'none'`, no `connect-src`), forms post nowhere, no
//! `<base>` can redirect links, and the only style and script allowed are the page's own
//! inline blocks, pinned by their SHA-256: even if quiz text somehow became markup, an
//! injected `<script>` or `onerror=` would not run. Images only from `data:` (the embedded
//! assets) and `blob:`; fonts only from `data:`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// `'sha256-…'` of a block's exact text (UTF-8 bytes between the tags).
pub fn hash_source(block: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(block.as_bytes()))
    )
}

/// The policy for a page whose only inline blocks are `style` and `script`.
pub fn policy(style: &str, script: &str) -> String {
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src data: blob:; font-src data:; \
         form-action 'none'; base-uri 'none'",
        hash_source(script),
        hash_source(style)
    )
}
