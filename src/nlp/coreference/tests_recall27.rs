//! Actors the coder could not place (branch recall27): an armed group named with the
//! place it operates in, and "the president-elect" of the story's election. Invented text.
use super::tests::{actor_of_nth, events};

#[test]
fn an_armed_group_in_a_region_is_an_armed_actor_of_its_state() {
    let text = "An armed group in eastern Chad detained two Sudanese traders on Sunday.";
    // the mention is read (before: no mention at all); the event places it by "in eastern Chad"
    assert_eq!(
        actor_of_nth(text, "An armed group", 0).as_deref(),
        Some("UAF")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "TCDUAF" && t.starts_with("SDN") && c == "173"),
        "{evs:?}"
    );
}

#[test]
fn rebel_groups_stand_alone_but_a_rights_group_does_not() {
    let text = "Rebel groups in Chad attacked a Sudanese convoy near the border.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "TCDREB" && t.starts_with("SDN") && c.starts_with("19")),
        "{evs:?}"
    );
    // the gold gives rights groups no state: the place must not make one Chad's
    let text = "A rights group in Chad accused Sudanese soldiers of abuses.";
    assert_eq!(actor_of_nth(text, "A rights group", 0), None);
    assert!(events(text).iter().all(|(s, _, _)| !s.starts_with("TCD")));
}

#[test]
fn a_state_of_south_sudan_is_not_egypt() {
    let text = "Fighting between Sudanese troops and an armed group in Blue Nile state \
                displaced thousands, officials in Upper Nile said.";
    assert_eq!(actor_of_nth(text, "Blue Nile", 0).as_deref(), Some("SDN"));
    assert_eq!(actor_of_nth(text, "Upper Nile", 0).as_deref(), Some("SSD"));
}

#[test]
fn fighting_between_two_sides_is_no_verbal_attack_on_a_government() {
    // "* GOVERNMENT" (111) must not read the modifier of "troops" as a criticised government
    let text = "Chad's army chief said on Monday that fighting between government troops \
                and rebels near Abeche had ended.";
    let evs = events(text);
    assert!(evs.iter().all(|(_, _, c)| !c.starts_with("11")), "{evs:?}");
}

#[test]
fn the_president_elect_is_the_government_of_the_election_state() {
    let text = "Observers said Malawi's presidential election had been calm. \
                Kenya and Ghana congratulated the president-elect on Tuesday.";
    assert_eq!(
        actor_of_nth(text, "the president-elect", 0).as_deref(),
        Some("MWIGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("KEN") && t == "MWIGOV" && c.starts_with("05")),
        "{evs:?}"
    );
}

#[test]
fn two_states_elections_leave_the_president_elect_open() {
    let text = "Malawi's presidential election and the elections in Zambia were calm. \
                Kenya congratulated the president-elect on Tuesday.";
    assert_eq!(actor_of_nth(text, "the president-elect", 0), None);
}
