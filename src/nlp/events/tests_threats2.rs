//! A conditional measure announced in reported speech is the speaker's threat (branch
//! threats2), on invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    vec![
        ("Freedonia", "FRE", Location),
        ("Sylvania", "SYL", Location),
    ]
}

#[test]
fn said_measure_under_a_condition_is_a_threat_to_the_party_asked() {
    let text = "Freedonia said the border closure could be extended if Sylvania did not stop \
                the smuggling flights.";
    let evs = run(text, &actors());
    let t = triples(&evs);
    assert!(
        t.iter()
            .any(|(s, tgt, c)| s == "FRE" && tgt == "SYL" && c.starts_with("13")),
        "{t:?}"
    );
}

#[test]
fn said_lifting_under_a_condition_is_no_threat() {
    let text = "Freedonia said the border closure could be lifted if Sylvania stopped the \
                smuggling flights.";
    let evs = run(text, &actors());
    let t = triples(&evs);
    assert!(!t.iter().any(|(_, _, c)| c.starts_with("13")), "{t:?}");
}
