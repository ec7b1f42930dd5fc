//! The slides around the questions: title, session summary, "Sources et crédits".

use egui::{FontFamily, Rect, Stroke, Ui, pos2, vec2};

use super::draw;
use super::fit;
use super::question::Scale;
use crate::i18n::Lang;
use crate::presenter::credits::{self, Credits};
use crate::presenter::summary::Summary;
use crate::ui::fonts;
use crate::ui::theme::Palette;

/// Title slide: title, description, authors, license, number of questions.
pub fn title(
    ui: &mut Ui,
    rect: Rect,
    (title, description, authors, license, questions): (&str, &str, &[&str], &str, usize),
    pal: &Palette,
    s: &Scale,
    lang: Lang,
) -> bool {
    let mut ok = true;
    let title_rect = Rect::from_min_size(
        pos2(rect.left(), rect.top() + rect.height() * 0.12),
        vec2(rect.width(), rect.height() * 0.36),
    );
    ok &= fit::text_box(
        ui,
        title_rect,
        title,
        &fonts::bold(),
        s.u / 9.0,
        s.u / 24.0,
        pal.text,
        vec2(0.5, 1.0),
    )
    .1;
    let rule_y = title_rect.bottom() + s.gap * 1.5;
    ui.painter().line_segment(
        [
            pos2(rect.center().x - s.u * 0.2, rule_y),
            pos2(rect.center().x + s.u * 0.2, rule_y),
        ],
        Stroke::new(s.u * 0.006, pal.emphasis),
    );
    let mut y = rule_y + s.gap * 1.5;
    if !description.trim().is_empty() {
        let r = Rect::from_min_size(
            pos2(rect.left() + rect.width() * 0.08, y),
            vec2(rect.width() * 0.84, rect.height() * 0.22),
        );
        ok &= fit::text_box(
            ui,
            r,
            description,
            &FontFamily::Proportional,
            s.u / 24.0,
            s.u / 40.0,
            pal.text,
            vec2(0.5, 0.0),
        )
        .1;
        y = r.bottom() + s.gap;
    }
    let mut lines = Vec::new();
    if !authors.is_empty() {
        lines.push(lang.f("present.by", &[("authors", &authors.join(", "))]));
    }
    if !license.is_empty() {
        lines.push(lang.f("present.quiz_license", &[("license", &license)]));
    }
    lines.push(lang.f("present.question_count", &[("n", &questions)]));
    let r = Rect::from_min_max(pos2(rect.left(), y), rect.max);
    ok &= fit::text_box(
        ui,
        r,
        &lines.join("\n"),
        &FontFamily::Proportional,
        s.u / 34.0,
        s.readable(),
        pal.muted,
        vec2(0.5, 0.3),
    )
    .1;
    ok
}

/// Summary slide: how many questions, how many tallied, the share of right answers, and one
/// line per question.
pub fn summary(
    ui: &mut Ui,
    rect: Rect,
    summary: &Summary,
    prompts: &[&str],
    pal: &Palette,
    s: &Scale,
    lang: Lang,
) -> bool {
    let (head, mut ok) = heading(ui, rect, lang.t("present.summary.title"), pal, s);
    let mut figures = vec![lang.f(
        "present.summary.questions",
        &[("n", &summary.results.len())],
    )];
    figures.push(lang.f("present.summary.tallied", &[("n", &summary.tallied)]));
    if let Some(p) = summary.mean_percent {
        figures.push(lang.f("present.summary.percent", &[("p", &p)]));
    }
    let fig = Rect::from_min_size(
        pos2(rect.left(), head.bottom() + s.gap),
        vec2(rect.width(), s.u * 0.16),
    );
    ok &= fit::text_box(
        ui,
        fig,
        &figures.join("\n"),
        &FontFamily::Proportional,
        s.u / 24.0,
        s.u / 40.0,
        pal.text,
        vec2(0.0, 0.0),
    )
    .1;
    let list = Rect::from_min_max(pos2(rect.left(), fig.bottom() + s.gap), rect.max);
    // Only the questions whose hands were counted: the others have nothing to report.
    let lines: Vec<String> = summary
        .results
        .iter()
        .zip(prompts)
        .filter_map(|(r, prompt)| {
            let result = match (r.percent, &r.tally) {
                (Some(p), _) => lang.f("present.summary.line_percent", &[("p", &p)]),
                (None, Some(t)) => lang.f("present.hands", &[("n", &t.total())]),
                (None, None) => return None,
            };
            Some(format!("{}. {prompt} — {result}", r.number))
        })
        .collect();
    if lines.is_empty() {
        return ok;
    }
    let text = lines.join("\n");
    let family = FontFamily::Proportional;
    let fitted = fit::fit(
        ui,
        &text,
        &family,
        s.u / 26.0,
        s.readable(),
        list.shrink(s.gap).size(),
    );
    // The card hugs its lines: two tallied questions do not need a screen-high box.
    let card = Rect::from_min_size(
        list.min,
        vec2(
            list.width(),
            (fitted.galley.size().y + 2.0 * s.gap).min(list.height()),
        ),
    );
    draw::card(ui, card, pal.card, Stroke::NONE);
    let inner = card.shrink(s.gap);
    ok &= fit::text_box(
        ui,
        inner,
        &text,
        &family,
        s.u / 26.0,
        s.readable(),
        pal.card_text,
        vec2(0.0, 0.0),
    )
    .1;
    ok
}

/// The title line of a closing slide, across the top of `rect`; returns its rect and whether
/// it fit.
fn heading(ui: &mut Ui, rect: Rect, title: &str, pal: &Palette, s: &Scale) -> (Rect, bool) {
    let head = Rect::from_min_size(rect.min, vec2(rect.width(), s.u * 0.1));
    let (_, ok) = fit::text_box(
        ui,
        head,
        title,
        &fonts::bold(),
        s.u / 12.0,
        s.u / 24.0,
        pal.text,
        vec2(0.0, 0.5),
    );
    (head, ok)
}

/// "Sources et crédits": the quiz, the sources and the image credits of this session.
pub fn credits(ui: &mut Ui, rect: Rect, c: &Credits, pal: &Palette, s: &Scale, lang: Lang) -> bool {
    let (head, mut ok) = heading(ui, rect, lang.t("present.credits.title"), pal, s);
    let mut text = Vec::new();
    let mut quiz_line = c.title.to_owned();
    if !c.authors.is_empty() {
        quiz_line = format!("{quiz_line} — {}", c.authors.join(", "));
    }
    if !c.license.is_empty() {
        let l = credits::license_label(c.license, lang);
        quiz_line = format!(
            "{quiz_line} — {}",
            lang.f("present.license", &[("license", &l)])
        );
    }
    text.push(lang.f("present.credits.quiz", &[("quiz", &quiz_line)]));
    if !c.sources.is_empty() {
        text.push(String::new());
        text.push(lang.t("present.credits.sources").to_owned());
        text.extend(
            c.sources
                .iter()
                .map(|src| format!("• {}", credits::source_line(src, lang))),
        );
    }
    if !c.images.is_empty() {
        text.push(String::new());
        text.push(lang.t("present.credits.images").to_owned());
        text.extend(
            c.images
                .iter()
                .map(|(_, cr)| format!("• {}", credits::credit_line(cr, lang))),
        );
    }
    if c.sources.is_empty() && c.images.is_empty() {
        text.push(String::new());
        text.push(lang.t("present.credits.none").to_owned());
    }
    let body = Rect::from_min_max(pos2(rect.left(), head.bottom() + s.gap), rect.max);
    ok &= fit::text_box(
        ui,
        body,
        &text.join("\n"),
        &FontFamily::Proportional,
        s.u / 30.0,
        s.readable(),
        pal.text,
        vec2(0.0, 0.0),
    )
    .1;
    ok
}
