//! PDF handouts of both sample quizzes (22 questions each, 4–5 photos): the layout alone
//! (what the editor's print dialog recomputes when a choice changes) and the whole PDF (layout
//! + krilla: font subsetting, images, tag tree), participant sheet and corrigé.
//!
//! `cargo bench --bench print`
#![allow(clippy::expect_used)] // a benchmark aborts on broken setup; nothing to recover

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use atelier_quiz::export::print::{self, PrintOptions};
use atelier_quiz::format::ImageCheck;
use atelier_quiz::i18n::Lang;
use criterion::{Criterion, criterion_group, criterion_main};

const SAMPLES: [(&str, &str); 2] = [
    ("securite", "quizzes/naviguer-en-securite.quiz.json"),
    (
        "smartphone",
        "quizzes/premiers-pas-smartphone-courriel.quiz.json",
    ),
];

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("print");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    for (name, file) in SAMPLES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let quiz = atelier_quiz::storage::open_quiz(&path, ImageCheck::Full)
            .expect("sample quiz")
            .quiz;
        for answers in [false, true] {
            let mut options = PrintOptions::for_quiz(&quiz, Lang::Fr);
            options.answers = answers;
            let sheet = if answers { "corrige" } else { "participant" };
            let (layout, bytes) = print::print(&quiz, &options).expect("printable");
            eprintln!(
                "{name} {sheet}: {} pages, {:.0} KB",
                layout.pages.len(),
                bytes.len() as f64 / 1024.0
            );
            group.bench_function(format!("layout/{name}/{sheet}"), |b| {
                b.iter(|| print::layout(black_box(&quiz), black_box(&options)));
            });
            group.bench_function(format!("pdf/{name}/{sheet}"), |b| {
                b.iter(|| print::print(black_box(&quiz), black_box(&options)).expect("printable"));
            });
        }
    }
    group.finish();
}

criterion_group!(print_benches, benches);
criterion_main!(print_benches);
