//! Escaping for the three places quiz text lands in the page's source.
//!
//! Everything else is done by the page's script with text nodes; these are the only strings
//! Rust writes into the HTML itself.

/// JSON text made safe inside `<script type="application/json">`: `<`, `>`, `&`, U+2028 and
/// U+2029 become `\u003c`… These characters can only appear inside JSON strings, where the
/// escape means the same character, so the JSON stays valid and equal, and no `</script>` or
/// `<!--` can end or alter the block.
pub fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// Text content of an element (`<title>`, `<noscript>`).
pub fn text(s: &str) -> String {
    attribute(s)
}

/// A double-quoted attribute value (also safe as element text).
pub fn attribute(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
