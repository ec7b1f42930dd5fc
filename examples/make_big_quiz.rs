//! Writes the workshop-scale test quiz (1,500 questions, 100 images) to the given path:
//! `cargo run --release --example make_big_quiz -- big.quiz.json`.
//!
//! The quiz is reproducible (fixed seed) and is not committed: benchmarks and stress tests
//! generate it when they need it.

#[path = "../benches/common/big_quiz.rs"]
mod big_quiz;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: make_big_quiz OUT.quiz.json");
        return ExitCode::from(2);
    };
    let quiz = big_quiz::big_quiz();
    match atelier_quiz::storage::save_quiz(&out, &quiz) {
        Ok(()) => {
            let size = std::fs::metadata(&out).map_or(0, |m| m.len());
            println!(
                "{}: {} questions, {} images, {:.1} MB",
                out.display(),
                quiz.questions.len(),
                quiz.assets.len(),
                size as f64 / 1e6
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", e.message(atelier_quiz::i18n::Lang::Fr));
            ExitCode::from(1)
        }
    }
}
