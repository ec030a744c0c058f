//! Dyad stances of whole sentences, through the same entities, coder and gate the stages
//! use (sentences written for these tests).
use crate::nlp::{ArticleText, Extractor, NlpConfig, StanceAnalysis, StanceLabel};
use chrono::NaiveDate;
use std::sync::OnceLock;

fn stance(text: &str) -> StanceAnalysis {
    static X: OnceLock<Extractor> = OnceLock::new();
    let x = X.get_or_init(|| Extractor::new(&NlpConfig::default()).expect("load"));
    let article = ArticleText {
        id: "t",
        text,
        published: NaiveDate::from_ymd_opt(2025, 3, 1),
    };
    let entities = x.entities(&article);
    let events = x.events(&article, &entities);
    x.stance(&article, &entities, &events)
}

fn label(text: &str, holder: &str, target: &str) -> Option<StanceLabel> {
    stance(text)
        .dyads
        .iter()
        .find(|d| d.holder.code == holder && d.target.code == target)
        .map(|d| d.label)
}

#[test]
fn threats_and_condemnations_are_hostile_praise_and_backing_cooperative() {
    use StanceLabel::*;
    for (text, holder, target, want) in [
        (
            "Russia threatened Ukraine with new sanctions on Tuesday.",
            "RUS",
            "UKR",
            Hostile,
        ),
        ("France condemned Iran on Monday.", "FRA", "IRN", Hostile),
        (
            "Japan warned China against any move on Taiwan.",
            "JPN",
            "CHN",
            Hostile,
        ),
        (
            "Germany praised Poland for its handling of the crisis.",
            "DEU",
            "POL",
            Cooperative,
        ),
        (
            "Brazil backed Argentina in the dispute.",
            "BRA",
            "ARG",
            Cooperative,
        ),
    ] {
        assert_eq!(label(text, holder, target), Some(want), "{text}");
    }
}

#[test]
fn the_judged_actor_not_the_victim_is_the_target() {
    let text = "France condemned Russia's attack on Ukraine.";
    assert_eq!(label(text, "FRA", "RUS"), Some(StanceLabel::Hostile));
    assert_eq!(label(text, "FRA", "UKR"), None);
}

#[test]
fn questions_and_possibilities_show_no_stance() {
    for (text, holder, target) in [
        ("Could China invade Taiwan next year?", "CHN", "TWN"),
        ("Russia may cut gas supplies to Moldova.", "RUS", "MDA"),
    ] {
        assert_eq!(label(text, holder, target), None, "{text}");
    }
}
