//! Threats whose party is inside a warning's announced response (branch threats2), on
//! invented sentences: the party asked to comply, the party the response falls on, the party
//! whose act it answers; and warnings that are forecasts, not threats.
use super::tests::{pair, run, threats};
use super::*;
use EntityType::*;

/// Two states with a capital each, shared with `tests_recall28`.
pub(super) const NORDIC: [(&str, &str, EntityType); 4] = [
    ("Norway", "NOR", Location),
    ("Oslo", "NOR", Location),
    ("Iceland", "ISL", Location),
    ("Reykjavik", "ISL", Location),
];

#[test]
fn the_party_a_warned_condition_asks_to_act_is_threatened() {
    let text = "Norway warned that it would close its ports to foreign trawlers if Reykjavik \
                does not cut the catch.";
    let t = threats(&run(text, &NORDIC));
    assert!(t.contains(&pair("NOR", "ISL")), "{t:?}");
}

#[test]
fn the_party_a_conditional_response_falls_on_is_threatened() {
    let text = "Norway warned that Oslo could review its fishing agreement with Iceland if \
                the seizures continued.";
    let t = threats(&run(text, &NORDIC));
    assert_eq!(t, vec![pair("NOR", "ISL")]);
}

#[test]
fn the_party_whose_act_a_warned_response_answers_is_threatened() {
    let text = "Norway warned that any further Icelandic incursions would be answered.";
    let mut actors = NORDIC.to_vec();
    actors.push(("Icelandic", "ISL", Nationality));
    let t = threats(&run(text, &actors));
    assert_eq!(t, vec![pair("NOR", "ISL")]);
}

#[test]
fn a_warned_forecast_is_no_threat() {
    // The consequence is no party's response.
    let text = "Norway warned that trade would collapse if Iceland raises its tariffs.";
    assert!(threats(&run(text, &NORDIC)).is_empty());
    // The response is a third party's: the speaker forecasts it.
    let text = "Norway warned that Russia would close the strait if Iceland joined the pact.";
    let mut actors = NORDIC.to_vec();
    actors.push(("Russia", "RUS", Location));
    let t = threats(&run(text, &actors));
    assert!(!t.contains(&pair("NOR", "ISL")), "{t:?}");
}

#[test]
fn a_passive_review_or_a_plain_condition_is_no_threat() {
    let text = "The Norwegian minister said the plan would be reviewed by Iceland.";
    let mut actors = NORDIC.to_vec();
    actors.push(("Norwegian", "NORGOV", Nationality));
    assert!(threats(&run(text, &actors)).is_empty());
    let text = "If the talks succeed, trade between Norway and Iceland will grow.";
    assert!(threats(&run(text, &NORDIC)).is_empty());
    // A reported act, not an announced one.
    let text = "Norway warned that Icelandic incursions had been answered.";
    actors.push(("Icelandic", "ISL", Nationality));
    assert!(threats(&run(text, &actors)).is_empty());
}

#[test]
fn a_warning_of_retaliation_is_made_and_falls_on_the_party_of_its_condition() {
    let text = "Norway warned of retaliation if Iceland seized more trawlers.";
    let evs = run(text, &NORDIC);
    assert_eq!(threats(&evs), vec![pair("NOR", "ISL")]);
    // The warning was made: its condition is what it warns of, not a condition on it.
    let warning = evs.iter().find(|e| e.cameo.starts_with("13"));
    assert!(warning.is_some_and(|e| e.modality != Modality::Conditional));
    // What is warned of is a forecast, not a response: no threat.
    let text = "Norway warned of a recession if Iceland left the union.";
    assert!(threats(&run(text, &NORDIC)).is_empty());
}

#[test]
fn a_price_to_pay_falls_on_the_one_who_pays_it() {
    let text = "Norway warned that Iceland would pay a heavy price if the seizures continued.";
    let t = threats(&run(text, &NORDIC));
    assert_eq!(t, vec![pair("NOR", "ISL")]);
}

#[test]
fn a_condition_the_parse_hangs_as_a_complement_still_names_the_party() {
    let text = "The Norwegian foreign ministry warned that it would retaliate if Iceland \
                seized more trawlers.";
    let mut actors = NORDIC.to_vec();
    actors.push(("Norwegian", "NORGOV", Nationality));
    let t = threats(&run(text, &actors));
    assert!(t.contains(&pair("NORGOV", "ISL")), "{t:?}");
}
