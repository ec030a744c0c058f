//! saidstance: support carried by what was said — a right granted to another party in a
//! statement's content, and "stood by Y" in reported speech; invented sentences.
use super::tests::{has_root, run, triples};
use EntityType::*;

use super::*;

fn pair() -> [(&'static str, &'static str, EntityType); 2] {
    [("Ghana", "GHA", Location), ("Togo", "TGO", Location)]
}

#[test]
fn every_right_in_the_content_supports_its_holder() {
    let evs = run(
        "Ghana's foreign minister said Togo had every right to defend its borders.",
        &pair(),
    );
    assert!(has_root(&evs, "GHA", "TGO", "051"), "{:?}", triples(&evs));
}

#[test]
fn a_sovereign_right_and_being_within_its_rights_support_too() {
    for s in [
        "Ghana said Togo had the sovereign right to decide who enters the country.",
        "Ghana said Togo was within its rights to close the port.",
        "Ghana said Togo was fully entitled to close the port.",
    ] {
        let evs = run(s, &pair());
        assert!(
            has_root(&evs, "GHA", "TGO", "051"),
            "{s}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_denied_or_hypothetical_right_supports_no_one() {
    for s in [
        "Ghana said Togo had no right to close the port.",
        "Ghana said Togo would have the right to close the port if talks failed.",
        "Ghana did not say Togo had the right to close the port.",
    ] {
        let evs = run(s, &pair());
        assert!(
            !has_root(&evs, "GHA", "TGO", "05"),
            "{s}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_right_the_speaker_keeps_for_itself_is_no_support() {
    let evs = run(
        "Ghana said it had the right to respond to Togo by all means.",
        &pair(),
    );
    let backed = triples(&evs).into_iter().any(|(_, _, c)| c == "051");
    assert!(!backed, "{:?}", triples(&evs));
}

#[test]
fn a_right_with_no_complement_grants_nothing() {
    let evs = run("Ghana said Togo had the right answer.", &pair());
    assert!(!has_root(&evs, "GHA", "TGO", "05"), "{:?}", triples(&evs));
}

#[test]
fn standing_by_a_party_in_reported_speech_backs_it() {
    let evs = run("Ghana said it stood by Togo in the dispute.", &pair());
    assert!(has_root(&evs, "GHA", "TGO", "051"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "TGO", "GHA", "05"), "{:?}", triples(&evs));
}

#[test]
fn a_right_of_the_speakers_own_country_is_no_support() {
    let actors = [
        ("Ghana's ruling movement", "GHAREB", Organisation),
        ("Ghana", "GHA", Location),
    ];
    let evs = run(
        "A spokesman for Ghana's ruling movement said Ghana had the right to use the river.",
        &actors,
    );
    let backed = triples(&evs).into_iter().any(|(_, _, c)| c == "051");
    assert!(!backed, "{:?}", triples(&evs));
}

#[test]
fn an_act_called_a_mistake_criticises_its_author() {
    let s = "Ghana said Togo's closure of the port was a grave mistake.";
    let evs = run(s, &pair());
    assert!(
        has_root(&evs, "GHA", "TGO", "11"),
        "{s}: {:?}",
        triples(&evs)
    );
}
