//! Stance told with no usable trigger on main (branch recall45): a stance noun in scare
//! quotes after "expressed", and the feeling verbs ("disappointed", "saddened") whose
//! object, or passive subject, is the one who disapproves; invented sentences.
use super::tests::has_root as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("African Union", "IGOAFRAU", Organisation),
    ("Kenya", "KEN", Location),
    ("Uganda", "UGA", Location),
    ("Tanzania", "TZA", Location),
];

#[test]
fn a_stance_noun_in_scare_quotes_keeps_its_pattern() {
    let evs = run(
        "The African Union expressed \"solidarity\" with Kenya on Monday.",
        &ACTORS,
    );
    assert!(has(&evs, "IGOAFRAU", "KEN", "051"), "{:?}", triples(&evs));
}

#[test]
fn a_one_word_quote_does_not_join_the_next_clause() {
    // contrast: the quote no longer ends the window, but the next verb still does: the
    // label of the talks is no act on the parties of the following clause
    let evs = run(
        "The African Union said the talks were \"useful\" and Uganda attacked Kenya.",
        &ACTORS,
    );
    assert!(has(&evs, "UGA", "KEN", "19"), "{:?}", triples(&evs));
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "IGOAFRAU" && !t.is_empty()),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn the_one_disappointed_is_the_critic() {
    let evs = run(
        "Uganda was disappointed by Kenya's decision to close the border.",
        &ACTORS,
    );
    assert!(has(&evs, "UGA", "KEN", "11"), "{:?}", triples(&evs));
    assert!(!has(&evs, "KEN", "UGA", "11"), "{:?}", triples(&evs));
    let evs = run(
        "Kenya's decision to expel the traders saddened Uganda.",
        &ACTORS,
    );
    assert!(has(&evs, "UGA", "KEN", "11"), "{:?}", triples(&evs));
    assert!(!has(&evs, "KEN", "UGA", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_feeling_about_a_thing_has_no_party() {
    // contrast: floods in Kenya are no act of Kenya's
    let evs = run("Uganda was saddened by the floods in Kenya.", &ACTORS);
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, c)| c.starts_with("11") && (s == "KEN" || t == "KEN")),
        "{:?}",
        triples(&evs)
    );
}

const DONORS: [(&str, &str, EntityType); 6] = [
    ("NAIROBI", "KEN", Location),
    ("BRUSSELS", "BEL", Location),
    ("Kenya", "KEN", Location),
    ("Uganda", "UGA", Location),
    ("European Union", "IGOEUREEC", Organisation),
    ("African Development Bank", "IGOAFRDEVAFB", Organisation),
];

fn pledge_target(evs: &[CodedEvent]) -> Vec<String> {
    triples(evs)
        .into_iter()
        .filter(|(s, _, c)| s == "IGOAFRDEVAFB" && c.starts_with("033"))
        .map(|(_, t, _)| t)
        .collect()
}

#[test]
fn a_sum_pledged_with_no_recipient_goes_to_the_dateline_state() {
    let evs = run(
        "NAIROBI (Lakes Wire) \u{2014} Kenya and Uganda signed a railway accord on Monday. The African Development Bank pledged 300 million dollars on Tuesday.",
        &DONORS,
    );
    // the dateline's state, and the other party of its accord (branch recipient3)
    assert_eq!(pledge_target(&evs), ["KEN", "UGA"], "{:?}", triples(&evs));
}

#[test]
fn a_dateline_state_the_story_never_shows_is_no_recipient() {
    // contrast: filed from the donor's seat; Belgium is no party of the story
    let evs = run(
        "BRUSSELS (Lakes Wire) \u{2014} Kenya and Uganda signed a railway accord on Monday. The African Development Bank pledged 300 million dollars on Tuesday.",
        &DONORS,
    );
    assert!(
        !pledge_target(&evs).iter().any(|t| t == "BEL"),
        "{:?}",
        triples(&evs)
    );
    // contrast: no dateline, no recipient guessed
    let evs = run(
        "Kenya and Uganda signed a railway accord on Monday. The African Development Bank pledged 300 million dollars on Tuesday.",
        &DONORS,
    );
    assert!(
        pledge_target(&evs).iter().all(String::is_empty),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_one_word_quote_still_ends_the_left_context_of_the_next_verb() {
    // contrast: the label's holder is not the subject of the participle after the quote,
    // and the label still answers the accuser
    let evs = run(
        "Kenya said the Ugandan allegations were \"propaganda\" meant to hurt Kenya's farmers.",
        &ACTORS,
    );
    assert!(has(&evs, "KEN", "UGA", "12"), "{:?}", triples(&evs));
}

#[test]
fn the_one_angered_is_the_critic() {
    let evs = run(
        "Kenya's decision to expel the traders angered Uganda.",
        &ACTORS,
    );
    assert!(has(&evs, "UGA", "KEN", "11"), "{:?}", triples(&evs));
    let evs = run(
        "Uganda was infuriated by Kenya's decision to expel the traders.",
        &ACTORS,
    );
    assert!(has(&evs, "UGA", "KEN", "11"), "{:?}", triples(&evs));
    // contrast: an anger with no party's act behind it
    let evs = run("Uganda was angered by the heavy rains.", &ACTORS);
    assert!(
        !triples(&evs)
            .iter()
            .any(|(_, t, c)| c.starts_with("11") && !t.is_empty()),
        "{:?}",
        triples(&evs)
    );
}
