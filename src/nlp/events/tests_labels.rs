//! An act labelled a wrong ("called the raids a violation", "described the embargo as a
//! threat") criticises its author; a claim so labelled is rejected (branch recall17).
//! Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("United Nations", "IGOUNO", Organisation)])
}

#[test]
fn an_act_labelled_a_wrong_criticises_its_author() {
    for text in [
        "Freedonia called the Ruritanian blockade a violation of United Nations resolutions.",
        "Freedonia described the Ruritanian embargo as a threat to regional trade.",
        "Freedonia's president called the Ruritanian decision \"reckless and illegal\" on Monday.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "11"), "{text}: {:?}", triples(&evs));
        // the label's own party is not the one criticised
        assert!(
            !has(&evs, "FRE", "IGOUNO", ""),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_labelled_act_told_earlier_answers_its_author() {
    let text = "Ruritanian troops shelled a Freedonian border post on Monday. \
                Freedonia called the shelling a grave provocation.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_claim_labelled_a_wrong_is_rejected() {
    let text = "Freedonia accused Ruritania of sheltering rebels on Monday. \
                Ruritania called the accusations \"absurd and outrageous\".";
    let evs = run(text, &actors());
    assert!(has(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
    assert!(!has(&evs, "RUR", "FRE", "111"), "{:?}", triples(&evs));
}

#[test]
fn no_criticism_without_a_wrong_or_when_negated() {
    for text in [
        "Freedonia called the Ruritanian proposal a useful first step.",
        "Freedonia did not call the Ruritanian blockade a violation.",
        "Sylvania described the Ruritanian offer as generous.",
    ] {
        let evs = run(text, &actors());
        assert!(
            !has(&evs, "FRE", "RUR", "11"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            !has(&evs, "SYL", "RUR", "11"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn rarer_naming_verbs_label_an_act_a_wrong() {
    // "termed", "dubbed", "characterised" had no dictionary form, and the parse hangs the
    // second object of "termed"/"dubbed"/"labelled" under the first (fixes5).
    for text in [
        "Freedonia termed the Ruritanian blockade a crime against its fishermen.",
        "Freedonia dubbed the Ruritanian embargo an illegal blockade of its ports.",
        "Freedonia labelled the Ruritanian blockade a crime against its fishermen.",
        "Freedonia characterised the Ruritanian embargo as a threat to regional trade.",
        "Freedonia characterized the Ruritanian embargo as a threat to regional trade.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "11"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_copular_label_inside_a_statement_criticises_the_act_s_author() {
    for text in [
        "Freedonia told the assembly that Ruritania's decision was \"a grave threat\" to peace.",
        "Freedonia's foreign minister said the Ruritanian blockade was illegal.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "11"), "{text}: {:?}", triples(&evs));
    }
    // a neutral label is no criticism
    let text = "Freedonia said the Ruritanian proposal was a useful first step.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_label_naming_its_doer_criticises_that_doer() {
    for text in [
        "Freedonia's foreign minister condemned the shelling of the village, calling it \
         \"Ruritania's aggression\".",
        "Freedonia called the blast a crime committed by the Ruritanian army.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "11"), "{text}: {:?}", triples(&evs));
    }
    // a party the label names as wronged is no doer
    let text = "Freedonia called the vote a violation of Ruritania's constitution.";
    let evs = run(text, &actors());
    assert!(
        !has(&evs, "FRE", "RUR", "11"),
        "{text}: {:?}",
        triples(&evs)
    );
}
