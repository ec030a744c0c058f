//! Branch recall63, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a recall of the source's own envoy named by its nationality
//! ("the Chilean ambassador in Lima") answers the state of the envoy's post.
use super::test_support::{emitted, has};

#[test]
fn a_recalled_envoy_named_by_the_source_s_nationality_answers_the_post() {
    for text in [
        "Chile's president recalled the Chilean ambassador in Lima on Monday.",
        "The foreign minister said Peru had broken its word, and Chile recalled the Chilean \
         ambassador in Lima for consultations.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "CHL", "PER", "16"), "{text}: {evs:?}");
    }
}

/// A place of the source's own state is no post abroad, and a summons keeps its envoy.
#[test]
fn an_envoy_s_post_at_home_or_a_summons_names_no_other_state() {
    let evs = emitted("Chile's president recalled the Chilean ambassador in Santiago on Monday.");
    assert!(!evs.iter().any(|(_, t, _)| t.starts_with("PER")), "{evs:?}");
    let evs = emitted("Chile summoned the Peruvian ambassador in Santiago on Monday.");
    assert!(has(&evs, "CHL", "PER", "11"), "{evs:?}");
}
