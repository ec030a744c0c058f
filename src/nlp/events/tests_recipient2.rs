//! Relief sent with no recipient in the sentence goes to the state of the dateline, when the
//! story already showed that state as a party (branch recipient2); invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 6] = [
    ("NAIROBI", "KEN", Location),
    ("BRUSSELS", "BEL", Location),
    ("Kenya", "KEN", Location),
    ("Uganda", "UGA", Location),
    ("World Health Organization", "IGOUNOHLHWHO", Organisation),
    ("African Development Bank", "IGOAFRDEVAFB", Organisation),
];

/// The targets of the relief (073) the WHO sends.
fn relief_targets(evs: &[CodedEvent]) -> Vec<String> {
    triples(evs)
        .into_iter()
        .filter(|(s, _, c)| s == "IGOUNOHLHWHO" && c == "073")
        .map(|(_, t, _)| t)
        .collect()
}

const STORY: &str = "Kenya and Uganda signed a health accord on Monday. The World Health Organization sent two mobile clinics and food to a lakeside village on Tuesday.";

#[test]
fn relief_sent_to_an_unknown_place_goes_to_the_dateline_state() {
    let evs = run(&format!("NAIROBI (Lakes Wire) \u{2014} {STORY}"), &ACTORS);
    assert_eq!(relief_targets(&evs), ["KEN"], "{:?}", triples(&evs));
}

#[test]
fn a_dateline_state_the_story_never_shows_receives_no_relief() {
    // contrast: filed from a donor's seat that is no party of the story
    let evs = run(&format!("BRUSSELS (Lakes Wire) \u{2014} {STORY}"), &ACTORS);
    assert!(
        !relief_targets(&evs).iter().any(|t| t == "BEL"),
        "{:?}",
        triples(&evs)
    );
    // contrast: no dateline, no recipient guessed
    let evs = run(STORY, &ACTORS);
    assert!(
        relief_targets(&evs).iter().all(String::is_empty),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_loan_is_not_given_the_dateline_state() {
    // contrast: only relief (073) takes the dateline; other aid given may be for a third state
    let evs = run(
        "NAIROBI (Lakes Wire) \u{2014} Kenya and Uganda signed a railway accord on Monday. The African Development Bank financed the study.",
        &ACTORS,
    );
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, c)| s == "IGOAFRDEVAFB" && t == "KEN" && c.starts_with("07")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn the_accused_dateline_state_receives_no_relief() {
    // contrast: the story is Uganda's complaint against Kenya; the relief is for those Kenya
    // wronged, not for Kenya
    let evs = run(
        "NAIROBI (Lakes Wire) \u{2014} Uganda accused Kenya of expelling its traders on Monday. The World Health Organization sent two mobile clinics and food to the border post on Tuesday.",
        &ACTORS,
    );
    assert!(
        !relief_targets(&evs).iter().any(|t| t == "KEN"),
        "{:?}",
        triples(&evs)
    );
}
