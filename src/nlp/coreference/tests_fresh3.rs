//! Branch fresh3: pronouns after a transitional body, an envoy "its" own, a comma before
//! "and" after one actor; invented articles with gazetteer names.
use super::tests::events;

#[test]
fn a_transitional_council_is_a_government_for_its_pronoun() {
    let text = "Chad's transitional council rejected the decision on Friday. Its foreign \
                minister summoned Niger's ambassador.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "TCDGOV" && t.starts_with("NER") && c == "110"),
        "{evs:?}"
    );
}

#[test]
fn its_envoy_after_a_resolved_it_is_recalled_from_the_other_state() {
    // "It" is resolved to Chad; "its ambassador" is then read within its own sentence, as
    // after a name, and the recall's target is the state it is recalled from
    let text = "Chad denied the claim. It recalled its ambassador from Niamey.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("TCD") && t.starts_with("NER") && c == "161"),
        "{evs:?}"
    );
}

#[test]
fn a_comma_before_and_after_one_actor_joins_clauses_not_a_list() {
    // "activists in Kumasi, and Togo": a list of two takes no comma before "and"
    let text = "Ghana expelled two Togolese diplomats on Tuesday, accusing them of directing a \
                campaign to intimidate Ewe activists in Kumasi, and Togo responded within hours \
                by ordering two Ghanaian diplomats to leave Lome within five days.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "TGO" && t.starts_with("GHA") && c == "166"),
        "{evs:?}"
    );
    assert!(!evs.iter().any(|(s, _, _)| s.ends_with("OPP")), "{evs:?}");
}

#[test]
fn the_addressee_of_an_appeal_named_by_its_seat_is_the_body_there() {
    // "Brussels" after an appeal verb and before "to" is the EU, as "Brussels said" is
    let evs = events("Cyprus asked Brussels to declare the camps safe.");
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("CYP") && t == "IGOEUREEC" && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn the_taiwan_affairs_office_is_chinas() {
    let evs = events("The Taiwan Affairs Office condemned the visit by Japanese lawmakers.");
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "CHNGOV" && t.starts_with("JPN") && c.starts_with("11")),
        "{evs:?}"
    );
}

/// Branch recall25: the name in apposition to "Its foreign minister" bears the title and
/// takes its resolved actor, so the name's own act has a source.
#[test]
fn a_name_in_apposition_to_an_owned_title_takes_the_owners_government() {
    let text = "Chad's transitional council rejected the decision on Friday. Its foreign \
                minister, Ousmane Dabrelo, summoned Niger's ambassador.";
    assert_eq!(
        super::tests::actor_of_nth(text, "Ousmane Dabrelo", 0).as_deref(),
        Some("TCDGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "TCDGOV" && t.starts_with("NER") && c == "110"),
        "{evs:?}"
    );
    // a pronoun in the aside is not a name
    let text = "Chad's transitional council rejected the decision on Friday. Its foreign \
                minister, he said, would resign.";
    assert!(super::tests::actor_of_nth(text, "he", 0).is_none_or(|c| c != "TCDGOV"));
}
