//! Branch quad25, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): the party a mandative "that" clause demands something of is
//! the demand's target (a bare verb the tagger read as a preposition, a demand noun's
//! clause, "insisted that Y stop"), and a participle hung on a time adverb is the act of
//! the adverb's clause.
use super::test_support::{emitted, has};

#[test]
fn the_subject_of_a_mandative_clause_is_the_demand_s_target() {
    for (text, src, tgt) in [
        // "withdraw" read as a preposition after the name
        (
            "Chile demanded that Peru withdraw its ambassador from the capital at once.",
            "CHL",
            "PER",
        ),
        // the clause on a demand noun, hung on the noun or on the verb
        (
            "North Korea has reiterated its demand that Japan ease sanctions.",
            "PRK",
            "JPN",
        ),
        (
            "Russia has reiterated its demand that Ukraine withdraw its troops.",
            "RUS",
            "UKR",
        ),
        // a speech verb of insisting with a bare verb in its clause
        (
            "The United States insisted that Iran stop its enrichment of uranium.",
            "USA",
            "IRN",
        ),
        (
            "Ghana insisted that Togo release the prisoners.",
            "GHA",
            "TGO",
        ),
    ] {
        let evs = emitted(text);
        assert!(has(&evs, src, tgt, "10"), "{text}: {evs:?}");
    }
}

#[test]
fn an_insisted_act_is_demanded_not_done() {
    // the release is what Ghana asks of Togo: no release by Togo is reported
    let text = "Ghana insisted that Togo release the prisoners.";
    let evs = emitted(text);
    assert!(!has(&evs, "TGO", "", "08"), "{text}: {evs:?}");
}

#[test]
fn a_demanded_withdrawal_is_no_withdrawal_even_with_no_resolved_demander() {
    // "repeated" hangs on "he said": the demander does not resolve, and Peru's withdrawal
    // is still only demanded (branch quad25 first reported it as Peru's act)
    let text = "The Chilean side rejected the offer, he said, and repeated its demand that \
                Peru withdraw its troops from the valley Chile claims as its own.";
    let evs = emitted(text);
    assert!(!has(&evs, "PER", "", "08"), "{text}: {evs:?}");
}

#[test]
fn an_insisted_fact_is_no_demand() {
    for text in [
        "Ghana insisted that Togo is complying with the deal.",
        "Ghana insisted that Togo had stopped the raids.",
    ] {
        let evs = emitted(text);
        assert!(!has(&evs, "GHA", "TGO", "10"), "{text}: {evs:?}");
    }
}

#[test]
fn a_participle_on_a_time_adverb_is_the_clause_s_act() {
    let text = "Turkish jets carried out a raid earlier in the day, targeting Islamic State \
                group commanders in eastern Syria.";
    let evs = emitted(text);
    assert!(has(&evs, "TUR", "IMGMUSISI", "19"), "{text}: {evs:?}");
}
