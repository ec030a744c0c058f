//! Branch recall22: a threat with no target of its own is addressed to the adversary of its
//! source's latest clash in an earlier sentence, and an act on "its neighbour" is on the
//! source's one other side; invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("Freedonia's foreign ministry", "FREGOV", Organisation)])
}

#[test]
fn a_warning_after_a_clash_is_for_the_adversary() {
    for text in [
        "Ruritanian troops shelled a Freedonian border post on Monday. \
         Freedonia's foreign ministry warned that it would respond.",
        "Freedonian police arrested twelve Ruritanian fishermen on Saturday. \
         Freedonia's foreign ministry warned that its coast guard would make more arrests.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "FREGOV", "RUR", "13"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_warning_after_a_clash_with_two_sides_has_no_target() {
    let text = "Ruritanian and Sylvanian troops shelled Freedonian border posts on Monday. \
                Freedonia's foreign ministry warned that it would respond.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "13"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FREGOV", "SYL", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_warning_of_consequences_has_no_adversary() {
    // what a thing will do is foretold to no one in particular
    let text = "Ruritanian troops shelled a Freedonian border post on Monday. \
                Freedonia's foreign ministry warned that the fighting would ruin the harvest.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "13"), "{:?}", triples(&evs));
}

#[test]
fn its_neighbour_is_the_sources_other_side() {
    for text in [
        "Freedonia expelled Ruritania's ambassador on Monday, accusing its neighbour of \
         arming rebels.",
        "Freedonia expelled Ruritania's ambassador on Monday, accusing its northern \
         neighbour of arming rebels.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "11"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn its_neighbour_with_two_other_sides_has_no_target() {
    let text = "Freedonia expelled Ruritania's ambassador and Sylvania's consul on Monday, \
                accusing its neighbour of arming rebels.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "SYL", "11"), "{:?}", triples(&evs));
}
