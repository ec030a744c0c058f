//! Rejections, third pass (issue 8, branch rejects3): a group adjective names a joint
//! statement's authors, "the report" that charged the rejecting side names the accuser, and a
//! closing participle after a misread participle modifier takes the main clause's subject.
//! Invented sentences.
use super::tests::{has_sides, run, triples};
use super::*;
use EntityType::*;

const NORDIC: [(&str, &str, EntityType); 4] = [
    ("Norway", "NOR", Location),
    ("Sweden", "SWE", Location),
    ("Finland", "FIN", Location),
    ("Brazil", "BRA", Location),
];

/// "rejected the Nordic statement" answers each author of the joint statement.
#[test]
fn a_group_adjective_answers_every_author_of_the_joint_statement() {
    let evs = run(
        "Norway, Sweden and Finland said in a joint statement that Brazil bore full responsibility for the spill. Brazil rejected the Nordic statement on Friday.",
        &NORDIC,
    );
    for author in ["NOR", "SWE", "FIN"] {
        assert!(has_sides(&evs, "BRA", author, "12"), "{:?}", triples(&evs));
    }
}

/// One side's statement is no statement of a group: the rejection stays open.
#[test]
fn a_group_adjective_does_not_take_one_sides_statement() {
    let evs = run(
        "Norway said that Brazil bore full responsibility for the spill. Brazil rejected the Nordic statement on Friday.",
        &NORDIC,
    );
    assert!(!has_sides(&evs, "BRA", "NOR", "12"), "{:?}", triples(&evs));
}

/// A statement the rejecting side co-signed is its own: no rejection of the others.
#[test]
fn a_joint_statement_of_the_rejecting_side_is_not_answered() {
    let evs = run(
        "Brazil and Norway said in a joint statement that Finland bore full responsibility for the spill. Brazil's opposition rejected the Western statement on Friday.",
        &NORDIC,
    );
    assert!(!has_sides(&evs, "BRA", "NOR", "12"), "{:?}", triples(&evs));
}

/// "dismissed the report" after an accusation aimed at the dismissing side answers the accuser.
#[test]
fn a_dismissed_report_answers_the_accuser() {
    let evs = run(
        "Sweden accused Brazil of moving troops to the border. Brazil dismissed the report as invented.",
        &NORDIC,
    );
    assert!(has_sides(&evs, "BRA", "SWE", "12"), "{:?}", triples(&evs));
}

/// A report that charged someone else is no accusation put to the dismissing side.
#[test]
fn a_report_that_charged_another_side_is_not_answered() {
    let evs = run(
        "Sweden accused Finland of moving troops to the border. Brazil dismissed the report as invented.",
        &NORDIC,
    );
    assert!(!has_sides(&evs, "BRA", "SWE", "12"), "{:?}", triples(&evs));
}

/// "deported a man convicted of …, rejecting appeals from X": the participle is the main
/// clause's, its subject the rejecter.
#[test]
fn a_closing_participle_after_a_participle_modifier_takes_the_main_subject() {
    let evs = run(
        "Brazil deported a Swedish man convicted of smuggling cocaine on Monday, rejecting appeals from Sweden's government and Finland.",
        &NORDIC,
    );
    assert!(has_sides(&evs, "BRA", "SWE", "12"), "{:?}", triples(&evs));
    assert!(has_sides(&evs, "BRA", "FIN", "12"), "{:?}", triples(&evs));
}
