//! Building one block (a question, the title, the credits) top-down, in block coordinates.
//!
//! A block is laid out as if it started at y = 0; pagination then moves it as a whole, which
//! is how a question is never split across two pages.

use super::fonts::Fonts;
use super::page::{Item, ItemKind, Rect, Role, Tag, TextRun};
use super::wrap::{Measure, wrap};

/// Body text: 16 pt (large print starts at 14 pt).
pub const BODY: f32 = 16.0;
/// Prompts: 20 pt bold.
pub const PROMPT: f32 = 20.0;
/// Captions, running title, page numbers: 14 pt, the large-print minimum.
pub const SMALL: f32 = 14.0;
/// Line height as a multiple of the size.
pub const LEADING: f32 = 1.3;

/// Items laid out from y = 0, and their total height.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    pub items: Vec<Item>,
    pub height: f32,
}

/// Lays out items downwards from the top of a block.
pub struct Builder<'a> {
    pub fonts: &'a Fonts,
    pub hyphenation: hypher::Lang,
    /// Left edge and width of the column.
    pub x: f32,
    pub width: f32,
    /// Where the next item goes.
    pub y: f32,
    items: Vec<Item>,
    group: &'a mut u32,
}

impl<'a> Builder<'a> {
    pub fn new(
        fonts: &'a Fonts,
        hyphenation: hypher::Lang,
        x: f32,
        width: f32,
        group: &'a mut u32,
    ) -> Self {
        Self {
            fonts,
            hyphenation,
            x,
            width,
            y: 0.0,
            items: Vec::new(),
            group,
        }
    }

    /// A new structure group (a paragraph, a list item…).
    pub fn group(&mut self) -> u32 {
        *self.group += 1;
        *self.group
    }

    pub fn push(&mut self, kind: ItemKind, role: Role, group: u32) {
        self.items.push(Item {
            kind,
            tag: Tag { role, group },
        });
    }

    /// A decoration that screen readers skip.
    pub fn artifact(&mut self, kind: ItemKind) {
        self.push(kind, Role::Artifact, 0);
    }

    pub fn gap(&mut self, h: f32) {
        self.y += h;
    }

    fn measure(&self, size: f32, bold: bool) -> Measure<'a> {
        Measure {
            fonts: self.fonts,
            size,
            bold,
            lang: self.hyphenation,
        }
    }

    /// Wrapped text from `x + indent` to the column's right edge, in `group`; returns the
    /// number of lines. An empty text takes no room.
    pub fn text_in(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        indent: f32,
        role: Role,
        group: u32,
    ) -> usize {
        if text.trim().is_empty() {
            return 0;
        }
        let m = self.measure(size, bold);
        let lines = wrap(text, self.width - indent, m);
        let leading = size * LEADING;
        for line in &lines {
            let run = TextRun {
                x: self.x + indent,
                y: self.y + self.baseline(size, bold),
                size,
                bold,
                width: m.width(line),
                text: line.clone(),
            };
            self.push(ItemKind::Text(run), role, group);
            self.y += leading;
        }
        lines.len()
    }

    /// Where the baseline of a line of `size` sits below the line's top.
    pub fn baseline(&self, size: f32, bold: bool) -> f32 {
        self.fonts.face(bold).ascent * size + (size * LEADING - size) / 2.0
    }

    /// A paragraph of its own.
    pub fn text(&mut self, text: &str, size: f32, bold: bool, role: Role) -> usize {
        let group = self.group();
        self.text_in(text, size, bold, 0.0, role, group)
    }

    /// One line of text at an exact place (page furniture), not wrapped.
    pub fn run_at(
        &mut self,
        x: f32,
        baseline: f32,
        size: f32,
        bold: bool,
        text: String,
    ) -> TextRun {
        TextRun {
            x,
            y: baseline,
            size,
            bold,
            width: self.fonts.width(&text, size, bold),
            text,
        }
    }

    /// A writing line across the column, `h` below the cursor.
    pub fn writing_line(&mut self, indent: f32, h: f32) {
        self.y += h;
        self.artifact(ItemKind::Line {
            x0: self.x + indent,
            y0: self.y,
            x1: self.x + self.width,
            y1: self.y,
            width: 0.8,
        });
    }

    /// A rectangle of the column at the cursor.
    pub fn rect(&self, indent: f32, w: f32, h: f32) -> Rect {
        Rect::new(self.x + indent, self.y, w, h)
    }

    pub fn finish(self) -> Block {
        Block {
            items: self.items,
            height: self.y,
        }
    }
}
