use super::*;

fn ctx() -> ImportContext {
    ImportContext {
        file_name: "ma-banque.txt".into(),
        today: "2026-12-02".into(),
    }
}

const SAMPLE: &str = "Quel mot de passe est le plus solide ?\n\
A. 123456\n\
B) cheval-agrafe-batterie-correct\n\
C. motdepasse\n\
ANSWER: B\n\
\n\
Que faire d'un courriel\n\
qui demande votre code ?\n\
A) Le supprimer\n\
B) Répondre\n\
ANSWER: A\n";

#[test]
fn reads_both_option_styles_and_multi_line_text() {
    let import = import(SAMPLE.as_bytes(), &ctx()).unwrap();
    let quiz = &import.quiz;
    assert_eq!(quiz.questions.len(), 2);
    let q = &quiz.questions[1];
    assert_eq!(q.prompt, "Que faire d'un courriel qui demande votre code ?");
    let QuestionKind::SingleChoice { choices } = &quiz.questions[0].kind else {
        panic!()
    };
    let correct: Vec<bool> = choices.iter().map(|c| c.correct).collect();
    assert_eq!(correct, [false, true, false]);
    assert_eq!(choices[1].text, "cheval-agrafe-batterie-correct");
    assert_eq!(quiz.questions[1].source.as_ref().unwrap().detail, "ligne 7");
    let keys: Vec<_> = import.problems.iter().map(|p| p.key).collect();
    assert_eq!(keys, ["interchange.license_unknown"]);
}

#[test]
fn crlf_and_bom() {
    let crlf = format!("\u{feff}{}", SAMPLE.replace('\n', "\r\n"));
    assert_eq!(
        import(crlf.as_bytes(), &ctx())
            .unwrap()
            .quiz
            .questions
            .len(),
        2
    );
}

#[test]
fn invalid_blocks_have_their_own_error_and_line() {
    let cases: [(&str, &str, usize); 5] = [
        (
            "Q ?\nA. a\nB. b\nANSWER: C\n",
            "interchange.aiken.bad_answer",
            1,
        ),
        (
            "Q ?\nA. seule\nANSWER: A\n",
            "interchange.aiken.few_options",
            1,
        ),
        (
            "\n\nA. a\nB. b\nANSWER: A\n",
            "interchange.aiken.no_text",
            3,
        ),
        (
            "Q ?\nA. a\nsuite\nB. b\nANSWER: A\n",
            "interchange.aiken.text_after_options",
            3,
        ),
        ("Q ?\nA. a\nB. b\n", "interchange.aiken.no_answer", 1),
    ];
    for (text, key, line) in cases {
        let good = "Bonne ?\nA. oui\nB. non\nANSWER: A\n\n";
        let import = import(format!("{good}{text}").as_bytes(), &ctx()).unwrap();
        let p = import.problems.iter().find(|p| p.is_error()).unwrap();
        assert_eq!(
            (p.key, &p.location),
            (key, &Location::Line(line + 5)),
            "{text}"
        );
        assert_eq!(import.quiz.questions.len(), 1);
        let refused = super::import(text.as_bytes(), &ctx()).unwrap_err();
        assert_eq!(refused.problems[0].key, key);
    }
}

#[test]
fn export_writes_single_choice_and_says_what_is_left_out() {
    let mut quiz = import(SAMPLE.as_bytes(), &ctx()).unwrap().quiz;
    let level = quiz.levels[0].id.clone();
    let mut tf = Question::new("tf", &level, QuestionKind::TrueFalse { answer: false });
    tf.prompt = "Un antivirus suffit.".into();
    quiz.questions.push(tf);
    quiz.questions.push(Question::new(
        "o",
        &level,
        QuestionKind::Ordering {
            items: vec!["a".into(), "b".into()],
        },
    ));
    let export = export(&quiz);
    let text = String::from_utf8(export.bytes).unwrap();
    assert!(text.starts_with("Quel mot de passe est le plus solide ?\nA. 123456\n"));
    assert!(text.contains("A. Vrai\nB. Faux\nANSWER: B\n"));
    let keys: Vec<_> = export
        .problems
        .iter()
        .map(|p| (p.key, p.location.clone()))
        .collect();
    assert!(keys.contains(&("interchange.aiken.left_out", Location::Question(4))));
    assert!(keys.contains(&("interchange.aiken.true_false", Location::Question(3))));
    let back = super::import(text.as_bytes(), &ctx()).unwrap().quiz;
    assert_eq!(back.questions.len(), 3);
    assert_eq!(back.questions[1].prompt, quiz.questions[1].prompt);
}
