//! Branch recall40: an act told as ", prompting Y to V" is Y's own act, wherever the parse
//! hangs the participle, and a response it names with no partner answers the side whose act
//! prompted it; invented text.
use super::tests::{has_sides, run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Ruritanian soldiers", "RURMIL", Organisation),
        ("Sylvanian troops", "SYLMIL", Organisation),
        ("Ruritania's parliament", "RURLEG", Organisation),
    ])
}

#[test]
fn a_prompted_protest_is_lodged_with_the_side_that_prompted_it() {
    let text = "Ruritanian soldiers burned a Freedonian village on Friday, prompting Freedonia \
                to lodge a formal protest.";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn two_sides_acting_before_the_participle_leave_the_protest_unaimed() {
    let text = "Ruritanian soldiers shelled a Sylvanian post and Sylvanian troops fired back on \
                Friday, prompting Freedonia to lodge a formal protest.";
    let evs = run(text, &actors());
    let aimed = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s.starts_with("FRE") && !t.is_empty() && c.starts_with("11"));
    assert!(!aimed, "{:?}", triples(&evs));
}

#[test]
fn prompted_aid_is_not_given_to_the_side_that_prompted_it() {
    let text = "Ruritanian soldiers burned a Freedonian village on Friday, prompting Sylvania \
                to send emergency aid.";
    let evs = run(text, &actors());
    assert!(!has_sides(&evs, "SYL", "RUR", "07"), "{:?}", triples(&evs));
}

#[test]
fn a_participle_hung_in_a_relative_clause_still_tells_its_own_act() {
    let text = "Ruritania's parliament approved a treaty with Sylvania on Friday that lets \
                Sylvanian warships use its main port, prompting Freedonia to summon \
                Ruritania's ambassador.";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "FRE", "RUR", ""), "{:?}", triples(&evs));
}

#[test]
fn a_causative_inside_the_relative_clause_stays_its_content() {
    // no comma: what the law forces is the law's content, not an act of Freedonia's
    let text = "Ruritania's parliament approved a law on Friday that forces Freedonia to close \
                its consulate in the capital.";
    let evs = run(text, &actors());
    let freedonian = triples(&evs)
        .into_iter()
        .any(|(s, _, _)| s.starts_with("FRE"));
    assert!(!freedonian, "{:?}", triples(&evs));
}

fn ministers() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign minister", "FREGOV", Person),
        ("Ruritania's foreign minister", "RURGOV", Person),
        ("Ruritanian soldiers", "RURMIL", Organisation),
    ])
}

#[test]
fn a_meeting_told_in_an_after_clause_is_coded() {
    let text = "Freedonia signed a fishing accord with Ruritania on Monday after Freedonia's \
                foreign minister met Ruritania's foreign minister in the capital.";
    let evs = run(text, &ministers());
    assert!(
        has_sides(&evs, "FREGOV", "RURGOV", "04"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_participle_after_a_preposition_stays_a_modifier() {
    // "killed" has no subject of its own: the soldiers are not said to have killed anyone
    let text = "Freedonia's foreign minister laid a wreath on Monday for Ruritanian soldiers \
                killed in the war.";
    let evs = run(text, &ministers());
    let killing = triples(&evs)
        .into_iter()
        .any(|(s, _, c)| s.starts_with("RUR") && c.starts_with("18"));
    assert!(!killing, "{:?}", triples(&evs));
}
