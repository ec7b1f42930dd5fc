//! Strings of the presenter.

pub(super) const ENTRIES: &[(&str, &str, &str)] = &[];
