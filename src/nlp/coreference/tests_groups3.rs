//! Groups an outside party addresses (branch groups3): "two of its member states" is the
//! partitive of "its two member states" and names the story's pair, so "them" right after
//! it does too; an earlier list that pairs one side with a state named in passing does not
//! take "both governments" from the story's two sides.

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

const PASSING_LIST: &str = "LIMA (Andes Desk) — Peru closed its border with Bolivia on \
    Monday after a clash between police and smugglers. Bolivia called the closure illegal \
    and recalled its ambassador from Lima. Peru's foreign minister said the crossing would \
    stay shut until Bolivia acted, and Bolivian farmers blocked a highway in protest. Chile \
    voiced support for Bolivia. Santiago and Lima have quarrelled over fishing before. The \
    regional bloc urged both governments to reopen talks.";

#[test]
fn an_earlier_list_with_a_state_named_in_passing_leaves_both_to_the_story() {
    let pair = actor_of_nth(PASSING_LIST, "both governments", 0).unwrap_or_default();
    assert!(
        pair.contains("PER") && pair.contains("BOL") && !pair.contains("CHL"),
        "{pair}"
    );
}

#[test]
fn a_list_in_the_phrases_own_sentence_still_names_it() {
    let text = "LIMA (Andes Desk) — Peru closed its border with Bolivia on Monday. Bolivia \
        recalled its ambassador from Lima, and Peru said Bolivia had to act. Chile and Peru \
        signed a fishing pact on Tuesday, and both governments said it would last.";
    let pair = actor_of_nth(text, "both governments", 0).unwrap_or_default();
    assert!(pair.contains("CHL") && pair.contains("PER"), "{pair}");
}
