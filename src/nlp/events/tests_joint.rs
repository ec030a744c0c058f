//! Joint statements and joint subjects (branch recall77): "X and Y said in a joint statement
//! that Z …" is what X and Y said, each toward Z; a list with "each" gives each member's act;
//! invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Ghana", "GHA", Location),
    ("Togo", "TGO", Location),
    ("Benin", "BEN", Location),
    ("Niger", "NER", Location),
];

#[test]
fn a_content_said_in_a_joint_statement_is_each_speakers_accusation() {
    let evs = run(
        "Ghana and Togo said in a joint statement that Niger had violated the border accord.",
        &ACTORS,
    );
    assert!(has(&evs, "GHA", "NER", "112"), "{:?}", triples(&evs));
    assert!(has(&evs, "TGO", "NER", "112"), "{:?}", triples(&evs));
}

#[test]
fn bearing_full_responsibility_in_a_statement_is_blame() {
    let evs = run(
        "Ghana, Togo and Benin said in a joint statement that Niger bears full responsibility for the clashes.",
        &ACTORS,
    );
    for s in ["GHA", "TGO", "BEN"] {
        assert!(has(&evs, s, "NER", "112"), "{s}: {:?}", triples(&evs));
    }
    // denied blame is none
    let evs = run(
        "Ghana said in a statement that Niger bears no responsibility for the clashes.",
        &ACTORS,
    );
    assert!(!has(&evs, "GHA", "NER", "112"), "{:?}", triples(&evs));
}

#[test]
fn a_list_that_disagreed_or_met_has_no_act_toward_an_outsider() {
    let evs = run(
        "Ghana and Togo disagreed on the route. Ghana, Togo and Benin met in Lome on Friday.",
        &ACTORS,
    );
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().is_none_or(|t| t.actor.code != "NER")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_list_with_each_gives_each_member_the_act() {
    let evs = run(
        "Ghana, Togo and Benin each sent a medical team to Niger after the floods.",
        &ACTORS,
    );
    for s in ["GHA", "TGO", "BEN"] {
        assert!(
            triples(&evs).iter().any(|(a, b, _)| a == s && b == "NER"),
            "{s}: {:?}",
            triples(&evs)
        );
    }
}
