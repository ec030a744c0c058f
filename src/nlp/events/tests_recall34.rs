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
    assert!(
        !has_root(&evs, "TGOCOP", "GHA", "17"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn people_detained_by_an_agent_and_released_are_released_by_it() {
    let text = "Four Ghanaian traders who were detained by Togolese police last week were \
                released on Saturday, Ghana said.";
    let evs = run(text, &BORDER);
    assert!(has_root(&evs, "TGOCOP", "GHA", "08"), "{:?}", triples(&evs));
}

#[test]
fn people_only_escorted_by_an_agent_are_not_released_by_it() {
    let text = "Four Ghanaian traders who were escorted by Togolese police last week were \
                released on Saturday, Ghana said.";
    let evs = run(text, &BORDER);
    assert!(
        !has_root(&evs, "TGOCOP", "GHA", "08"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn people_released_and_handed_over_do_not_hand_themselves() {
    let text = "Four Ghanaian traders who were detained by Togolese police last week were \
                released on Saturday and handed over to Ghanaian officials, Ghana said.";
    let evs = run(text, &BORDER);
    let own = triples(&evs)
        .into_iter()
        .any(|(s, t, _)| s.starts_with("GHA") && t == "GHAGOV");
    assert!(!own, "{:?}", triples(&evs));
}

/// Pairs (class E).
const PAIR: [(&str, &str, EntityType); 3] = [
    ("Ghana", "GHA", Location),
    ("Togo", "TGO", Location),
    ("Benin", "BEN", Location),
];

#[test]
fn co_subjects_agreeing_on_one_of_their_own_places_agree_with_each_other() {
    let text = "Ghana and Togo agreed on Monday to resume stalled negotiations over the \
                management of airspace above southern Ghana.";
    let evs = run(text, &PAIR);
    assert!(has_root(&evs, "GHA", "TGO", "03"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "TGO", "GHA", "03"), "{:?}", triples(&evs));
}

#[test]
fn co_subjects_agreeing_with_a_third_state_do_not_agree_with_each_other() {
    let text = "Ghana and Togo agreed on Monday to resume stalled negotiations with Benin over \
                the management of airspace above southern Ghana.";
    let evs = run(text, &PAIR);
    assert!(!has_root(&evs, "GHA", "TGO", "03"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "GHA", "BEN", "03"), "{:?}", triples(&evs));
}

#[test]
fn talks_of_a_pair_in_an_adjunct_are_held_with_each_other() {
    let text = "Ghana and Togo said on Monday after talks in Accra that the border would reopen.";
    let evs = run(text, &PAIR);
    assert!(has_root(&evs, "GHA", "TGO", "04"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "TGO", "GHA", "04"), "{:?}", triples(&evs));
}

#[test]
fn talks_of_a_pair_with_a_named_partner_are_held_with_the_partner() {
    let text = "Ghana and Togo said on Monday after talks with Benin in Accra that the border \
                would reopen.";
    let evs = run(text, &PAIR);
    assert!(!has_root(&evs, "GHA", "TGO", "04"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "GHA", "BEN", "04"), "{:?}", triples(&evs));
}
