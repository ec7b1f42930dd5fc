//! The phones on the projector: the join panel of the title slide (large QR code, the short
//! address to type, the session code, phones connected) and the strip under each question
//! (small QR code, address and code, « 12 téléphones connectés », « 9 réponses sur 12 »).
//!
//! The QR code is painted module by module with rectangles, always dark on white with its
//! quiet zone, whatever the theme: phone cameras read that best.

use egui::{Color32, CornerRadius, FontFamily, Rect, Ui, pos2, vec2};

use super::fit;
use super::question::Scale;
use crate::i18n::Lang;
use crate::live::qr::QrMatrix;
use crate::presenter::view::PhonesBanner;
use crate::ui::fonts;
use crate::ui::theme::Palette;

/// Quiet zone around the code, in modules (the standard asks for 4).
const QUIET: usize = 4;

/// Paints `qr` as the largest square that fits `rect`; returns the square.
pub fn qr(ui: &mut Ui, rect: Rect, qr: &QrMatrix, name: &str) -> Rect {
    let modules = qr.width + 2 * QUIET;
    let side = rect.width().min(rect.height());
    let m = (side / modules as f32).floor().max(1.0);
    let square =
        Rect::from_center_size(rect.center(), vec2(m * modules as f32, m * modules as f32));
    let painter = ui.painter();
    painter.rect_filled(square, CornerRadius::ZERO, Color32::WHITE);
    for y in 0..qr.width {
        for x in 0..qr.width {
            if qr.is_dark(x, y) {
                let min = square.min + vec2((x + QUIET) as f32 * m, (y + QUIET) as f32 * m);
                painter.rect_filled(Rect::from_min_size(min, vec2(m, m)), 0.0, Color32::BLACK);
            }
        }
    }
    fit::label(ui, square, name);
    square
}

fn connected(b: &PhonesBanner, lang: Lang) -> String {
    lang.f("live.connected", &[("n", &b.connected)])
}

/// The join panel at the right of the title slide. Returns whether every text fit.
pub fn join_panel(
    ui: &mut Ui,
    rect: Rect,
    b: &PhonesBanner,
    pal: &Palette,
    s: &Scale,
    lang: Lang,
) -> bool {
    let mut ok = true;
    let line = |ui: &mut Ui, r: Rect, text: &str, max: f32, bold: bool| {
        let family = if bold {
            fonts::bold()
        } else {
            FontFamily::Proportional
        };
        fit::text_box(
            ui,
            r,
            text,
            &family,
            max,
            s.readable(),
            pal.text,
            vec2(0.5, 0.5),
        )
        .1
    };
    if b.url.is_empty() {
        // No network: say how to make one rather than show a dead QR code.
        return line(ui, rect, lang.t("live.no_network"), s.u / 28.0, false);
    }
    let h = rect.height();
    let top = Rect::from_min_size(rect.min, vec2(rect.width(), h * 0.14));
    ok &= line(ui, top, lang.t("live.join"), s.u / 28.0, false);
    let code_box = Rect::from_min_size(
        pos2(rect.left(), rect.top() + h * 0.15),
        vec2(rect.width(), h * 0.56),
    );
    if let Some(m) = &b.qr {
        qr(ui, code_box, m, &lang.f("live.qr_name", &[("url", &b.url)]));
    }
    let url_box = Rect::from_min_size(
        pos2(rect.left(), code_box.bottom() + s.gap),
        vec2(rect.width(), h * 0.09),
    );
    ok &= line(ui, url_box, b.url.trim_end_matches('/'), s.u / 22.0, true);
    let code = Rect::from_min_size(
        pos2(rect.left(), url_box.bottom()),
        vec2(rect.width(), h * 0.1),
    );
    ok &= line(
        ui,
        code,
        &lang.f("live.code", &[("code", &b.code)]),
        s.u / 16.0,
        true,
    );
    let count = Rect::from_min_size(
        pos2(rect.left(), code.bottom()),
        vec2(rect.width(), h * 0.07),
    );
    ok &= line(ui, count, &connected(b, lang), s.u / 30.0, false);
    ok
}

/// Height of the strip under a question.
pub fn strip_height(s: &Scale) -> f32 {
    s.u * 0.085
}

/// The strip under a question: small QR code, address and code, counts.
pub fn strip(
    ui: &mut Ui,
    rect: Rect,
    b: &PhonesBanner,
    pal: &Palette,
    s: &Scale,
    lang: Lang,
) -> bool {
    let qr_box = Rect::from_min_size(
        pos2(rect.right() - rect.height(), rect.top()),
        vec2(rect.height(), rect.height()),
    );
    if let Some(m) = &b.qr {
        qr(ui, qr_box, m, &lang.f("live.qr_name", &[("url", &b.url)]));
    }
    let mut parts = vec![
        format!(
            "{}  ·  {}",
            b.url.trim_end_matches('/'),
            lang.f("live.code", &[("code", &b.code)])
        ),
        connected(b, lang),
    ];
    if let Some(n) = b.answered {
        parts.push(lang.f("live.answers", &[("n", &n), ("total", &b.connected)]));
    }
    let text = parts.join("  ·  ");
    let text_box = Rect::from_min_max(rect.min, pos2(qr_box.left() - s.gap, rect.bottom()));
    fit::text_box(
        ui,
        text_box,
        &text,
        &FontFamily::Proportional,
        s.u / 32.0,
        s.readable(),
        pal.muted,
        vec2(1.0, 0.5),
    )
    .1
}
