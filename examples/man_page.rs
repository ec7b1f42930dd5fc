//! Writes the man pages of `atelier-quiz` from its clap definition (the same one the binary
//! parses with, so the pages can never drift from the options): English ones in
//! `DIR/man1/`, French ones in `DIR/fr/man1/` — where `man` looks first in a French locale.
//! One page per command (`atelier-quiz.1`, `atelier-quiz-check.1`…). Used by
//! `packaging/linux/build-deb.sh`: `cargo run --example man_page -- DIR`.
//!
//! The help texts are ours, translated; the section headings (NAME, SYNOPSIS…) are
//! `clap_mangen`'s and stay in English in both.

use std::path::PathBuf;
use std::process::ExitCode;

use atelier_quiz::cli;
use atelier_quiz::i18n::Lang;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: cargo run --example man_page -- DIR");
        return ExitCode::from(2);
    };
    for (lang, sub) in [(Lang::En, "man1"), (Lang::Fr, "fr/man1")] {
        let out = dir.join(sub);
        let written = std::fs::create_dir_all(&out)
            .and_then(|()| clap_mangen::generate_to(cli::command(lang), &out));
        if let Err(e) = written {
            eprintln!("{}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
