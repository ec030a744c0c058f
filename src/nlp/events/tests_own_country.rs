//! A state's own country named by a place or a nationality adjective is no addressee of its
//! verbal acts (branch precision5); its forces act on its own population (branch precision6);
//! invented sentences.
use super::tests::{run, targets_of, triples};
use super::*;
use EntityType::*;

#[test]
fn own_nationality_in_a_refusal_is_no_target() {
    let evs = run(
        "Peru's foreign minister rejected any foreign meddling on Peruvian soil.",
        &[
            ("Peru's foreign minister", "PERGOV", Person),
            ("Peruvian", "PER", Nationality),
        ],
    );
    let t = targets_of(&evs, "PERGOV");
    assert!(t.iter().all(|t| t != "PER"), "{:?}", triples(&evs));
}

#[test]
fn a_foreign_nationality_in_a_refusal_stays_the_target() {
    let evs = run(
        "Peru's foreign minister rejected the Chilean proposal on Monday.",
        &[
            ("Peru's foreign minister", "PERGOV", Person),
            ("Chilean", "CHL", Nationality),
        ],
    );
    let t = targets_of(&evs, "PERGOV");
    assert!(t.iter().any(|t| t == "CHL"), "{:?}", triples(&evs));
}

#[test]
fn own_nationality_stays_the_target_of_force() {
    let evs = run(
        "Peru's army shelled Peruvian villages on Monday.",
        &[
            ("Peru's army", "PERMIL", Organisation),
            ("Peruvian", "PER", Nationality),
        ],
    );
    let t = targets_of(&evs, "PERMIL");
    assert!(t.iter().any(|t| t == "PER"), "{:?}", triples(&evs));
}

#[test]
fn a_states_arrest_of_unnamed_people_targets_its_own_population() {
    let evs = run(
        "Peruvian police arrested dozens of students in the capital on Monday.",
        &[("Peruvian police", "PERCOP", Organisation)],
    );
    let tr = triples(&evs);
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "PERCOP" && t == "PER" && c.starts_with("173")),
        "{tr:?}"
    );
    // A rebel group is no state: its captives are not its country's population.
    let evs = run(
        "Peruvian rebels arrested dozens of students in the capital on Monday.",
        &[("Peruvian rebels", "PERREB", Organisation)],
    );
    assert!(targets_of(&evs, "PERREB").iter().all(|t| t != "PER"));
}

#[test]
fn a_state_lifting_a_measure_on_unnamed_people_acts_on_its_own_population() {
    let evs = run(
        "The Peruvian government released dozens of student activists on Monday.",
        &[("The Peruvian government", "PERGOV", Organisation)],
    );
    let tr = triples(&evs);
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "PERGOV" && t == "PER" && c.starts_with("084")),
        "{tr:?}"
    );
    // A country named bare acts through its state.
    let evs = run(
        "Peru lifted the curfew in the capital on Monday.",
        &[("Peru", "PER", Location)],
    );
    let tr = triples(&evs);
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "PER" && t == "PER" && c.starts_with("081")),
        "{tr:?}"
    );
}

#[test]
fn a_lifted_measure_in_a_sentence_naming_another_country_is_not_on_the_own_population() {
    // The people may be the other country's: no own-country target is guessed.
    let evs = run(
        "Peru lifted all restrictions on the ability of people to visit relatives in Chile.",
        &[("Peru", "PER", Location), ("Chile", "CHL", Location)],
    );
    assert!(
        targets_of(&evs, "PER").iter().all(|t| t != "PER"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn an_arrest_of_people_tied_to_another_country_is_not_on_the_own_population() {
    let evs = run(
        "Peruvian police detained two reporters on Monday and accused them of spying for Chile.",
        &[
            ("Peruvian police", "PERCOP", Organisation),
            ("Chile", "CHL", Location),
        ],
    );
    assert!(
        targets_of(&evs, "PERCOP").iter().all(|t| t != "PER"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_government_and_its_own_country_named_bare_are_one_party() {
    let evs = run(
        "Peru's president urged Peru to stay calm.",
        &[
            ("Peru's president", "PERGOV", Person),
            ("Peru", "PER", Organisation),
        ],
    );
    let t = targets_of(&evs, "PERGOV");
    assert!(t.iter().all(|t| t != "PER"), "{:?}", triples(&evs));
    // the country's opposition is a side of its own
    let evs = run(
        "Peru's opposition accused Peru of fraud.",
        &[
            ("Peru's opposition", "PEROPP", Organisation),
            ("Peru", "PER", Organisation),
        ],
    );
    assert_eq!(targets_of(&evs, "PEROPP"), ["PER"], "{:?}", triples(&evs));
}

#[test]
fn a_state_and_its_own_civilians_or_its_army_and_its_country_are_one_party() {
    let evs = run(
        "Peru's president urged Peruvian civilians to stay calm.",
        &[
            ("Peru's president", "PERGOV", Person),
            ("Peruvian civilians", "PERCVL", Organisation),
        ],
    );
    let t = targets_of(&evs, "PERGOV");
    assert!(t.iter().all(|t| t != "PERCVL"), "{:?}", triples(&evs));
    let evs = run(
        "Peru's army accused Peru of neglect.",
        &[
            ("Peru's army", "PERMIL", Organisation),
            ("Peru", "PER", Organisation),
        ],
    );
    let t = targets_of(&evs, "PERMIL");
    assert!(t.iter().all(|t| t != "PER"), "{:?}", triples(&evs));
    // another country's civilians stay the target
    let evs = run(
        "Peru's president urged Chilean civilians to stay calm.",
        &[
            ("Peru's president", "PERGOV", Person),
            ("Chilean civilians", "CHLCVL", Organisation),
        ],
    );
    assert_eq!(
        targets_of(&evs, "PERGOV"),
        ["CHLCVL"],
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_measure_lifted_in_a_named_part_of_the_own_country_stays_on_it() {
    // Branch quad20: the place named is the population the curfew or emergency was lifted
    // from, as imposing one acts on it; the state and its country are not one party here.
    let evs = run(
        "The Chilean government lifted the state of emergency in northern Chile.",
        &[
            ("The Chilean government", "CHLGOV", Organisation),
            ("Chile", "CHL", Location),
        ],
    );
    let tr = triples(&evs);
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "CHLGOV" && t == "CHL" && c.starts_with("081")),
        "{tr:?}"
    );
    // An appeal to its own country stays no dyad.
    let evs = run(
        "The Chilean government urged Chile to stay calm.",
        &[
            ("The Chilean government", "CHLGOV", Organisation),
            ("Chile", "CHL", Location),
        ],
    );
    assert!(
        targets_of(&evs, "CHLGOV").iter().all(|t| t != "CHL"),
        "{:?}",
        triples(&evs)
    );
}
