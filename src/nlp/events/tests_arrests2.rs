//! Branch arrests2: a signing told in the passive with its signatories as the agent
//! (`passive_object`), and an arrest whose people's nationality a partitive apposition gives
//! (`held_nationals`).
use super::tests::pairs_coded;
use super::*;
use EntityType::*;

fn has(pairs: &[(String, String)], s: &str, t: &str) -> bool {
    pairs.iter().any(|(a, b)| a == s && b == t)
}

#[test]
fn a_passive_signing_by_two_states_binds_both_ways() {
    let signed = pairs_coded(
        "The treaty was signed by Peru and Chile on Monday.",
        &[("Peru", "PER", Location), ("Chile", "CHL", Location)],
        "057",
    );
    assert!(has(&signed, "PER", "CHL"), "{signed:?}");
    assert!(has(&signed, "CHL", "PER"), "{signed:?}");
}

#[test]
fn a_passive_signing_with_no_agent_names_no_signatory() {
    let signed = pairs_coded(
        "Trade across the lake has doubled since the pact was signed, Chile and Peru said.",
        &[("Chile", "CHL", Location), ("Peru", "PER", Location)],
        "057",
    );
    assert!(signed.is_empty(), "{signed:?}");
}

#[test]
fn a_signing_not_yet_done_is_no_event() {
    let signed = pairs_coded(
        "The fisheries pact has not been signed by Chile and Peru.",
        &[("Chile", "CHL", Location), ("Peru", "PER", Location)],
        "057",
    );
    assert!(signed.is_empty(), "{signed:?}");
}

#[test]
fn a_passive_of_a_thing_no_pattern_names_is_not_a_signing() {
    let signed = pairs_coded(
        "The letter was signed by Chile's foreign minister and Peru's trade minister.",
        &[
            ("Chile's foreign minister", "CHLGOV", Person),
            ("Peru's trade minister", "PERGOV", Person),
        ],
        "057",
    );
    assert!(signed.is_empty(), "{signed:?}");
}

#[test]
fn a_partitive_apposition_gives_the_arrested_their_states() {
    let held = pairs_coded(
        "Chilean police arrested nine sailors, six of them Peruvian and three from Bolivia.",
        &[
            ("Chilean police", "CHLCOP", Organisation),
            ("Peruvian", "PER", Nationality),
            ("Bolivia", "BOL", Location),
        ],
        "173",
    );
    assert!(has(&held, "CHLCOP", "PER"), "{held:?}");
    assert!(has(&held, "CHLCOP", "BOL"), "{held:?}");
}

#[test]
fn signatories_of_one_state_sign_with_no_one() {
    let signed = pairs_coded(
        "The fisheries pact was signed by Chile's foreign minister and Chile's navy chief.",
        &[
            ("Chile's foreign minister", "CHLGOV", Person),
            ("Chile's navy chief", "CHLMIL", Person),
        ],
        "057",
    );
    assert!(signed.is_empty(), "{signed:?}");
}
