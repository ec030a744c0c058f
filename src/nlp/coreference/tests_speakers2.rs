//! speakers2: an unknown name right after a placed body and one of its offices is the
//! body's office-holder, and the "He" that follows speaks for the body (`body_title`).
//! Invented sentences.
use super::tests::{actor_of_nth, events};

#[test]
fn a_name_after_an_armys_spokesman_title_is_the_armys() {
    let text = "Kenya freed four Ugandan fishermen on Monday. Ugandan army spokesman \
                Colonel Okello Walusimbi said the men had been held without charge.";
    assert_eq!(
        actor_of_nth(text, "Colonel Okello Walusimbi", 0).as_deref(),
        Some("UGAMIL")
    );
}

#[test]
fn the_next_he_takes_the_bodys_actor_and_its_act() {
    let text = "Kenya freed four Ugandan fishermen on Monday. Ugandan army spokesman \
                Colonel Okello Walusimbi said the men had been held without charge. He \
                accused Kenyan officials of ignoring the border markers.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "UGAMIL" && t.starts_with("KEN") && c.starts_with("11")),
        "{evs:?}"
    );
}

#[test]
fn an_organisations_secretary_general_in_apposition_is_the_organisations() {
    let text = "Fishing ministers met in Suva on Friday. NATO's secretary-general, \
                Ingrid Haldorsen, urged Russia to withdraw its ships.";
    assert_eq!(
        actor_of_nth(text, "Ingrid Haldorsen", 0).as_deref(),
        Some("IGOWSTNAT")
    );
}

#[test]
fn a_states_envoy_is_its_governments() {
    let text = "Talks resumed in Geneva on Tuesday. Canada's envoy, Martin Ouellet-Roy, \
                urged both sides to keep talking.";
    assert_eq!(
        actor_of_nth(text, "Martin Ouellet-Roy", 0).as_deref(),
        Some("CANGOV")
    );
}

#[test]
fn a_president_after_a_body_is_left_open() {
    // a president may be a state's own; only the title's sector is known
    let text = "Talks resumed in Geneva on Tuesday. NATO's president, Martin \
                Ouellet-Roy, urged both sides to keep talking.";
    assert_ne!(
        actor_of_nth(text, "Martin Ouellet-Roy", 0).as_deref(),
        Some("IGOWSTNAT")
    );
}

#[test]
fn a_body_of_no_country_gives_no_actor() {
    let text = "Talks resumed in Geneva on Tuesday. A police spokesman, Martin \
                Ouellet-Roy, said the roads would stay shut.";
    assert_eq!(actor_of_nth(text, "Martin Ouellet-Roy", 0), None);
}
