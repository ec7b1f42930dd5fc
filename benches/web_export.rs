//! HTML export of the 1,500-question quiz (issue 11 §1): the time to build the one-file web
//! page, next to the time to serialise the same quiz to its `.quiz.json` (the page embeds that
//! text, so the ratio is the figure that travels between machines), and the size of the page
//! against the `.quiz.json` (the budget: ≤ 1.05 × the quiz + 300 KB), printed once.
//!
//! `cargo bench --bench web_export`
#![allow(clippy::expect_used)] // a benchmark aborts on broken setup; nothing to recover

#[path = "common/big_quiz.rs"]
mod big_quiz;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

fn benches(c: &mut Criterion) {
    let quiz = big_quiz::big_quiz();
    let json = atelier_quiz::format::to_bytes(&quiz).expect("serialisable");
    let page = atelier_quiz::export::web::page(&quiz).expect("exports");
    let budget = json.len() * 105 / 100 + 300 * 1024;
    eprintln!(
        "big quiz: {} questions, .quiz.json {:.2} MB, page {:.2} MB (+{:.0} KB, ratio {:.3}); \
         budget {:.2} MB: {}",
        quiz.questions.len(),
        json.len() as f64 / 1e6,
        page.len() as f64 / 1e6,
        (page.len() as f64 - json.len() as f64) / 1024.0,
        page.len() as f64 / json.len() as f64,
        budget as f64 / 1e6,
        if page.len() <= budget {
            "within"
        } else {
            "OVER"
        }
    );

    let mut group = c.benchmark_group("web_export");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("format::to_bytes (baseline)", |b| {
        b.iter(|| atelier_quiz::format::to_bytes(black_box(&quiz)).expect("serialisable"));
    });
    group.bench_function("export::web::page", |b| {
        b.iter(|| atelier_quiz::export::web::page(black_box(&quiz)).expect("exports"));
    });
    group.finish();
}

criterion_group!(web_export, benches);
criterion_main!(web_export);
