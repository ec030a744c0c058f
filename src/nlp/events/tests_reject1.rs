//! Branch reject1: a charge rejected by describing it ("described the accusations as
//! baseless", "termed the claims a fabrication") answers the accuser as a denial of the
//! charge does; a denial whose charge noun already names its accuser is a rejection of
//! it. Invented text.
use super::tests::{has_sides, run, three_states_and, triples};
use crate::nlp::EntityType;

const ACCUSED: &str = "Freedonia accused Ruritania of arming the rebels on the river. ";

/// After the accusation, `reply` codes Ruritania's rejection (120) of Freedonia.
fn assert_rejects_accuser(reply: &str, actors: &[(&str, &str, EntityType)]) {
    let evs = run(&format!("{ACCUSED}{reply}"), actors);
    assert!(
        has_sides(&evs, "RUR", "FRE", "120"),
        "{reply}: {:?}",
        triples(&evs)
    );
}

#[test]
fn describing_a_charge_as_untrue_rejects_the_accuser() {
    let actors = three_states_and(&[]);
    for reply in [
        "Ruritania described the accusations as baseless.",
        "Ruritania described the latest allegations as a crude fabrication.",
        "Ruritania described these claims as politically motivated.",
        "Ruritania described the charges by the Freedonian side as utterly groundless.",
    ] {
        assert_rejects_accuser(reply, &actors);
    }
}

#[test]
fn describing_a_charge_with_no_accuser_stays_a_statement() {
    let actors = three_states_and(&[]);
    let evs = run("Ruritania described the accusations as baseless.", &actors);
    assert!(
        evs.iter()
            .any(|e| e.source.actor.code == "RUR" && e.cameo == "016"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        !evs.iter().any(|e| e.cameo.starts_with("12")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn describing_talks_or_a_charge_without_denying_it_is_no_rejection() {
    let actors = three_states_and(&[]);
    for reply in [
        "Ruritania described the talks with Freedonia as useful.",
        "Ruritania described the accusations as serious.",
        "Ruritania described the accusations in a long letter.",
    ] {
        let text = format!("{ACCUSED}{reply}");
        let evs = run(&text, &actors);
        let rejects = evs.iter().any(|e| {
            e.source.actor.code == "RUR" && (e.cameo.starts_with("12") || e.cameo == "016")
        });
        assert!(!rejects, "{reply}: {:?}", triples(&evs));
    }
}

/// The charge noun itself is a mention of its author (as the coreference of the pipeline
/// makes "the accusations" one): the denial then has its target, and is the rejection.
#[test]
fn a_denial_whose_charge_names_its_accuser_is_a_rejection() {
    let actors = three_states_and(&[("the accusations", "FRE", EntityType::Organisation)]);
    for reply in [
        "Ruritania denied the accusations.",
        "Ruritania described the accusations as baseless.",
    ] {
        assert_rejects_accuser(reply, &actors);
    }
}

/// A denial of an act, not of a charge, keeps its code whatever its object names.
#[test]
fn a_denial_of_no_charge_is_no_rejection() {
    let actors = three_states_and(&[("the convoy", "FRE", EntityType::Organisation)]);
    let evs = run("Ruritania denied attacking the convoy.", &actors);
    assert!(!has_sides(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
}
