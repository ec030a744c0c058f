//! Branch recall31: a label of a wrong that names an act told before but not coded ("fired
//! missiles … called the launches a violation"); invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("Freedonia's foreign ministry", "FREGOV", Organisation)])
}

#[test]
fn a_label_names_an_uncoded_launch_told_before() {
    let text = "Ruritania fired three long-range cruise missiles into the lake on Sunday. \
                Freedonia's foreign ministry called the launches a violation of the truce.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_label_names_an_uncoded_landing_of_soldiers() {
    let text = "Ruritania landed soldiers on the disputed sandbank on Sunday. \
                Freedonia's foreign ministry called the deployment a provocation.";
    let evs = run(text, &actors());
    assert!(
        has(&evs, "FREGOV", "RUR", "11"),
        "{:?}",
        evs.iter().map(|e| &e.path).collect::<Vec<_>>()
    );
}

#[test]
fn a_verb_of_the_pair_with_another_object_names_no_act() {
    // "landed" a contract is no deployment
    let text = "Ruritania landed a large fishing contract on Sunday. \
                Freedonia's foreign ministry called the deployment a provocation.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn launches_by_two_sides_leave_the_label_untargeted() {
    let text = "Ruritania fired two missiles into the lake, and Sylvania fired a rocket \
                over the hills on Sunday. \
                Freedonia's foreign ministry called the launches a violation of the truce.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FREGOV", "SYL", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_launch_told_far_back_outside_the_lead_names_no_label() {
    let text = "Sylvania's fishing season opened on Monday. \n\n\
                Ruritania fired two missiles into the lake on Sunday. \
                The lake lies on the border. Fishermen stayed home. \
                Markets were quiet. \
                Freedonia's foreign ministry called the launches a violation of the truce.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn the_labellers_own_launch_names_no_target() {
    let text = "Freedonia fired two missiles into the lake on Sunday. \
                Freedonia's foreign ministry called the launches a violation of the truce.";
    let evs = run(text, &actors());
    assert!(
        !evs.iter()
            .any(|e| e.cameo.starts_with("11") && e.target.is_some()),
        "{:?}",
        triples(&evs)
    );
}

/// The invented states with a named official of each.
fn officials() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Jan Novak", "RURGOV", Person),
        ("Ivo Lanz", "FREGOV", Person),
    ])
}

#[test]
fn a_counterpart_named_in_apposition_is_one_party() {
    // "Ruritanian" and "Jan Novak" are one person: two sides sign with each other
    let text = "Freedonia's president and his Ruritanian counterpart, Jan Novak, \
                signed a trade agreement on Monday.";
    let evs = run(text, &officials());
    // a trade agreement signed is a signing (057, branch dated2), once per direction
    assert!(has(&evs, "FRE", "RURGOV", "057"), "{:?}", triples(&evs));
    assert!(has(&evs, "RURGOV", "FRE", "057"), "{:?}", triples(&evs));
}

#[test]
fn ministers_of_two_states_named_after_them_pair_the_states() {
    let text = "The foreign ministers of Freedonia and Ruritania, Ivo Lanz and Jan Novak, \
                signed a trade agreement on Monday.";
    let evs = run(text, &officials());
    assert!(has(&evs, "FREGOV", "RURGOV", "057"), "{:?}", triples(&evs));
    assert!(has(&evs, "RURGOV", "FREGOV", "057"), "{:?}", triples(&evs));
}

#[test]
fn three_sides_in_a_list_stay_no_pair() {
    // three states meeting are no dyad; collapsing by side must not make one
    let text = "Freedonia's president, Ruritania's president and Sylvania's president, \
                Jan Novak, met on Monday.";
    let evs = run(text, &officials());
    assert!(
        !evs.iter()
            .any(|e| e.cameo.starts_with("04") && e.target.is_some()),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_protest_over_a_deportation_names_the_deporter() {
    let text = "Freedonia lodged a formal protest with Ruritania on Monday over the deportation \
                of 300 Freedonians from its border towns.";
    let evs = run(text, &actors());
    assert!(has(&evs, "RUR", "FRE", "17"), "{:?}", triples(&evs));
}

#[test]
fn a_protest_over_a_third_partys_people_names_no_act() {
    // the people deported are not the protester's: no reading of who did what to whom
    let text = "Freedonia lodged a formal protest with Ruritania on Monday over the deportation \
                of 300 Sylvanians from its border towns.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "RUR", "SYL", "17"), "{:?}", triples(&evs));
}
