//! A spokesperson named only by the body they speak for (branch recall28). Invented text.
use super::tests::{actor_of_nth, events};

#[test]
fn a_pronoun_after_a_ministry_spokeswoman_is_her_government() {
    let text = "Peru's foreign ministry spokeswoman said the trawlers had left the zone. \
                She warned that Chile would pay a heavy price if the crews were not freed.";
    assert_eq!(actor_of_nth(text, "She", 0).as_deref(), Some("PERGOV"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "PERGOV" && t.starts_with("CHL") && c.starts_with("13")),
        "{evs:?}"
    );
}

#[test]
fn a_body_without_a_spokesperson_is_no_antecedent_for_he() {
    // the ministry itself is no person: "he" stays unplaced rather than becoming the ministry
    let text = "Peru's foreign ministry said talks on the trawlers had begun. \
                He declined to say when they would end.";
    assert_eq!(actor_of_nth(text, "He", 0), None);
}

#[test]
fn rebels_joined_to_a_placed_government_are_its_own() {
    let text = "Chad's government and a coalition of rebel groups agreed on Monday to a truce.";
    let evs = events(text);
    assert!(
        evs.iter().any(|(s, t, _)| s == "TCDGOV" && t == "TCDREB"),
        "{evs:?}"
    );
    // another party between: the rebels are not placed by the government
    let text = "Chad's government and France fought rebel groups near the border on Monday.";
    assert!(events(text)
        .iter()
        .all(|(s, t, _)| s != "TCDREB" && t != "TCDREB"));
}

#[test]
fn the_two_governments_in_the_lead_are_the_states_named_before_them() {
    // no earlier sentence: the lead's own two states are the pair
    let text = "Peru seized two Chilean trawlers on Sunday, prompting Santiago to recall its \
                envoy, before the two governments announced a deal late in the evening.";
    let evs = events(text);
    for (s, t) in [("PERGOV", "CHLGOV"), ("CHLGOV", "PERGOV")] {
        assert!(
            evs.iter().any(|(a, b, c)| a == s && b == t && c == "030"),
            "{evs:?}"
        );
    }
}

#[test]
fn the_two_governments_addressed_by_a_pair_are_not_that_pair() {
    // "A and B urged both governments": the subject's pair is no antecedent
    let text = "Peru and Chile urged the two governments to resume talks.";
    let evs = events(text);
    assert!(
        evs.iter().all(|(_, t, _)| t != "PERGOV" && t != "CHLGOV"),
        "{evs:?}"
    );
}
