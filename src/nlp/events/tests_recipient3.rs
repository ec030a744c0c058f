//! The recipient of aid and promises (branch recipient3): the other party of a deal a sum is
//! pledged for, the indirect object before a thing given "from" a donor's fund, a sum stated
//! after "of", a promise of relief, and the lead's sufferer before the dateline's state;
//! invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 10] = [
    ("NAIROBI", "KEN", Location),
    ("KINGSTON", "JAM", Location),
    ("Kenya", "KEN", Location),
    ("Uganda", "UGA", Location),
    ("Jamaica", "JAM", Location),
    ("Haiti", "HTI", Location),
    ("India", "IND", Location),
    ("China", "CHN", Location),
    ("African Development Bank", "IGOAFRDEVAFB", Organisation),
    ("European Commission", "IGOEUREEC", Organisation),
];

/// The targets of `source`'s events whose code starts with `code`, sorted.
fn targets_of(evs: &[CodedEvent], source: &str, code: &str) -> Vec<String> {
    let mut t: Vec<String> = triples(evs)
        .into_iter()
        .filter(|(s, _, c)| s == source && c.starts_with(code))
        .map(|(_, t, _)| t)
        .collect();
    t.sort();
    t
}

#[test]
fn a_sum_pledged_for_two_states_deal_goes_to_both() {
    let text = "NAIROBI (Lakes Wire) \u{2014} Kenya and Uganda signed an agreement on Monday to build a railway between their capitals. The African Development Bank pledged 300 million dollars for the line.";
    let evs = run(text, &ACTORS);
    assert_eq!(
        targets_of(&evs, "IGOAFRDEVAFB", "033"),
        ["KEN", "UGA"],
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn talks_are_no_deal_a_sum_is_pledged_for() {
    // contrast: the two states only met; the sum keeps the dateline's state alone
    let text = "NAIROBI (Lakes Wire) \u{2014} Kenya and Uganda held talks on Monday about a railway between their capitals. The African Development Bank pledged 300 million dollars for the line.";
    let evs = run(text, &ACTORS);
    assert!(
        !targets_of(&evs, "IGOAFRDEVAFB", "033").contains(&"UGA".to_string()),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn the_indirect_object_receives_what_comes_from_a_donors_fund() {
    let text = "The European Commission offered Kenya extra money from the European Commission's border fund.";
    let evs = run(text, &ACTORS);
    assert_eq!(
        targets_of(&evs, "IGOEUREEC", "03"),
        ["KEN"],
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_sum_stated_after_of_is_a_promised_sum() {
    let text = "India and Kenya signed a maritime agreement on Monday. India also offered a credit line of 50 million dollars for housing.";
    let evs = run(text, &ACTORS);
    assert!(
        targets_of(&evs, "IND", "033").contains(&"KEN".to_string()),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_promise_of_relief_goes_to_the_storys_recipient() {
    let text = "India sent tents and blankets to Kenya on Monday after the floods. China offered to send a team of doctors.";
    let evs = run(text, &ACTORS);
    assert_eq!(
        targets_of(&evs, "CHN", "0333"),
        ["KEN"],
        "{:?}",
        triples(&evs)
    );
}

const SUMMIT: &str = "KINGSTON (Caribbean Desk) \u{2014} Jamaica's prime minister met the president of Kenya in Kingston on Monday and they agreed to form a police unit.";

#[test]
fn the_leads_sufferer_comes_before_the_dateline_state() {
    let text = format!("{SUMMIT} The meeting was dominated by the crisis in Haiti, where gangs rule the capital. China pledged 60 million dollars on Tuesday.");
    let evs = run(&text, &ACTORS);
    assert_eq!(
        targets_of(&evs, "CHN", "033"),
        ["HTI"],
        "{:?}",
        triples(&evs)
    );
    // `--explain` names the rule that chose the recipient, not the dateline's
    let pledge = evs.iter().find(|e| e.cameo.starts_with("033"));
    let path = pledge.map(|e| e.path.as_str()).unwrap_or_default();
    assert!(path.ends_with(aid_recipient::SUFFERER_NOTE), "{path}");
}

#[test]
fn two_sufferers_leave_the_dateline_state() {
    // contrast: the lead names two states in crisis; neither displaces the dateline's state
    let text = format!("{SUMMIT} The meeting was dominated by the crisis in Haiti and the floods in Uganda. China pledged 60 million dollars on Tuesday.");
    let evs = run(&text, &ACTORS);
    assert_eq!(
        targets_of(&evs, "CHN", "033"),
        ["JAM"],
        "{:?}",
        triples(&evs)
    );
}
