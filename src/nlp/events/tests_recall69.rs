//! Acts whose verb the dictionary lacked or read in another sense (branch recall69): a visit,
//! session or summit called off or put off with a named partner reduces relations; consent
//! withdrawn, a transport service suspended, a foreign vessel boarded, money disbursed and
//! sanctions renewed. Invented text.
use super::tests::{run, three_states_and, triples};

/// The events coded in `text` with the test states.
fn events(text: &str) -> Vec<(String, String, String)> {
    triples(&run(text, &three_states_and(&[])))
}

fn has(got: &[(String, String, String)], src: &str, tgt: &str, code: &str) -> bool {
    got.iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c == code)
}

#[test]
fn a_visit_or_meeting_called_off_reduces_relations() {
    for text in [
        "Ruritania's foreign minister cancelled a visit to Freedonia on Monday.",
        "Ruritania's foreign minister called off a visit to Freedonia on Monday.",
        "Ruritania scrapped a summit with Freedonia.",
        "Ruritania postponed the joint cabinet session with Freedonia.",
    ] {
        let got = events(text);
        assert!(has(&got, "RUR", "FRE", "161"), "{text}: {got:?}");
        assert!(
            !got.iter().any(|(_, _, c)| c.starts_with("04")),
            "{text}: a called-off visit is no visit: {got:?}"
        );
    }
}

#[test]
fn a_visit_called_off_with_no_partner_names_no_target() {
    // The coder keeps the act as a candidate; with no target the gate drops it.
    let got = events("The Ruritanian president cancelled his trip because of the storm.");
    assert!(
        got.iter().all(|(_, t, c)| c != "161" || t.is_empty()),
        "{got:?}"
    );
}

#[test]
fn withdrawn_consent_is_no_concession() {
    let got = events("Ruritania withdrew its consent for Freedonia's honorary consulate.");
    assert!(has(&got, "RUR", "FRE", "161"), "{got:?}");
    assert!(!got.iter().any(|(_, _, c)| c == "080"), "{got:?}");
}

#[test]
fn a_suspended_transport_service_reduces_relations() {
    let got = events("Ruritania suspended the ferry service to Freedonia.");
    assert!(has(&got, "RUR", "FRE", "160"), "{got:?}");
}

#[test]
fn a_boarded_foreign_vessel_is_seized_a_boarded_plane_is_not() {
    let got = events("A Ruritanian patrol boarded a Freedonian trawler near the reef.");
    assert!(has(&got, "RUR", "FRE", "171"), "{got:?}");
    let got = events("The Ruritanian minister boarded a plane to Freedonia.");
    assert!(!got.iter().any(|(_, _, c)| c == "171"), "{got:?}");
}

#[test]
fn money_disbursed_is_aid_and_sanctions_renewed_are_imposed() {
    let got = events("Ruritania disbursed 40 million dollars to Freedonia.");
    assert!(has(&got, "RUR", "FRE", "071"), "{got:?}");
    let got = events("Ruritania renewed its sanctions against Freedonia.");
    assert!(has(&got, "RUR", "FRE", "163"), "{got:?}");
}

#[test]
fn a_pact_left_quit_or_renounced_breaks_relations_not_a_meeting() {
    for text in [
        "Ruritania left the defence pact with Freedonia.",
        "Ruritania quit the alliance with Freedonia.",
        "Ruritania renounced the treaty with Freedonia.",
    ] {
        let got = events(text);
        assert!(has(&got, "RUR", "FRE", "161"), "{text}: {got:?}");
        assert!(
            !got.iter()
                .any(|(_, _, c)| c.starts_with("04") || c == "110"),
            "{text}: {got:?}"
        );
    }
}

/// One act a line: the text and the code it must give from Ruritania to Freedonia.
const LACKED: [(&str, &str); 11] = [
    ("Ruritania upgraded its relations with Freedonia.", "050"),
    ("Ruritania delivered four patrol boats to Freedonia.", "072"),
    ("Ruritania briefed Freedonia on the talks.", "040"),
    ("Ruritania sent congratulations to Freedonia.", "051"),
    (
        "The Ruritanian navy intercepted a Freedonian tanker.",
        "1711",
    ),
    (
        "Ruritania tightened controls on exports to Freedonia.",
        "172",
    ),
    (
        "Ruritania reduced its diplomatic staff in Freedonia.",
        "161",
    ),
    ("Ruritania halted arms sales to Freedonia.", "160"),
    (
        "Ruritanian customs officers stopped all trucks from Freedonia.",
        "163",
    ),
    (
        "Several hundred Ruritanians marched to the Freedonian embassy.",
        "141",
    ),
    (
        "Ruritania suspended the transit fee on Freedonian lorries.",
        "085",
    ),
];

#[test]
fn acts_whose_verb_or_object_the_dictionary_lacked() {
    for (text, code) in LACKED {
        let got = events(text);
        assert!(has(&got, "RUR", "FRE", code), "{text}: {got:?}");
    }
}
