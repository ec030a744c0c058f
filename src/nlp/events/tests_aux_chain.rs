//! A verb separated from its auxiliary by adverbs (branch aux2): "since" after a form of
//! "have" is an adverb of the perfect, not the opener of a clause or a preposition, and
//! "did not ever again" asks for a bare verb as a modal does. Invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 2] = [
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

#[test]
fn since_after_have_keeps_the_perfect_verb_and_its_event() {
    for (text, root) in [
        (
            "Ruritania has since repeatedly criticised Sylvania over the dam.",
            "11",
        ),
        (
            "Ruritania had since accused Sylvania of hiding the convoy.",
            "11",
        ),
        (
            "Ruritania has since then threatened Sylvania with tariffs.",
            "13",
        ),
        (
            "Ruritania has since twice condemned Sylvania for the raid.",
            "1",
        ),
    ] {
        let evs = run(text, &ACTORS);
        assert!(has(&evs, "RUR", "SYL", root), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn since_opening_a_clause_is_left_alone() {
    // "since" opens a clause: its verb is the clause's, the main verb is "has refused"
    let evs = run(
        "Talks have stalled since Sylvania accused Ruritania of spying.",
        &ACTORS,
    );
    assert!(has(&evs, "SYL", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_negated_verb_after_did_and_adverbs_is_negated_not_lost_or_asserted() {
    // "did not ever again attack": the verb is read as one, and as negated: no attack
    let evs = run(
        "Ruritania did not ever again attack Sylvania after the truce.",
        &ACTORS,
    );
    assert!(!has(&evs, "RUR", "SYL", "19"), "{:?}", triples(&evs));
    assert!(!has(&evs, "RUR", "SYL", "18"), "{:?}", triples(&evs));
}
