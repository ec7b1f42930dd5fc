//! The handout layout's promises, checked on the pages themselves (no PDF reader needed):
//! large print, nothing outside the margins, a question's answers on its prompt's page, and a
//! credits list longer than a page continued on the next page instead of running into the
//! footer.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use atelier_quiz::export::print::{self, ItemKind, Layout, Page, PrintOptions};
use atelier_quiz::format::ImageCheck;
use atelier_quiz::i18n::Lang;
use atelier_quiz::model::{QuestionKind, Quiz, Source};

/// The page margin (17 mm) and the footer's room, as in `paginate.rs`.
const MARGIN: f32 = 48.0;
const FOOTER: f32 = 30.0;

fn sample(name: &str) -> Quiz {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("quizzes")
        .join(name);
    atelier_quiz::storage::open_quiz(&path, ImageCheck::Full)
        .unwrap()
        .quiz
}

fn layouts() -> Vec<(Quiz, Layout)> {
    let mut out = Vec::new();
    for name in [
        "naviguer-en-securite.quiz.json",
        "premiers-pas-smartphone-courriel.quiz.json",
    ] {
        let quiz = sample(name);
        for answers in [false, true] {
            let mut options = PrintOptions::for_quiz(&quiz, Lang::Fr);
            options.answers = answers;
            let layout = print::layout(&quiz, &options);
            out.push((quiz.clone(), layout));
        }
    }
    out
}

/// Every item inside the page's margins; content text above the footer.
fn assert_inside(page: &Page, n: usize) {
    for item in &page.items {
        if let ItemKind::Text(run) = &item.kind {
            assert!(run.size >= 14.0, "page {n}: {} pt «{}»", run.size, run.text);
            assert!(run.x >= MARGIN - 0.5, "page {n}: «{}»", run.text);
            assert!(
                run.x + run.width <= page.width - MARGIN + 0.5,
                "page {n}: «{}» overflows the column",
                run.text
            );
            let furniture = run.y < MARGIN + 20.0 || run.text.starts_with("page ");
            if !furniture {
                assert!(
                    run.y <= page.height - MARGIN - FOOTER + 1.0,
                    "page {n}: «{}» at y = {} runs into the footer",
                    run.text,
                    run.y
                );
            }
        }
    }
}

/// The page's text without spaces or hyphens (lines broken, French spacing added).
fn page_texts(page: &Page) -> String {
    squash(
        &page
            .items
            .iter()
            .filter_map(|i| i.text())
            .collect::<String>(),
    )
}

fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}'))
        .collect()
}

#[test]
fn large_print_inside_the_margins() {
    for (_, layout) in layouts() {
        for (n, page) in layout.pages.iter().enumerate() {
            assert_inside(page, n + 1);
        }
        // Prompts are headings of at least 18 pt.
        let prompt_sizes: Vec<f32> = layout
            .pages
            .iter()
            .flat_map(|p| p.items.iter())
            .filter(|i| i.tag.role == print::Role::Heading)
            .filter_map(|i| match &i.kind {
                // "3. Le petit cadenas…": a question's first line.
                ItemKind::Text(run) if run.text.starts_with(|c: char| c.is_ascii_digit()) => {
                    Some(run.size)
                }
                _ => None,
            })
            .collect();
        assert!(prompt_sizes.iter().all(|&s| s >= 18.0), "{prompt_sizes:?}");
    }
}

#[test]
fn a_question_and_its_answers_share_a_page() {
    for (quiz, layout) in layouts() {
        for q in &quiz.questions {
            let answers: Vec<&str> = match &q.kind {
                QuestionKind::SingleChoice { choices }
                | QuestionKind::MultipleChoice { choices }
                | QuestionKind::Poll { choices } => {
                    choices.iter().map(|c| c.text.as_str()).collect()
                }
                QuestionKind::Ordering { items } => items.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            };
            let answers: Vec<String> = answers.into_iter().map(squash).collect();
            // Its number and first word, and every answer, on one page.
            let first_word = squash(q.prompt.split_whitespace().next().unwrap());
            assert!(
                layout.pages.iter().any(|p| {
                    let t = page_texts(p);
                    t.contains(&first_word) && answers.iter().all(|a| t.contains(a.as_str()))
                }),
                "{}: answers not on the prompt's page",
                q.id
            );
        }
    }
}

#[test]
fn credits_longer_than_a_page_go_on_over_the_next_one() {
    let mut quiz = sample("naviguer-en-securite.quiz.json");
    for k in 0..60 {
        let id = format!("source-{k}");
        quiz.sources.push(Source {
            id: id.clone(),
            title: format!("Guide pratique numéro {k} pour les ateliers"),
            author: "Un auteur".into(),
            license: "CC-BY-4.0".into(),
            ..Source::default()
        });
        let q = &mut quiz.questions[k % 22];
        q.source = Some(atelier_quiz::model::SourceRef {
            source: id,
            detail: String::new(),
            ..Default::default()
        });
    }
    let layout = print::layout(&quiz, &PrintOptions::for_quiz(&quiz, Lang::Fr));
    for (n, page) in layout.pages.iter().enumerate() {
        assert_inside(page, n + 1);
    }
    let all: String = layout.pages.iter().map(page_texts).collect();
    let credit_pages = layout
        .pages
        .iter()
        .filter(|p| page_texts(p).contains(&squash("Guide pratique numéro")))
        .count();
    assert!(credit_pages >= 2, "{credit_pages} pages of credits");
    // Sources replaced by the loop are no longer cited; the new ones all are.
    for k in 0..60 {
        let title = format!("Guide pratique numéro {k} pour les ateliers");
        let cited = quiz.questions.iter().any(|q| {
            q.source
                .as_ref()
                .is_some_and(|s| s.source == format!("source-{k}"))
        });
        assert_eq!(all.contains(&squash(&title)), cited, "{title}");
    }
    assert!(all.contains(&squash("Fiche imprimée avec Atelier Quiz.")));
}
