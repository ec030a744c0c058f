//! Groups an outside party addresses (branch groups3): "two of its member states" is the
//! partitive of "its two member states" and names the story's pair, so "them" right after
//! it does too.

use super::tests::{actor_of_nth, events};

const BLOC: &str = "BAMAKO (Sahel Desk) — Mali closed its border with Niger on Monday after \
    a clash between customs officers. Niger called the closure unlawful and recalled its \
    ambassador from Bamako. The West African bloc ECOWAS said it was worried by the \
    quarrel between two of its member states and urged them to reopen the crossings.";

#[test]
fn two_of_its_member_states_are_the_storys_pair_and_so_is_them() {
    let pair = actor_of_nth(BLOC, "two of its member states", 0).unwrap_or_default();
    assert!(pair.contains("MLI") && pair.contains("NER"), "{pair}");
    assert_eq!(actor_of_nth(BLOC, "them", 0), Some(pair));
    let ev = events(BLOC);
    for side in ["MLI", "NER"] {
        assert!(
            ev.iter().any(|e| e.0.starts_with("IGOWAF")
                && e.1.starts_with(side)
                && e.2.starts_with("02")),
            "{side}: {ev:?}"
        );
    }
}

#[test]
fn two_of_its_people_are_no_pair_of_states() {
    let text = "Mali expelled two Nigerien envoys on Monday. Niger said two of its diplomats \
        had been beaten and urged them to speak out.";
    assert_eq!(actor_of_nth(text, "two of its diplomats", 0), None);
}
