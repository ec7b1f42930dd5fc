//! A reproducible workshop-scale quiz for benchmarks and stress tests: 1,500 questions over 3
//! levels, every question type, 100 embedded 1280×720 images with photograph-like content
//! (80 JPEG, 20 PNG), sources and credits. Same seed, same bytes.
//!
//! Shared by `examples/make_big_quiz.rs` and the benches through `#[path]`.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)]

use std::io::Cursor;

use atelier_quiz::model::{
    Asset, Author, Choice, Competence, Credit, ImageRef, Level, MediaType, Question, QuestionKind,
    Quiz, Region, Source, SourceRef, SourceUse,
};
use image::codecs::jpeg::JpegEncoder;
use image::{ImageFormat, Rgb, RgbImage};

pub const QUESTIONS: usize = 1500;
pub const IMAGES: usize = 100;
pub const WIDTH: u32 = 1280;
pub const HEIGHT: u32 = 720;

/// xorshift64*: tiny, deterministic, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// A 1280×720 picture with smooth gradients, blobs and sensor-like noise, so that it
/// compresses like a photograph rather than like a flat drawing.
pub fn photo(seed: u64) -> RgbImage {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let base = [rng.unit(), rng.unit(), rng.unit()];
    let blobs: Vec<(f32, f32, f32, [f32; 3])> = (0..12)
        .map(|_| {
            let (x, y, r) = (
                rng.unit() * WIDTH as f32,
                rng.unit() * HEIGHT as f32,
                40.0 + rng.unit() * 260.0,
            );
            (x, y, r, [rng.unit(), rng.unit(), rng.unit()])
        })
        .collect();
    let mut noise = Rng(seed ^ 0xDEAD_BEEF);
    RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        let (fx, fy) = (x as f32 / WIDTH as f32, y as f32 / HEIGHT as f32);
        let mut c = [
            base[0] * (1.0 - fy) + fx * 0.3,
            base[1] * (0.6 + 0.4 * fx),
            base[2] * (0.5 + 0.5 * fy),
        ];
        for (bx, by, r, col) in &blobs {
            let d = ((x as f32 - bx).powi(2) + (y as f32 - by).powi(2)).sqrt();
            let w = (1.0 - d / r).max(0.0).powi(2);
            for k in 0..3 {
                c[k] = c[k] * (1.0 - w) + col[k] * w;
            }
        }
        let n = (noise.unit() - 0.5) * 0.12;
        Rgb(c.map(|v| ((v + n).clamp(0.0, 1.0) * 255.0) as u8))
    })
}

fn encode(img: &RgbImage, jpeg: bool) -> (MediaType, Vec<u8>) {
    let mut out = Cursor::new(Vec::new());
    if jpeg {
        JpegEncoder::new_with_quality(&mut out, 85)
            .encode_image(img)
            .unwrap();
        (MediaType::Jpeg, out.into_inner())
    } else {
        img.write_to(&mut out, ImageFormat::Png).unwrap();
        (MediaType::Png, out.into_inner())
    }
}

fn choices(rng: &mut Rng, n: usize, correct: &[usize]) -> Vec<Choice> {
    (0..n)
        .map(|i| {
            Choice::text(
                format!(
                    "Réponse {} n°{}",
                    ["courte", "plus longue à lire", "moyenne"][i % 3],
                    rng.below(1000)
                ),
                correct.contains(&i),
            )
        })
        .collect()
}

/// The question at `i`, of a type chosen by `i`, possibly with image `asset`.
fn question(rng: &mut Rng, i: usize, level: &str, asset: Option<String>) -> Question {
    let kind = match i % 7 {
        0 => {
            let correct = rng.below(4) as usize;
            QuestionKind::SingleChoice {
                choices: choices(rng, 4, &[correct]),
            }
        }
        1 => QuestionKind::MultipleChoice {
            choices: choices(rng, 5, &[0, 3]),
        },
        2 => QuestionKind::TrueFalse {
            answer: i.is_multiple_of(2),
        },
        3 => QuestionKind::Poll {
            choices: choices(rng, 3, &[]),
        },
        4 => QuestionKind::Ordering {
            items: (1..=4)
                .map(|k| format!("Étape {k} de la démarche"))
                .collect(),
        },
        5 => QuestionKind::Hotspot {
            regions: vec![Region::new(
                0.1 + f64::from(rng.unit()) * 0.5,
                0.2,
                0.25,
                0.2,
            )],
        },
        _ => QuestionKind::Open {
            answer_text: "Une réponse modèle de deux phrases. Elle se lit sur l'écran.".into(),
        },
    };
    let needs_image = matches!(kind, QuestionKind::Hotspot { .. });
    let mut q = Question::new(format!("q{i:04}"), level, kind);
    q.prompt = format!(
        "Question n°{i} : que faites-vous quand un message vous demande vos codes bancaires en urgence ?"
    );
    q.explanation = "Parce qu'aucun organisme sérieux ne demande vos codes par message : c'est une tentative d'hameçonnage.".into();
    q.notes = "Laisser le groupe réagir, puis montrer l'exemple au tableau.".into();
    q.tags = vec!["sécurité".into(), format!("thème {}", i % 12)];
    q.competences = vec![Competence {
        framework: "CRCN".into(),
        code: "4.2".into(),
        level: Some(2),
        ..Competence::default()
    }];
    q.source = Some(SourceRef {
        source: ["guide", "collegue"][i % 2].into(),
        detail: format!("fiche {}", i % 40),
        ..SourceRef::default()
    });
    if i.is_multiple_of(3) {
        q.time_limit_s = Some(30);
    }
    if let Some(asset) = asset.filter(|_| needs_image || i.is_multiple_of(5)) {
        q.image = Some(ImageRef {
            asset,
            alt: "Capture d'écran d'un message suspect".into(),
            ..ImageRef::default()
        });
    }
    q
}

/// The workshop-scale quiz (takes a few seconds: it encodes 100 images).
pub fn big_quiz() -> Quiz {
    let mut rng = Rng(0x5EED);
    let mut quiz = Quiz {
        title: "Grand quiz de test — 1 500 questions".into(),
        description: "Généré par examples/make_big_quiz.rs pour les mesures.".into(),
        license: "CC-BY-SA-4.0".into(),
        created: "2026-11-27".into(),
        authors: vec![Author {
            name: "Atelier Quiz".into(),
            ..Author::default()
        }],
        ..Quiz::default()
    };
    for (id, name) in [
        ("decouverte", "Découverte"),
        ("pratique", "Pratique"),
        ("approfondissement", "Approfondissement"),
    ] {
        quiz.levels.push(Level {
            id: id.into(),
            name: name.into(),
            ..Level::default()
        });
    }
    quiz.sources = vec![
        Source {
            id: "guide".into(),
            title: "Guide de référence".into(),
            license: "CC-BY-4.0".into(),
            usage: Some(SourceUse::Reference),
            ..Source::default()
        },
        Source {
            id: "collegue".into(),
            title: "Quiz d'une collègue".into(),
            license: "CC-BY-SA-4.0".into(),
            usage: Some(SourceUse::Adapted),
            changes: "Reformulé".into(),
            ..Source::default()
        },
    ];
    for k in 0..IMAGES {
        let (media, bytes) = encode(&photo(k as u64), k % 5 != 0);
        let mut asset = Asset::new(media, bytes);
        asset.credit = Credit {
            author: "Atelier Quiz".into(),
            license: "CC0-1.0".into(),
            ..Credit::default()
        };
        quiz.assets.insert(format!("img{k:03}"), asset);
    }
    for i in 0..QUESTIONS {
        let level = ["decouverte", "pratique", "approfondissement"][i * 3 / QUESTIONS];
        let asset = format!("img{:03}", (i / 7) % IMAGES);
        quiz.questions
            .push(question(&mut rng, i, level, Some(asset)));
    }
    quiz
}
