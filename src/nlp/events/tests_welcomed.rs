//! The target of a reaction to an act noun (issue 8, branch welcomed): a noun for what was
//! said ("the remark", "the description"), an act noun after
//! a feeling's cause word ("appalled by the veto"), and an act never coded whose author an
//! accusation named ("blamed Y for an attack … condemned the attack"). Invented sentences.
use super::tests::{has_sides, run, triples, FOUR_STATES as PARTIES};

/// "Y said …. X rejected the remark": the remark is what Y said just before.
#[test]
fn a_remark_answers_the_side_that_made_it() {
    let evs = run(
        "Peru's foreign minister said Chile had broken the fishing accord. \
         Norway rejected the remark.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "NOR", "PER", "12"), "{:?}", triples(&evs));
}

/// "X was appalled by the veto": the veto named after "by" is Y's vetoing.
#[test]
fn a_feeling_by_the_act_answers_its_author() {
    let evs = run(
        "Peru vetoed the Chilean proposal on Monday. Norway was \"appalled\" by the veto.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "NOR", "PER", "11"), "{:?}", triples(&evs));
}

/// "X blamed Y for an attack … Z condemned the attack": the attack was never coded, but the
/// accusation named its author.
#[test]
fn an_attack_blamed_on_a_side_is_that_sides() {
    let evs = run(
        "Chile on Friday blamed Peru for a cyber-attack that shut down its power grid. \
         Norway condemned the attack.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "NOR", "PER", "11"), "{:?}", triples(&evs));
}

/// Praise is no answer to a blamed act, and an accusation of another act names no author
/// of the attack.
#[test]
fn a_blamed_act_is_answered_only_by_criticism_of_the_same_noun() {
    let evs = run(
        "Chile on Friday blamed Peru for a drought that shut down its farms. \
         Norway condemned the attack.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "NOR", "PER", "11"), "{:?}", triples(&evs));
}

/// The accused party is not the criticising side's own: "Peru blamed Chile for the attack.
/// Chile condemned the attack" gives Chile no target of its own.
#[test]
fn the_accused_criticising_the_attack_is_not_its_own_target() {
    let evs = run(
        "Peru on Friday blamed Chile for a cyber-attack on its ministries. \
         Chile condemned the attack.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "CHL", "CHL", "11"), "{:?}", triples(&evs));
}
