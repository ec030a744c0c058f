//! Talks that led to a joint act with a third party (branch collective2): "A and B signed
//! a pact with C after years of negotiations" are no talks of A with B; with no third party
//! ("after years of negotiations, A and B signed a pact") the pair's talks stay
//! (`pair_talks.rs`). Invented sentences.
use super::tests::{has_root, run, triples};
use super::tests_pairs4::both_ways;
use super::tests_pairs5::PARTIES;

#[test]
fn talks_before_a_signature_with_a_third_party_pair_no_co_signatories() {
    for text in [
        "Kenya and Tanzania signed a customs pact with Ethiopia on Friday after years of \
         negotiations.",
        "Kenya and Tanzania met Ethiopia in Nairobi after months of talks.",
    ] {
        let evs = run(text, &PARTIES);
        assert!(!both_ways(&evs, "04"), "{text}: {:?}", triples(&evs));
        assert!(
            has_root(&evs, "KEN", "ETH", "0") && has_root(&evs, "TZA", "ETH", "0"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn talks_of_a_pair_with_no_third_party_stay() {
    let text = "After years of negotiations, Kenya and Tanzania signed a customs pact on Friday.";
    let evs = run(text, &PARTIES);
    assert!(both_ways(&evs, "057"), "{text}: {:?}", triples(&evs));
    assert!(both_ways(&evs, "04"), "{text}: {:?}", triples(&evs));
}
