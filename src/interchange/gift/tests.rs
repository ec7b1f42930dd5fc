//! GIFT import/export, rule by rule, on files written for these tests.

use super::*;
use crate::model::{Choice, Question, QuestionKind};

fn ctx() -> ImportContext {
    ImportContext {
        file_name: "ma-securite.gift".into(),
        today: "2026-12-02".into(),
    }
}

fn read(text: &str) -> Import {
    import(text.as_bytes(), &ctx()).unwrap()
}

fn keys(problems: &[Problem]) -> Vec<(&'static str, Location)> {
    problems
        .iter()
        .map(|p| (p.key, p.location.clone()))
        .collect()
}

const BANK: &str = "// Banque de questions sur la sécurité\n\
// écrite pour les tests d'Atelier Quiz\n\
\n\
$CATEGORY: $course$/top/Sécurité/Mots de passe\n\
\n\
// [id:mdp-1] [tag:mots-de-passe]\n\
::Solidité::Quel mot de passe est le plus solide ? {\n\
=cheval-agrafe-batterie#Long et facile à retenir.\n\
~123456#Le plus courant au monde.\n\
~motdepasse\n\
####La longueur compte plus que les symboles.\n\
}\n\
\n\
Un gestionnaire de mots de passe chiffre vos mots de passe. {TRUE}\n\
\n\
$CATEGORY: Sécurité/Courriel\n\
\n\
Lesquels sont des signes d'hameçonnage ? {\n\
~%50%Une adresse d'expéditeur étrange\n\
~%50%Un ton pressant\n\
~%-100%Votre prénom\n\
}\n\
\n\
Que faire d'un courriel suspect ? {}\n";

#[test]
fn a_bank_with_categories_titles_feedback_and_weights() {
    let import = read(BANK);
    let quiz = &import.quiz;
    let names: Vec<_> = quiz.levels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Mots de passe", "Courriel"]);
    assert_eq!(quiz.questions.len(), 4);
    let q = &quiz.questions[0];
    assert_eq!(q.id, "mdp-1");
    assert_eq!(q.tags, ["mots-de-passe"]);
    assert_eq!(q.prompt, "Quel mot de passe est le plus solide ?");
    assert_eq!(q.explanation, "La longueur compte plus que les symboles.");
    assert_eq!(q.extra["gift_title"], "Solidité");
    assert_eq!(q.source.as_ref().unwrap().detail, "Solidité");
    assert!(q.notes.contains("Long et facile à retenir."));
    let QuestionKind::SingleChoice { choices } = &q.kind else {
        panic!("{:?}", q.kind)
    };
    assert_eq!(choices[0].extra["feedback"], "Long et facile à retenir.");
    assert!(choices[0].correct && !choices[1].correct);
    assert_eq!(
        quiz.questions[1].kind,
        QuestionKind::TrueFalse { answer: true }
    );
    assert_eq!(
        quiz.questions[1].source.as_ref().unwrap().detail,
        "ligne 14"
    );
    assert_eq!(quiz.questions[1].level, quiz.levels[0].id);
    let QuestionKind::MultipleChoice { choices } = &quiz.questions[2].kind else {
        panic!()
    };
    assert_eq!(choices.iter().filter(|c| c.correct).count(), 2);
    assert_eq!(
        quiz.questions[3].kind,
        QuestionKind::Open {
            answer_text: String::new()
        }
    );
    assert_eq!(quiz.sources[0].title, "ma-securite.gift");
    assert_eq!(
        keys(&import.problems),
        [
            ("interchange.gift.feedback_to_notes", Location::Line(7)),
            ("interchange.license_unknown", Location::File),
        ]
    );
}

#[test]
fn every_line_end_and_the_bom_give_the_same_quiz() {
    let lf = read(BANK).quiz;
    for text in [
        BANK.replace('\n', "\r\n"),
        BANK.replace('\n', "\r"),
        format!("\u{feff}{BANK}"),
        format!("\u{feff}{}", BANK.replace('\n', "\r\n")),
    ] {
        assert_eq!(read(&text).quiz, lf);
    }
}

#[test]
fn each_escape_reads_as_its_character() {
    for (escaped, plain) in [
        (r"\~", "~"),
        (r"\=", "="),
        (r"\#", "#"),
        (r"\{", "{"),
        (r"\}", "}"),
        (r"\:", ":"),
        (r"\\", "\\"),
        (r"\n", "\n"),
    ] {
        let text = format!("a{escaped}b {{=c{escaped}d ~e}}");
        let q = &read(&text).quiz.questions[0];
        assert_eq!(q.prompt, format!("a{plain}b"), "{escaped}");
        assert_eq!(
            q.kind.choices().unwrap()[0].text,
            format!("c{plain}d"),
            "{escaped}"
        );
    }
}

#[test]
fn true_false_only_in_its_exact_spellings() {
    for (answers, kind) in [
        ("T", Some(true)),
        ("TRUE", Some(true)),
        ("F", Some(false)),
        ("FALSE", Some(false)),
        ("T#Non#Oui", Some(true)),
        ("True", None),
        ("vrai", None),
        ("f", None),
    ] {
        let q = &read(&format!("Question {{{answers}}}")).quiz.questions[0];
        match kind {
            Some(answer) => assert_eq!(q.kind, QuestionKind::TrueFalse { answer }, "{answers}"),
            None => assert!(matches!(q.kind, QuestionKind::Open { .. }), "{answers}"),
        }
    }
    let q = &read("Q {T#Non, relisez.#Oui !}").quiz.questions[0];
    assert_eq!(q.extra["gift_if_wrong"], "Non, relisez.");
    assert_eq!(q.extra["gift_if_right"], "Oui !");
}

#[test]
fn the_type_is_decided_between_the_first_braces() {
    let import = read(
        "Numérique {#42}\n\nCourte {=Paris =paris}\n\nAppariement {=chat -> animal =rose -> fleur}\n\n\
         Juste une consigne.\n\nSondage {~oui ~non}\n\nLe {=chat ~chien} dort.",
    );
    let q = &import.quiz.questions;
    assert_eq!(q.len(), 4);
    assert_eq!(
        q[0].kind,
        QuestionKind::Open {
            answer_text: "42".into()
        }
    );
    assert_eq!(
        q[1].kind,
        QuestionKind::Open {
            answer_text: "Paris".into()
        }
    );
    assert!(matches!(q[2].kind, QuestionKind::Poll { .. }));
    assert_eq!(q[3].prompt, "Le _____ dort.");
    assert_eq!(
        keys(&import.problems),
        [
            ("interchange.gift.numerical", Location::Line(1)),
            ("interchange.gift.matching", Location::Line(5)),
            ("interchange.gift.description", Location::Line(7)),
            ("interchange.gift.no_correct", Location::Line(9)),
            ("interchange.license_unknown", Location::File),
        ]
    );
    assert!(import.has_errors());
}

#[test]
fn uneven_weights_are_said() {
    let import = read("Q {~%70%a ~%30%b ~c}");
    assert_eq!(import.problems[0].key, "interchange.gift.weights");
    assert_eq!(import.problems[0].args[0].1, "70/30/0");
    assert!(
        read("Q {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}")
            .problems
            .iter()
            .all(|p| p.key != "interchange.gift.weights")
    );
}

#[test]
fn html_text_format_becomes_plain_text() {
    let q = &read("[html]<p>Un <b>mot</b> de passe&nbsp;?</p> {=[html]<i>oui</i> ~non}")
        .quiz
        .questions[0];
    assert_eq!(q.prompt, "Un mot de passe\u{a0}?");
    assert_eq!(q.kind.choices().unwrap()[0].text, "oui");
    assert_eq!(q.extra["gift_format"], "html");
}

#[test]
fn invalid_files_each_give_their_error_and_line() {
    let good = "Bonne ? {T}\n\n";
    for (bad, key) in [
        ("::Titre sans fin {T}", "interchange.gift.unclosed_title"),
        ("Accolade {=a ~b", "interchange.gift.unbalanced_braces"),
        ("Accolade } seule", "interchange.gift.unbalanced_braces"),
    ] {
        let import = read(&format!("{good}{bad}\n"));
        assert_eq!(keys(&import.problems)[0], (key, Location::Line(3)), "{bad}");
        assert_eq!(import.quiz.questions.len(), 1);
    }
    let refused = import(b"// rien que des commentaires\n", &ctx()).unwrap_err();
    assert_eq!(refused.problems[0].key, "interchange.gift.no_question");
    let latin1 = import(b"Caf\xE9 ? {T}", &ctx()).unwrap_err();
    assert_eq!(latin1.problems[0].key, "interchange.text.not_utf8");
    let binary = import(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", &ctx()).unwrap_err();
    assert_eq!(binary.problems[0].key, "interchange.text.binary");
}

#[test]
fn gift_to_quiz_to_gift_keeps_the_questions() {
    let first = read(BANK).quiz;
    let exported = export(&first);
    let text = String::from_utf8(exported.bytes).unwrap();
    let second = read(&text).quiz;
    assert_eq!(second.questions.len(), first.questions.len());
    for (a, b) in first.questions.iter().zip(&second.questions) {
        assert_eq!(
            (&a.id, &a.prompt, &a.kind, &a.explanation),
            (&b.id, &b.prompt, &b.kind, &b.explanation)
        );
        assert_eq!((&a.tags, &a.notes, &a.extra), (&b.tags, &b.notes, &b.extra));
    }
    let names = |q: &Quiz| q.levels.iter().map(|l| l.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&second), names(&first));
    assert_eq!(
        String::from_utf8(export(&second).bytes)
            .unwrap()
            .lines()
            .skip(4)
            .collect::<Vec<_>>(),
        text.lines().skip(4).collect::<Vec<_>>()
    );
}

#[test]
fn export_escapes_credits_and_leaves_out_what_gift_cannot_hold() {
    let mut quiz = Quiz {
        title: "Sécurité : bases".into(),
        license: "CC-BY-4.0".into(),
        ..Quiz::default()
    };
    let level = crate::interchange::provenance::level_named(&mut quiz, "Découverte");
    let mut q = Question::new(
        "q-1",
        &level,
        QuestionKind::SingleChoice {
            choices: vec![Choice::text("a = b {c}", true), Choice::text("~d#e", false)],
        },
    );
    q.prompt = "Vrai : oui ?\nDeuxième ligne".into();
    quiz.questions.push(q);
    quiz.questions.push(Question::new(
        "p",
        &level,
        QuestionKind::Poll { choices: vec![] },
    ));
    let export = export(&quiz);
    let text = String::from_utf8(export.bytes).unwrap();
    assert!(text.starts_with("// Atelier Quiz — Sécurité : bases\n// Licence\u{a0}: CC-BY-4.0\n"));
    assert!(text.contains(r"Vrai \: oui ?\nDeuxième ligne {"), "{text}");
    assert!(text.contains(r"=a \= b \{c\}"));
    assert!(text.contains(r"~\~d\#e"));
    assert_eq!(
        keys(&export.problems),
        [("interchange.gift.left_out.poll", Location::Question(2))]
    );
    let back = read(&text).quiz;
    assert_eq!(back.questions[0].prompt, quiz.questions[0].prompt);
    assert_eq!(back.questions[0].kind, quiz.questions[0].kind);
}
