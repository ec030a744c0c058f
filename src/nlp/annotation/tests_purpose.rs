//! Branch purpose, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a condemned act noun's victim is never the target, a release
//! call is put to the holder its phrase names ("held in Y"), and a negated speech verb tells
//! no act of its content.
use super::test_support::{emitted, has};

/// A criticism (11x) by a source starting with `src` aimed at a target starting with `tgt`.
fn criticises(evs: &[(String, String, String)], src: &str, tgt: &str) -> bool {
    has(evs, src, tgt, "11")
}

#[test]
fn the_victim_of_a_condemned_attack_is_never_the_target() {
    let evs = emitted("Senegal condemned the attack on Malian farmers.");
    assert!(!criticises(&evs, "SEN", "MLI"), "{evs:?}");
}

#[test]
fn the_author_of_a_condemned_attack_is_the_target_however_the_parse_hangs_it() {
    // the `by` phrase is hung on the verb, after the victim
    let evs = emitted("Ghana condemned the attack on traders by Togolese soldiers.");
    assert!(criticises(&evs, "GHA", "TGO"), "{evs:?}");
    assert!(!criticises(&evs, "GHA", "GHA"), "{evs:?}");
    // the possessor still names the author
    let evs = emitted("Kenya condemned Somalia's attack on the border post.");
    assert!(criticises(&evs, "KEN", "SOM"), "{evs:?}");
    // an act told before: the reaction answers its author
    let evs = emitted(
        "Ethiopian troops shelled a village in Somalia on Monday. Kenya condemned the \
         attack on the villagers.",
    );
    assert!(criticises(&evs, "KEN", "ETH"), "{evs:?}");
}

#[test]
fn a_release_call_goes_to_the_state_that_holds_the_callers_nationals() {
    let evs = emitted("Norway demanded the release of three Norwegian sailors held in Yemen.");
    assert!(has(&evs, "NOR", "YEM", "10"), "{evs:?}");
    let evs =
        emitted("Italy demanded the release of two Italian engineers detained by Libya last week.");
    assert!(has(&evs, "ITA", "LBY", "10"), "{evs:?}");
    // never the caller's own nationals
    assert!(!has(&evs, "ITA", "ITA", "10"), "{evs:?}");
}

#[test]
fn a_release_call_naming_its_addressee_or_no_holder_keeps_its_reading() {
    let evs = emitted("Norway urged Yemen to release three Norwegian sailors.");
    assert!(has(&evs, "NOR", "YEM", "02"), "{evs:?}");
    // "held in" their own country by no one named: no holder to put the call to
    let evs = emitted("Norway demanded the release of three Norwegian sailors held in Norway.");
    assert!(
        !evs.iter()
            .any(|(s, _, c)| s.starts_with("NOR") && c.starts_with("10")),
        "{evs:?}"
    );
}
