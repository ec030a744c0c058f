//! ConfliBERT quad classes (branch quad12): a refusal held until another party acts answers
//! that party; a rejected charge with no accuser found is a denial (016), not a rejection of
//! nobody. Invented text.
use super::tests::{has_sides, run, three_states_and, triples};

use super::*;

#[test]
fn a_refusal_until_another_party_acts_answers_that_party() {
    let actors =
        three_states_and(&[("the Freedonian cabinet", "FREGOV", EntityType::Organisation)]);
    for text in [
        "Ruritania will not lift the embargo until Freedonia releases the fishermen.",
        "Ruritania will not lift the embargo until the Freedonian cabinet frees the sailors.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has_sides(&evs, "RUR", "FRE", "12"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn an_asserted_act_before_another_party_acts_does_not_answer_it() {
    let actors = three_states_and(&[]);
    let evs = run(
        "Ruritania lifted the embargo before Freedonia released the fishermen.",
        &actors,
    );
    assert!(!has_sides(&evs, "RUR", "FRE", ""), "{:?}", triples(&evs));
}

#[test]
fn a_refusal_waiting_on_its_own_side_has_no_target() {
    let actors = three_states_and(&[("the Ruritanian courts", "RURJUD", EntityType::Organisation)]);
    let evs = run(
        "Ruritania will not lift the embargo until the Ruritanian courts decide.",
        &actors,
    );
    assert!(
        evs.iter().all(|e| e.target.is_none()
            || e.target
                .as_ref()
                .is_some_and(|t| !t.actor.code.starts_with("RUR"))),
        "{:?}",
        triples(&evs)
    );
    assert!(!has_sides(&evs, "RUR", "RUR", ""), "{:?}", triples(&evs));
}

#[test]
fn a_rejected_charge_with_no_accuser_is_a_denial() {
    let actors = three_states_and(&[(
        "The Ruritanian government",
        "RURGOV",
        EntityType::Organisation,
    )]);
    for text in [
        "The Ruritanian government rejected accusations that it had armed the rebels.",
        "The Ruritanian government has rejected any allegations of abuse in the camps.",
    ] {
        let evs = run(text, &actors);
        assert!(
            evs.iter()
                .any(|e| e.source.actor.code == "RURGOV" && e.cameo == "016"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            !evs.iter().any(|e| e.cameo.starts_with("12")),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_rejected_charge_with_a_known_accuser_stays_a_rejection() {
    let actors = three_states_and(&[(
        "The Ruritanian government",
        "RURGOV",
        EntityType::Organisation,
    )]);
    let text = "Freedonia accused Ruritania of arming the rebels. \
                The Ruritanian government rejected the accusations.";
    let evs = run(text, &actors);
    assert!(
        has_sides(&evs, "RURGOV", "FRE", "120"),
        "{:?}",
        triples(&evs)
    );
    assert!(!evs.iter().any(|e| e.cameo == "016"), "{:?}", triples(&evs));
    // a rejection of a plan is no denial
    let evs = run("The Ruritanian government rejected the plan.", &actors);
    assert!(!evs.iter().any(|e| e.cameo == "016"), "{:?}", triples(&evs));
}

#[test]
fn an_ultimatum_with_an_if_clause_is_a_threat_made() {
    let actors = three_states_and(&[
        ("The Ruritanian president", "RURGOV", EntityType::Person),
        (
            "the Freedonian government",
            "FREGOV",
            EntityType::Organisation,
        ),
    ]);
    let text = "The Ruritanian president has issued an ultimatum to Freedonia warning of \
                military action if the Freedonian government does not withdraw its armed \
                forces from the posts.";
    let evs = run(text, &actors);
    let threat = evs.iter().find(|e| {
        e.cameo.starts_with("13")
            && e.source.actor.code.starts_with("RUR")
            && e.target
                .as_ref()
                .is_some_and(|t| t.actor.code.starts_with("FRE"))
    });
    assert!(
        threat.is_some_and(|e| e.modality != Modality::Conditional),
        "{:?}",
        evs.iter()
            .map(|e| (&e.source.actor.code, &e.cameo, e.modality))
            .collect::<Vec<_>>()
    );
    // an act that is no threat stays conditional on its "if"
    let evs = run(
        "Ruritania will sign the treaty with Freedonia if the border posts are cleared.",
        &actors,
    );
    assert!(
        !evs.is_empty() && evs.iter().all(|e| e.modality == Modality::Conditional),
        "{:?}",
        evs.iter()
            .map(|e| (&e.source.actor.code, &e.cameo, e.modality))
            .collect::<Vec<_>>()
    );
}
