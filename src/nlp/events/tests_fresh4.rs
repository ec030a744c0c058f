//! Branch fresh4: what a fourth batch of twelve articles written blind showed; invented text.
use super::tests::{has_sides, run, three_states_and, triples};

#[test]
fn welcoming_a_commitment_or_a_return_is_praise_not_a_hosted_visit() {
    let actors = three_states_and(&[]);
    for text in [
        "Ruritania welcomed Freedonia's commitment to the ruling.",
        "Ruritania welcomed Freedonia's return to the talks on Monday.",
    ] {
        let evs = run(text, &actors);
        let pairs = triples(&evs);
        assert!(has_sides(&evs, "RUR", "FRE", "051"), "{text}: {pairs:?}");
        assert!(!has_sides(&evs, "RUR", "FRE", "04"), "{text}: {pairs:?}");
        assert!(!has_sides(&evs, "FRE", "RUR", "04"), "{text}: {pairs:?}");
    }
    // a welcome to a place stays a hosted visit
    let evs = run(
        "Ruritania welcomed the Freedonian president to its capital.",
        &actors,
    );
    assert!(has_sides(&evs, "RUR", "FRE", "04"), "{:?}", triples(&evs));
}

#[test]
fn passing_a_law_is_no_concession_to_whom_the_law_names() {
    let actors =
        three_states_and(&[("parliament", "FRELEG", crate::nlp::EntityType::Organisation)]);
    let evs = run(
        "Freedonia's parliament passed a law banning imports of goods made in Ruritania.",
        &actors,
    );
    assert!(!has_sides(&evs, "FRE", "RUR", "08"), "{:?}", triples(&evs));
    // passing a plan stays approval
    let evs = run("Freedonia passed the Ruritanian plan on Monday.", &actors);
    assert!(has_sides(&evs, "FRE", "RUR", "0"), "{:?}", triples(&evs));
}

#[test]
fn closing_its_own_embassy_in_a_place_names_the_place_as_target() {
    let actors = three_states_and(&[]);
    let evs = run(
        "Freedonia said on Tuesday it was closing its embassy in Ruritania.",
        &actors,
    );
    assert!(has_sides(&evs, "FRE", "RUR", "16"), "{:?}", triples(&evs));
    // a third party's act on the speaker's possession still answers the speaker
    let evs = run(
        "Freedonia said Ruritania had detained dozens of its nationals.",
        &actors,
    );
    assert!(has_sides(&evs, "RUR", "FRE", "17"), "{:?}", triples(&evs));
}

#[test]
fn a_meeting_of_a_named_body_takes_no_implicit_partner() {
    let actors = three_states_and(&[(
        "Freedonia's interior minister",
        "FREGOV",
        crate::nlp::EntityType::Person,
    )]);
    let evs = run(
        "Freedonia condemned Ruritania on Monday. Freedonia's interior minister \
         spoke after a meeting of the national security council on Tuesday.",
        &actors,
    );
    let pairs = triples(&evs);
    assert!(!has_sides(&evs, "FRE", "RUR", "04"), "{pairs:?}");
    assert!(
        pairs
            .iter()
            .any(|(s, t, c)| s == "FREGOV" && t.is_empty() && c.starts_with("04")),
        "{pairs:?}"
    );
    // a meeting with no members named still takes the story's partner
    let evs = run(
        "Freedonia condemned Ruritania on Monday. Freedonia's interior minister \
         held talks on Tuesday.",
        &actors,
    );
    assert!(has_sides(&evs, "FRE", "RUR", "04"), "{:?}", triples(&evs));
}

#[test]
fn a_definite_noun_takes_up_an_act_told_before_its_first_mention() {
    let actors = three_states_and(&[]);
    let evs = run(
        "Freedonia cut fuel supplies to Ruritania on Monday. Ruritania said it understood the \
         decision and had ordered its police to raid the camps. Sylvania welcomed the decision.",
        &actors,
    );
    assert!(!has_sides(&evs, "SYL", "RUR", "05"), "{:?}", triples(&evs));
    // an act told before the noun is still its referent
    let evs = run(
        "Freedonia decided to expel Ruritania's envoy on Monday. Sylvania welcomed the decision.",
        &actors,
    );
    assert!(has_sides(&evs, "SYL", "FRE", "05"), "{:?}", triples(&evs));
}
