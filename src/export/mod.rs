//! Exports of a quiz to other media (see each module).

pub mod print;
