//! The state across a border is a place, not a party (branch precision14); invented
//! sentences.
use super::tests::{has_root, run, triples};
use EntityType::*;

use super::*;

#[test]
fn tightening_checks_on_borders_with_a_state_is_no_deal_with_it() {
    let actors = [
        ("Finland", "FIN", Location),
        ("Norway", "NOR", Location),
        ("Russia", "RUS", Location),
    ];
    let evs = run(
        "Finland and Norway agreed on Monday to step up patrols along their borders with Russia.",
        &actors,
    );
    assert!(!has_root(&evs, "FIN", "RUS", "03"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "NOR", "RUS", "03"), "{:?}", triples(&evs));
}

#[test]
fn talks_with_a_state_about_the_border_keep_it_as_partner() {
    // contrast: "with Russia" follows "talks", not a border word
    let actors = [("Finland", "FIN", Location), ("Russia", "RUS", Location)];
    let evs = run(
        "Finland agreed on Monday to hold talks with Russia on its border.",
        &actors,
    );
    assert!(has_root(&evs, "FIN", "RUS", "03"), "{:?}", triples(&evs));
}

#[test]
fn marching_to_the_border_with_a_state_still_aims_at_it() {
    // contrast: "with Y" hangs under the border word, where the march went
    let actors = [
        ("Ruritanian troops", "RURMIL", Organisation),
        ("Freedonia", "FRE", Location),
    ];
    let evs = run(
        "Ruritanian troops marched to the border with Freedonia on Sunday.",
        &actors,
    );
    let tr = triples(&evs);
    assert!(tr.iter().any(|(_, t, _)| t == "FRE"), "{tr:?}");
}
