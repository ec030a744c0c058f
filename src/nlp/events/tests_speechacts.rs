//! Accusations, rejections and support said without their usual verb (branch speechacts): an
//! attempted or reported wrong in a statement's content, a charge labelled or judged untrue,
//! and solidarity by "stood behind / with". Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[])
}

use super::*;

#[test]
fn an_attempted_wrong_in_a_statement_accuses_its_doer() {
    for text in [
        "Freedonia said Ruritania had tried to seize part of the Sylvanian coast.",
        "Freedonia's foreign ministry said Ruritania was trying to annex the valley.",
        "Freedonia said Ruritania had attempted to destabilise the region.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "FRE", "RUR", "112"),
            "{text}: {:?}",
            triples(&evs)
        );
        // the place or the one wronged is never the accused
        assert!(
            !has(&evs, "FRE", "SYL", "11"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn interference_and_spying_in_a_statement_accuse_their_doer() {
    for text in [
        "Freedonia said Ruritania had interfered in its elections.",
        "Freedonia said Ruritania had spied on its port for years.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "FRE", "RUR", "112"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_denied_or_future_or_attempted_good_is_no_accusation() {
    // "Freedonia denied that Ruritania had violated its airspace" still gives 112 with these
    // names: the content verb's own reported-violence path, not the statement (left; see
    // docs/evaluation/speechacts.md). The statement no longer accuses.
    for text in [
        "Freedonia said Ruritania would try to attack the bridge if talks failed.",
        "Freedonia said Ruritania had tried to reach an agreement.",
        "Freedonia did not say Ruritania had tried to seize the island.",
    ] {
        let evs = run(text, &actors());
        assert!(
            !has(&evs, "FRE", "RUR", "112"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_charge_labelled_a_provocation_is_rejected() {
    let text = "Freedonia accused Ruritania of sending armed boats into its waters. \
                Ruritania called the accusations a provocation.";
    let evs = run(text, &actors());
    assert!(has(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
    assert!(!has(&evs, "RUR", "FRE", "11"), "{:?}", triples(&evs));
    // an act, not a charge, so labelled is still an accusation of its author
    let text = "Ruritanian boats entered Freedonian waters on Monday. \
                Freedonia called the incursion a provocation.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_charge_said_to_be_untrue_is_rejected() {
    for text in [
        "Freedonia accused Ruritania of arming the rebels. \
         Ruritania said the accusations were \"propaganda\".",
        "Freedonia accused Ruritania of arming the rebels. \
         Ruritania said the Freedonian claims were pure fantasy.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "RUR", "FRE", "12"), "{text}: {:?}", triples(&evs));
    }
    // a charge judged true or under review is no rejection
    let text = "Freedonia accused Ruritania of arming the rebels. \
                Sylvania said the accusations were serious.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "SYL", "FRE", "12"), "{:?}", triples(&evs));
}

#[test]
fn standing_behind_a_state_in_a_dispute_supports_that_state() {
    // "Sylvania stood by Freedonia in its dispute with Ruritania" comes out FRE→SYL with
    // these names (a parse of "by" as an agent): left, see docs/evaluation/speechacts.md.
    for text in [
        "Sylvania stood behind Freedonia in its dispute with Ruritania.",
        "Sylvania said it stood \"in full solidarity with Freedonia\".",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "SYL", "FRE", "05"), "{text}: {:?}", triples(&evs));
        assert!(
            !has(&evs, "SYL", "RUR", "05"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}
