//! Conditional threats (branch threats5), on invented sentences: measures announced under a
//! condition threaten the party the condition asks to act; a condition told by inversion
//! ("should Y …") is one; a condition with no party, a negated announcement and a promise
//! are no threat.
use super::tests::{pair, run, threats, CHILE_PERU as SIDES};

#[test]
fn measures_announced_under_a_condition_threaten_the_party_asked_to_act() {
    for text in [
        "Santiago will take all necessary measures if Lima goes ahead with the levy, the \
         minister said.",
        "\"If Lima raises the levy again, Chile will take the necessary steps,\" the \
         minister told reporters in Santiago.",
    ] {
        let t = threats(&run(text, &SIDES));
        assert!(t.contains(&pair("CHL", "PER")), "{text}: {t:?}");
    }
}

#[test]
fn an_inverted_condition_makes_a_response_a_threat() {
    let text = "Chile said Santiago would respond with all means should Lima seize another \
                trawler.";
    let t = threats(&run(text, &SIDES));
    assert!(t.contains(&pair("CHL", "PER")), "{t:?}");
}

#[test]
fn measures_with_no_party_in_the_condition_or_negated_are_no_threat() {
    for text in [
        "Chile said it would take the necessary measures if fuel prices rose again.",
        "Chile said it would not take any measures if Peru seized another trawler.",
        "Chile took measures on Monday after Peru seized a trawler.",
        "Chile said it would lift the levy should Peru free the fishermen.",
    ] {
        let t = threats(&run(text, &SIDES));
        assert!(!t.contains(&pair("CHL", "PER")), "{text}: {t:?}");
    }
}
