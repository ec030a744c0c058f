//! An act in a clause the news is still waiting for ("stays shut until Y apologises") has
//! not happened: an "until" / "before" clause in the simple present tells an event to come
//! (branch precision15). Invented text.
use super::tests::{run, three_states_and, triples};

use super::*;

/// The modality of the first event whose source starts with `src`, if any.
fn modality_of(evs: &[CodedEvent], src: &str) -> Option<Modality> {
    evs.iter()
        .find(|e| e.source.actor.code.starts_with(src))
        .map(|e| e.modality)
}

#[test]
fn an_act_the_news_still_waits_for_is_conditional() {
    let actors = three_states_and(&[]);
    for text in [
        "Ruritania said its embassy would stay shut until Freedonia apologises to Ruritania.",
        "The border crossing stays closed until Freedonia expels the Ruritanian ambassador.",
    ] {
        let evs = run(text, &actors);
        assert_eq!(
            modality_of(&evs, "FRE"),
            Some(Modality::Conditional),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn an_act_that_ended_the_wait_is_told_as_done() {
    // the same clause in the past: the apology happened and is news, told by Ruritania
    let actors = three_states_and(&[]);
    let text = "Ruritania said its embassy stayed shut until Freedonia apologised to Ruritania.";
    let evs = run(text, &actors);
    assert!(
        modality_of(&evs, "FRE").is_some_and(|m| m != Modality::Conditional),
        "{:?}",
        triples(&evs)
    );
}
