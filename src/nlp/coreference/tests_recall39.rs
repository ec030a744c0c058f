//! "The two leaders" after a sentence that names a state only by its people (branch
//! recall39): a population a sentence tells of ("the deaths of Chilean civilians") is no party,
//! and the phrase names the story's pair; a state the story is about keeps its place in the
//! pair however it was named.

use super::tests::events;

fn has_pair(evs: &[(String, String, String)], a: &str, b: &str) -> bool {
    evs.iter()
        .any(|(s, t, _)| (s == a && t == b) || (s == b && t == a))
}

#[test]
fn a_state_named_by_its_people_is_no_party_of_the_two_leaders() {
    let text = "Peru welcomed the Bolivian president on Monday and signed a trade accord. \
                A court had earlier opened an inquiry against the Bolivian leader over the \
                deaths of Chilean civilians. The Peruvian foreign ministry said the two leaders \
                had discussed a new railway.";
    let evs = events(text);
    assert!(!has_pair(&evs, "BOLGOV", "CHL"), "{evs:?}");
    assert!(!has_pair(&evs, "BOL", "CHL"), "{evs:?}");
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("PER") && t.starts_with("BOL") && c.starts_with("04")),
        "{evs:?}"
    );
}

#[test]
fn a_story_state_named_by_its_people_stays_in_the_pair() {
    // contrast: the people named are one side of the story itself
    let evs = events(
        "Chilean troops fired on Bolivian civilians near the border on Monday. The two \
         governments agreed on Tuesday to open a joint inquiry.",
    );
    assert!(has_pair(&evs, "CHLGOV", "BOLGOV"), "{evs:?}");
}
