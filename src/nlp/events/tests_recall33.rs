//! Branch recall33: the implicit target of a statement act. A rejection or denial joined to a
//! counter-accusation answers the party accused; "that account" points back to a claim as
//! "the claim" does; a welcome of "the release" praises the one who freed the people.
//! Invented text.
use super::tests::{has_sides, run, three_states_and, triples};
use crate::nlp::EntityType::Organisation;

#[test]
fn a_rejection_joined_to_a_counter_accusation_answers_the_accused() {
    let actors = three_states_and(&[]);
    for text in [
        "Ruritania rejected the estimate and accused Freedonia of breaking the treaty.",
        "Ruritania denied that its patrol had crossed the river and accused Freedonia of \
         staging the incident.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has_sides(&evs, "RUR", "FRE", "120"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_rejection_joined_to_an_appeal_takes_no_party_from_it() {
    // The one appealed to is a third party, not the author of what was rejected.
    let actors = three_states_and(&[]);
    let text = "Ruritania rejected the estimate and called on Sylvania to send observers.";
    let evs = run(text, &actors);
    assert!(
        !evs.iter().any(|e| e.cameo.starts_with("12")
            && e.target.as_ref().is_some_and(|t| !t.actor.code.is_empty())),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_rejection_with_its_own_party_keeps_it() {
    let actors = three_states_and(&[]);
    let text = "Ruritania rejected the Sylvanian proposal and accused Freedonia of meddling.";
    let evs = run(text, &actors);
    assert!(!has_sides(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
}

#[test]
fn rejecting_that_account_answers_the_accuser() {
    let actors = three_states_and(&[]);
    let text = "Freedonia accused Ruritania of sending soldiers over the river. \
                Ruritania rejected that account.";
    let evs = run(text, &actors);
    assert!(has_sides(&evs, "RUR", "FRE", "120"), "{:?}", triples(&evs));
}

#[test]
fn welcoming_the_release_praises_the_one_who_freed_them() {
    let actors = three_states_and(&[]);
    let text = "Freedonia released nine Ruritanian sailors on Monday. \
                Ruritania welcomed the release.";
    let evs = run(text, &actors);
    assert!(has_sides(&evs, "RUR", "FRE", "05"), "{:?}", triples(&evs));
}

#[test]
fn welcoming_a_release_no_one_was_told_to_make_has_no_target() {
    let actors = three_states_and(&[]);
    let text = "Freedonia met Sylvania on Monday. Ruritania welcomed the release.";
    let evs = run(text, &actors);
    assert!(
        !evs.iter().any(|e| e.cameo.starts_with("05")
            && e.source.actor.code == "RUR"
            && e.target.as_ref().is_some_and(|t| !t.actor.code.is_empty())),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_rejection_read_as_aimed_at_an_unplaced_party_answers_the_critic() {
    // "an independent court" is a body of no state, so the frame's target is no party: the
    // criticism rejected is Freedonia's label of the trial.
    let actors = three_states_and(&[("an independent court", "---JUD", Organisation)]);
    let text = "Freedonia called the trial a staged show. Ruritania rejected the criticism \
                as interference in the work of an independent court.";
    let evs = run(text, &actors);
    assert!(has_sides(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
}
