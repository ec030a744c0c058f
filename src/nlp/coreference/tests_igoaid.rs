//! Branch igoaid: "the fund", "the bank" stand for the organisation named before whose own
//! name holds the word, and "the agency" is never a state's official who acts on it.

use super::tests::{actor_of_nth, code_of, events};

#[test]
fn the_fund_is_the_organisation_whose_name_holds_it() {
    let text = "The International Monetary Fund agreed a rescue package for Sri Lanka on Monday. \
                Officials in Colombo met trade unions to explain the reforms. \
                Several opposition parties staged a march in the capital. \
                Sri Lanka's president later thanked the fund for its patience.";
    assert_eq!(
        actor_of_nth(text, "the fund", 0).as_deref(),
        Some("IGOBUSIMF")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("LKA") && t == "IGOBUSIMF" && c.starts_with("05")),
        "{evs:?}"
    );
}

#[test]
fn a_modified_or_unnamed_bank_is_not_the_organisation() {
    // "the central bank" is a state's own bank, not the development bank named before
    let text = "The Asian Development Bank opened an office in Dhaka on Monday. \
                The central bank said inflation had eased.";
    assert_ne!(
        actor_of_nth(text, "The central bank", 0).as_deref(),
        Some("IGOASADEVADB")
    );
    // no organisation named with "bank" in its name: the word stands for nobody
    let text = "The European Union opened an office in Dhaka on Monday. \
                Bangladesh said the bank would lend more to farmers.";
    assert_eq!(actor_of_nth(text, "the bank", 0), None);
}

#[test]
fn the_agency_is_not_the_official_who_thanks_it() {
    let text = "The World Health Organization sent doctors to Tonga on Monday. \
                Tonga's prime minister thanked the agency for its speed.";
    assert_eq!(
        actor_of_nth(text, "the agency", 0).as_deref(),
        Some("IGOUNOHLHWHO")
    );
}

#[test]
fn a_lender_approving_a_loan_gives_aid() {
    let text = "The International Monetary Fund approved a $30 million emergency loan \
                for Dominica on Friday.";
    assert_eq!(code_of(text, "IGOBUSIMF", "DMA").as_deref(), Some("071"));
    let text = "The International Monetary Fund approved a disbursement of $80 million \
                to Moldova on Friday.";
    assert_eq!(code_of(text, "IGOBUSIMF", "MDA").as_deref(), Some("071"));
}

#[test]
fn health_workers_food_and_generators_sent_or_shipped_are_relief() {
    let text = "Fiji sent a team of nurses and epidemiologists to Tonga on Monday.";
    assert_eq!(code_of(text, "FJI", "TON").as_deref(), Some("073"));
    let text = "Barbados shipped water and generators to Dominica on Monday.";
    assert_eq!(code_of(text, "BRB", "DMA").as_deref(), Some("073"));
    let text = "Kenya sent food and two mobile clinics to Somalia on Monday.";
    assert_eq!(code_of(text, "KEN", "SOM").as_deref(), Some("073"));
    // a team sent to talks stays a meeting, not aid
    let text = "Kenya sent a team of negotiators to Somalia on Monday.";
    assert_ne!(code_of(text, "KEN", "SOM").as_deref(), Some("073"));
}

#[test]
fn a_borrower_approving_a_loan_from_a_lender_gives_no_aid() {
    let text = "Kenya's cabinet approved a loan from China for a new railway on Friday.";
    let evs = events(text);
    assert!(!evs.iter().any(|(_, _, c)| c.starts_with("07")), "{evs:?}");
}
