//! Whole texts for branch agentmods, as emitted: a subject's describing relative clause
//! before the main verb ("A and B, which …, expressed support for C") leaves the main verb
//! its subject, and the relative clause's own actors are neither its source nor its target;
//! a nationality reaches its agent across an unknown modifier, and the reply to that agent's
//! act is aimed at it. Invented sentences.
use super::test_support::emitted as events;

#[test]
fn the_subject_before_the_relative_clause_expresses_the_support() {
    let evs = events(
        "Norway and Sweden, which have arrested several Russians this year, expressed \
         support for Helsinki.",
    );
    let support = |s: &str| {
        evs.iter()
            .any(|(a, b, c)| a == s && b == "FIN" && c == "051")
    };
    assert!(support("NOR") && support("SWE"), "{evs:?}");
    // the relative clause's object does not support anyone
    assert!(
        evs.iter()
            .all(|(a, _, c)| !(a.starts_with("RUS") && c == "051")),
        "{evs:?}"
    );
}

#[test]
fn a_relative_clause_that_holds_the_only_actor_gives_the_main_verb_no_source() {
    let evs = events(
        "The two ministers, who have both visited Moscow this year, expressed support for \
         the plan.",
    );
    assert!(evs.iter().all(|(a, _, _)| !a.starts_with("RUS")), "{evs:?}");
}

#[test]
fn a_restrictive_that_clause_is_not_read_as_a_description() {
    // no comma, "that": the clause restricts the noun; nothing is moved, and the
    // clause's object is not the source of the support
    let evs = events("Countries that have arrested Russians expressed support for Helsinki.");
    assert!(evs.iter().all(|(a, _, _)| !a.starts_with("RUS")), "{evs:?}");
}

#[test]
fn a_reply_to_an_act_by_an_agent_with_an_unknown_modifier_is_aimed_at_it() {
    let evs = events(
        "Chilean maritime police seized a Peruvian fishing boat on Sunday. Peru's foreign \
         ministry called the seizure a provocation.",
    );
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "CHLCOP" && t.starts_with("PER") && c.starts_with("17")),
        "{evs:?}"
    );
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("PER") && t.starts_with("CHL") && c.starts_with("11")),
        "{evs:?}"
    );
}
