//! A summons of an envoy named with the accented French title, and a detention at a
//! demonstration (branch fresh14); invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 5] = [
    ("Kenya", "KEN", Location),
    ("Uganda's chargé d'affaires", "UGAGOV", Person),
    ("Uganda", "UGA", Location),
    ("Ugandan police", "UGACOP", Organisation),
    ("Kenyans", "KEN", Organisation),
];

#[test]
fn an_envoy_with_the_accented_title_is_summoned() {
    let evs = run(
        "Kenya summoned Uganda's chargé d'affaires on Monday.",
        &ACTORS,
    );
    assert!(has(&evs, "KEN", "UGAGOV", "110"), "{:?}", triples(&evs));
}

#[test]
fn an_envoy_with_the_accented_title_is_recalled() {
    let evs = run("Kenya recalled its chargé d'affaires from Uganda.", &ACTORS);
    assert!(
        triples(&evs)
            .iter()
            .any(|(s, _, c)| s == "KEN" && c == "161"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_detention_at_a_rally_is_the_detention_not_a_protest() {
    let evs = run(
        "Ugandan police detained two Kenyans at an opposition rally on Friday.",
        &ACTORS,
    );
    let t = triples(&evs);
    assert!(has(&evs, "UGACOP", "KEN", "173"), "{t:?}");
    assert!(!t.iter().any(|(_, _, c)| c.starts_with("14")), "{t:?}");
}

#[test]
fn a_rally_held_by_a_side_stays_a_protest() {
    // contrast: "held a rally" keeps the block's demonstration reading
    let evs = run(
        "Kenyans held a rally outside Uganda's embassy on Friday.",
        &ACTORS,
    );
    let t = triples(&evs);
    assert!(!t.iter().any(|(_, _, c)| c == "173"), "{t:?}");
}

const GULF: [(&str, &str, EntityType); 2] = [
    ("The Gulf Cooperation Council", "IGOPGSGCC", Organisation),
    ("Kuwait", "KWT", Location),
];

#[test]
fn a_quoted_noun_phrase_object_keeps_the_verbs_pattern() {
    let evs = run(
        "The Gulf Cooperation Council expressed \"full solidarity\" with Kuwait on Sunday.",
        &GULF,
    );
    assert!(has(&evs, "IGOPGSGCC", "KWT", "051"), "{:?}", triples(&evs));
}

#[test]
fn a_negated_quote_stays_a_boundary() {
    // contrast: a negation inside the quote ("no solidarity") must not let the verb's
    // praise pattern read past it
    let evs = run(
        "The Gulf Cooperation Council expressed \"no solidarity\" with Kuwait on Sunday.",
        &GULF,
    );
    assert!(!has(&evs, "IGOPGSGCC", "KWT", "051"), "{:?}", triples(&evs));
}
