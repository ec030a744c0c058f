//! References by number to the lead's list (branch refs2): "the three governments"
//! paragraphs after "The leaders of A, B and C signed …" are A, B and C, one event each;
//! a count the lead's list does not match names nobody. Invented articles.
use super::tests::{actor_of_nth, events};

/// A three-way summit told in the lead; a fourth state objects three sentences later.
const SUMMIT: &str = "The leaders of Portugal, Spain and Morocco signed a rail accord on \
    Monday at a summit in Rabat. Spain's prime minister said the line would open in 2030. \
    Moroccan officials said work would start next year. Madrid will pay for the bridge. \
    Algeria's foreign ministry accused the three governments of ignoring its concerns.";

#[test]
fn the_three_governments_far_from_the_lead_are_the_leads_three_states() {
    let code = actor_of_nth(SUMMIT, "the three governments", 0).unwrap_or_default();
    let mut codes: Vec<&str> = code.split('/').collect();
    codes.sort_unstable();
    assert_eq!(codes, ["ESPGOV", "MARGOV", "PRTGOV"], "{code}");
    let ev = events(SUMMIT);
    for tgt in ["ESPGOV", "MARGOV", "PRTGOV"] {
        assert!(
            ev.iter()
                .any(|e| e.0 == "DZAGOV" && e.1 == tgt && e.2.starts_with("11")),
            "DZAGOV -> {tgt}: {ev:?}"
        );
    }
}

#[test]
fn a_count_the_lead_does_not_match_names_nobody() {
    let text = SUMMIT.replace("the three governments", "the four governments");
    let code = actor_of_nth(&text, "the four governments", 0).unwrap_or_default();
    assert!(!code.contains("PRT") && !code.contains("MAR"), "{code}");
    let ev = events(&text);
    assert!(
        !ev.iter().any(|e| e.0 == "DZAGOV" && e.1.starts_with("PRT")),
        "{ev:?}"
    );
}

#[test]
fn a_bare_number_far_from_the_lead_is_not_its_list() {
    // no head noun says what "all three" counts: it stays unresolved
    let text = SUMMIT.replace(
        "Algeria's foreign ministry accused the three governments of ignoring its concerns.",
        "Algeria's foreign ministry said it had concerns. All three have expelled French troops.",
    );
    let ev = events(&text);
    assert!(
        !ev.iter()
            .any(|e| e.0.starts_with("PRT") && e.1.starts_with("FRA")),
        "{ev:?}"
    );
}

/// A state visit told by titles: the host speaks, then "her guest" acts.
const VISIT: &str =
    "ACCRA (Coast Desk) — Ghana and Togo signed a customs accord on Tuesday during a \
    state visit by Togo's president. Ghana's president called the accord a milestone. \
    \"We are neighbours and partners,\" the Ghanaian president said. Her guest praised Ghana \
    for its patience and invited her to Lome next year.";

#[test]
fn a_hosts_guest_is_the_other_state_of_the_visit() {
    assert_eq!(
        actor_of_nth(VISIT, "Her guest", 0).as_deref(),
        Some("TGOGOV")
    );
    let ev = events(VISIT);
    assert!(
        ev.iter()
            .any(|e| e.0 == "TGOGOV" && e.1.starts_with("GHA") && e.2 == "051"),
        "{ev:?}"
    );
}

#[test]
fn the_host_is_the_datelines_state_only_after_a_visit() {
    let text = "ACCRA (Coast Desk) — Togo's president arrived on Tuesday for a two-day visit. \
        Ghana's president met Togo's leader at the castle. Togo's foreign minister praised \
        Ghana. The visitors thanked the hosts for the welcome.";
    assert_eq!(
        actor_of_nth(text, "the hosts", 0).as_deref(),
        Some("GHAGOV")
    );
    assert_eq!(
        actor_of_nth(text, "The visitors", 0).as_deref(),
        Some("TGOGOV")
    );
    // no visit told: "the hosts" of a tournament are nobody's government here
    let text = "ACCRA (Coast Desk) — Ghana beat Togo 2-1 on Tuesday. Ghana's coach praised Togo's \
        defence. Togo's coach criticised the hosts for the state of the pitch.";
    assert_eq!(actor_of_nth(text, "the hosts", 0), None);
}

#[test]
fn a_guest_with_two_candidate_states_named_alike_is_nobody() {
    let text = "Kenya's president spoke to Uganda's leader and Tanzania's leader on Monday. \
        Uganda and Tanzania sent ministers to Nairobi. Kenya's president said his guest had \
        agreed to the plan.";
    assert_eq!(actor_of_nth(text, "his guest", 0), None);
}
