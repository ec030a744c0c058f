//! Reactions to an act the story introduced by an indefinite noun ("during a two-day visit
//! … condemned the visit"): the target is the author of the act coded in the sentence that
//! introduced it (issue 8, branch actnouns). Invented sentences.
use super::tests_reactions4::answers;

/// "Peru signed … during a three-day visit. … Norway condemned the visit": Peru's visit.
#[test]
fn condemning_the_visit_answers_the_visitor() {
    let text = "Peru's foreign minister signed a fisheries accord with Ghana on Monday during a three-day visit to the coast. Norway condemned the visit.";
    assert!(answers(text, "NOR", "PER", "11"));
    assert!(!answers(text, "NOR", "GHA", "11"));
}

/// "Peru launched a training programme for Ghana … Norway welcomed the programme".
#[test]
fn welcoming_the_programme_answers_its_author() {
    let text = "Peru pledged a new training programme for Ghana's coast guard on Tuesday. Norway welcomed the programme.";
    assert!(answers(text, "NOR", "PER", "05"));
}

/// A party to the act judging it is no foreign event: "Peru signed a programme with Chile
/// … Chile's opposition criticised the programme" is not Chile's accusation of Peru.
#[test]
fn a_party_to_the_act_gets_no_target_from_it() {
    let text = "Peru signed a fisheries programme with Chile on Monday. Chile's opposition criticised the programme.";
    assert!(!answers(text, "CHL", "PER", "11"));
    let text = "Chile signed a fisheries accord with Peru on Monday during a three-day visit to Lima. Chile criticised the visit.";
    assert!(!answers(text, "CHL", "PER", "11"));
}

/// A noun of the same kin takes up the act: "a trip" … "the visit".
#[test]
fn the_visit_takes_up_a_trip() {
    let text = "Peru's foreign minister signed a fisheries accord with Ghana on Monday during a three-day trip to the coast. Norway criticised the visit.";
    assert!(answers(text, "NOR", "PER", "11"));
}

/// Another party named before the act's verb may be the author of a coordinated clause the
/// noun sums up: the act is not one side's.
#[test]
fn a_coordinated_clause_of_another_party_leaves_no_target() {
    let text = "Chile released four Ghanaian sailors and Peru freed two Ghanaian fishermen, in an exchange brokered by the church. Norway welcomed the exchange.";
    assert!(!answers(text, "NOR", "PER", "05"));
}

/// The act nearest before the noun is the one whose clause holds it: "a visit" in Chile's
/// clause is not Peru's (Chile's own visit, coded from the noun, is the family pass's).
#[test]
fn two_sides_in_the_introducing_sentence_leave_no_target() {
    let text = "Peru signed an accord with Ghana, and Chile pledged aid to Ghana during a three-day visit. Norway condemned the visit.";
    assert!(!answers(text, "NOR", "PER", "11"));
}

/// No indefinite noun before the reaction: nothing to take up.
#[test]
fn a_visit_never_introduced_has_no_author() {
    let text = "Peru signed a fisheries accord with Ghana on Monday. Norway condemned the visit.";
    assert!(!answers(text, "NOR", "PER", "11"));
}
