//! Quiz → pages: the title block, one block per question (moved whole to the next page when
//! it does not fit), the credits on a page of their own, then the running title and "page
//! 2 / 5" on every page once the page count is known.

use super::builder::{BODY, Block, Builder, PROMPT, SMALL};
use super::credits::credits;
use super::fonts::Fonts;
use super::page::{Item, ItemKind, Page, Role, Tag};
use super::question::{Context, question};
use super::{Layout, PrintOptions};
use crate::i18n::Lang;
use crate::model::Quiz;

/// Page margin (17 mm).
const MARGIN: f32 = 48.0;
/// Room for the running title above the content and the page number below it.
const HEADER: f32 = 34.0;
const FOOTER: f32 = 30.0;
/// Space between two questions.
const BETWEEN: f32 = 26.0;

/// Lays out the handout of `quiz` with `options`.
pub fn layout(quiz: &Quiz, options: &PrintOptions) -> Layout {
    let fonts = Fonts::get();
    let (width, height) = options.paper.size();
    let lang = options.lang;
    let hyphenation = if quiz.language.to_ascii_lowercase().starts_with("en") {
        hypher::Lang::English
    } else {
        hypher::Lang::French
    };
    let column = width - 2.0 * MARGIN;
    let (top, bottom) = (MARGIN + HEADER, height - MARGIN - FOOTER);
    let ctx = Context {
        quiz,
        lang,
        answers: options.answers,
        french: !quiz.language.to_ascii_lowercase().starts_with("en"),
        max_image_h: (bottom - top) * 0.45,
    };
    let printed = options.questions(quiz);
    let mut group = 0;
    let mut pages = Pages::new(width, height, top, bottom);
    let mut b = Builder::new(fonts, hyphenation, MARGIN, column, &mut group);
    title_block(&mut b, quiz, options);
    pages.place(b.finish());
    for (n, &i) in printed.iter().enumerate() {
        let mut b = Builder::new(fonts, hyphenation, MARGIN, column, &mut group);
        question(&mut b, &ctx, &quiz.questions[i], n + 1);
        pages.place(b.finish());
    }
    pages.break_page();
    let mut b = Builder::new(fonts, hyphenation, MARGIN, column, &mut group);
    credits(&mut b, quiz, &printed, lang);
    pages.place(b.finish());
    let mut pages = pages.finish();
    furnish(&mut pages, quiz, options, fonts);
    Layout {
        pages,
        title: title(quiz, lang).to_owned(),
        language: quiz.language.clone(),
        questions: printed.len(),
    }
}

fn title(quiz: &Quiz, lang: Lang) -> &str {
    if quiz.title.trim().is_empty() {
        lang.t("print.untitled")
    } else {
        &quiz.title
    }
}

fn sheet_name(options: &PrintOptions) -> &'static str {
    options.lang.t(if options.answers {
        "print.sheet.answers"
    } else {
        "print.sheet.participant"
    })
}

/// Title, kind of sheet, levels, description; a line for the participant's name.
fn title_block(b: &mut Builder<'_>, quiz: &Quiz, options: &PrintOptions) {
    let lang = options.lang;
    b.text(title(quiz, lang), 26.0, true, Role::Heading);
    b.text(sheet_name(options), PROMPT, false, Role::Paragraph);
    if !options.levels.is_empty() {
        let names: Vec<&str> = quiz
            .levels
            .iter()
            .filter(|l| options.levels.contains(&l.id))
            .map(|l| {
                if l.name.is_empty() {
                    l.id.as_str()
                } else {
                    l.name.as_str()
                }
            })
            .collect();
        b.text(
            &lang.f("print.levels", &[("levels", &names.join(", "))]),
            BODY,
            false,
            Role::Paragraph,
        );
    }
    if !quiz.description.trim().is_empty() {
        b.gap(6.0);
        let description = if quiz.language.starts_with("en") {
            quiz.description.clone()
        } else {
            super::typo::french(&quiz.description)
        };
        b.text(&description, BODY, false, Role::Paragraph);
    }
    if !options.answers {
        b.gap(10.0);
        let label = lang.t("print.name");
        let group = b.group();
        let run = b.run_at(b.x, b.y + 30.0, BODY, true, label.to_owned());
        let indent = run.width + 8.0;
        b.push(ItemKind::Text(run), Role::Paragraph, group);
        b.writing_line(indent, 34.0);
    }
    b.gap(10.0);
}

/// Top and bottom of an item (a text run from its ascender to its descender).
fn extent(item: &Item) -> (f32, f32) {
    match &item.kind {
        ItemKind::Text(run) => (run.y - run.size, run.y + 0.3 * run.size),
        ItemKind::Image { rect, .. }
        | ItemKind::TickBox(rect)
        | ItemKind::Check(rect)
        | ItemKind::Shape { rect, .. }
        | ItemKind::Frame { rect, .. } => (rect.y, rect.bottom()),
        ItemKind::Line { y0, y1, width, .. } => (y0.min(*y1) - width, y0.max(*y1) + width),
    }
}

fn row_extent(row: &[Item]) -> (f32, f32) {
    row.iter()
        .map(extent)
        .fold((f32::MAX, f32::MIN), |(t, b), (t1, b1)| {
            (t.min(t1), b.max(b1))
        })
}

/// Items (in layout order, top to bottom) grouped into rows: an item that starts above the
/// bottom of the row so far belongs to it (a box, a shape, a letter and the first line of an
/// answer).
fn rows(items: Vec<Item>) -> Vec<Vec<Item>> {
    let mut rows: Vec<Vec<Item>> = Vec::new();
    let mut row_bottom = f32::MIN;
    for item in items {
        let (top, bottom) = extent(&item);
        match rows.last_mut() {
            Some(row) if top < row_bottom - 0.5 => {
                row.push(item);
                row_bottom = row_bottom.max(bottom);
            }
            _ => {
                rows.push(vec![item]);
                row_bottom = bottom;
            }
        }
    }
    rows
}

/// Rows grouped by the structure element they belong to (the lines of one paragraph, one
/// answer); a row of drawings only joins the next row's unit.
fn units(rows: Vec<Vec<Item>>) -> Vec<Vec<Vec<Item>>> {
    let mut units: Vec<(Option<u32>, Vec<Vec<Item>>)> = Vec::new();
    let mut pending: Vec<Vec<Item>> = Vec::new();
    for row in rows {
        let group = row
            .iter()
            .find(|i| i.tag.role != Role::Artifact)
            .map(|i| i.tag.group);
        let Some(group) = group else {
            pending.push(row);
            continue;
        };
        match units.last_mut() {
            Some((Some(g), unit)) if *g == group && pending.is_empty() => unit.push(row),
            _ => {
                let mut unit = std::mem::take(&mut pending);
                unit.push(row);
                units.push((Some(group), unit));
            }
        }
    }
    if !pending.is_empty() {
        units.push((None, pending));
    }
    units.into_iter().map(|(_, unit)| unit).collect()
}

/// Pages being filled.
struct Pages {
    width: f32,
    height: f32,
    top: f32,
    bottom: f32,
    done: Vec<Page>,
    current: Vec<Item>,
    y: f32,
}

impl Pages {
    fn new(width: f32, height: f32, top: f32, bottom: f32) -> Self {
        Self {
            width,
            height,
            top,
            bottom,
            done: Vec::new(),
            current: Vec::new(),
            y: top,
        }
    }

    /// Puts `block` on the current page, or whole on the next one when it does not fit.
    fn place(&mut self, block: Block) {
        if block.height > self.bottom - self.top {
            self.place_tall(block);
            return;
        }
        let gap = if self.current.is_empty() {
            0.0
        } else {
            BETWEEN
        };
        if !self.current.is_empty() && self.y + gap + block.height > self.bottom {
            self.break_page();
        }
        let dy = self.y
            + if self.current.is_empty() {
                0.0
            } else {
                BETWEEN
            };
        self.current
            .extend(block.items.into_iter().map(|item| item.shifted(dy)));
        self.y = dy + block.height;
    }

    /// A block taller than a whole page (the credits of a quiz with many sources, a question
    /// with a huge list): it starts on a new page and goes on over the next ones, broken
    /// between rows (a line of text with its box and shape), never through one, so nothing
    /// falls below the bottom margin.
    fn place_tall(&mut self, block: Block) {
        self.break_page();
        let room = self.bottom - self.top;
        let mut dy = self.top;
        let mut end = self.top;
        for unit in units(rows(block.items)) {
            // A paragraph or an answer that fits on a page moves whole: no line left alone.
            let (top, bottom) = row_extent(&unit.concat());
            if bottom - top <= room && bottom + dy > self.bottom && !self.current.is_empty() {
                self.break_page();
                dy = self.top - top;
            }
            for row in unit {
                let (top, bottom) = row_extent(&row);
                if bottom + dy > self.bottom && !self.current.is_empty() {
                    self.break_page();
                    dy = self.top - top;
                }
                end = end.max(bottom + dy);
                self.current
                    .extend(row.into_iter().map(|item| item.shifted(dy)));
            }
        }
        self.y = end;
    }

    fn break_page(&mut self) {
        if !self.current.is_empty() {
            self.done.push(Page {
                width: self.width,
                height: self.height,
                items: std::mem::take(&mut self.current),
            });
        }
        self.y = self.top;
    }

    fn finish(mut self) -> Vec<Page> {
        self.break_page();
        self.done
    }
}

/// Running title and sheet name at the top (from page 2), "page n / total" at the bottom.
fn furnish(pages: &mut [Page], quiz: &Quiz, options: &PrintOptions, fonts: &Fonts) {
    let total = pages.len();
    let lang = options.lang;
    let artifact = Tag {
        role: Role::Artifact,
        group: 0,
    };
    let text = |x: f32, y: f32, bold: bool, text: String| Item {
        kind: ItemKind::Text(super::page::TextRun {
            x,
            y,
            size: SMALL,
            bold,
            width: fonts.width(&text, SMALL, bold),
            text,
        }),
        tag: artifact,
    };
    for (i, page) in pages.iter_mut().enumerate() {
        let right = page.width - MARGIN;
        let number = lang.f("print.page", &[("n", &(i + 1)), ("total", &total)]);
        let w = fonts.width(&number, SMALL, false);
        page.items.push(text(
            (page.width - w) / 2.0,
            page.height - MARGIN + 4.0,
            false,
            number,
        ));
        if i == 0 {
            continue;
        }
        let sheet = sheet_name(options);
        let sheet_w = fonts.width(sheet, SMALL, false);
        let mut head = title(quiz, lang).to_owned();
        while !head.is_empty() && fonts.width(&head, SMALL, true) > right - MARGIN - sheet_w - 24.0
        {
            head.pop();
        }
        page.items.push(text(MARGIN, MARGIN + 4.0, true, head));
        page.items
            .push(text(right - sheet_w, MARGIN + 4.0, false, sheet.to_owned()));
        page.items.push(Item {
            kind: ItemKind::Line {
                x0: MARGIN,
                y0: MARGIN + 12.0,
                x1: right,
                y1: MARGIN + 12.0,
                width: 0.8,
            },
            tag: artifact,
        });
    }
}
