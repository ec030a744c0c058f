//! People of no country named by their employer (branch quad26): "diplomats working at the
//! Y embassy", "aid workers employed by Y" are Y's, so an act on them is on Y. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("diplomats", "---GOV", Organisation),
        ("aid workers", "---LAB", Organisation),
        ("journalists", "---MED", Organisation),
        ("the Ruritanian embassy", "RURGOV", Organisation),
    ])
}

#[test]
fn an_employer_after_a_participle_of_work_is_the_target() {
    for (text, tgt, root) in [
        (
            "Freedonia expelled two diplomats working at the Ruritanian embassy on Monday.",
            "RURGOV",
            "1",
        ),
        (
            "Freedonia expelled six aid workers employed by Sylvania.",
            "SYL",
            "1",
        ),
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", tgt, root), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn where_people_work_is_no_employer() {
    // "in" names a place: the journalists are not Ruritania's.
    let text = "Freedonia expelled two journalists working in Ruritania.";
    let evs = run(text, &actors());
    let triples = triples(&evs);
    assert!(
        !triples.iter().any(|(_, t, _)| t.starts_with("RUR")),
        "{text}: {triples:?}"
    );
}
