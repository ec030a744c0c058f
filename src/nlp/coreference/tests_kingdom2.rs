//! "The kingdom" under a two-city dateline (branch kingdom2): a state of the head's form named
//! in the text outweighs the dateline's cities, and the sentence's own state is taken when the
//! text names no other state of that form.

use super::tests::actor_of_nth;

#[test]
fn the_kingdom_is_the_speakers_state_not_the_second_dateline_city() {
    let text = "MADRID/ROME (Desk) \u{2014} Morocco closed its border with Algeria on \
                Friday. \"This is about Morocco's security,\" the interior \
                minister said, adding that the kingdom would review its ties.";
    assert_eq!(actor_of_nth(text, "the kingdom", 0).as_deref(), Some("MAR"));
}

#[test]
fn another_kingdom_named_in_the_text_still_comes_first() {
    let text = "LONDON (Desk) \u{2014} Norway and Spain signed a fishing deal. Oslo praised \
                the kingdom for its help.";
    assert_eq!(actor_of_nth(text, "the kingdom", 0).as_deref(), Some("ESP"));
}

#[test]
fn a_dateline_city_still_resolves_when_the_text_names_no_state() {
    let text = "RIYADH (Desk) \u{2014} The kingdom said on Monday it would raise output.";
    assert_eq!(actor_of_nth(text, "The kingdom", 0).as_deref(), Some("SAU"));
}

#[test]
fn a_head_naming_no_form_does_not_fall_back_to_the_acting_state() {
    // "the Gulf state" names no form: the acting state is never its own description
    let text = "Sudan cut ties with Chad, accusing the Gulf state of arming rebels.";
    assert_ne!(
        actor_of_nth(text, "the Gulf state", 0).as_deref(),
        Some("SDN")
    );
}
