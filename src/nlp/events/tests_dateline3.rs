//! A meeting noun that is only the setting of another act and that an indefinite or
//! universal determiner introduces is a gathering the story has not told: it takes no sole
//! partner (branch dateline3). Invented text.
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's trade minister", "FREGOV", Person),
        ("Ruritania's trade minister", "RURGOV", Person),
    ])
}

/// A first sentence that makes Ruritania Freedonia's sole partner.
const LEAD: &str = "Freedonia's trade minister met Ruritania's trade minister in the capital \
                    on Monday to discuss grain tariffs. ";

/// Freedonia's consultations with Ruritania.
fn meetings(evs: &[CodedEvent]) -> usize {
    evs.iter()
        .filter(|e| {
            e.cameo.starts_with("04")
                && e.source.actor.code == "FREGOV"
                && e.target.as_ref().is_some_and(|t| t.actor.side() == "RUR")
        })
        .count()
}

#[test]
fn an_untold_gathering_takes_no_sole_partner() {
    for tail in [
        "\"We will keep the quotas,\" Freedonia's trade minister told reporters after a \
         cabinet meeting.",
        "Freedonia's trade minister adopted the new quotas at a meeting in the capital, \
         saying the tariffs had hurt farmers.",
    ] {
        let text = format!("{LEAD}{tail}");
        let evs = run(&text, &actors());
        // the lead's meeting only; the later gathering is none with Ruritania
        assert_eq!(meetings(&evs), 1, "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_told_meeting_keeps_the_sole_partner() {
    // "after the meeting" takes up the lead's meeting with Ruritania
    let text = format!(
        "{LEAD}\"We will keep the quotas,\" Freedonia's trade minister told reporters after \
         the meeting."
    );
    let evs = run(&text, &actors());
    assert_eq!(meetings(&evs), 2, "{text}: {:?}", triples(&evs));
}
