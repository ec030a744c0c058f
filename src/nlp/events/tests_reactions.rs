//! Targets found again (branch recall4): reactions to an earlier event named by a definite
//! noun, and a name after a title participle; invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Ruritanian troops", "RURMIL", Organisation),
    ("Freedonia", "FRE", Location),
    ("Freedonia's president", "FREGOV", Person),
    ("Ruritania", "RUR", Location),
];

#[test]
fn condemning_the_attack_targets_the_attacker_of_an_earlier_sentence() {
    let evs = run(
        "Ruritanian troops shelled a border village in Freedonia overnight. \
         The village has no water. Freedonia's president condemned the attack on Friday.",
        &ACTORS,
    );
    assert!(has(&evs, "FREGOV", "RURMIL", "11"), "{:?}", triples(&evs));
}

/// The earlier event must be of the noun's kind: a meeting is no attack.
#[test]
fn an_earlier_event_of_another_kind_is_no_antecedent() {
    let evs = run(
        "Ruritanian troops met Freedonia's president at the border. \
         Freedonia's president condemned the attack on Friday.",
        &ACTORS,
    );
    assert!(!has(&evs, "FREGOV", "RURMIL", "11"), "{:?}", triples(&evs));
}

/// A side does not react to its own act: the attacker's condemnation finds no target.
#[test]
fn the_own_side_attack_is_no_target() {
    let evs = run(
        "Ruritanian troops shelled a border village in Freedonia overnight. \
         Ruritania condemned the attack on Friday.",
        &ACTORS,
    );
    assert!(!has(&evs, "RUR", "RURMIL", "11"), "{:?}", triples(&evs));
}

/// A noun outside the list ("the weather") gives the criticism no target.
#[test]
fn a_noun_that_names_no_event_gives_no_target() {
    let evs = run(
        "Ruritanian troops shelled a border village in Freedonia overnight. \
         Freedonia's president criticised the weather on Friday.",
        &ACTORS,
    );
    assert!(!has(&evs, "FREGOV", "RURMIL", "11"), "{:?}", triples(&evs));
}

/// "met visiting Foreign Minister X" (branch recall4): the tagger reads the title participle
/// as a verb heading a clause; the name under it is still the one met.
#[test]
fn a_title_participle_before_the_name_leaves_it_the_target() {
    let actors = [
        ("Freedonia's president", "FREGOV", Person),
        ("Ruritanian Foreign Minister Olga Marek", "RURGOV", Person),
    ];
    for text in [
        "Freedonia's president met visiting Ruritanian Foreign Minister Olga Marek on Monday.",
        "Freedonia's president met acting Ruritanian Foreign Minister Olga Marek on Monday.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has(&evs, "FREGOV", "RURGOV", "040"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

/// A participle after a comma heads its own clause: "visiting" there is no title.
#[test]
fn a_participle_clause_after_the_object_is_no_title() {
    let evs = run(
        "Freedonia's president met the press, visiting Ruritania later.",
        &[
            ("Freedonia's president", "FREGOV", Person),
            ("Ruritania", "RUR", Location),
        ],
    );
    // "visiting Ruritania" is a visit (042) of its own; the meeting (040) is not with it.
    assert!(!has(&evs, "FREGOV", "RUR", "040"), "{:?}", triples(&evs));
}
