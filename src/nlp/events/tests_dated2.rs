//! A go-between's release, a statement judging an act already told, and a pact's noun
//! modifiers (branch dated2). Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

#[test]
fn a_mediated_release_is_the_mediator_s_mediation_not_its_release() {
    for text in [
        "Freedonia mediated the release of six Ruritanian sailors held by Sylvania.",
        "Freedonia brokered the release of six Ruritanian sailors held by Sylvania.",
    ] {
        let evs = run(text, &three_states_and(&[]));
        // toward the released side, a party to the mediation
        assert!(
            has(&evs, "FRE", "RUR", "045"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            !evs.iter().any(|e| e.cameo.starts_with("08")),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_negotiated_release_is_no_concession_of_the_negotiator() {
    let text = "Freedonia negotiated the release of six Ruritanian sailors.";
    let evs = run(text, &three_states_and(&[]));
    assert!(
        !evs.iter().any(|e| e.cameo.starts_with("08")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_statement_judging_a_release_is_no_release() {
    for text in [
        "Ruritania's government said the release was a gesture of goodwill.",
        "Ruritania said the release is a first step towards better ties.",
    ] {
        let evs = run(text, &three_states_and(&[]));
        assert!(
            !evs.iter().any(|e| e.cameo.starts_with("08")),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_statement_labelling_an_act_a_wrong_still_criticises() {
    let text = "Freedonia said the Ruritanian blockade was a violation of international law.";
    let evs = run(text, &three_states_and(&[]));
    assert!(has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn an_economic_pact_signed_is_a_signing() {
    let text = "Freedonia and Ruritania signed a security and economic pact on Monday.";
    let evs = run(text, &three_states_and(&[]));
    assert!(has(&evs, "FRE", "RUR", "057"), "{:?}", triples(&evs));
    assert!(has(&evs, "RUR", "FRE", "057"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "RUR", "061"), "{:?}", triples(&evs));
}
