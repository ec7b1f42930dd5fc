use super::*;
use crate::app::actions::set_image;
use crate::model::Asset;
use crate::model::{Author, Choice, Level, MediaType, QuestionKind};

fn quiz(title: &str, level: &str, ids: &[&str]) -> Quiz {
    let mut quiz = Quiz {
        title: title.into(),
        license: "CC-BY-4.0".into(),
        ..Quiz::default()
    };
    quiz.levels.push(Level {
        id: level.into(),
        name: "Découverte".into(),
        ..Level::default()
    });
    for id in ids {
        let kind = QuestionKind::SingleChoice {
            choices: vec![Choice::text("a", true), Choice::text("b", false)],
        };
        let mut q = Question::new(*id, level, kind);
        q.prompt = format!("Question {id}");
        quiz.questions.push(q);
    }
    quiz
}

#[test]
fn import_keeps_provenance_and_renames_clashing_ids() {
    let mut mine = quiz("Mon quiz", "decouverte", &["q1"]);
    let mut theirs = quiz("Quiz de Claire", "niveau-1", &["q1", "q2"]);
    theirs.authors.push(Author {
        name: "Claire".into(),
        ..Author::default()
    });
    theirs
        .assets
        .insert("logo".into(), Asset::new(MediaType::Png, vec![1, 2, 3]));
    theirs.questions[1].image = Some(ImageRef {
        asset: "logo".into(),
        alt: "Logo".into(),
        ..ImageRef::default()
    });

    let (edit, first) = import_questions(&mine, &theirs, &[0, 1], "claire.quiz.json", Lang::Fr);
    edit.apply(&mut mine).unwrap();
    assert_eq!(first, Some(1));

    assert_eq!(mine.questions.len(), 3);
    let source = &mine.sources[0];
    assert_eq!(
        (
            source.title.as_str(),
            source.author.as_str(),
            source.license.as_str()
        ),
        ("Quiz de Claire", "Claire", "CC-BY-4.0")
    );
    assert_eq!(source.usage, Some(SourceUse::Reused));
    let imported = &mine.questions[1];
    assert_ne!(imported.id, "q1", "clashing id renamed");
    assert_eq!(imported.level, "decouverte", "level matched by name");
    let src = imported.source.as_ref().unwrap();
    assert_eq!(
        (src.source.as_str(), src.detail.as_str()),
        (source.id.as_str(), "question n°1")
    );
    assert_eq!(mine.questions[2].id, "q2");
    assert_eq!(mine.questions[2].image.as_ref().unwrap().asset, "logo");
    assert_eq!(mine.assets["logo"].data.as_ref(), [1, 2, 3]);
    assert!(
        crate::model::validate(&mine).iter().all(|d| !d.is_error()),
        "{:?}",
        crate::model::validate(&mine)
    );
}

#[test]
fn importing_twice_reuses_the_source() {
    let mut mine = quiz("Mon quiz", "l", &[]);
    let theirs = quiz("Autre", "l", &["a", "b"]);
    import_questions(&mine, &theirs, &[0], "x", Lang::Fr)
        .0
        .apply(&mut mine)
        .unwrap();
    import_questions(&mine, &theirs, &[1], "x", Lang::Fr)
        .0
        .apply(&mut mine)
        .unwrap();
    assert_eq!(mine.sources.len(), 1);
    assert_eq!(mine.questions.len(), 2);
}

#[test]
fn set_image_replaces_and_drops_unused_asset() {
    let mut q = quiz("Q", "l", &["q1"]);
    let (edit, first) = set_image(&q, 0, None, Asset::new(MediaType::Png, vec![1])).unwrap();
    edit.apply(&mut q).unwrap();
    q.questions[0].image.as_mut().unwrap().alt = "Un écran".into();
    let (edit, second) = set_image(&q, 0, None, Asset::new(MediaType::Png, vec![2])).unwrap();
    edit.apply(&mut q).unwrap();
    assert!(!q.assets.contains_key(&first));
    let image = q.questions[0].image.as_ref().unwrap();
    assert_eq!(
        (image.asset.as_str(), image.alt.as_str()),
        (second.as_str(), "Un écran")
    );
    let (edit, _) = set_image(&q, 0, Some(1), Asset::new(MediaType::Png, vec![3])).unwrap();
    edit.apply(&mut q).unwrap();
    assert!(q.kind_choice_image(1).is_some());
}

trait ChoiceImage {
    fn kind_choice_image(&self, i: usize) -> Option<&ImageRef>;
}

impl ChoiceImage for Quiz {
    fn kind_choice_image(&self, i: usize) -> Option<&ImageRef> {
        self.questions[0].kind.choices()?.get(i)?.image.as_ref()
    }
}
