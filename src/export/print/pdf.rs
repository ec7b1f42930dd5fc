//! Layout → PDF with krilla: fonts embedded and subset, text as real text (copy, search and
//! screen readers work), a tag tree in reading order (headings, paragraphs, lists, figures
//! with their alt text, page furniture as artifacts), title and language in the metadata.
//!
//! Glyphs are placed one by one with the advances layout measured (see `fonts`), so a line is
//! drawn exactly as wide as it was measured. The narrow no-break space is drawn with the space
//! glyph but stays U+202F in the text; a hyphenation point stays U+00AD.

use std::collections::BTreeMap;
use std::num::NonZeroU16;
use std::ops::Range;

use krilla::color::rgb;
use krilla::configure::{Accessibility, Configuration, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, ListNumbering, Node, SpanTag, Tag as PdfTag, TagGroup,
    TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};

use super::fonts::{self, Fonts};
use super::page::{Item, ItemKind, Page, Rect, Role};
use super::{Layout, shapes};
use crate::i18n::Lang;
use crate::model::{MediaType, Quiz};

/// Why no PDF could be made (the message is krilla's, for the report).
#[derive(Debug, Clone, PartialEq)]
pub struct PdfError(pub String);

impl PdfError {
    pub fn message(&self, lang: Lang) -> String {
        lang.f("print.error.pdf", &[("detail", &self.0)])
    }
}

/// Ink: near-black on white (contrast above 15:1).
const INK: (u8, u8, u8) = (20, 20, 20);

/// Writes `layout` as a tagged PDF; images come from `quiz`'s assets.
pub fn to_pdf(layout: &Layout, quiz: &Quiz) -> Result<Vec<u8>, PdfError> {
    let mut document = Document::new_with(settings(true));
    let regular = Font::new(fonts::REGULAR.into(), 0).ok_or_else(|| PdfError("font".into()))?;
    let bold = Font::new(fonts::BOLD.into(), 0).ok_or_else(|| PdfError("font".into()))?;
    let headings = headings(layout);
    document.set_outline(outline(&headings));
    let mut tree = Structure {
        headings,
        ..Structure::default()
    };
    for page in &layout.pages {
        let settings = PageSettings::from_wh(page.width, page.height)
            .ok_or_else(|| PdfError("page size".into()))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        draw_page(&mut surface, page, quiz, (&regular, &bold), &mut tree);
        surface.finish();
        pdf_page.finish();
    }
    let lang = layout.language.clone();
    document.set_tag_tree(tree.finish(Some(lang.clone())));
    document.set_metadata(
        Metadata::new()
            .title(layout.title.clone())
            .language(lang)
            .creator("Atelier Quiz".to_owned()),
    );
    document.finish().map_err(|e| PdfError(format!("{e:?}")))
}

/// Every heading's text (lines joined back, hyphenation undone), page and top, by group.
fn headings(layout: &Layout) -> BTreeMap<u32, (usize, f32, String)> {
    let mut found: BTreeMap<u32, (usize, f32, String)> = BTreeMap::new();
    for (p, page) in layout.pages.iter().enumerate() {
        for item in page.items.iter().filter(|i| i.tag.role == Role::Heading) {
            let ItemKind::Text(run) = &item.kind else {
                continue;
            };
            let entry = found
                .entry(item.tag.group)
                .or_insert_with(|| (p, run.y - run.size, String::new()));
            if let Some(joined) = entry.2.strip_suffix(fonts::SOFT_HYPHEN) {
                entry.2 = joined.to_owned();
            } else if !entry.2.is_empty() {
                entry.2.push(' ');
            }
            entry.2.push_str(&run.text);
        }
    }
    found
}

/// Bookmarks: the title, each question, the credits (PDF/UA asks for an outline).
fn outline(headings: &BTreeMap<u32, (usize, f32, String)>) -> Outline {
    let mut outline = Outline::new();
    for (page, y, text) in headings.values() {
        let target = XyzDestination::new(*page, Point::from_xy(0.0, y.max(0.0)));
        outline.push_child(OutlineNode::new(text.clone(), target));
    }
    outline
}

/// PDF/UA-1 when `ua`: krilla then checks the document and refuses what breaks the standard.
fn settings(ua: bool) -> SerializeSettings {
    let configuration = if ua {
        ConfigurationBuilder::new()
            .with_accessibility_validator(Accessibility::UA1)
            .finish()
            .unwrap_or_default()
    } else {
        Configuration::default()
    };
    SerializeSettings {
        enable_tagging: true,
        configuration,
        ..SerializeSettings::default()
    }
}

fn draw_page(
    surface: &mut Surface<'_>,
    page: &Page,
    quiz: &Quiz,
    fonts: (&Font, &Font),
    tree: &mut Structure,
) {
    for item in &page.items {
        let tag = match item.tag.role {
            Role::Artifact => {
                let kind = match &item.kind {
                    ItemKind::Text(run) if run.y > page.height / 2.0 => ArtifactType::Footer,
                    ItemKind::Text(_) => ArtifactType::Header,
                    _ => ArtifactType::Other,
                };
                surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
                draw_item(surface, item, quiz, fonts);
                surface.end_tagged();
                continue;
            }
            Role::Figure => ContentTag::Other,
            _ => ContentTag::Span(SpanTag::empty()),
        };
        let id = surface.start_tagged(tag);
        draw_item(surface, item, quiz, fonts);
        surface.end_tagged();
        tree.add(item, id.into());
    }
}

fn draw_item(surface: &mut Surface<'_>, item: &Item, quiz: &Quiz, (regular, bold): (&Font, &Font)) {
    let ink = rgb::Color::new(INK.0, INK.1, INK.2);
    let fill = || Fill {
        paint: ink.into(),
        ..Fill::default()
    };
    let stroke = |width: f32| Stroke {
        paint: ink.into(),
        width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..Stroke::default()
    };
    match &item.kind {
        ItemKind::Text(run) => {
            surface.set_fill(Some(fill()));
            surface.set_stroke(None);
            let font = if run.bold { bold } else { regular };
            let glyphs = glyphs(&run.text, run.bold);
            surface.draw_glyphs(
                Point::from_xy(run.x, run.y),
                &glyphs,
                font.clone(),
                &run.text,
                run.size,
                false,
            );
        }
        ItemKind::Image { asset, rect, .. } => draw_image(surface, quiz, asset, *rect),
        ItemKind::TickBox(rect) => {
            surface.set_fill(None);
            surface.set_stroke(Some(stroke(1.6)));
            path(surface, &[corners(*rect)], true);
        }
        ItemKind::Check(rect) => {
            surface.set_fill(None);
            surface.set_stroke(Some(stroke(rect.w * 0.14)));
            path(surface, &[shapes::check_mark(*rect)], false);
        }
        ItemKind::Shape { index, rect } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill()));
            path(surface, &shapes::answer_shape(*index, *rect), true);
        }
        ItemKind::Line {
            x0,
            y0,
            x1,
            y1,
            width,
        } => {
            surface.set_fill(None);
            surface.set_stroke(Some(stroke(*width)));
            path(surface, &[vec![(*x0, *y0), (*x1, *y1)]], false);
        }
        ItemKind::Frame { rect, width } => {
            surface.set_fill(None);
            surface.set_stroke(Some(stroke(*width)));
            path(surface, &[corners(*rect)], true);
        }
    }
}

fn corners(r: Rect) -> Vec<(f32, f32)> {
    vec![
        (r.x, r.y),
        (r.x + r.w, r.y),
        (r.x + r.w, r.y + r.h),
        (r.x, r.y + r.h),
    ]
}

fn path(surface: &mut Surface<'_>, polygons: &[Vec<(f32, f32)>], closed: bool) {
    let mut builder = PathBuilder::new();
    for poly in polygons {
        let mut points = poly.iter();
        if let Some(&(x, y)) = points.next() {
            builder.move_to(x, y);
        }
        for &(x, y) in points {
            builder.line_to(x, y);
        }
        if closed {
            builder.close();
        }
    }
    if let Some(path) = builder.finish() {
        surface.draw_path(&path);
    }
}

/// One glyph per character, with the advance layout measured it with.
fn glyphs(text: &str, bold: bool) -> Vec<KrillaGlyph> {
    let face = Fonts::get().face(bold);
    text.char_indices()
        .map(|(at, c)| {
            let placed = face.place(c);
            KrillaGlyph {
                glyph_id: GlyphId::new(placed.glyph),
                text_range: Range {
                    start: at,
                    end: at + c.len_utf8(),
                },
                x_advance: placed.advance,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            }
        })
        .collect()
}

/// The asset's encoded bytes handed to krilla as they are (JPEG stays JPEG). An image that
/// does not decode is left out: the caption still says what it showed.
fn draw_image(surface: &mut Surface<'_>, quiz: &Quiz, asset: &str, rect: Rect) {
    let Some(asset) = quiz.assets.get(asset) else {
        return;
    };
    let data: krilla::Data = asset.data.to_vec().into();
    let image = match asset.media_type {
        MediaType::Png => Image::from_png(data, true),
        MediaType::Jpeg => Image::from_jpeg(data, true),
        MediaType::Gif => Image::from_gif(data, true),
        MediaType::Webp => Image::from_webp(data, true),
    };
    let (Ok(image), Some(size)) = (image, Size::from_wh(rect.w, rect.h)) else {
        return;
    };
    surface.push_transform(&Transform::from_translate(rect.x, rect.y));
    surface.draw_image(image, size);
    surface.pop();
}

/// The tag tree under construction: consecutive items of one group form one element.
#[derive(Default)]
struct Structure {
    root: Vec<Node>,
    /// The open element: its group id, role and children.
    open: Option<(u32, Role, Vec<Node>, String)>,
    /// The open list (consecutive list items) and whether the first heading was written.
    list: Vec<Node>,
    /// Heading texts by group (their `/T`), and how many were written.
    headings: BTreeMap<u32, (usize, f32, String)>,
    written: usize,
}

impl Structure {
    fn add(&mut self, item: &Item, id: Node) {
        let same = self
            .open
            .as_ref()
            .is_some_and(|(g, r, ..)| *g == item.tag.group && *r == item.tag.role);
        if !same {
            self.close();
            let alt = match &item.kind {
                ItemKind::Image { alt, .. } => alt.clone(),
                _ => String::new(),
            };
            self.open = Some((item.tag.group, item.tag.role, Vec::new(), alt));
        }
        if let Some((.., children, _)) = &mut self.open {
            children.push(id);
        }
    }

    fn close(&mut self) {
        let Some((group, role, children, alt)) = self.open.take() else {
            return;
        };
        if role != Role::ListItem {
            self.close_list();
        }
        let kind: TagKind = match role {
            Role::Heading => {
                self.written += 1;
                let level = if self.written == 1 { 1 } else { 2 };
                let title = self.headings.get(&group).map(|h| h.2.clone());
                PdfTag::Hn(NonZeroU16::MIN.saturating_add(level - 1), title).into()
            }
            Role::Paragraph | Role::Artifact => PdfTag::P.into(),
            Role::Caption => PdfTag::Caption.into(),
            Role::Figure => PdfTag::Figure(Some(alt)).into(),
            Role::ListItem => {
                let body = TagGroup::with_children(PdfTag::LBody, children);
                self.list
                    .push(TagGroup::with_children(PdfTag::LI, vec![body.into()]).into());
                return;
            }
        };
        self.root
            .push(TagGroup::with_children(kind, children).into());
    }

    fn close_list(&mut self) {
        if !self.list.is_empty() {
            let items = std::mem::take(&mut self.list);
            self.root
                .push(TagGroup::with_children(PdfTag::L(ListNumbering::None), items).into());
        }
    }

    fn finish(mut self, lang: Option<String>) -> TagTree {
        self.close();
        self.close_list();
        let mut tree = TagTree::new().with_lang(lang);
        for node in self.root {
            tree.push(node);
        }
        tree
    }
}
