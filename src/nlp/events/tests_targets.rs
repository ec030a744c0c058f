//! Targets of verb events when the object names only an agent without a country.
use super::tests::{run, triples};
use super::EntityType::*;

#[test]
fn a_named_oblique_wins_over_an_agent_modifier_of_the_object() {
    let actors = [
        ("Norland", "NOR", Location),
        ("military", "---MIL", Organisation),
        ("Sudria", "SUD", Location),
    ];
    let tr = triples(&run(
        "Norland suspended military aid to Sudria on Monday.",
        &actors,
    ));
    assert!(
        tr.iter().any(|(s, t, _)| s == "NOR" && t == "SUD"),
        "{tr:?}"
    );
    assert!(tr.iter().all(|(_, t, _)| t != "---MIL"), "{tr:?}");
}

#[test]
fn an_agent_object_keeps_the_target_and_a_thing_oblique_does_not_take_it() {
    // Where troops are sent is a destination, not the party acted on.
    let actors = [
        ("Norland", "NOR", Location),
        ("troops", "---MIL", Organisation),
        ("Sudria", "SUD", Location),
    ];
    let tr = triples(&run("Norland sent troops to Sudria on Monday.", &actors));
    assert!(tr.iter().all(|(_, t, _)| t != "SUD"), "{tr:?}");
    // The oblique's head is a thing ("crisis"); its modifier is not the target.
    let actors = [
        ("Norland", "NOR", Location),
        ("military", "---MIL", Organisation),
        ("Sudrian", "SUD", Location),
    ];
    let tr = triples(&run(
        "Norland rejected a military solution to the Sudrian crisis.",
        &actors,
    ));
    assert!(tr.iter().all(|(_, t, _)| t != "SUD"), "{tr:?}");
}

#[test]
fn a_named_modifier_of_the_object_wins_over_its_agent_modifier() {
    // "to Sudria" attaches to the noun, not the verb: the party is still Sudria.
    let actors = [
        ("Norland", "NOR", Location),
        ("military", "---MIL", Organisation),
        ("Sudria", "SUD", Location),
    ];
    let tr = triples(&run(
        "Norland suspended military aid to Sudria over concerns about the elections.",
        &actors,
    ));
    assert!(
        tr.iter().any(|(s, t, _)| s == "NOR" && t == "SUD"),
        "{tr:?}"
    );
    assert!(tr.iter().all(|(_, t, _)| t != "---MIL"), "{tr:?}");
}

#[test]
fn a_partner_hung_under_the_place_of_the_talks_is_the_target() {
    // The parse hangs "with Sudria" under "Ostburg"; the place is where, Sudria with whom.
    let actors = [
        ("Norland", "NOR", Location),
        ("Ostburg", "OST", Location),
        ("Sudria", "SUD", Location),
    ];
    let tr = triples(&run(
        "Norland held talks in Ostburg with Sudria on Friday.",
        &actors,
    ));
    assert!(
        tr.iter().any(|(s, t, _)| s == "NOR" && t == "SUD"),
        "{tr:?}"
    );
    assert!(tr.iter().all(|(_, t, _)| t != "OST"), "{tr:?}");
}

#[test]
fn an_agent_without_a_country_is_its_possessors() {
    // Adjectives keep the mention finder from joining "Sudria's ... government"; the parse
    // still says whose government it is.
    let actors = [
        ("Norland", "NOR", Location),
        ("Sudria", "SUD", Location),
        ("government", "---GOV", Organisation),
    ];
    let tr = triples(&run(
        "Norland urged Sudria's newly elected government to release the prisoners.",
        &actors,
    ));
    assert!(
        tr.iter()
            .any(|(s, t, _)| s == "NOR" && t.starts_with("SUD")),
        "{tr:?}"
    );
    assert!(tr.iter().all(|(_, t, _)| t != "---GOV"), "{tr:?}");
}

#[test]
fn co_subjects_acting_on_their_shared_event_act_on_each_other() {
    let actors = [("Norland", "NOR", Location), ("Sudria", "SUD", Location)];
    let tr = triples(&run(
        "Norland and Sudria suspended their talks on Monday.",
        &actors,
    ));
    assert!(
        tr.iter().any(|(s, t, _)| s == "NOR" && t == "SUD"),
        "{tr:?}"
    );
    assert!(
        tr.iter().any(|(s, t, _)| s == "SUD" && t == "NOR"),
        "{tr:?}"
    );
    // Their own envoys are no shared event: no pair.
    let tr = triples(&run(
        "Norland and Sudria recalled their ambassadors on Monday.",
        &actors,
    ));
    assert!(
        tr.iter().all(|(_, t, _)| t != "SUD" && t != "NOR"),
        "{tr:?}"
    );
}

#[test]
fn co_subjects_cooperating_on_a_third_partys_affairs_cooperate_with_each_other() {
    let actors = [
        ("Norland", "NOR", Location),
        ("Sudria", "SUD", Location),
        ("Vostria", "VOS", Location),
    ];
    // The third party is only what the cooperation is about.
    let tr = triples(&run(
        "Norland and Sudria pledged closer cooperation on fisheries and Vostria's rocket tests.",
        &actors,
    ));
    assert!(tr.iter().all(|(_, t, _)| t != "VOS"), "{tr:?}");
    assert!(
        tr.iter().any(|(s, t, _)| s == "NOR" && t == "SUD"),
        "{tr:?}"
    );
    // Under a topic preposition too.
    let tr = triples(&run(
        "Norland and Sudria agreed to cooperate closely on Vostria.",
        &actors,
    ));
    assert!(tr.iter().all(|(_, t, _)| t != "VOS"), "{tr:?}");
    // Helping the third party is done to it.
    let tr = triples(&run("Norland and Sudria agreed to help Vostria.", &actors));
    assert!(
        tr.iter().any(|(s, t, _)| s == "NOR" && t == "VOS"),
        "{tr:?}"
    );
}

#[test]
fn aid_goes_to_whom_its_purpose_clause_helps() {
    let actors = [("Norland", "NOR", Location), ("Sudria", "SUD", Location)];
    let tr = triples(&run(
        "Norland provided 40 million dollars in food aid to support Sudria this year.",
        &actors,
    ));
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "NOR" && t == "SUD" && c.starts_with("07")),
        "{tr:?}"
    );
    // Troops sent to help are no force posture against the helped party: the dictionary
    // codes sending troops as one (15x), and the helped party is its target only as
    // military aid (074, branch quad3).
    let tr = triples(&run(
        "Norland sent troops to help Sudria this year.",
        &actors,
    ));
    assert!(
        tr.iter().all(|(_, t, c)| t != "SUD" || c == "074"),
        "{tr:?}"
    );
}

#[test]
fn a_place_after_an_agent_ending_in_a_preposition_is_not_a_second_source() {
    // the dictionary agent "embassy in" ends in its preposition: the city it names is where
    // the embassy is, not a co-author of the request
    let actors = [
        ("Norland", "NOR", Location),
        ("embassy in", "NORGOV", Organisation),
        ("Sudport", "SUD", Location),
        ("the authorities", "SUDGOV", Organisation),
    ];
    let tr = triples(&run(
        "Norland's embassy in Sudport asked the authorities to free the crew.",
        &actors,
    ));
    assert!(
        tr.iter().any(|(s, t, _)| s == "NORGOV" && t == "SUDGOV"),
        "{tr:?}"
    );
    assert!(tr.iter().all(|(s, _, _)| s != "SUD"), "{tr:?}");
}

#[test]
fn a_removal_takes_the_place_named_in_the_relative_clause_on_its_object() {
    let actors = [("Norland", "NOR", Location), ("Sudria", "SUD", Location)];
    let tr = triples(&run(
        "Norland has agreed to withdraw the 40 soldiers who guard two radar stations in \
         Sudria.",
        &actors,
    ));
    assert!(
        tr.iter().any(|(s, t, _)| s == "NOR" && t == "SUD"),
        "{tr:?}"
    );
}

#[test]
fn a_relative_clause_gives_no_target_to_other_verbs() {
    // training people who serve in a state is no act on that state
    let actors = [("Norland", "NOR", Location), ("Sudria", "SUD", Location)];
    let tr = triples(&run(
        "Norland has agreed to train the 40 soldiers who guard two radar stations in Sudria.",
        &actors,
    ));
    assert!(tr.iter().all(|(_, t, _)| t != "SUD"), "{tr:?}");
}
