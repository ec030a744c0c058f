//! Branch fresh2: what twelve more articles written blind showed. Co-subjects of a verb of
//! giving give to a third party, not to each other; invented text.
use super::tests::{has_sides, run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

#[test]
fn co_subjects_of_a_giving_verb_do_not_act_on_each_other() {
    let evs = run(
        "Freedonia and Ruritania provided most of the relief.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(
        !pairs
            .iter()
            .any(|(s, t, _)| s.starts_with("FRE") && t.starts_with("RUR")
                || s.starts_with("RUR") && t.starts_with("FRE")),
        "{pairs:?}"
    );
}

#[test]
fn co_subjects_of_a_cooperative_verb_still_act_on_each_other() {
    let evs = run("Freedonia and Ruritania agreed on Monday.", &ACTORS);
    let pairs = triples(&evs);
    assert!(has_sides(&evs, "FRE", "RUR", ""), "{pairs:?}");
}

#[test]
fn delivering_a_protest_note_is_a_criticism_not_dissent() {
    let evs = run(
        "Freedonia's ambassador delivered a protest note to Ruritania's foreign ministry.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(
        pairs
            .iter()
            .any(|(s, t, c)| s.starts_with("FRE") && t.starts_with("RUR") && c == "111"),
        "{pairs:?}"
    );
    assert!(
        !pairs.iter().any(|(_, _, c)| c.starts_with("14")),
        "{pairs:?}"
    );
}

#[test]
fn a_government_does_not_sanction_its_own_country() {
    let evs = run(
        "Freedonia's government has frozen Freedonia's participation in the Sylvania-led \
         alliance, which it accused of failing to defend Freedonia.",
        &[
            ("Freedonia's government", "FREGOV", Organisation),
            ("Freedonia", "FRE", Location),
            ("Sylvania", "SYL", Location),
        ],
    );
    let pairs = triples(&evs);
    assert!(!has_sides(&evs, "FRE", "FRE", "16"), "{pairs:?}");
}
