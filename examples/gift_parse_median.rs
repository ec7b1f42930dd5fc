//! Times our GIFT import in-process, for `benches/gift_vs_pegjs.sh`:
//! - `gift_parse_median write OUT.gift` writes the 1,500-question bank (`benches/common/gift_bank.rs`);
//! - `gift_parse_median parse FILE.gift N` imports FILE N times (after one warm-up) and prints
//!   `questions median_ms`, the median wall time of one import, file already in memory.
//!
//! Run it in release (`cargo run --release --example gift_parse_median -- …`).
#![allow(clippy::expect_used)] // a measuring tool: broken setup aborts with its reason

#[path = "../benches/common/big_quiz.rs"]
mod big_quiz;
#[path = "../benches/common/gift_bank.rs"]
mod gift_bank;

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use atelier_quiz::interchange::{ImportContext, gift};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["write", out] => {
            std::fs::write(out, gift_bank::gift_bank()).expect("writable output");
            ExitCode::SUCCESS
        }
        ["parse", file, n] => {
            let bytes = std::fs::read(file).expect("readable GIFT file");
            let n: usize = n.parse().expect("N is a number");
            let ctx = ImportContext::default();
            let questions = gift::import(&bytes, &ctx)
                .expect("readable GIFT")
                .quiz
                .questions
                .len();
            let mut times: Vec<f64> = (0..n.max(1))
                .map(|_| {
                    let start = Instant::now();
                    black_box(gift::import(black_box(&bytes), &ctx).expect("readable GIFT"));
                    start.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!("{questions} {:.4}", times[times.len() / 2]);
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: gift_parse_median write OUT.gift | parse FILE.gift N");
            ExitCode::from(2)
        }
    }
}
