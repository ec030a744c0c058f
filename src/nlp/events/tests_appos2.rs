//! Words around an actor that name another actor without making it a party: an apposition
//! with a possessor ("Y's main ally") or a hyphenated modifier ("the Y-led bloc"), and a
//! comparison clause ("as did A and B") (branch appos2); invented sentences.
use super::tests::{run, triples, FOUR_STATES};
use super::*;
use EntityType::*;

fn with(
    extra: &[(&'static str, &'static str, EntityType)],
) -> Vec<(&'static str, &'static str, EntityType)> {
    FOUR_STATES.iter().chain(extra).copied().collect()
}

#[test]
fn a_possessor_in_an_apposition_is_not_a_co_speaker() {
    let evs = run(
        "Chile, Norway's last partner in the region, said it would keep its ties with Ghana.",
        &FOUR_STATES,
    );
    let tr = triples(&evs);
    assert!(!tr.iter().any(|(s, _, _)| s == "NOR"), "{tr:?}");
}

#[test]
fn a_hyphenated_country_in_an_apposition_describes_the_head() {
    let evs = run(
        "Chile and Ghana traded fire on the river. The Southern Pact, the Peruvian-led \
         defence bloc to which Chile belongs, expressed full solidarity with Chile.",
        &with(&[("The Southern Pact", "IGOSAP", Organisation)]),
    );
    let tr = triples(&evs);
    assert!(!tr.iter().any(|(s, _, _)| s.starts_with("PER")), "{tr:?}");
}

#[test]
fn a_list_of_states_still_acts_together() {
    let evs = run(
        "Norway, Ghana and Chile called on Peru to free the crew at once.",
        &FOUR_STATES,
    );
    let tr = triples(&evs);
    for s in ["NOR", "GHA", "CHL"] {
        assert!(
            tr.iter().any(|(a, t, _)| a == s && t == "PER"),
            "{s}: {tr:?}"
        );
    }
}

#[test]
fn a_comparison_clause_names_no_target() {
    let evs = run(
        "Peru and Ghana agreed to restore ties on Monday. Chile also welcomed it, as did Norway.",
        &FOUR_STATES,
    );
    let tr = triples(&evs);
    assert!(
        !tr.iter().any(|(s, t, _)| s == "CHL" && t == "NOR"),
        "{tr:?}"
    );
}
