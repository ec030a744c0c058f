//! Branch recall57: a call for release coordinated with a condemnation goes to the author of
//! the act condemned ("condemned the raid and demanded the release of the detainees"); a
//! label of disapproval short of a charge ("regrettable", "a serious setback") criticises the
//! act's author; "the visit" names the visiting or the hosting told before; the dissenters of
//! a vote are not its authors. Invented text. The test splitter cuts sentences only at ". ".
use super::tests::{has_sides, run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Ruritanian troops", "RURMIL", Organisation),
        ("Sylvania's foreign ministry", "SYLGOV", Organisation),
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
    ])
}

const RAID: &str = "Ruritanian troops raided a village in Sylvania on Monday and detained \
                    seven farmers. \n\n";

#[test]
fn a_release_demand_after_a_condemnation_goes_to_the_raid_author() {
    let text = format!(
        "{RAID}Sylvania's foreign ministry condemned the raid as a violation of Sylvanian \
         sovereignty and demanded the immediate release of the detainees."
    );
    let evs = run(&text, &actors());
    assert!(has_sides(&evs, "SYL", "RUR", "1053"), "{:?}", triples(&evs));
}

/// A rejection before the call names whom the speaker answers, not who holds anyone.
#[test]
fn a_rejection_lends_no_holder() {
    let text = "Ruritania's envoy proposed a new round of talks. \n\nSylvania's foreign ministry \
                rejected the proposal and demanded the release of the detainees.";
    let evs = run(text, &actors());
    assert!(
        !has_sides(&evs, "SYL", "RUR", "1053"),
        "{:?}",
        triples(&evs)
    );
}

/// A third party named between the two verbs may be the one asked: no holder is guessed.
#[test]
fn a_third_party_between_keeps_the_call_open() {
    let text = format!(
        "{RAID}Sylvania's foreign ministry condemned the raid, said Freedonia had helped \
         plan it and demanded the immediate release of the detainees."
    );
    let evs = run(&text, &actors());
    assert!(
        !has_sides(&evs, "SYL", "RUR", "1053"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_label_of_disapproval_criticises_the_act_s_author() {
    for text in [
        "Freedonia's foreign ministry called the Ruritanian decision \"hasty and regrettable\" \
         on Monday.",
        "Freedonia called the Ruritanian deployment an unnecessary show of force.",
        "Freedonia described the Ruritanian expulsion as a serious setback.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has_sides(&evs, "FRE", "RUR", "11"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
    // a neutral label charges nothing
    let evs = run(
        "Freedonia called the Ruritanian decision \"an important step\" on Monday.",
        &actors(),
    );
    assert!(!has_sides(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

/// The visit's host, as the article told it, is the author of "the visit"; a welcome of a
/// thing is no hosting.
#[test]
fn criticism_of_the_visit_answers_its_host() {
    let text = "Ruritania welcomed Sylvania's president in its capital on Monday. \n\n\
                Freedonia's foreign ministry condemned the visit.";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

/// The reacting side's own hosting is no act it answers.
#[test]
fn the_reacting_host_own_visit_is_no_target() {
    let text = "Freedonia welcomed Sylvania's president in its capital on Monday. \n\n\
                Freedonia's foreign ministry praised the visit.";
    let evs = run(text, &actors());
    assert!(!has_sides(&evs, "FRE", "FRE", "05"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "FRE", "RUR", "05"), "{:?}", triples(&evs));
}

/// "Ruritania voted against": the vote the speaker labels is not the dissenters' act.
#[test]
fn a_vote_s_dissenters_are_not_its_authors() {
    let text = "The assembly adopted the motion on Monday. Ruritania and Sylvania voted against. \
                \n\nFreedonia's foreign ministry called the vote \"a political stunt\".";
    let evs = run(text, &actors());
    assert!(!has_sides(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "FRE", "SYL", "11"), "{:?}", triples(&evs));
}
