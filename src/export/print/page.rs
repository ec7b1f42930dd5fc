//! Laid-out pages: positioned boxes in points, origin at the top left, y downwards.
//!
//! This is the one description both the PDF writer and the editor's preview draw from, so
//! what the preview shows is what is printed. Every item carries its place in the logical
//! structure ([`Tag`]) for the tagged PDF: screen readers read the sheet in that order.

/// A rectangle in points.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Self { x, y, w, h }
    }

    #[must_use]
    pub fn shifted(self, dy: f32) -> Self {
        Self {
            y: self.y + dy,
            ..self
        }
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
}

/// What an item is in the document's logical structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A question's number and prompt, the title, a section heading.
    Heading,
    /// Running text: instructions, explanation, source, credits.
    Paragraph,
    /// One answer (letter and text) of a list.
    ListItem,
    /// An image, with its alternative text.
    Figure,
    /// An image's caption (its alt text, visible).
    Caption,
    /// Page furniture (running title, page number) and drawings (boxes, lines, shapes).
    Artifact,
}

/// Role plus the group the item belongs to: consecutive items of one group form one
/// structure element (a paragraph of several lines, a list item of several lines).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tag {
    pub role: Role,
    pub group: u32,
}

/// One line of text in one face and size.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    pub x: f32,
    /// Baseline.
    pub y: f32,
    pub size: f32,
    pub bold: bool,
    pub text: String,
    /// Measured width (points).
    pub width: f32,
}

/// A drawn item.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    Text(TextRun),
    /// An embedded image, by asset id, with its alternative text.
    Image {
        asset: String,
        rect: Rect,
        alt: String,
    },
    /// An empty square to tick or to write a number in.
    TickBox(Rect),
    /// A check mark (the right answer, in the corrigé).
    Check(Rect),
    /// The shape of answer `index` (triangle, diamond, circle…), filled.
    Shape {
        index: usize,
        rect: Rect,
    },
    /// A line to write on, or a rule.
    Line {
        x0: f32,
        y0: f32,
        x1: f32,
        y1: f32,
        width: f32,
    },
    /// A thick outline: the right zone of a hotspot, in the corrigé.
    Frame {
        rect: Rect,
        width: f32,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    pub tag: Tag,
}

impl Item {
    /// The same item `dy` points lower.
    #[must_use]
    pub fn shifted(mut self, dy: f32) -> Self {
        match &mut self.kind {
            ItemKind::Text(run) => run.y += dy,
            ItemKind::Image { rect, .. }
            | ItemKind::TickBox(rect)
            | ItemKind::Check(rect)
            | ItemKind::Shape { rect, .. }
            | ItemKind::Frame { rect, .. } => *rect = rect.shifted(dy),
            ItemKind::Line { y0, y1, .. } => {
                *y0 += dy;
                *y1 += dy;
            }
        }
        self
    }

    pub fn text(&self) -> Option<&str> {
        match &self.kind {
            ItemKind::Text(run) => Some(&run.text),
            _ => None,
        }
    }
}

/// One page.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}
