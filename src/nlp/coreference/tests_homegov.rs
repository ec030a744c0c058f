//! Branch homegov: a wire story's bare home offices ("the prime minister", "the foreign
//! ministry") take the dateline's state when it is a party and no other state's office of
//! the same kind was named before. Own sentences.

use super::tests::{actor_of_nth, events};

#[test]
fn a_lead_office_coordinated_after_the_home_states_words_is_the_home_states() {
    let text = "LISBON (Wire) — A Moroccan patrol boat fired on a Portuguese trawler on \
                Sunday, Portugal's government said, and the prime minister demanded an \
                explanation from Rabat.";
    assert_eq!(
        actor_of_nth(text, "the prime minister", 0).as_deref(),
        Some("PRTGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "PRTGOV" && t.starts_with("MAR") && c.starts_with("10")),
        "{evs:?}"
    );
    // another state named last before the conjunct: not the dateline's
    let text = "LISBON (Wire) — Portugal said on Sunday that Morocco had seized a trawler, \
                and the prime minister demanded its release.";
    assert_ne!(
        actor_of_nth(text, "the prime minister", 0).as_deref(),
        Some("PRTGOV")
    );
}

#[test]
fn an_unplaced_lead_office_does_not_block_the_later_ministry() {
    let text = "LISBON (Wire) — A Moroccan patrol boat fired on a Portuguese trawler on \
                Sunday, Portugal's government said, and the prime minister demanded an \
                explanation from Rabat.\n\nThe crew were unhurt.\n\nThe foreign ministry \
                summoned Morocco's ambassador on Monday.";
    assert_eq!(
        actor_of_nth(text, "The foreign ministry", 0).as_deref(),
        Some("PRTGOV")
    );
}

#[test]
fn a_later_home_office_is_not_blocked_by_another_states_envoy_or_government() {
    // the envoy and the government in the other capital are not the same office
    let text = "OSLO (Wire) — Norway expelled a Russian diplomat on Monday and accused the \
                government in Moscow of spying.\n\nThe foreign ministry summoned Russia's \
                ambassador to explain the case.";
    assert_eq!(
        actor_of_nth(text, "The foreign ministry", 0).as_deref(),
        Some("NORGOV")
    );
    let text = "OSLO (Wire) — Norway closed a border post with Russia on Monday and \
                accused the government in Moscow of sending migrants.\n\nThe prime minister \
                said the post would stay shut if Moscow did not stop.";
    assert_eq!(
        actor_of_nth(text, "The prime minister", 0).as_deref(),
        Some("NORGOV")
    );
}

#[test]
fn another_states_placed_office_of_the_kind_or_place_still_blocks() {
    // Russia's foreign minister was named before: "the foreign minister" may be either
    let text = "OSLO (Wire) — Norway closed a border post with Russia on Monday after \
                Russia's foreign minister accused it of spying.\n\nThe foreign minister said \
                the post would stay shut.";
    assert_ne!(
        actor_of_nth(text, "The foreign minister", 0).as_deref(),
        Some("NORGOV")
    );
    // a place of another state opens the sentence
    let text = "OSLO (Wire) — Norway closed a border post with Russia on Monday.\n\nIn \
                Moscow, the foreign ministry said the closure was hostile.";
    assert_ne!(
        actor_of_nth(text, "the foreign ministry", 0).as_deref(),
        Some("NORGOV")
    );
    // the dateline is a venue: no home state
    let text = "OSLO (Wire) — Sudan and Chad agreed in talks in Oslo on Monday to reopen \
                their border.\n\nThe prime minister said the deal was fragile.";
    assert_ne!(
        actor_of_nth(text, "The prime minister", 0).as_deref(),
        Some("NORGOV")
    );
}

#[test]
fn a_bare_embassy_is_not_the_home_states() {
    let text = "OSLO (Wire) — Norway expelled a Russian diplomat on Monday.\n\nProtesters \
                gathered outside the embassy in the evening.";
    assert_ne!(
        actor_of_nth(text, "the embassy", 0).as_deref(),
        Some("NORGOV")
    );
}
