//! Loading and saving the workshop-scale quiz, each next to a bare baseline measured in the
//! same run, so the ratio (not the absolute time) is the figure that travels between machines:
//! - load + validate vs `serde_json::from_slice::<Value>` + base64-decoding every image;
//! - save (serialise + atomic write) vs a bare `serde_json::to_writer` of the same document.
//!
//! `cargo bench --bench load_save`
#![allow(clippy::expect_used)] // a benchmark aborts on broken setup; nothing to recover

#[path = "common/big_quiz.rs"]
mod big_quiz;

use std::hint::black_box;
use std::time::Duration;

use base64::Engine as _;
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::Value;

fn bare_parse(bytes: &[u8]) -> usize {
    let value: Value = serde_json::from_slice(bytes).expect("valid JSON");
    let mut decoded = 0;
    if let Some(assets) = value.get("assets").and_then(Value::as_object) {
        for asset in assets.values() {
            let data = asset["data"].as_str().unwrap_or_default();
            decoded += base64::engine::general_purpose::STANDARD
                .decode(data)
                .map_or(0, |d| d.len());
        }
    }
    decoded
}

fn benches(c: &mut Criterion) {
    let quiz = big_quiz::big_quiz();
    let bytes = atelier_quiz::format::to_bytes(&quiz).expect("serialisable");
    let value: Value = serde_json::from_slice(&bytes).expect("valid JSON");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.quiz.json");
    eprintln!(
        "big quiz: {:.1} MB, {} questions, {} images",
        bytes.len() as f64 / 1e6,
        quiz.questions.len(),
        quiz.assets.len()
    );

    let mut load = c.benchmark_group("load");
    load.sample_size(10)
        .measurement_time(Duration::from_secs(20));
    load.bench_function("bare serde_json Value + base64", |b| {
        b.iter(|| bare_parse(black_box(&bytes)));
    });
    load.bench_function("atelier_quiz::format::load", |b| {
        b.iter(|| atelier_quiz::format::load(black_box(&bytes)).expect("loads"));
    });
    load.finish();

    let mut save = c.benchmark_group("save");
    save.sample_size(10)
        .measurement_time(Duration::from_secs(20));
    save.bench_function("bare serde_json::to_writer (Value)", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(bytes.len());
            serde_json::to_writer(&mut out, black_box(&value)).expect("writes");
            out
        });
    });
    let bare_path = dir.path().join("bare.json");
    save.bench_function("bare serde_json::to_writer to a file + fsync", |b| {
        b.iter(|| {
            let file = std::fs::File::create(&bare_path).expect("creates");
            let mut writer = std::io::BufWriter::new(file);
            serde_json::to_writer(&mut writer, black_box(&value)).expect("writes");
            writer
                .into_inner()
                .expect("flushes")
                .sync_all()
                .expect("syncs");
        });
    });
    save.bench_function("atelier_quiz::format::to_bytes (serialise only)", |b| {
        b.iter(|| atelier_quiz::format::to_bytes(black_box(&quiz)).expect("serialisable"));
    });
    save.bench_function(
        "atelier_quiz::storage::save_quiz (serialise + atomic write)",
        |b| {
            b.iter(|| atelier_quiz::storage::save_quiz(&path, black_box(&quiz)).expect("saves"));
        },
    );
    save.finish();
}

criterion_group!(load_save, benches);
criterion_main!(load_save);
