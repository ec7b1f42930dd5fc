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
    let mut copied = 0;
    // The five characters are rare: copy the runs between them at once (a 90 MB quiz
    // is mostly base64).
    for (i, c) in json.match_indices(['<', '>', '&', '\u{2028}', '\u{2029}']) {
        out.push_str(&json[copied..i]);
        out.push_str(match c {
            "<" => "\\u003c",
            ">" => "\\u003e",
            "&" => "\\u0026",
            "\u{2028}" => "\\u2028",
            _ => "\\u2029",
        });
        copied = i + c.len();
    }
    out.push_str(&json[copied..]);
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
