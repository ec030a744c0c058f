//! Story-level target guesses yield to the sentence (branch parser21): a guess on a third
//! side the sentence does not offer is not made. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("Freedonia's foreign ministry", "FREGOV", Organisation)])
}

const CLASH: &str = "Ruritanian troops shelled a Freedonian border post on Monday. ";

#[test]
fn a_third_side_in_the_clause_keeps_the_partner_unguessed() {
    // the protest cites a Sylvanian report: the story's adversary (Ruritania) is a guess the
    // sentence does not support
    let text = format!(
        "{CLASH}Freedonia's foreign ministry lodged a formal protest on Tuesday, citing a \
         report by Sylvania."
    );
    let evs = run(&text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn the_sources_own_side_or_an_occasion_does_not_block_the_guess() {
    // Freedonia's own capital, or a place named only as the occasion ("before the summit
    // in Sylvania"), is no third party: the sole partner still fills the protest
    for tail in [
        "Freedonia's foreign ministry lodged a formal protest on Tuesday, citing a report by \
         Freedonia's border police.",
        "Freedonia's foreign ministry lodged a formal protest before the summit in Sylvania.",
    ] {
        let text = format!("{CLASH}{tail}");
        let evs = run(&text, &actors());
        assert!(
            has(&evs, "FREGOV", "RUR", "11"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}
