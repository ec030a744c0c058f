//! Reactions to an act named by a noun whose author an earlier sentence told: a ban that
//! was a closure, a visit told by the visitor's arrival, a response that was the lead's deed
//! (issue 8, branch reactions3). Invented sentences.
use super::tests::{has_sides, run, triples, FOUR_STATES as PARTIES};

/// "Y closed its airspace to X … Z condemned the ban": the ban is Y's closure (a cut, 16).
#[test]
fn a_ban_names_the_closure_told_before() {
    let evs = run(
        "Peru closed its airspace to all Chilean aircraft on Monday. Norway condemned the ban.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "NOR", "PER", "11"), "{:?}", triples(&evs));
}

/// With no cut told, "the ban" has no author and the criticism no target.
#[test]
fn a_ban_with_no_act_told_stays_without_a_target() {
    let evs = run(
        "Peru held talks with Chile on Monday. Norway condemned the ban.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "NOR", "PER", "11"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "NOR", "CHL", "11"), "{:?}", triples(&evs));
}

/// "X arrived in Y for a visit … Z criticised the visit": the arrival is the visit, and the
/// criticism answers the visitor.
#[test]
fn a_visit_told_by_the_arrival_answers_the_visitor() {
    let evs = run(
        "Norway's prime minister arrived in Peru on Tuesday for a two-day visit. Chile criticised the visit.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "CHL", "NOR", "11"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "CHL", "PER", "11"), "{:?}", triples(&evs));
}

/// "Y ordered the ship out … X praised the response": the response is the lead's deed.
#[test]
fn praise_of_the_response_answers_the_leads_deed() {
    let evs = run(
        "Peru expelled a Chilean research ship from its waters on Monday. Norway praised the response.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "NOR", "PER", "05"), "{:?}", triples(&evs));
}

/// "Y said … X dismissed the statement": the statement is what Y just said.
#[test]
fn a_statement_dismissed_answers_its_speaker() {
    let evs = run(
        "Peru and Chile signed a fishing accord on Monday. Ghana said it would treat the new pier as a threat. Norway dismissed the statement as noise.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "NOR", "GHA", "12"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "NOR", "PER", "12"), "{:?}", triples(&evs));
}

/// Two sides spoke in the sentence before: "the statement" is not known to be either's.
#[test]
fn a_statement_after_two_speakers_stays_without_a_target() {
    let evs = run(
        "Ghana accused Peru of spying on Monday, and Chile accused Norway of lying. Norway rejected the statement.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "NOR", "GHA", "12"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "NOR", "CHL", "12"), "{:?}", triples(&evs));
}
