//! Acts told inside relative clauses (branch recall34, class F): "whose" on the clause's
//! noun, a told passive under a demand, the release of people whose detention a relative
//! clause tells, a participle joined to a passive. Invented sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const BORDER: [(&str, &str, EntityType); 5] = [
    ("Ghana", "GHA", Location),
    ("Togo", "TGO", Location),
    ("Ghanaian", "GHA", Nationality),
    ("Togolese police", "TGOCOP", Organisation),
    ("Ghanaian officials", "GHAGOV", Organisation),
];

#[test]
fn a_seizure_told_with_whose_under_a_demand_is_the_agents_act_on_the_owners() {
    let text = "Ghana demanded on Monday that Togo free four Ghanaian traders whose truck was \
                seized by Togolese police near the border.";
    let evs = run(text, &BORDER);
    assert!(has_root(&evs, "TGOCOP", "GHA", "17"), "{:?}", triples(&evs));
}

#[test]
fn what_a_demand_asks_for_and_a_standing_clause_are_still_no_acts() {
    // the freeing is only demanded; "who are held" tells no past act
    let text = "Ghana demanded on Monday that Togo free any Ghanaian traders who are held by \
                Togolese police.";
    let evs = run(text, &BORDER);
    assert!(!has_root(&evs, "TGO", "GHA", "08"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "TGOCOP", "GHA", "17"), "{:?}", triples(&evs));
}

#[test]
fn people_detained_by_an_agent_and_released_are_released_by_it() {
    let text = "Four Ghanaian traders who were detained by Togolese police last week were \
                released on Saturday.";
    let evs = run(text, &BORDER);
    assert!(has_root(&evs, "TGOCOP", "GHA", "08"), "{:?}", triples(&evs));
}

#[test]
fn people_only_escorted_by_an_agent_are_not_released_by_it() {
    let text = "Four Ghanaian traders who were escorted by Togolese police last week were \
                released on Saturday.";
    let evs = run(text, &BORDER);
    assert!(!has_root(&evs, "TGOCOP", "GHA", "08"), "{:?}", triples(&evs));
}

#[test]
fn people_released_and_handed_over_do_not_hand_themselves() {
    let text = "Four Ghanaian traders who were detained by Togolese police last week were \
                released on Saturday and handed over to Ghanaian officials.";
    let evs = run(text, &BORDER);
    let own = triples(&evs)
        .into_iter()
        .any(|(s, t, _)| s.starts_with("GHA") && t == "GHAGOV");
    assert!(!own, "{:?}", triples(&evs));
}
