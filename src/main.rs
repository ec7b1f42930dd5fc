//! The `atelier-quiz` binary: parse the command line, then run a command or the app.
//!
//! On Windows the exe is a GUI program (no console window opens from the Start menu or a
//! double-click); packaging/windows/build.sh derives the console twin `atelier-quiz-cli.exe`
//! for terminals (`check`, `convert`, `print`: output and exit codes) — docs/WINDOWS.md.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use atelier_quiz::cli::{self, Invocation};

fn main() -> ExitCode {
    match cli::run(std::env::args_os()) {
        Invocation::Exit(code) => cli::exit_code(code),
        Invocation::Gui(options) => match atelier_quiz::app::run(&options) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                // The window could not be created (no display, no OpenGL): say so plainly.
                let lang = options
                    .lang
                    .unwrap_or_else(atelier_quiz::i18n::Lang::from_environment);
                eprintln!("{}", lang.f("app.start_failed", &[("reason", &e)]));
                ExitCode::from(atelier_quiz::cli::exit::USAGE)
            }
        },
    }
}
