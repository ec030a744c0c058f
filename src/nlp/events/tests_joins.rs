//! Verbs of joining are no meetings (issue 8, branch joins): joining a party list, a role or
//! an act meets no one; a joined condemnation takes the earlier condemnation's code and
//! addressee, or nothing. Invented sentences.
use super::tests::{has_sides, run, triples, FOUR_STATES as PARTIES};

/// A listed object is a set of members the joiner enters, not three meetings.
#[test]
fn joining_a_list_of_members_meets_none_of_them() {
    let evs = run(
        "Ghana joined Peru, Chile and Norway as an observer of the fishing forum on Monday.",
        &PARTIES,
    );
    for t in ["PER", "CHL", "NOR"] {
        assert!(!has_sides(&evs, "GHA", t, "04"), "{:?}", triples(&evs));
    }
}

/// One joined party with a role after it is a membership too.
#[test]
fn joining_a_party_as_a_member_is_no_meeting() {
    let evs = run(
        "Ghana joined Peru as a member of the new council.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "GHA", "PER", "04"), "{:?}", triples(&evs));
}

/// "joined X in condemning": the condemnation is the act, not a meeting with X.
#[test]
fn joining_a_party_in_an_act_is_no_meeting_with_it() {
    let evs = run(
        "Ghana joined Chile in condemning the shelling of the port by Peru.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "GHA", "CHL", "04"), "{:?}", triples(&evs));
}

/// "echoed the criticism" repeats the criticism just told, toward its addressee.
#[test]
fn an_echoed_criticism_takes_the_earlier_addressee() {
    let evs = run(
        "Norway criticised Peru on Sunday. Chile echoed the criticism on \
         Monday.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "CHL", "PER", "11"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "CHL", "", "0"), "{:?}", triples(&evs));
}

/// A joined condemnation with no condemnation told makes nothing: no meeting with its
/// addressee, none between the joiners.
#[test]
fn a_joined_condemnation_with_nothing_to_join_makes_nothing() {
    let evs = run(
        "Peru closed its border with Chile on Monday. Norway and Ghana joined the \
         condemnation of Peru on Tuesday.",
        &PARTIES,
    );
    for (s, t) in [
        ("NOR", "PER"),
        ("GHA", "PER"),
        ("NOR", "GHA"),
        ("GHA", "NOR"),
    ] {
        assert!(!has_sides(&evs, s, t, "04"), "{:?}", triples(&evs));
    }
}

/// A role told in a relative clause of the partner is the partner's, not the joiner's:
/// joining it for talks stays a meeting.
#[test]
fn a_role_inside_a_relative_clause_of_the_partner_keeps_the_meeting() {
    let evs = run(
        "Ghana joined Peru, which acts as a mediator in the dispute, for talks on Monday.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "GHA", "PER", "04"), "{:?}", triples(&evs));
}

/// A role with no determiner is a role too: "as observers".
#[test]
fn joining_a_party_as_observers_is_no_meeting() {
    let evs = run(
        "Ghana joined Peru as observers of the fishing forum on Monday.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "GHA", "PER", "04"), "{:?}", triples(&evs));
}

/// "echoed Norway's criticism": the criticism joined is Norway's, so its author is no
/// addressee of the one who echoes it.
#[test]
fn echoing_an_authors_criticism_criticises_no_author() {
    let evs = run(
        "Norway criticised Peru on Sunday. Ghana echoed Norway's criticism on Monday.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "GHA", "NOR", ""), "{:?}", triples(&evs));
}
