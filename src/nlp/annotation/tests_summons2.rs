//! Branch summons2, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a summons' purpose infinitive is read on the parse, as an
//! appeal of the summoner to the summoned envoy's state (`frames/summoned.rs`), whatever the
//! parser hangs it on; other infinitives after a summons, and a passive summons, add nothing.
use super::test_support::{emitted, has, no_appeal};

#[test]
fn a_summons_to_demand_is_a_demand_of_the_envoy_s_state() {
    let evs = emitted(
        "Kenya's foreign ministry summoned the Ugandan high commissioner on Thursday to \
         demand the return of two seized fishing boats.",
    );
    assert!(has(&evs, "KEN", "UGA", "11"), "{evs:?}");
    assert!(has(&evs, "KEN", "UGA", "10"), "{evs:?}");
}

#[test]
fn a_summons_to_ask_is_a_request_that_can_be_rejected() {
    let evs = emitted(
        "Kenya's foreign ministry summoned the Ugandan envoy to ask that Kampala free the \
         crews. Uganda rejected the request.",
    );
    assert!(has(&evs, "KEN", "UGA", "02"), "{evs:?}");
    assert!(has(&evs, "UGA", "KEN", "12"), "{evs:?}");
    // "called in" summons too, and "seek" is a request, not the dictionary's intent (03)
    let evs = emitted("Kenya called in Uganda's envoy on Thursday to seek an explanation.");
    assert!(has(&evs, "KEN", "UGA", "02"), "{evs:?}");
    assert!(!has(&evs, "KEN", "UGA", "03"), "{evs:?}");
}

#[test]
fn a_summons_without_a_purpose_is_the_summons_only() {
    let evs = emitted("Kenya summoned Uganda's envoy on Thursday.");
    assert!(has(&evs, "KEN", "UGA", "11"), "{evs:?}");
    assert!(no_appeal(&evs), "{evs:?}");
}

#[test]
fn to_protest_or_to_discuss_adds_no_appeal() {
    let evs =
        emitted("Kenya summoned the Ugandan envoy on Thursday to protest against the seizure.");
    assert!(has(&evs, "KEN", "UGA", "11"), "{evs:?}");
    assert!(no_appeal(&evs), "{evs:?}");
    let evs = emitted("Kenya summoned the Ugandan envoy on Thursday to discuss the lake border.");
    assert!(has(&evs, "KEN", "UGA", "11"), "{evs:?}");
    assert!(no_appeal(&evs), "{evs:?}");
    assert!(!evs.iter().any(|(_, _, c)| c.starts_with("04")), "{evs:?}");
}

#[test]
fn a_passive_summons_s_infinitive_is_no_act_of_the_envoy() {
    let evs = emitted(
        "Uganda's envoy was summoned to the foreign ministry in Nairobi on Thursday to demand \
         an explanation.",
    );
    assert!(has(&evs, "KEN", "UGA", "11"), "{evs:?}");
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("UGA")), "{evs:?}");
    assert!(no_appeal(&evs), "{evs:?}");
}

#[test]
fn the_envoy_s_own_infinitive_is_no_appeal() {
    let evs = emitted(
        "Uganda's envoy, summoned to explain the seizure, told reporters the boats had strayed.",
    );
    assert!(no_appeal(&evs), "{evs:?}");
    let evs = emitted("Kenya summoned Uganda's envoy to explain the seizure.");
    assert!(has(&evs, "KEN", "UGA", "11"), "{evs:?}");
    assert!(no_appeal(&evs), "{evs:?}");
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("UGA")), "{evs:?}");
}
