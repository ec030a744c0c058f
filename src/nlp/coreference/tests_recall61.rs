//! Bare group words as parties (branch recall61): "Leaders" / "the ministers" of the one
//! body whose summit the story tells, "the forum's" far from the forum's name.

use super::tests::{actor_of_nth, events};

#[test]
fn bare_leaders_of_a_summit_are_the_body_that_meets() {
    let text = "A summit of the Caribbean Community opened in Castries on Monday. \
                Belize and Guyana signed a fisheries accord on the margins. \
                The leaders urged Venezuela to withdraw its troops from the border.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOCRB" && t.starts_with("VEN") && c.starts_with("02")),
        "{evs:?}"
    );
    let text = "Pacific Islands Forum leaders met in Apia on Tuesday. \
                Samoa hosted the talks. Leaders also called on Japan to stop its whaling.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOPAC" && t.starts_with("JPN") && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn two_meeting_bodies_or_an_owned_phrase_give_the_members_no_body() {
    // two bodies meet: "the leaders" could be either's
    let text = "A summit of the Caribbean Community opened in Castries on Monday, \
                and African Union leaders met in Addis Ababa. \
                The leaders urged Venezuela to withdraw its troops from the border.";
    assert!(
        !events(text)
            .iter()
            .any(|(s, t, _)| s.starts_with("IGO") && t.starts_with("VEN")),
        "{:?}",
        events(text)
    );
    // a capitalised word that is no place is not a region of the body
    let text = "A summit of the Caribbean Community opened in Castries on Monday. \
                Opposition leaders urged Venezuela to withdraw its troops.";
    assert_ne!(
        actor_of_nth(text, "Opposition leaders", 0).as_deref(),
        Some("IGOCRB")
    );
    // counted members are the collective resolver's, not the body's
    let text = "A summit of the Caribbean Community opened in Castries on Monday. \
                The presidents of Guyana and Suriname met there, and the two leaders \
                urged Venezuela to withdraw its troops.";
    assert_ne!(
        actor_of_nth(text, "the two leaders", 0).as_deref(),
        Some("IGOCRB")
    );
    // no meeting body named: bare leaders stay unresolved
    let text = "Chile and Peru argued over fishing rights. \
                The leaders urged Bolivia to stay out of the dispute.";
    assert!(
        !events(text)
            .iter()
            .any(|(s, t, _)| s.starts_with("IGO") && t.starts_with("BOL")),
        "{:?}",
        events(text)
    );
}

#[test]
fn the_forum_far_from_its_name_is_the_forum() {
    let text = "Leaders of the Pacific Islands Forum met in Apia on Tuesday. \
                Samoa's prime minister opened the session. Tonga asked for more money. \
                Fiji raised the question of fishing licences. Nauru left early. \
                Australia praised the forum for its strong voice on climate change.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("AUS") && t == "IGOPAC" && c.starts_with("05")),
        "{evs:?}"
    );
    // a body whose name lacks the head is not what the head is short for
    let text = "Leaders of the African Union met in Addis Ababa. \
                Kenya opened the session. Uganda asked for more money. \
                Rwanda raised the question of refugees. Burundi left early. \
                Sudan criticised the alliance for its silence.";
    assert_eq!(actor_of_nth(text, "the alliance", 0), None);
}

#[test]
fn both_after_a_joined_clause_are_its_state_and_the_one_before() {
    let text = "Chile quarrelled with Peru over fishing rights at the summit. \
                Brazil pledged 50 million dollars for a climate fund. \
                Argentina announced 20 million dollars for the same fund, \
                and the Mercosur chairman thanked both governments.";
    assert_eq!(
        actor_of_nth(text, "both governments", 0).as_deref(),
        Some("BRAGOV/ARGGOV")
    );
    // the joined clause's own subject is a state: it acts on the pair, not in it
    let text = "Chile quarrelled with Peru over fishing rights at the summit. \
                Brazil pledged 50 million dollars for a climate fund. \
                Argentina announced 20 million dollars for the same fund, \
                and Uruguay thanked both governments.";
    assert_ne!(
        actor_of_nth(text, "both governments", 0).as_deref(),
        Some("BRAGOV/ARGGOV")
    );
}
