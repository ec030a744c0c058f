//! Requests whose addressee the parse names but the coder did not reach (issue 8, branch
//! recall79). Invented sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 4] = [
    ("Norway", "NOR", Location),
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
    ("Oslo", "NOR", Location),
];

/// "X was worried and asked Y to …": the appeal is coordinated with a copular predicate
/// and has no subject of its own; it shares the predicate's subject.
#[test]
fn an_appeal_after_a_copular_predicate_takes_its_subject() {
    let evs = run(
        "Norway was deeply worried by the closure and asked Peru to reopen the crossing.",
        &PARTIES,
    );
    assert!(has_root(&evs, "NOR", "PER", "02"), "{:?}", triples(&evs));
}

/// "demanding that Y \"reconsider …\"": the verb after an opening quote is read as a noun,
/// but the clause has its subject and "that": Y is the one asked.
#[test]
fn a_quoted_complement_names_the_party_demanded_of() {
    let evs = run(
        "Chile issued a note demanding that Oslo \"reconsider its decision without delay\".",
        &PARTIES,
    );
    assert!(has_root(&evs, "CHL", "NOR", "10"), "{:?}", triples(&evs));
}

/// A copular predicate of another subject does not lend it to a verb with its own.
#[test]
fn a_verb_with_its_own_subject_keeps_it() {
    let evs = run(
        "Norway was deeply worried, and Chile asked Peru to reopen the crossing.",
        &PARTIES,
    );
    assert!(!has_root(&evs, "NOR", "PER", "02"), "{:?}", triples(&evs));
}
