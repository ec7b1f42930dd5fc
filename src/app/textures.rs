//! Decoded images as GPU textures, decoded once and released when no longer shown.
//!
//! Drawing code asks [`TextureCache::get`] every frame; the first request decodes the asset
//! (on a worker thread in the app, inline in tests), later ones return the cached texture.
//! Entries not used for [`EVICT_AFTER_FRAMES`] frames are dropped, which frees the texture, so
//! presenting 200 photos does not keep 200 photos in memory.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use egui::{ColorImage, Context, TextureHandle, TextureOptions};
use image::RgbaImage;
use image::imageops::FilterType;

use crate::format::{ImageError, decode_image};
use crate::model::Asset;

/// Frames without use after which a texture is released: a few clicker presses after a
/// question is left (the next question's image is prefetched, so it stays).
pub const EVICT_AFTER_FRAMES: u64 = 10;
/// Largest texture side; bigger images are downscaled once after decoding.
pub const MAX_TEXTURE_SIDE: u32 = 2048;

/// What the UI gets for an image.
#[derive(Clone)]
pub enum ImageState {
    Ready(TextureHandle),
    Loading,
    Failed,
}

enum Entry {
    Ready(TextureHandle),
    Loading(Receiver<Result<RgbaImage, ImageError>>),
    Failed,
}

struct Slot {
    /// Keeps the bytes alive so their address (the key) is not reused while cached.
    _data: Arc<[u8]>,
    entry: Entry,
    last_used: u64,
}

/// Cache of textures keyed by the identity of an asset's bytes.
pub struct TextureCache {
    slots: HashMap<usize, Slot>,
    frame: u64,
    /// Decode on worker threads (app) or inline (tests, benchmarks).
    background: bool,
    decodes: u64,
}

fn key(asset: &Asset) -> usize {
    Arc::as_ptr(&asset.data).cast::<u8>() as usize
}

fn decode(asset: &Asset) -> Result<RgbaImage, ImageError> {
    let image = decode_image(asset.media_type, &asset.data)?;
    if image.width() > MAX_TEXTURE_SIDE || image.height() > MAX_TEXTURE_SIDE {
        let dynamic = image::DynamicImage::ImageRgba8(image);
        Ok(dynamic
            .resize(MAX_TEXTURE_SIDE, MAX_TEXTURE_SIDE, FilterType::Triangle)
            .into_rgba8())
    } else {
        Ok(image)
    }
}

fn upload(ctx: &Context, image: &RgbaImage) -> TextureHandle {
    let size = [image.width() as usize, image.height() as usize];
    let color = ColorImage::from_rgba_unmultiplied(size, image.as_raw());
    ctx.load_texture("quiz-image", color, TextureOptions::LINEAR)
}

impl TextureCache {
    /// `background`: decode on worker threads (true in the app, false in tests).
    pub fn new(background: bool) -> Self {
        Self {
            slots: HashMap::new(),
            frame: 0,
            background,
            decodes: 0,
        }
    }

    /// The texture of `asset`, starting its decoding on first request.
    pub fn get(&mut self, ctx: &Context, asset: &Asset) -> ImageState {
        let frame = self.frame;
        let k = key(asset);
        if !self.slots.contains_key(&k) {
            self.decodes += 1;
            let entry = if self.background {
                let (tx, rx) = mpsc::channel();
                let owned = asset.clone();
                let repaint = ctx.clone();
                std::thread::spawn(move || {
                    let _ = tx.send(decode(&owned)); // the cache may be gone: nothing to do
                    repaint.request_repaint();
                });
                Entry::Loading(rx)
            } else {
                match decode(asset) {
                    Ok(img) => Entry::Ready(upload(ctx, &img)),
                    Err(_) => Entry::Failed,
                }
            };
            self.slots.insert(
                k,
                Slot {
                    _data: asset.data.clone(),
                    entry,
                    last_used: frame,
                },
            );
        }
        let Some(slot) = self.slots.get_mut(&k) else {
            return ImageState::Failed;
        };
        slot.last_used = frame;
        if let Entry::Loading(rx) = &slot.entry {
            match rx.try_recv() {
                Ok(Ok(img)) => slot.entry = Entry::Ready(upload(ctx, &img)),
                Ok(Err(_)) | Err(TryRecvError::Disconnected) => slot.entry = Entry::Failed,
                Err(TryRecvError::Empty) => {}
            }
        }
        match &slot.entry {
            Entry::Ready(t) => ImageState::Ready(t.clone()),
            Entry::Loading(_) => ImageState::Loading,
            Entry::Failed => ImageState::Failed,
        }
    }

    /// Starts decoding `asset` ahead of time (the next question's image).
    pub fn prefetch(&mut self, ctx: &Context, asset: &Asset) {
        let _ = self.get(ctx, asset);
    }

    /// Call once per frame, after drawing: releases textures not used recently.
    pub fn end_frame(&mut self) {
        let frame = self.frame;
        self.slots
            .retain(|_, s| frame.saturating_sub(s.last_used) < EVICT_AFTER_FRAMES);
        self.frame += 1;
    }

    /// Number of cached images (for tests and benchmarks).
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Number of decodes started since creation (a frame must not add any for cached images).
    pub fn decode_count(&self) -> u64 {
        self.decodes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MediaType;
    use std::io::Cursor;

    fn png_asset() -> Asset {
        let mut out = Cursor::new(Vec::new());
        RgbaImage::new(4, 3)
            .write_to(&mut out, image::ImageFormat::Png)
            .unwrap();
        Asset::new(MediaType::Png, out.into_inner())
    }

    #[test]
    fn decodes_once_and_evicts_unused() {
        let ctx = Context::default();
        let mut cache = TextureCache::new(false);
        let asset = png_asset();
        for _ in 0..10 {
            assert!(matches!(cache.get(&ctx, &asset), ImageState::Ready(t) if t.size() == [4, 3]));
            cache.end_frame();
        }
        assert_eq!(cache.decode_count(), 1);
        for _ in 0..EVICT_AFTER_FRAMES {
            cache.end_frame();
        }
        assert!(cache.is_empty());
    }

    #[test]
    fn damaged_image_fails_without_panicking() {
        let ctx = Context::default();
        let mut cache = TextureCache::new(false);
        let asset = Asset::new(MediaType::Png, b"\x89PNG\r\n\x1a\nbroken".to_vec());
        assert!(matches!(cache.get(&ctx, &asset), ImageState::Failed));
    }
}
