//! The story's host state for "the authorities", "the government" (`host`). Invented
//! articles.
use super::tests::{actor_of_nth, events};

/// A story filed from Nairobi about Kenya, with Uganda as the outside party.
const NAIROBI: &str = "NAIROBI (Test Wire) — Kenya closed two crossings on its western \
border on Friday after Kenyan rangers reported cattle raids near Busia. \
Uganda urged the authorities to reopen the crossings. \
Kenya said the raids had gone on for weeks. \
The interior ministry promised to compensate the herders. \
Kenyan traders welcomed the pledge.";

#[test]
fn a_definite_institution_takes_the_story_host_state() {
    // the sentence names no other state, nor does the one before
    assert_eq!(
        actor_of_nth(NAIROBI, "The interior ministry", 0).as_deref(),
        Some("KENGOV")
    );
    // addressed by the other state, whose own authorities it cannot be
    assert_eq!(
        actor_of_nth(NAIROBI, "the authorities", 0).as_deref(),
        Some("KENGOV")
    );
    let evs = events(NAIROBI);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("UGA") && t == "KENGOV" && c.starts_with('0')),
        "{evs:?}"
    );
}

#[test]
fn another_state_in_reach_leaves_the_reference_open() {
    // the government opens a clause reported by the other state: it may be the speaker's
    let text = "LIMA (Test Wire) — Peru expelled two Chilean diplomats on Monday. \
                Peru said they had spied on its ports. \
                Chile said the government would answer in kind. \
                Peru's navy kept its ships in port.";
    assert_ne!(
        actor_of_nth(text, "the government", 0).as_deref(),
        Some("PERGOV")
    );
    // the sentence before names the other state
    let text = "LIMA (Test Wire) — Peru expelled two Chilean diplomats on Monday. \
                Peru said they had spied on its ports. \
                Chile's foreign minister protested loudly. \
                The government called the expulsion a mistake. \
                Peru's navy kept its ships in port.";
    assert_ne!(
        actor_of_nth(text, "The government", 0).as_deref(),
        Some("PERGOV")
    );
    // a story filed from a capital about two other states has no host
    let text = "GENEVA (Test Wire) — Peru and Chile resumed talks on their maritime border. \
                Chile urged the authorities to free its fishermen. \
                Peru said Chile had delayed the talks.";
    assert_eq!(
        actor_of_nth(text, "the authorities", 0).as_deref(),
        Some("GOV")
    );
}

#[test]
fn a_title_takes_its_country_from_a_possessive_pronoun() {
    // "Its" is the previous subject's state, not Chile's named later in the sentence
    let text = "Bolivia's government did not reply on Monday. \
                Its interior minister has rejected similar charges from Chile before.";
    assert_eq!(
        actor_of_nth(text, "interior minister", 0).as_deref(),
        Some("BOLGOV")
    );
}

#[test]
fn a_collective_possessor_gives_each_state_its_agent() {
    let text = "Kenya and Ethiopia traded accusations over the dam for a week. \
                Tanzania invited the two countries' foreign ministers to Arusha.";
    let code = actor_of_nth(text, "foreign ministers", 0).unwrap_or_default();
    let mut parts: Vec<&str> = code.split('/').collect();
    parts.sort_unstable();
    assert_eq!(parts, ["ETHGOV", "KENGOV"]);
}

#[test]
fn an_armed_group_named_by_its_base_is_that_state_s_rebels() {
    let text = "Gunmen from Chad attacked a Cameroonian border post on Sunday. \
                Cameroon's army said militants based in Nigeria had crossed too.";
    assert_eq!(actor_of_nth(text, "Gunmen", 0).as_deref(), Some("TCDREB"));
    assert_eq!(
        actor_of_nth(text, "militants", 0).as_deref(),
        Some("NGAREB")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "TCDREB" && t.starts_with("CMR") && c.starts_with("19")),
        "{evs:?}"
    );
    // a place that is not a state, or no base cue, gives nothing
    let text = "Gunmen from the village attacked a police post in Chad.";
    assert_ne!(actor_of_nth(text, "Gunmen", 0).as_deref(), Some("TCDREB"));
}

#[test]
fn the_north_and_the_south_are_states_only_in_a_story_of_both_koreas() {
    let text = "North Korea tested a missile on Friday and South Korea raised its alert. \
                The North accused the South of staging drills near the border.";
    assert_eq!(actor_of_nth(text, "North", 0).as_deref(), Some("PRK"));
    assert_eq!(actor_of_nth(text, "South", 0).as_deref(), Some("KOR"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("PRK") && t.starts_with("KOR") && c.starts_with("11")),
        "{evs:?}"
    );
    // a story of one Korea: "the South" is a region
    let text = "Italy's government met unions in Rome. The South needs more trains, Italy said.";
    assert_eq!(actor_of_nth(text, "South", 0), None);
}

#[test]
fn an_armed_group_named_by_its_origin_is_that_state_s_rebels() {
    // a relative clause of coming "from" a state, a river between them
    let text = "Gunmen who crossed the river from Sudan attacked a Chadian village on Monday.";
    assert_eq!(actor_of_nth(text, "Gunmen", 0).as_deref(), Some("SDNREB"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "SDNREB" && t.starts_with("TCD") && c.starts_with("19")),
        "{evs:?}"
    );
    // a clause that is not about coming from the state gives nothing
    let text = "Gunmen who bought rifles from Sudan attacked a Chadian village.";
    assert_ne!(actor_of_nth(text, "Gunmen", 0).as_deref(), Some("SDNREB"));
}
