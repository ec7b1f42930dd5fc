//! The PDF handouts read by an outside judge, poppler-utils (`pdftotext`, `pdffonts`,
//! `pdfinfo`): what a printer or a screen reader gets, not what our own layout thinks it drew.
//!
//! Both sample quizzes are printed by the real binary, as a participant sheet and as a
//! corrigé: every prompt comes out in reading order with its answers, the participant sheet
//! gives nothing away, the fonts are embedded and subset, every page says "page n / total" and
//! the last one is "Sources et crédits". Skipped without poppler on a developer's machine,
//! failed in CI (`ATELIER_CI=1`, installed by `.ci/setup.d/print.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use atelier_quiz::format::ImageCheck;
use atelier_quiz::model::{QuestionKind, Quiz};

const SAMPLES: [&str; 2] = [
    "naviguer-en-securite.quiz.json",
    "premiers-pas-smartphone-courriel.quiz.json",
];

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("quizzes")
        .join(name)
}

fn load(name: &str) -> Quiz {
    atelier_quiz::storage::open_quiz(&sample(name), ImageCheck::Full)
        .unwrap()
        .quiz
}

/// Prints `input` to `dir/out.pdf` with `args`; the PDF's path.
fn print(dir: &Path, input: &Path, args: &[&str]) -> PathBuf {
    let output = dir.join(if args.contains(&"--answers") {
        "corrige.pdf"
    } else {
        "feuille.pdf"
    });
    let status = Command::new(env!("CARGO_BIN_EXE_atelier-quiz"))
        .arg("print")
        .arg(input)
        .arg(&output)
        .args(args)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .status()
        .unwrap();
    assert!(status.success(), "print {}", input.display());
    output
}

/// Runs a poppler program; its stdout.
fn run(program: &Path, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(program).args(args).arg(pdf).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn text_of(pdftotext: &Path, pdf: &Path, extra: &[&str]) -> String {
    let mut args = extra.to_vec();
    args.extend(["-enc", "UTF-8"]);
    let out = Command::new(pdftotext)
        .args(&args)
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// Text compared without its layout: no spaces (the sheet adds narrow no-break spaces before
/// `: ; ! ?`), no hyphens (a word hyphenated at a line end comes out as "sécu-" "rité"),
/// typographic apostrophes as plain ones.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}' | '\u{2010}'))
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// What each printed question must show: its prompt, then its answers in this order (choices),
/// or in any order (ordering items, shuffled on the sheet).
struct Expected {
    prompt: String,
    in_order: Vec<String>,
    any_order: Vec<String>,
}

fn expected(quiz: &Quiz) -> Vec<Expected> {
    quiz.in_level_order()
        .into_iter()
        .map(|i| {
            let q = &quiz.questions[i];
            let (in_order, any_order) = match &q.kind {
                QuestionKind::SingleChoice { choices }
                | QuestionKind::MultipleChoice { choices }
                | QuestionKind::Poll { choices } => {
                    (choices.iter().map(|c| c.text.clone()).collect(), Vec::new())
                }
                QuestionKind::TrueFalse { .. } => (vec!["Vrai".into(), "Faux".into()], Vec::new()),
                QuestionKind::Ordering { items } => (Vec::new(), items.clone()),
                _ => (Vec::new(), Vec::new()),
            };
            Expected {
                prompt: q.prompt.clone(),
                in_order,
                any_order,
            }
        })
        .collect()
}

/// Every prompt after the previous one; each question's answers between its prompt and the
/// next prompt.
fn assert_reading_order(text: &str, quiz: &Quiz, what: &str) {
    let text = squash(text);
    let expected = expected(quiz);
    let mut starts = Vec::new();
    let mut cursor = 0;
    for e in &expected {
        let prompt = squash(&e.prompt);
        let at = text[cursor..]
            .find(&prompt)
            .unwrap_or_else(|| panic!("{what}: prompt not found in order: {}", e.prompt));
        cursor += at + prompt.len();
        starts.push(cursor);
    }
    for (k, e) in expected.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let segment = &text[starts[k]..end];
        let mut at = 0;
        for answer in &e.in_order {
            let a = squash(answer);
            let found = segment[at..]
                .find(&a)
                .unwrap_or_else(|| panic!("{what}: answer {answer:?} of {:?}", e.prompt));
            at += found + a.len();
        }
        for item in &e.any_order {
            assert!(
                segment.contains(&squash(item)),
                "{what}: item {item:?} of {:?}",
                e.prompt
            );
        }
    }
}

fn tools() -> Option<(PathBuf, PathBuf, PathBuf)> {
    Some((
        common::require_tool("pdftotext")?,
        common::require_tool("pdffonts")?,
        common::require_tool("pdfinfo")?,
    ))
}

#[test]
fn both_sheets_of_both_samples_read_in_order_with_their_answers() {
    let Some((pdftotext, _, _)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        let quiz = load(name);
        for args in [&[][..], &["--answers"][..]] {
            let pdf = print(dir.path(), &sample(name), args);
            let what = format!("{name} {args:?}");
            assert_reading_order(&text_of(&pdftotext, &pdf, &[]), &quiz, &what);
            // The layout mode (what people paste into a mail) keeps every prompt too.
            let layout = squash(&text_of(&pdftotext, &pdf, &["-layout"]));
            for q in &quiz.questions {
                assert!(
                    layout.contains(&squash(&q.prompt)),
                    "{what} -layout: {}",
                    q.prompt
                );
            }
        }
    }
}

#[test]
fn the_participant_sheet_gives_nothing_away_and_the_corrige_does() {
    let Some((pdftotext, _, _)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        let quiz = load(name);
        let sheet = squash(&text_of(
            &pdftotext,
            &print(dir.path(), &sample(name), &[]),
            &[],
        ));
        let key = squash(&text_of(
            &pdftotext,
            &print(dir.path(), &sample(name), &["--answers"]),
            &[],
        ));
        for marker in [
            "(bonne réponse)",
            "Explication :",
            "Bon ordre :",
            "Réponse attendue :",
        ] {
            assert!(
                !sheet.contains(&squash(marker)),
                "{name}: sheet shows {marker}"
            );
        }
        for marker in ["(bonne réponse)", "Explication :", "Bon ordre :"] {
            assert!(
                key.contains(&squash(marker)),
                "{name}: corrigé lacks {marker}"
            );
        }
        for q in &quiz.questions {
            let explanation = squash(&q.explanation);
            if !explanation.is_empty() {
                assert!(
                    !sheet.contains(&explanation),
                    "{name}: sheet explains {}",
                    q.id
                );
                assert!(key.contains(&explanation), "{name}: corrigé lacks {}", q.id);
            }
            if let QuestionKind::Open { answer_text } = &q.kind {
                let answer = squash(answer_text);
                assert!(!sheet.contains(&answer), "{name}: sheet answers {}", q.id);
                assert!(key.contains(&answer), "{name}: corrigé lacks {}", q.id);
            }
        }
        // Exactly one "(bonne réponse)" per right choice (and per true/false answer).
        let right: usize = quiz
            .questions
            .iter()
            .map(|q| match &q.kind {
                QuestionKind::SingleChoice { choices }
                | QuestionKind::MultipleChoice { choices } => {
                    choices.iter().filter(|c| c.correct).count()
                }
                QuestionKind::TrueFalse { .. } => 1,
                _ => 0,
            })
            .sum();
        assert_eq!(
            key.matches(&squash("(bonne réponse)")).count(),
            right,
            "{name}"
        );
    }
}

#[test]
fn fonts_are_embedded_and_subset() {
    let Some((_, pdffonts, _)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pdf = print(dir.path(), &sample(SAMPLES[0]), &["--answers"]);
    let listing = run(&pdffonts, &[], &pdf);
    // name type encoding emb sub uni object ID: the table starts after the dashes.
    let rows: Vec<&str> = listing
        .lines()
        .skip_while(|l| !l.starts_with("---"))
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(rows.len() >= 2, "regular and bold faces:\n{listing}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(n >= 7, "{row}");
        // emb, sub, uni are the 3 columns before the object id (2 columns).
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
        assert!(row.contains("AtkinsonHyperlegible"), "{row}");
        // A subset's name carries a six-letter tag: ABCDEF+Name.
        assert_eq!(cols[0].find('+'), Some(6), "{row}");
    }
}

/// `pdfinfo`'s "Pages:" line.
fn page_count(pdfinfo: &Path, pdf: &Path) -> usize {
    run(pdfinfo, &[], pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn every_page_is_numbered_and_the_last_one_gives_the_credits() {
    let Some((pdftotext, _, pdfinfo)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        let quiz = load(name);
        let pdf = print(dir.path(), &sample(name), &[]);
        let total = page_count(&pdfinfo, &pdf);
        assert!(
            total >= 4,
            "{name}: 22 large-print questions on {total} pages"
        );
        let mut credits_from = None;
        let mut credits_text = String::new();
        for n in 1..=total {
            let page = n.to_string();
            let text = text_of(&pdftotext, &pdf, &["-f", &page, "-l", &page]);
            assert!(
                squash(&text).contains(&squash(&format!("page {n} / {total}"))),
                "{name}: page {n} of {total}:\n{text}"
            );
            if credits_from.is_none() && text.contains("Sources et crédits") {
                credits_from = Some(n);
            }
            if credits_from.is_some() {
                credits_text.push_str(&text);
                // The credits begin on a page of their own: no question after them.
                for q in &quiz.questions {
                    assert!(
                        !text.contains(&q.prompt),
                        "{name}: {} on a credits page",
                        q.id
                    );
                }
            }
        }
        let from = credits_from.expect("a « Sources et crédits » page");
        assert!(
            from > 1 && from + 1 >= total,
            "{name}: credits on page {from} of {total}"
        );
        let credits = squash(&credits_text);
        for q in &quiz.questions {
            let Some(used) = &q.source else { continue };
            let source = quiz.source(&used.source).unwrap();
            assert!(credits.contains(&squash(&source.title)), "{}", source.title);
        }
        assert!(
            credits_text.contains("Licence"),
            "{name}: licence on the credits page"
        );
        let info = run(&pdfinfo, &[], &pdf);
        assert!(info.contains(&quiz.title), "{name}: title metadata\n{info}");
        let field = |key: &str| {
            info.lines()
                .find_map(|l| l.strip_prefix(key))
                .map(str::trim)
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(field("Tagged:"), "yes", "{name}: tagged PDF\n{info}");
        assert!(
            field("Page size:").ends_with("(A4)"),
            "{name}: A4 by default\n{info}"
        );
    }
}

#[test]
fn letter_paper_and_one_level() {
    let Some((pdftotext, _, pdfinfo)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let name = SAMPLES[1];
    let quiz = load(name);
    let pdf = print(
        dir.path(),
        &sample(name),
        &["--paper", "letter", "--level", "decouverte"],
    );
    let info = run(&pdfinfo, &[], &pdf);
    assert!(info.contains("612 x 792 pts (letter)"), "{info}");
    let text = squash(&text_of(&pdftotext, &pdf, &[]));
    for q in &quiz.questions {
        assert_eq!(
            text.contains(&squash(&q.prompt)),
            q.level == "decouverte",
            "{}: only the chosen level",
            q.id
        );
    }
}
