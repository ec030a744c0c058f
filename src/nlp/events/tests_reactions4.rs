//! Reactions to an act named by a noun whose verb English spells otherwise: a doubled final
//! consonant ("patrolled"), a singular noun in "-s" ("the summons"), a shooting told by
//! "fired on" (issue 8, branch reactions4). Invented sentences.
use super::tests::{has_sides, run, triples, FOUR_STATES as PARTIES};

/// Does the text code a reaction of CAMEO `root` from `from` to `to`? Shared with
/// `tests_actnouns`.
pub(super) fn answers(text: &str, from: &str, to: &str, root: &str) -> bool {
    let evs = run(text, &PARTIES);
    eprintln!("{:?}", triples(&evs));
    has_sides(&evs, from, to, root)
}

/// "Y summoned X's envoy … Z backed the summons": the summons is Y's.
#[test]
fn backing_the_summons_answers_the_summoner() {
    let text = "Peru summoned the Chilean ambassador on Monday over the fishing dispute. Norway backed the summons.";
    assert!(answers(text, "NOR", "PER", "05"));
    assert!(!answers(text, "NOR", "CHL", "05"));
}

/// "Y's police patrolled … Z praised the patrol": the patrol is Y's.
#[test]
fn praise_of_the_patrol_answers_the_patrolling_side() {
    let text =
        "Peruvian police patrolled the waters near Chile on Monday. Norway praised the patrol.";
    assert!(answers(text, "NOR", "PER", "05"));
}

/// "Y's troops fired on X's soldiers … X condemned the shooting": the shooting is Y's attack.
#[test]
fn condemning_the_shooting_answers_the_shooter() {
    let text = "Peruvian troops fired on Chilean soldiers at the border on Monday. Chile condemned the shooting.";
    assert!(answers(text, "CHL", "PER", "11"));
}

/// With no act of the noun's family told, "the patrol" has no author.
#[test]
fn a_patrol_never_told_stays_without_a_target() {
    let text = "Peru held talks with Chile on Monday. Norway praised the patrol.";
    assert!(!answers(text, "NOR", "PER", "05"));
    assert!(!answers(text, "NOR", "CHL", "05"));
}

/// The reacting side's own patrol is not an act it answers ("Y patrolled … Y praised the
/// patrol" has no target in Y).
#[test]
fn praise_of_ones_own_patrol_has_no_other_target() {
    let text =
        "Peruvian police patrolled the waters near Chile on Monday. Peru praised the patrol.";
    assert!(!answers(text, "PER", "CHL", "05"));
}
