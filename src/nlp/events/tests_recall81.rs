//! Co-subjects whose fallback target is one of their own states, and releases whose
//! receiver a joined handover names (issue 8, branch recall81). Invented sentences.
use super::tests::{has_root, has_sides, run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 6] = [
    ("Norway", "NOR", Location),
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
    ("Peruvian", "PER", Nationality),
    ("Peruvian officials", "PERGOV", Organisation),
    ("Norwegian", "NOR", Nationality),
];

/// "A and B agreed …, according to a B statement": the nationality of the readout is one of
/// the co-subjects' own states, no third party; the two agree with each other.
#[test]
fn co_subjects_agree_with_each_other_past_their_own_readout() {
    let evs = run(
        "Norway and Peru agreed on Monday to resume direct flights, according to a Peruvian statement.",
        &PARTIES,
    );
    let t = triples(&evs);
    assert!(has_root(&evs, "NOR", "PER", "03"), "{t:?}");
    assert!(has_root(&evs, "PER", "NOR", "03"), "{t:?}");
}

/// A named third party still takes the agreement: "A and B agreed with C" is not A ↔ B.
#[test]
fn co_subjects_agreeing_with_a_third_state_keep_it() {
    let evs = run(
        "Norway and Peru agreed with Chile on Monday to resume direct flights.",
        &PARTIES,
    );
    let t = triples(&evs);
    assert!(has_sides(&evs, "NOR", "CHL", "03"), "{t:?}");
    assert!(!has_root(&evs, "NOR", "PER", "03"), "{t:?}");
}

/// "released four of the fishermen and handed them to Y's officials": the release goes to
/// the receiving state.
#[test]
fn a_release_goes_to_whom_the_freed_are_handed() {
    let evs = run(
        "Chile released four of the fishermen on Thursday and handed them to Peruvian officials at the border.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "CHL", "PER", "08"), "{:?}", triples(&evs));
}

/// The participle reads the same: "freed the crew, handing them to Y".
#[test]
fn a_release_with_a_handing_participle_goes_to_the_receiver() {
    let evs = run(
        "Chile freed the crew on Thursday, handing them to Peruvian officials at a jetty.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "CHL", "PER", "08"), "{:?}", triples(&evs));
}
