//! Branch labels2: an organisation's officers after "the court's", a suspect surrendered
//! or handed over to another's justice, and Balkan ethnonyms that name no state.

use super::tests::{actor_of_nth, code_of, events};

#[test]
fn the_court_is_the_tribunal_named_before_not_the_host_judiciary() {
    let text = "NAIROBI (Wire) — Kenya sent a former police chief to the International \
                Criminal Court on Monday. The court's prosecutor praised Kenya for its help.";
    assert_eq!(
        actor_of_nth(text, "The court", 0).as_deref(),
        Some("IGOJUDICC")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOJUDICC" && t.starts_with("KEN") && c.starts_with("05")),
        "{evs:?}"
    );
}

#[test]
fn the_court_named_later_by_a_state_is_the_one_meant() {
    // a national court named after the international one: "the court" is the national one
    let text = "Uganda said it would cooperate with the International Criminal Court. \
                Weeks later the Supreme Court of Uganda heard the case. \
                Rwanda criticised the court for its delay.";
    assert_ne!(
        actor_of_nth(text, "the court", 0).as_deref(),
        Some("IGOJUDICC")
    );
}

#[test]
fn a_possessive_before_a_thing_is_not_the_court_acting() {
    let text = "The International Court of Justice ruled on the maritime border on Monday. \
                Peru accepted the court's ruling but accused Chile of moving warships.";
    let evs = events(text);
    assert!(!evs.iter().any(|(_, t, _)| t.starts_with("IGO")), "{evs:?}");
}

#[test]
fn surrendering_a_wanted_commander_is_judicial_cooperation() {
    let text = "Mali surrendered a former rebel commander to Niger on Tuesday.";
    assert_eq!(code_of(text, "MLI", "NER").as_deref(), Some("063"));
    // giving up ground or weapons stays a concession
    let text = "Mali surrendered two border posts to Niger on Tuesday.";
    assert_ne!(code_of(text, "MLI", "NER").as_deref(), Some("063"));
}

#[test]
fn handing_over_men_wanted_for_a_crime_is_judicial_cooperation() {
    let text = "Ghana handed over three men wanted for fraud to Togo on Monday.";
    assert_eq!(code_of(text, "GHA", "TGO").as_deref(), Some("063"));
}

#[test]
fn a_serb_or_croat_member_of_a_presidency_is_no_state() {
    let text = "Montenegro's council met on Monday. Its Serb member accused the Croat \
                members of blocking the budget.";
    assert_eq!(actor_of_nth(text, "Serb", 0), None);
    let evs = events(text);
    assert!(
        !evs.iter()
            .any(|(s, t, _)| s.starts_with("SRB") || t.starts_with("HRV")),
        "{evs:?}"
    );
    // the demonyms still name the states
    let text = "The Serbian foreign minister met his Croatian counterpart in Zagreb.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, _)| s.starts_with("SRB") && t.starts_with("HRV")),
        "{evs:?}"
    );
}
