//! `ImageHotspotQuestion` → a hotspot question: the background image, the right zones as
//! regions (fractions of the image; circles by the rectangle around them), the first right
//! zone's feedback as the explanation. "Wrong" zones have no place in our model: said.

use serde_json::{Value, json};

use super::media;
use super::read::{Walk, at, html, truthy};
use crate::interchange::Problem;
use crate::model::{ImageRef, Question, QuestionKind, Region};

impl Walk<'_, '_> {
    pub(super) fn hotspot(&mut self, params: &Value, meta: Option<&Value>, pointer: &str) {
        let ihq = params
            .get("imageHotspotQuestion")
            .cloned()
            .unwrap_or(json!({}));
        let file = ihq.pointer("/backgroundImageSettings/backgroundImage");
        let settings = ihq.get("hotspotSettings").cloned().unwrap_or(json!({}));
        let prompt = html(&settings, "taskDescription");
        let asset = file.and_then(|f| {
            media::read_image(self.package, &mut self.quiz, f, None, &mut self.problems)
        });
        let Some(asset) = asset else {
            self.problems.push(Problem::error(
                at(pointer),
                "interchange.h5p.no_background",
                "interchange.h5p.left_out.hint",
            ));
            return;
        };
        let mut regions = Vec::new();
        let (mut wrong, mut boxed) = (0usize, false);
        let mut explanation = String::new();
        for spot in settings
            .get("hotspot")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if !truthy(spot.pointer("/userSettings/correct")) {
                wrong += 1;
                continue;
            }
            let c = spot.get("computedSettings").cloned().unwrap_or(Value::Null);
            let num = |k: &str| {
                c.get(k)
                    .and_then(Value::as_f64)
                    .filter(|v| v.is_finite())
                    .unwrap_or(0.0)
                    / 100.0
            };
            boxed |= c.get("figure").and_then(Value::as_str) == Some("circle");
            let (x, y) = (num("x").clamp(0.0, 1.0), num("y").clamp(0.0, 1.0));
            let r = Region::new(
                x,
                y,
                num("width").clamp(0.0, 1.0 - x),
                num("height").clamp(0.0, 1.0 - y),
            );
            if r.is_in_range() {
                regions.push(r);
            }
            if explanation.is_empty() {
                explanation = spot
                    .get("userSettings")
                    .map(|u| html(u, "feedbackText"))
                    .unwrap_or_default();
            }
        }
        if boxed {
            self.problems.push(Problem::warning(
                at(pointer),
                "interchange.h5p.circle_boxed",
                "interchange.h5p.circle_boxed.hint",
            ));
        }
        if wrong > 0 {
            self.problems.push(
                Problem::warning(
                    at(pointer),
                    "interchange.h5p.wrong_spots",
                    "interchange.h5p.wrong_spots.hint",
                )
                .with("n", wrong),
            );
        }
        if regions.is_empty() {
            self.problems.push(Problem::error(
                at(pointer),
                "interchange.h5p.no_correct_spot",
                "interchange.h5p.left_out.hint",
            ));
            return;
        }
        let mut q = Question::new(
            String::new(),
            &self.level,
            QuestionKind::Hotspot { regions },
        );
        q.image = Some(ImageRef {
            asset,
            alt: prompt.chars().take(120).collect(),
            ..ImageRef::default()
        });
        q.prompt = prompt;
        q.explanation = explanation;
        self.push(q, meta, pointer);
    }
}
