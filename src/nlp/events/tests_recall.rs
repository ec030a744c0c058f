//! Missed predicates (branch recall): the signing of a defence agreement, hosting in the
//! passive, judicial transfers, an envoy declared persona non grata, invitations; invented
//! sentences; an order to leave that spans its object (quoted or not); rejecting accusations.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 2] =
    [("Ghana", "GHA", Location), ("Togo", "TGO", Location)];

#[test]
fn co_signers_of_a_defence_agreement_sign_with_each_other() {
    let evs = run(
        "Ghana and Togo signed a defence cooperation agreement in Lome.",
        &ACTORS,
    );
    assert!(has(&evs, "GHA", "TGO", "057"), "{:?}", triples(&evs));
    assert!(has(&evs, "TGO", "GHA", "057"), "{:?}", triples(&evs));
}

#[test]
fn received_by_is_hosting_by_the_agent() {
    let evs = run(
        "The Beninese envoy was received by Togo's president on Monday.",
        &[
            ("The Beninese envoy", "BENGOV", Person),
            ("Togo's president", "TGOGOV", Person),
        ],
    );
    assert!(has(&evs, "TGOGOV", "BENGOV", "043"), "{:?}", triples(&evs));
}

#[test]
fn transferring_suspects_is_judicial_cooperation() {
    let evs = run("Ghana transferred the suspects to Togo last week.", &ACTORS);
    assert!(has(&evs, "GHA", "TGO", "063"), "{:?}", triples(&evs));
}

#[test]
fn transferring_a_thing_is_not_judicial_cooperation() {
    let evs = run(
        "Ghana transferred control of the border post to Togo.",
        &ACTORS,
    );
    assert!(!has(&evs, "GHA", "TGO", "063"), "{:?}", triples(&evs));
}

#[test]
fn own_nationality_on_a_thing_is_no_counterpart() {
    let evs = run(
        "Sweden's foreign minister discussed a Swedish package of radar parts.",
        &[
            ("Sweden's foreign minister", "SWEGOV", Person),
            ("Swedish", "SWE", Nationality),
        ],
    );
    assert!(!has(&evs, "SWEGOV", "SWE", "040"), "{:?}", triples(&evs));
    // a foreign nationality on the thing still names the other party
    let evs = run(
        "Sweden's foreign minister discussed a Ukrainian request for radar parts.",
        &[
            ("Sweden's foreign minister", "SWEGOV", Person),
            ("Ukrainian", "UKR", Nationality),
        ],
    );
    assert!(has(&evs, "SWEGOV", "UKR", "040"), "{:?}", triples(&evs));
}

#[test]
fn declaring_an_envoy_persona_non_grata_is_an_expulsion() {
    let evs = run(
        "Ghana declared the Togolese envoy persona non grata on Friday.",
        &[
            ("Ghana", "GHA", Location),
            ("Togolese envoy", "TGOGOV", Person),
        ],
    );
    assert!(has(&evs, "GHA", "TGOGOV", "166"), "{:?}", triples(&evs));
}

#[test]
fn an_invitation_is_an_appeal_to_meet_not_a_meeting() {
    let evs = run("Ghana invited Togo to talks in Accra next month.", &ACTORS);
    assert!(has(&evs, "GHA", "TGO", "026"), "{:?}", triples(&evs));
    assert!(!has(&evs, "GHA", "TGO", "040"), "{:?}", triples(&evs));
}

#[test]
fn ordering_envoys_to_leave_is_an_expulsion_across_the_object() {
    // The object stands between the verb and the infinitive; the pattern must reach it.
    let evs = run(
        "Ghana ordered three Togolese diplomats to leave Accra within two days.",
        &[
            ("Ghana", "GHA", Location),
            ("Togolese diplomats", "TGOGOV", Person),
        ],
    );
    assert!(has(&evs, "GHA", "TGOGOV", "166"), "{:?}", triples(&evs));
    assert!(!has(&evs, "GHA", "TGOGOV", "100"), "{:?}", triples(&evs));
    assert!(!has(&evs, "GHA", "TGOGOV", "161"), "{:?}", triples(&evs));
}

#[test]
fn ordering_a_country_to_do_something_else_stays_a_demand() {
    let evs = run("Ghana ordered Togo to reopen the border crossing.", &ACTORS);
    assert!(has(&evs, "GHA", "TGO", "100"), "{:?}", triples(&evs));
    assert!(!has(&evs, "GHA", "TGO", "166"), "{:?}", triples(&evs));
}

#[test]
fn rejecting_accusations_is_a_rejection_of_the_accuser() {
    let evs = run(
        "Ghana accused Togo of sheltering armed smugglers. \
         Togo rejected the accusations in a statement on Tuesday.",
        &ACTORS,
    );
    assert!(has(&evs, "TGO", "GHA", "120"), "{:?}", triples(&evs));
}

#[test]
fn rejecting_a_report_is_still_no_rejection_of_an_actor() {
    let evs = run(
        "Ghana accused Togo of sheltering armed smugglers. \
         Togo rejected the reports in a statement on Tuesday.",
        &ACTORS,
    );
    assert!(!has(&evs, "TGO", "GHA", "120"), "{:?}", triples(&evs));
}

#[test]
fn quotation_marks_around_an_object_do_not_hide_the_infinitive_from_the_patterns() {
    // An expectation about another side is no agreement, quoted or not.
    let evs = run(
        "Ghana said it expected \"Togo\" to reopen the border.",
        &ACTORS,
    );
    assert!(!has(&evs, "GHA", "TGO", "030"), "{:?}", triples(&evs));
    let evs = run("Ghana said it expected Togo to reopen the border.", &ACTORS);
    assert!(!has(&evs, "GHA", "TGO", "030"), "{:?}", triples(&evs));
}

#[test]
fn telling_an_ambassador_to_leave_is_an_expulsion() {
    let evs = run(
        "Ghana told the Togolese ambassador to leave Accra by Sunday.",
        &[
            ("Ghana", "GHA", Location),
            ("Togolese ambassador", "TGOGOV", Person),
        ],
    );
    assert!(has(&evs, "GHA", "TGOGOV", "166"), "{:?}", triples(&evs));
}
