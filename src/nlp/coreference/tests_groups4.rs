//! "the government" an organisation or another state addresses (branch groups4, module
//! `addressed`): the story's state, not the latest government named. Invented articles.

use super::tests::{actor_of_nth, events};

/// A story set in Fiji in which another state's embassy is the latest government named.
const SUVA: &str = "SUVA (Pacific Desk) — Fiji's parliament approved a port lease to a \
    Chinese company on Tuesday. Fiji's prime minister said the lease would bring jobs. Fiji \
    will receive the first payment in March. China's embassy welcomed the vote. The Asian \
    Development Bank urged the government to publish the lease in full.";

#[test]
fn an_organisation_addresses_the_storys_state_not_the_embassy_named_before() {
    assert_eq!(
        actor_of_nth(SUVA, "the government", 0).as_deref(),
        Some("FJIGOV")
    );
    let ev = events(SUVA);
    assert!(
        ev.iter()
            .any(|e| e.0.starts_with("IGO") && e.1 == "FJIGOV" && e.2.starts_with("02")),
        "{ev:?}"
    );
}

#[test]
fn the_one_state_its_sentence_names_when_the_dateline_is_elsewhere() {
    // filed from a neighbour's capital; the appeal's sentence names only the borrower
    let text = "VIENNA (Europe Desk) — Austria agreed on Monday to sell gas to Slovakia \
        for the winter. Austria's energy minister said the first deliveries would start \
        in December. Austria will keep its own reserves full. The World Bank said it had \
        reviewed Slovakia's budget plan and urged the government to cut energy subsidies.";
    assert_eq!(
        actor_of_nth(text, "the government", 0).as_deref(),
        Some("SVKGOV")
    );
}

#[test]
fn a_foreign_state_accusing_the_government_means_the_host() {
    let text = "VADUZ (Alpine Desk) — Liechtenstein froze the accounts of three Russian \
        firms on Monday. Liechtenstein said the firms had broken the sanctions. \
        Liechtenstein's bankers backed the step. Russia recalled its envoy, accusing the \
        government of theft.";
    assert_eq!(
        actor_of_nth(text, "the government", 0).as_deref(),
        Some("LIEGOV")
    );
}

#[test]
fn a_subject_of_the_storys_own_state_is_not_an_outside_addressor() {
    // the host's own opposition urges its own government: left to the other rules
    let text = "VADUZ (Alpine Desk) — Liechtenstein froze the accounts of three firms on \
        Monday. Liechtenstein said the firms had broken the rules. Liechtenstein's bankers \
        backed the step. The opposition urged the government to publish the names.";
    assert_eq!(
        actor_of_nth(text, "the government", 0).as_deref(),
        Some("LIEGOV")
    );
    // two other states in the sentence and no host: no guess
    let text = "GENEVA (Desk) — The UN said Peru and Chile had resumed talks. The Fund \
        said Peru and Chile had both asked for loans and urged the government to wait.";
    let got = actor_of_nth(text, "the government", 0).unwrap_or_default();
    assert!(!got.starts_with("PER") && !got.starts_with("CHL"), "{got}");
}

#[test]
fn a_curly_apostrophe_before_an_agent_does_not_break_the_article_test() {
    // the three bytes before "government" cut the curly apostrophe: no panic, no guess
    let text = "The Fund urged Canadian Prime Minister Jane Roe’s government to act.";
    let _ = actor_of_nth(text, "government", 0);
}
