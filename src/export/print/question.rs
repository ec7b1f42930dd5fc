//! One question as a block: number and prompt, what to do, its image, then the answer area of
//! its type (boxes to tick, boxes to number, a picture to circle on, lines to write on). The
//! corrigé adds the right answers — a check mark in the box *and* the words "(bonne
//! réponse)", never colour alone — the explanation and the source.

use super::builder::{BODY, Builder, LEADING, PROMPT, SMALL};
use super::page::{ItemKind, Rect, Role};
use super::typo::french;
use crate::i18n::Lang;
use crate::model::{Choice, ImageRef, Question, QuestionKind, Quiz, Region};

/// What a question block needs from the document.
pub struct Context<'a> {
    pub quiz: &'a Quiz,
    pub lang: Lang,
    pub answers: bool,
    /// French spacing for quiz text (the quiz is in French).
    pub french: bool,
    /// Tallest an image may be.
    pub max_image_h: f32,
}

impl Context<'_> {
    fn content(&self, text: &str) -> String {
        if self.french {
            french(text)
        } else {
            text.to_owned()
        }
    }
}

const BOX: f32 = 20.0;
const ROW_INDENT: f32 = 84.0;

/// Lays out question `number` (1-based) into `b`.
pub fn question(b: &mut Builder<'_>, ctx: &Context<'_>, q: &Question, number: usize) {
    let heading = format!("{number}. {}", ctx.content(&q.prompt));
    b.text(&heading, PROMPT, true, Role::Heading);
    b.gap(4.0);
    b.text(&howto(ctx.lang, &q.kind), BODY, false, Role::Paragraph);
    b.gap(6.0);
    let regions = match &q.kind {
        QuestionKind::Hotspot { regions } if ctx.answers => regions.as_slice(),
        _ => &[],
    };
    let tall = matches!(q.kind, QuestionKind::Hotspot { .. });
    if let Some(image) = &q.image {
        image_with_caption(b, ctx, image, regions, tall);
    }
    match &q.kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            choice_rows(b, ctx, choices, ctx.answers);
        }
        QuestionKind::Poll { choices } => choice_rows(b, ctx, choices, false),
        QuestionKind::TrueFalse { answer } => {
            let rows = [
                Choice::text(ctx.lang.t("print.true"), *answer),
                Choice::text(ctx.lang.t("print.false"), !*answer),
            ];
            choice_rows(b, ctx, &rows, ctx.answers);
        }
        QuestionKind::Ordering { items } => ordering(b, ctx, q, items),
        QuestionKind::Hotspot { regions } if ctx.answers && q.image.is_some() => {
            let text = if regions.len() == 1 {
                ctx.lang.t("print.zone").to_owned()
            } else {
                ctx.lang.f("print.zones", &[("n", &regions.len())])
            };
            b.text(&text, BODY, true, Role::Paragraph);
        }
        QuestionKind::Open { answer_text } => open(b, ctx, answer_text),
        QuestionKind::Hotspot { .. } | QuestionKind::Unknown { .. } => {}
    }
    if ctx.answers {
        corrige_notes(b, ctx, q);
    }
}

fn howto(lang: Lang, kind: &QuestionKind) -> String {
    match kind {
        QuestionKind::SingleChoice { .. } => lang.t("print.howto.single").to_owned(),
        QuestionKind::MultipleChoice { .. } => lang.t("print.howto.multiple").to_owned(),
        QuestionKind::TrueFalse { .. } => lang.t("print.howto.true_false").to_owned(),
        QuestionKind::Poll { .. } => lang.t("print.howto.poll").to_owned(),
        QuestionKind::Ordering { items } => lang.f("print.howto.ordering", &[("n", &items.len())]),
        QuestionKind::Hotspot { .. } => lang.t("print.howto.hotspot").to_owned(),
        QuestionKind::Open { .. } => lang.t("print.howto.open").to_owned(),
        QuestionKind::Unknown { .. } => lang.t("print.howto.unknown").to_owned(),
    }
}

/// The image scaled into the column (at most `max_image_h` tall, half of it for a plain
/// illustration), its alt text as a caption, and the right zones framed in the corrigé.
fn image_with_caption(
    b: &mut Builder<'_>,
    ctx: &Context<'_>,
    image: &ImageRef,
    regions: &[Region],
    tall: bool,
) {
    let Some(asset) = ctx.quiz.assets.get(&image.asset) else {
        return;
    };
    let Ok((w, h)) = crate::format::image_dimensions(asset.media_type, &asset.data) else {
        return;
    };
    if w == 0 || h == 0 {
        return;
    }
    let max_h = if tall {
        ctx.max_image_h
    } else {
        ctx.max_image_h * 0.55
    };
    let scale = (b.width / w as f32).min(max_h / h as f32);
    let (dw, dh) = (w as f32 * scale, h as f32 * scale);
    let rect = b.rect((b.width - dw) / 2.0, dw, dh);
    let alt = ctx.content(&image.alt);
    let group = b.group();
    b.push(
        ItemKind::Image {
            asset: image.asset.clone(),
            rect,
            alt: alt.clone(),
        },
        Role::Figure,
        group,
    );
    for r in regions {
        // Region fractions are within 0..=1 (validated): no precision worth keeping is lost.
        #[allow(clippy::cast_possible_truncation)]
        let frame = Rect::new(
            rect.x + r.x as f32 * dw,
            rect.y + r.y as f32 * dh,
            r.w as f32 * dw,
            r.h as f32 * dh,
        );
        b.artifact(ItemKind::Frame {
            rect: frame,
            width: 4.0,
        });
    }
    b.gap(dh + 4.0);
    if !alt.trim().is_empty() {
        let caption = ctx.lang.f("print.image", &[("alt", &alt)]);
        b.text(&caption, SMALL, false, Role::Caption);
    }
    b.gap(6.0);
}

/// One row per answer: box to tick, shape, letter, text (and the answer's own picture).
fn choice_rows(b: &mut Builder<'_>, ctx: &Context<'_>, choices: &[Choice], mark: bool) {
    for (i, choice) in choices.iter().enumerate() {
        let top = b.y;
        let right = mark && choice.correct;
        let boxed = b.rect(0.0, BOX, BOX).shifted(2.0);
        b.artifact(ItemKind::TickBox(boxed));
        if right {
            b.artifact(ItemKind::Check(boxed));
        }
        b.artifact(ItemKind::Shape {
            index: i,
            rect: b.rect(32.0, 18.0, 18.0).shifted(3.0),
        });
        let group = b.group();
        let baseline = top + b.baseline(BODY, true);
        let letter = b.run_at(b.x + 58.0, baseline, BODY, true, letter(i).to_string());
        b.push(ItemKind::Text(letter), Role::ListItem, group);
        let mut text = ctx.content(&choice.text);
        if right {
            text = format!("{text} {}", ctx.lang.t("print.right"));
        }
        let lines = b.text_in(&text, BODY, right, ROW_INDENT, Role::ListItem, group);
        if let Some(image) = &choice.image {
            let sub = Context {
                max_image_h: ctx.max_image_h * 0.4,
                ..*ctx
            };
            let (x, width) = (b.x, b.width);
            b.x += ROW_INDENT;
            b.width -= ROW_INDENT;
            image_with_caption(b, &sub, image, &[], false);
            (b.x, b.width) = (x, width);
        }
        b.y =
            b.y.max(top + BOX + 6.0)
                .max(top + lines as f32 * BODY * LEADING);
        b.gap(6.0);
    }
}

/// The letter of answer `i`: A, B, C…
pub fn letter(i: usize) -> char {
    char::from(b'A' + u8::try_from(i % 26).unwrap_or(0))
}

/// Items in a shuffled order (never the right one), each with a box for its number; the
/// corrigé writes the number in the box and the right order below.
fn ordering(b: &mut Builder<'_>, ctx: &Context<'_>, q: &Question, items: &[String]) {
    let order = crate::presenter::rng::permutation(items.len(), seed(&q.id), true);
    for &i in &order {
        let top = b.y;
        let boxed = b.rect(0.0, 26.0, 26.0);
        b.artifact(ItemKind::TickBox(boxed));
        let group = b.group();
        if ctx.answers {
            let n = (i + 1).to_string();
            let w = b.fonts.width(&n, BODY, true);
            let run = b.run_at(boxed.x + (26.0 - w) / 2.0, top + 19.0, BODY, true, n);
            b.push(ItemKind::Text(run), Role::ListItem, group);
        }
        b.y += 3.0;
        let lines = b.text_in(
            &ctx.content(&items[i]),
            BODY,
            false,
            40.0,
            Role::ListItem,
            group,
        );
        b.y =
            b.y.max(top + 26.0)
                .max(top + 3.0 + lines as f32 * BODY * LEADING);
        b.gap(8.0);
    }
    if ctx.answers {
        let list: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(k, t)| format!("{}. {}", k + 1, ctx.content(t)))
            .collect();
        let sep = if ctx.french { "\u{202f}; " } else { "; " };
        let text = ctx.lang.f("print.order", &[("order", &list.join(sep))]);
        b.text(&text, BODY, true, Role::Paragraph);
    }
}

/// A stable seed from the question id, so the same sheet prints the same order every time.
fn seed(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, c| {
        (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn open(b: &mut Builder<'_>, ctx: &Context<'_>, answer: &str) {
    if ctx.answers {
        if !answer.trim().is_empty() {
            let text = ctx
                .lang
                .f("print.expected", &[("answer", &ctx.content(answer))]);
            b.text(&text, BODY, true, Role::Paragraph);
        }
    } else {
        for _ in 0..4 {
            b.writing_line(0.0, 34.0);
        }
        b.gap(8.0);
    }
}

fn corrige_notes(b: &mut Builder<'_>, ctx: &Context<'_>, q: &Question) {
    if !q.explanation.trim().is_empty() {
        b.gap(4.0);
        let text = ctx.lang.f(
            "print.explanation",
            &[("text", &ctx.content(&q.explanation))],
        );
        b.text(&text, BODY, false, Role::Paragraph);
    }
    if let Some(source) = &q.source {
        let title = ctx
            .quiz
            .source(&source.source)
            .map_or(source.source.as_str(), |s| s.title.as_str());
        let cited = [title, source.detail.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" — ");
        b.gap(2.0);
        let text = ctx
            .lang
            .f("print.source", &[("source", &ctx.content(&cited))]);
        b.text(&text, SMALL, false, Role::Paragraph);
    }
}
