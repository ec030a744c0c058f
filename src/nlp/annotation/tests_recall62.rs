//! Branch recall62, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): co-subjects of a two-way act ("exchanged", "clashed") act on
//! each other, not on a place or a victim that only the nearest-name fallback finds below
//! the verb.
use super::test_support::{emitted, has};

#[test]
fn co_subjects_of_a_clash_act_on_each_other_not_on_the_town_it_was_near() {
    let text = "Kenyan and Somali troops clashed on Friday near the border town of Mandera, \
                killing two Ethiopian farmers.";
    let evs = emitted(text);
    assert!(has(&evs, "KENMIL", "SOM", "19"), "{text}: {evs:?}");
    assert!(has(&evs, "SOMMIL", "KEN", "19"), "{text}: {evs:?}");
    // the town is Kenya's: no Kenyan force clashes with its own state
    assert!(
        !evs.iter()
            .any(|(s, t, c)| s == "KENMIL" && t == "KEN" && c.starts_with("19")),
        "{text}: {evs:?}"
    );
}

#[test]
fn co_subjects_of_an_exchange_free_each_others_people_not_the_venues() {
    let text = "Russian and Ukrainian officials exchanged prisoners of war in Belarus on Friday.";
    let evs = emitted(text);
    assert!(has(&evs, "RUS", "UKR", "08"), "{text}: {evs:?}");
    assert!(has(&evs, "UKR", "RUS", "08"), "{text}: {evs:?}");
    assert!(!has(&evs, "RUS", "BLR", ""), "{text}: {evs:?}");
}
