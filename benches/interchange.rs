//! The interchange converters at workshop scale:
//! - GIFT import of a 1,500-question bank (`common/gift_bank.rs`: our GIFT export of the big
//!   quiz, every question kept);
//! - Moodle XML export of the big quiz itself (1,500 questions, 100 embedded images written
//!   as `<file encoding="base64">`).
//!
//! The ratio to the independent GIFT parser gift-pegjs is measured by
//! `benches/gift_vs_pegjs.sh`, in one run for both.
//!
//! `cargo bench --bench interchange`
#![allow(clippy::expect_used)] // a benchmark aborts on broken setup; nothing to recover

#[path = "common/big_quiz.rs"]
mod big_quiz;
#[path = "common/gift_bank.rs"]
mod gift_bank;

use std::hint::black_box;
use std::time::Duration;

use atelier_quiz::interchange::{ImportContext, gift, moodle_xml};
use criterion::{Criterion, criterion_group, criterion_main};

fn benches(c: &mut Criterion) {
    let ctx = ImportContext {
        file_name: "banque.gift".into(),
        today: "2026-12-02".into(),
    };
    let bank = gift_bank::gift_bank();
    let read = gift::import(&bank, &ctx).expect("our own GIFT reads back");
    assert_eq!(read.quiz.questions.len(), big_quiz::QUESTIONS);
    eprintln!(
        "GIFT bank: {:.1} KB, {} questions",
        bank.len() as f64 / 1e3,
        read.quiz.questions.len()
    );
    c.bench_function("gift_import_1500_questions", |b| {
        b.iter(|| gift::import(black_box(&bank), &ctx).expect("readable"));
    });

    let quiz = big_quiz::big_quiz();
    let xml = moodle_xml::export(&quiz);
    eprintln!(
        "Moodle XML of the big quiz: {:.1} MB, {} problems",
        xml.bytes.len() as f64 / 1e6,
        xml.problems.len()
    );
    let mut group = c.benchmark_group("moodle_xml");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("export_big_quiz", |b| {
        b.iter(|| moodle_xml::export(black_box(&quiz)));
    });
    group.finish();
}

criterion_group!(interchange, benches);
criterion_main!(interchange);
