//! Sources that name an organisation's office (branch sources3); invented sentences.
use super::tests::{analyse, has_sides, triples};
use super::*;
use crate::nlp::mentions::make_actor;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("ARBA", "IGOARB", Organisation),
    ("Commission President Ilse Varg", "FREGOV", Person),
    ("Fornost", "FOR", Organisation),
    ("Gondor", "GON", Organisation),
];

/// Codes `text` with the mentions' actors built as the mention finder builds them (an IGO
/// code has no country), which the shared test helper does not do.
fn run(text: &str) -> Vec<CodedEvent> {
    let mut ents = analyse(text, &ACTORS);
    for m in &mut ents.mentions {
        if let Some(a) = m.actor.as_mut() {
            *a = make_actor(&a.code, &a.name);
        }
    }
    let article = ArticleText {
        id: "t",
        text,
        published: None,
    };
    let coder = EventCoder::load(&NlpConfig::default()).expect("built-in dictionaries");
    coder.code(&article, &ents)
}

/// "ARBA Commission President X": the organisation holds the office; the person's own
/// state (here from the dictionary) is no second source.
#[test]
fn an_organisation_before_a_titled_name_is_the_only_source() {
    let evs =
        run("ARBA Commission President Ilse Varg urged Fornost and Gondor to reopen the border.");
    assert!(
        has_sides(&evs, "IGOARB", "FOR", "02"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        has_sides(&evs, "IGOARB", "GON", "02"),
        "{:?}",
        triples(&evs)
    );
    assert!(!has_sides(&evs, "FRE", "FOR", ""), "{:?}", triples(&evs));
}

/// Named apart, the organisation and the person are two sides.
#[test]
fn an_organisation_coordinated_with_a_person_keeps_both() {
    let evs = run("ARBA and Commission President Ilse Varg urged Fornost to reopen the border.");
    assert!(
        has_sides(&evs, "IGOARB", "FOR", "02"),
        "{:?}",
        triples(&evs)
    );
    assert!(has_sides(&evs, "FRE", "FOR", "02"), "{:?}", triples(&evs));
}
