//! Strings of the H5P converter (`interchange::h5p`).

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[];
