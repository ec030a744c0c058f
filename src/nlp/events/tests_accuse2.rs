//! Accusations carried by a statement's content with no verb of accusing (issue 8, branch
//! accuse2): a charge in the speaker's quoted words, an act done "without" the leave it
//! needed. Invented sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 4] = [
    ("Norway", "NOR", Location),
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
    ("Lima", "PER", Location),
];

/// A quoted charge noun in the content's predicate phrase: the speaker accuses the
/// content's subject.
#[test]
fn a_quoted_charge_in_the_content_is_an_accusation() {
    let evs = run(
        "Norway said in a statement that Peru had \"opened its harbours to a conspiracy against our fishermen\".",
        &PARTIES,
    );
    assert!(has_root(&evs, "NOR", "PER", "11"), "{:?}", triples(&evs));
}

/// The same charge when the quotation comes first and the speaker after it.
#[test]
fn a_quoted_charge_before_the_speaker_is_an_accusation() {
    let evs = run(
        "\"Lima has chosen to reward terror at sea,\" Chile said on Monday.",
        &PARTIES,
    );
    assert!(has_root(&evs, "CHL", "PER", "11"), "{:?}", triples(&evs));
}

/// An act done "without permission" is charged as a wrong.
#[test]
fn an_act_done_without_permission_is_an_accusation() {
    let evs = run(
        "Chile said Peru had moved soldiers into the valley without permission.",
        &PARTIES,
    );
    assert!(has_root(&evs, "CHL", "PER", "11"), "{:?}", triples(&evs));
}

/// A wrong the subject opposes, avoids or acts against is not its own deed.
#[test]
fn a_wrong_the_subject_fights_is_no_charge() {
    for text in [
        "Norway said Peru had \"joined the struggle against terrorism\" in the region.",
        "Norway said Peru had \"avoided a confrontation\" with the fishing fleet.",
    ] {
        let evs = run(text, &PARTIES);
        assert!(
            !has_root(&evs, "NOR", "PER", "11"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

/// The reporter's own words are no characterisation by the speaker, and a possibility is
/// no charge.
#[test]
fn an_unquoted_or_possible_wrong_is_no_charge() {
    for text in [
        "Norway said Peru had reported a conspiracy to the regional police.",
        "Norway said Peru could \"open its harbours to a conspiracy\" next year.",
    ] {
        let evs = run(text, &PARTIES);
        assert!(
            !has_root(&evs, "NOR", "PER", "11"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

/// "did not say how it would respond" leaves the answer open: no threat, even when the
/// speaker has a quarrel with another side.
#[test]
fn an_unsaid_response_is_no_threat() {
    let evs = run(
        "Chile accused Peru of arming the rebels. Chile did not say how it would respond.",
        &PARTIES,
    );
    assert!(!has_root(&evs, "CHL", "PER", "13"), "{:?}", triples(&evs));
}
