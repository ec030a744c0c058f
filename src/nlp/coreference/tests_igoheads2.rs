//! Branch igoheads2: an organisation's officers as its voice. "X said its secretary-general
//! …" with X an organisation gives the officer X's code (a singular office only: "its foreign
//! ministers" are the member states' own).

use super::tests::{actor_of_nth, events};

#[test]
fn an_organisations_own_secretary_general_speaks_for_it() {
    let text = "LUSAKA (Wire) — Zambian police held six Malawian traders at the border on \
                Monday. The Southern African Development Community said its secretary-general \
                had telephoned the Malawian foreign minister.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOSAFSAD" && t.starts_with("MWI") && c.starts_with("04")),
        "{evs:?}"
    );
}

#[test]
fn an_organisations_executive_secretary_after_a_relative_clause_is_its_own() {
    let text = "The African Union, which both states joined in 1963, said its executive \
                secretary would visit Kenya next week.";
    assert_eq!(
        actor_of_nth(text, "executive secretary", 0).as_deref(),
        Some("IGOAFRAU")
    );
}

#[test]
fn an_organisations_plural_ministers_are_not_the_organisation() {
    // the ministers are the member states' own, not the bloc's officers
    let text = "The African Union said its foreign ministers would meet Kenyan officials \
                in Nairobi on Friday.";
    let evs = events(text);
    assert!(!evs.iter().any(|(s, _, _)| s == "IGOAFRAU"), "{evs:?}");
}

#[test]
fn a_states_secretary_is_not_an_organisations_officer() {
    let text = "Kenya said its secretary had met Ugandan officials in Kampala on Friday.";
    let evs = events(text);
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("IGO")), "{evs:?}");
}

#[test]
fn a_pronoun_after_an_organisations_titled_officer_speaks_for_it() {
    let text = "MANILA (Wire) — Vietnam and the Philippines agreed on Tuesday to hold joint \
                coast guard drills. The ASEAN secretary-general, who was in Manila for a \
                conference, praised the drills. She also met Philippine President Ferdinand \
                Marcos on Wednesday.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOSEAASN" && t == "PHLGOV" && c.starts_with("04")),
        "{evs:?}"
    );
}
