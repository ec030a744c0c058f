//! Branch sources4: officials placed in their state. "the prime minister" is one mention
//! (not "the prime"), so the rules for a definite office place it; an envoy's title with
//! the city of the post before the name ("X's ambassador in <city>, NAME,") names the
//! envoy; an office-holder is not placed by a foreign place its sentence names.

use super::tests::{actor_of_nth, events};

#[test]
fn the_prime_minister_is_one_mention_placed_by_the_sentence_before() {
    let text = "Fiji closed its northern airport on Monday. \
                The prime minister said the decision was final.";
    assert_eq!(actor_of_nth(text, "The prime", 0), None);
    assert_eq!(
        actor_of_nth(text, "The prime minister", 0).as_deref(),
        Some("FJIGOV")
    );
}

#[test]
fn an_envoy_title_with_the_city_of_the_post_names_the_envoy() {
    let text = "Chile's ambassador in Lima, Tomas Ferrer, accused Peru of delaying the talks.";
    assert_eq!(
        actor_of_nth(text, "Tomas Ferrer", 0).as_deref(),
        Some("CHLGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, _)| s == "CHLGOV" && t.starts_with("PER")),
        "{evs:?}"
    );
}

#[test]
fn an_office_holder_is_not_placed_by_the_place_his_sentence_names() {
    // a place in the sentence places police, not a head of government
    let text = "Tonga expelled two fishing boats on Friday. \
                \"We have explained our reasons to Beijing,\" the prime minister said.";
    assert_ne!(
        actor_of_nth(text, "the prime minister", 0).as_deref(),
        Some("CHNGOV")
    );
    let text = "Police in Kampala arrested four protesters on Monday.";
    assert_eq!(actor_of_nth(text, "Police", 0).as_deref(), Some("UGACOP"));
}

#[test]
fn a_name_before_a_title_of_an_unread_owner_keeps_the_owner_open() {
    // the owner after "of" is the name's state; a bare sector would hide it
    let text = "Estonia's prime minister has pledged full support for Ivo Kask Tamm, \
                the prime minister of the U.N.-backed Libyan government in Tripoli.";
    assert_ne!(
        actor_of_nth(text, "Ivo Kask Tamm", 0).as_deref(),
        Some("GOV")
    );
}
