//! The state across a border and the origin of a thing someone carries are places, not
//! parties (branch precision14); invented sentences.
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
fn people_caught_with_foreign_cards_are_not_that_state() {
    let actors = [
        ("Estonian police", "ESTCOP", Organisation),
        ("Russian", "RUS", Nationality),
    ];
    let evs = run(
        "Three men were detained by Estonian police in a field on Tuesday with Russian bank cards.",
        &actors,
    );
    let tr = triples(&evs);
    assert!(!tr.iter().any(|(_, t, _)| t == "RUS"), "{tr:?}");
}

#[test]
fn guards_of_a_nation_who_beat_migrants_stay_its_party() {
    // contrast: the nationality word is the actor of the act, not a thing's origin
    let actors = [
        ("Russian guards", "RUS", Nationality),
        ("Finland", "FIN", Location),
    ];
    let evs = run(
        "Russian guards beat migrants and pushed them into Finland.",
        &actors,
    );
    let tr = triples(&evs);
    assert!(tr.iter().any(|(s, _, _)| s == "RUS"), "{tr:?}");
}

#[test]
fn talks_with_a_foreign_counterpart_keep_the_counterparts_state() {
    // contrast: the noun after "with" names a person, so the nationality word is a party
    let actors = [("Oslo", "NOR", Location), ("Danish", "DNK", Nationality)];
    let evs = run(
        "Oslo said the minister held talks with his Danish counterpart on Friday.",
        &actors,
    );
    let tr = triples(&evs);
    assert!(tr.iter().any(|(_, t, _)| t == "DNK"), "{tr:?}");
}
