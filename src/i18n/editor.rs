//! Strings of the editor.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[];
