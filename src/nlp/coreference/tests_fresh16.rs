//! Branch fresh16: a pair with a state named at most half as often as the story's sides is
//! no referent of "the two governments"; a name right after a lower-case title holds that
//! title's office; a passive's agent is no pattern object; a reported clause with no "that"
//! after "said". Invented articles.
use super::tests::{actor_of_nth, events};

const ROAD: &str =
    "Nepal sent a protest note to India on Monday over a new road to the Lipu pass. \
    India said the road lay in its own territory. Nepal's foreign minister said Nepal would \
    raise the road at the next round of border talks with India. Beijing, which also borders \
    the pass, said it had agreed with India on trade through the pass. The two governments \
    last held border talks in 2021.";

#[test]
fn a_state_named_once_beside_one_side_leaves_the_story_pair() {
    assert_eq!(
        actor_of_nth(ROAD, "The two governments", 0).as_deref(),
        Some("NPLGOV/INDGOV")
    );
}

#[test]
fn a_pair_of_the_sides_themselves_is_still_the_referent() {
    // contrast: the sentence before names the story's own pair
    let text = "Nepal sent a protest note to India on Monday over a new road. India said the road \
        lay in its own territory. Nepal and India last held border talks in 2021, and the two \
        governments agreed to meet again.";
    assert_eq!(
        actor_of_nth(text, "the two governments", 0).as_deref(),
        Some("NPLGOV/INDGOV")
    );
}

const ENVOY: &str = "Syria's foreign minister met U.S. envoy Tom Barrow in Paris. Barrow told \
    reporters the talks were useful. He called on Israel to halt its raids.";

#[test]
fn a_name_after_a_lower_case_title_holds_its_office() {
    assert_eq!(
        actor_of_nth(ENVOY, "Tom Barrow", 0).as_deref(),
        Some("USAGOV")
    );
    assert_eq!(actor_of_nth(ENVOY, "Barrow", 0).as_deref(), Some("USAGOV"));
    let ev = events(ENVOY);
    assert!(
        ev.iter()
            .any(|e| e.0 == "USAGOV" && e.1 == "ISR" && e.2.starts_with("02")),
        "{ev:?}"
    );
}

#[test]
fn a_name_after_a_verb_takes_no_title() {
    // contrast: the title ends its own clause ("said"), the name is someone else
    let text = "The U.S. envoy said Tom Barrow had left Syria.";
    assert_eq!(actor_of_nth(text, "Tom Barrow", 0), None);
}

#[test]
fn the_agent_of_a_passive_is_no_pattern_object() {
    // "FORM * &MILITARY" is raising a force; "formed by the military governments" is not
    let text = "The alliance, formed by the military governments of Mali and Niger, agreed on \
        Monday to open the border with Ghana.";
    let ev = events(text);
    assert!(!ev.iter().any(|e| e.2.starts_with("15")), "{ev:?}");
    // contrast: the active verb with its object still codes the pattern
    let ev = events("Mali's government formed a new military unit on the border with Niger.");
    assert!(ev.iter().any(|e| e.2.starts_with("15")), "{ev:?}");
}

#[test]
fn a_clause_reported_without_that_after_said_is_coded() {
    let text = "Russia and Ukraine held talks in Istanbul on Monday. Diplomats said the two sides \
        agreed on Monday evening to open a hotline between their navies.";
    let ev = events(text);
    assert!(
        ev.iter()
            .any(|e| e.0 == "RUS" && e.1 == "UKR" && e.2.starts_with("03")),
        "{ev:?}"
    );
}
