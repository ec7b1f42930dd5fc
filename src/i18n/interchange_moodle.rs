//! Strings of the Moodle XML converter (`interchange::moodle_xml`).

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[];
