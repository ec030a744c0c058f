//! Branch recall24: the first acts of a story that later ones answer: violence with no
//! named target falls on the state where it struck; a label hung as the act's apposition or
//! given by a light head ("an attempt at intimidation") charges the act's author. Invented
//! text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Ruritanian warplanes", "RURMIL", Organisation),
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
    ])
}

#[test]
fn violence_with_no_target_falls_on_the_state_where_it_struck() {
    for text in [
        "Ruritanian warplanes struck what the army called smuggling dens in Freedonia's \
         northern province on Monday.",
        "Ruritanian warplanes bombed several sites in Freedonia's eastern hills overnight.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "RURMIL", "FRE", "19"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn violence_at_home_or_with_a_target_takes_no_place() {
    // the source's own country: a state's forces fighting at home
    let text = "Ruritanian warplanes struck what the army called smuggling dens in \
                Ruritania's northern province on Monday.";
    let evs = run(text, &actors());
    assert!(
        !evs.iter().any(|e| e
            .target
            .as_ref()
            .is_some_and(|t| t.actor.code.starts_with("RUR"))),
        "{:?}",
        triples(&evs)
    );
    // a named target keeps its place out
    let text = "Ruritanian warplanes struck Sylvanian convoys in Freedonia on Monday.";
    let evs = run(text, &actors());
    assert!(has(&evs, "RURMIL", "SYL", "19"), "{:?}", triples(&evs));
    assert!(!has(&evs, "RURMIL", "FRE", "19"), "{:?}", triples(&evs));
}

#[test]
fn a_quoted_label_in_apposition_charges_the_act_not_the_label() {
    let text = "Ruritanian warplanes bombed two Freedonian border posts on Monday. \
                Freedonia's foreign ministry said the dead included children and called \
                the raids \"a clear violation of Freedonian sovereignty\".";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RURMIL", "111"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FREGOV", "FRE", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_light_label_charges_only_with_a_wrong() {
    let text = "Freedonia's foreign ministry called Ruritania's sanctions \"a crude attempt at \
                intimidation\".";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RUR", "111"), "{:?}", triples(&evs));
    let text = "Freedonia's foreign ministry called Ruritania's proposal \"a sincere attempt at \
                dialogue\".";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn disapproving_labels_charge_and_a_trial_answers_its_court() {
    let mut actors = actors();
    actors.push(("Ruritanian court", "RURJUD", Organisation));
    for text in [
        "Freedonia's foreign ministry described the Ruritanian embargo as arbitrary and \
         unjustified.",
        "A Ruritanian court sentenced a Freedonian citizen to ten years in prison on Monday. \
         Freedonia's foreign ministry called the trial \"a staged show\".",
    ] {
        let evs = run(text, &actors);
        let charged = has(&evs, "FREGOV", "RUR", "111") || has(&evs, "FREGOV", "RURJUD", "111");
        assert!(charged, "{text}: {:?}", triples(&evs));
    }
    // a neutral label charges nothing
    let text = "Freedonia's foreign ministry described the Ruritanian embargo as temporary.";
    let evs = run(text, &actors);
    assert!(!has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

fn with_prosecutors() -> Vec<(&'static str, &'static str, EntityType)> {
    let mut actors = actors();
    actors.push(("Ruritanian prosecutors", "RURJUD", Organisation));
    actors
}

#[test]
fn charging_a_person_with_an_offence_is_legal_action() {
    let text = "Ruritanian prosecutors have charged a Freedonian national working for a \
                charity with espionage.";
    let evs = run(text, &with_prosecutors());
    assert!(has(&evs, "RURJUD", "FRE", "173"), "{:?}", triples(&evs));
    // a charge of a political wrong stays an accusation
    let text = "Ruritania charged Freedonia with violating the truce on Monday.";
    let evs = run(text, &with_prosecutors());
    assert!(has(&evs, "RUR", "FRE", "112"), "{:?}", triples(&evs));
    assert!(!has(&evs, "RUR", "FRE", "173"), "{:?}", triples(&evs));
}

#[test]
fn a_call_naming_no_party_about_people_held_abroad_goes_to_the_holder() {
    let text = "Ruritanian prosecutors have charged a Freedonian national working for a \
                charity with espionage. Freedonia's foreign ministry demanded that its consul \
                be allowed to see him.";
    let evs = run(text, &with_prosecutors());
    assert!(has(&evs, "FREGOV", "RURJUD", "10"), "{:?}", triples(&evs));
    // its own people held at home by its own side: no holder to ask
    let text = "Freedonian police arrested a Freedonian activist on Monday. Freedonia's \
                foreign ministry demanded that the consul be allowed to see him.";
    let evs = run(text, &with_prosecutors());
    assert!(
        !evs.iter()
            .any(|e| e.cameo.starts_with("10") && e.target.is_some()),
        "{:?}",
        triples(&evs)
    );
}
