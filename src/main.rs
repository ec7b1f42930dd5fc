//! The `atelier-quiz` binary: parse the command line, then run a command or the app.

use std::process::ExitCode;

use atelier_quiz::cli::{self, Invocation};

fn main() -> ExitCode {
    match cli::run(std::env::args_os()) {
        Invocation::Exit(code) => cli::exit_code(code),
        Invocation::Gui(_options) => ExitCode::SUCCESS,
    }
}
