//! What a screen reader announces when the audience screen changes: "Question 3 sur 22 : …"
//! on a new question, "Réponse : B, …" on the reveal, "Explication : …" after it.
//!
//! A plain function of the [`AudienceView`] — the same view the projector draws — so a blind
//! advisor or participant hears each step as the room sees it. The text goes into a polite
//! live region (`ui::a11y::announce`): read when it changes, without moving the focus.

use crate::i18n::Lang;
use crate::presenter::view::{AudienceView, Body, Mark, Slide};
use crate::ui::shapes;

/// Puts the announcement of `view` in the live region of `ui` (the audience screen or the
/// console's preview of it).
pub fn announce_view(ui: &mut egui::Ui, view: &AudienceView) {
    let id = ui.scope_id().with("audience-announcement");
    crate::ui::a11y::announce(ui, id, &announcement(view));
}

/// The announcement of the screen `view` shows.
pub fn announcement(view: &AudienceView) -> String {
    let lang = view.lang;
    if let Some(blank) = view.blank {
        return lang
            .t(match blank {
                crate::presenter::Blank::Black => "a11y.present_black",
                crate::presenter::Blank::White => "a11y.present_white",
            })
            .to_owned();
    }
    match &view.slide {
        Slide::Title { title, .. } => lang.f("a11y.present_title", &[("title", title)]),
        Slide::Question(q) => {
            if let Some(text) = q.explanation {
                lang.f("a11y.present_explanation", &[("text", &text)])
            } else if q.revealed {
                answer(lang, &q.body)
            } else if let Some(choices) = offered(&q.body) {
                lang.f("a11y.present_choices", &[("answers", &choices)])
            } else {
                let (n, total) = view.progress.unwrap_or((q.index + 1, q.index + 1));
                lang.f(
                    "a11y.present_question",
                    &[("n", &n), ("total", &total), ("prompt", &q.prompt)],
                )
            }
        }
        Slide::Summary(..) => lang.t("a11y.present_summary").to_owned(),
        Slide::Credits(_) => lang.t("a11y.present_credits").to_owned(),
    }
}

/// "B, La connexion est protégée": an answer's letter and words (its image's description
/// when it has no text).
fn answer_words(a: &crate::presenter::view::AnswerView) -> String {
    let text = match a.image {
        Some((_, alt)) if a.text.trim().is_empty() => alt,
        _ => a.text,
    };
    format!("{}, {text}", shapes::letter(a.shown))
}

/// "A, Oui ; B, Non": the answers offered (before the reveal), if the screen shows some.
fn offered(body: &Body) -> Option<String> {
    let items: Vec<String> = match body {
        Body::Choices { answers, .. } => answers.iter().map(answer_words).collect(),
        Body::Ordering { items, .. } => items
            .iter()
            .map(|i| format!("{}, {}", shapes::letter(i.shown), i.text))
            .collect(),
        Body::Nothing | Body::OpenAnswer(_) => return None,
    };
    Some(items.join(" ; "))
}

/// "Réponse : B, La connexion est protégée" — the revealed answer(s) in words.
fn answer(lang: Lang, body: &Body) -> String {
    match body {
        Body::Choices { answers, .. } => {
            let right: Vec<String> = answers
                .iter()
                .filter(|a| a.mark == Mark::Correct)
                .map(answer_words)
                .collect();
            match right.len() {
                0 => lang.t("a11y.present_no_answer").to_owned(),
                1 => lang.f("a11y.present_answer", &[("answer", &right[0])]),
                _ => lang.f("a11y.present_answers", &[("answer", &right.join(" ; "))]),
            }
        }
        Body::Ordering { items, .. } => {
            let order: Vec<String> = items
                .iter()
                .map(|i| format!("{}, {}", shapes::letter(i.shown), i.text))
                .collect();
            lang.f("a11y.present_answers", &[("answer", &order.join(" ; "))])
        }
        Body::OpenAnswer(text) => lang.f("a11y.present_answer", &[("answer", text)]),
        Body::Nothing => lang.t("a11y.present_revealed").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presenter::view::{AnswerView, QuestionView};

    fn answer_view(shown: usize, text: &'static str, mark: Mark) -> AnswerView<'static> {
        AnswerView {
            shown,
            text,
            image: None,
            mark,
            count: None,
            editing: false,
        }
    }

    fn view(q: QuestionView<'static>, lang: Lang) -> AudienceView<'static> {
        AudienceView {
            lang,
            blank: None,
            help: false,
            slide: Slide::Question(Box::new(q)),
            progress: Some((3, 22)),
            countdown: None,
            flash: None,
            phones: None,
        }
    }

    fn question(body: Body<'static>, revealed: bool) -> QuestionView<'static> {
        QuestionView {
            index: 2,
            prompt: "Le cadenas veut dire…",
            image: None,
            body,
            revealed,
            explanation: None,
            source: None,
            tally_strip: None,
        }
    }

    fn choices(marks: [Mark; 3]) -> Body<'static> {
        Body::Choices {
            answers: vec![
                answer_view(0, "Le site est honnête", marks[0]),
                answer_view(1, "La connexion est protégée", marks[1]),
                answer_view(2, "Rien", marks[2]),
            ],
            true_false: false,
            bars: false,
        }
    }

    #[test]
    fn a_new_question_says_where_we_are_and_what_is_asked() {
        let v = view(question(Body::Nothing, false), Lang::Fr);
        assert_eq!(
            announcement(&v),
            "Question 3 sur 22\u{202f}: Le cadenas veut dire…"
        );
        let v = view(question(Body::Nothing, false), Lang::En);
        assert_eq!(announcement(&v), "Question 3 of 22: Le cadenas veut dire…");
    }

    #[test]
    fn the_answers_step_reads_the_answers_offered() {
        let v = view(question(choices([Mark::Neutral; 3]), false), Lang::Fr);
        assert_eq!(
            announcement(&v),
            "Réponses proposées\u{202f}: A, Le site est honnête ; B, La connexion est protégée ; C, Rien"
        );
    }

    #[test]
    fn the_reveal_says_the_right_answer_with_its_letter() {
        let marks = [Mark::Dimmed, Mark::Correct, Mark::Dimmed];
        let v = view(question(choices(marks), true), Lang::Fr);
        assert_eq!(
            announcement(&v),
            "Réponse\u{202f}: B, La connexion est protégée"
        );
        let marks = [Mark::Correct, Mark::Correct, Mark::Dimmed];
        let v = view(question(choices(marks), true), Lang::En);
        assert_eq!(
            announcement(&v),
            "Answers: A, Le site est honnête ; B, La connexion est protégée"
        );
    }

    #[test]
    fn a_poll_reveal_says_there_is_no_right_answer() {
        let v = view(question(choices([Mark::Neutral; 3]), true), Lang::Fr);
        assert_eq!(
            announcement(&v),
            "Sondage\u{202f}: toutes les réponses comptent"
        );
    }

    #[test]
    fn the_explanation_step_reads_the_explanation() {
        let mut q = question(choices([Mark::Dimmed, Mark::Correct, Mark::Dimmed]), true);
        q.explanation = Some("Le cadenas protège le trajet.");
        let v = view(q, Lang::Fr);
        assert_eq!(
            announcement(&v),
            "Explication\u{202f}: Le cadenas protège le trajet."
        );
    }

    #[test]
    fn a_blank_screen_is_announced() {
        let mut v = view(question(Body::Nothing, false), Lang::Fr);
        v.blank = Some(crate::presenter::Blank::Black);
        assert_eq!(
            announcement(&v),
            "Écran noir\u{202f}: le public ne voit rien"
        );
    }
}
