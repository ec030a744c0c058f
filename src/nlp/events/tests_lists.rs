//! Statements "like" the one just told (issue 8, branch lists): "B and C issued similar
//! statements" take the stance and addressee of the latest act told before them. Invented
//! sentences.
use super::tests::{has_sides, run, triples, FOUR_STATES as PARTIES};

/// Each co-subject of a similar statement praises whom the earlier praise praised.
#[test]
fn similar_statements_repeat_the_praise_just_told() {
    let evs = run(
        "Norway congratulated Ghana on its peaceful election on Monday. Peru and Chile \
         issued similar statements.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "PER", "GHA", "05"), "{:?}", triples(&evs));
    assert!(has_sides(&evs, "CHL", "GHA", "05"), "{:?}", triples(&evs));
}

/// Disapproval is repeated too; "sent the same message" is a statement like another.
#[test]
fn the_same_message_repeats_a_condemnation() {
    let evs = run(
        "Peru closed its airspace to all Chilean aircraft on Monday. Norway condemned the \
         ban. Ghana sent the same message on Tuesday.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "GHA", "PER", "11"), "{:?}", triples(&evs));
}

/// A sentence that told a step rather than a stance gives the statement nothing to copy:
/// neither the recall nor an earlier praise.
#[test]
fn a_similar_statement_after_a_recall_takes_nothing() {
    let evs = run(
        "Norway praised Ghana's mediators. Chile recalled its ambassador from Lima on \
         Monday. Ghana issued a similar statement.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "GHA", "PER", ""), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "GHA", "NOR", ""), "{:?}", triples(&evs));
}

/// A statement with no likeness word keeps no guessed addressee, and the repeating side is
/// never its own addressee.
#[test]
fn only_a_likened_statement_of_another_side_is_repeated() {
    let evs = run(
        "Norway congratulated Ghana on its peaceful election. Peru issued a statement.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "PER", "GHA", ""), "{:?}", triples(&evs));
    let evs = run(
        "Norway congratulated Ghana on its peaceful election. Ghana issued a similar \
         statement.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "GHA", "GHA", ""), "{:?}", triples(&evs));
}

/// The four listed states of the signing tests.
const LISTED: [&str; 4] = ["NOR", "PER", "CHL", "GHA"];

/// The ordered pairs of the listed states that `evs` hold an event for under `root`.
fn listed_pairs(evs: &[super::CodedEvent], root: &str) -> usize {
    LISTED
        .iter()
        .flat_map(|a| LISTED.iter().map(move |b| (a, b)))
        .filter(|(a, b)| a != b && has_sides(evs, a, b, root))
        .count()
}

/// A signing by four listed states binds each to each other one: every ordered pair.
#[test]
fn four_signatories_sign_with_each_other() {
    let evs = run(
        "Norway, Peru, Chile and Ghana signed a fisheries pact in Oslo on Monday.",
        &PARTIES,
    );
    assert_eq!(listed_pairs(&evs, "057"), 12, "{:?}", triples(&evs));
}

/// A list that condemned with no object is no pair: the act is not symmetric.
#[test]
fn a_listed_condemnation_makes_no_pairs() {
    let evs = run(
        "Norway, Peru, Chile and Ghana condemned the raid on Monday.",
        &PARTIES,
    );
    assert_eq!(listed_pairs(&evs, ""), 0, "{:?}", triples(&evs));
}

/// The likeness word is read as a modifier of the statement noun in the parse, wherever it
/// stands: after an adverb, before a comma, or after the noun as its secondary predicate.
#[test]
fn a_likeness_word_modifying_the_statement_anywhere_repeats_the_praise() {
    for statement in [
        "Peru issued a remarkably similar statement.",
        "Peru issued a similar, carefully worded statement.",
        "Peru issued a statement similar in tone.",
    ] {
        let evs = run(
            &format!("Norway congratulated Ghana on its peaceful election on Monday. {statement}"),
            &PARTIES,
        );
        assert!(
            has_sides(&evs, "PER", "GHA", "05"),
            "{statement}: {:?}",
            triples(&evs)
        );
    }
}

/// A likeness word of another noun in the object's phrase makes no repetition: the
/// statement is about a similar vote, not like the praise.
#[test]
fn a_likeness_word_of_a_noun_inside_the_object_repeats_nothing() {
    let evs = run(
        "Norway congratulated Ghana on its peaceful election on Monday. Peru issued a \
         statement on a similar vote in Chile.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "PER", "GHA", ""), "{:?}", triples(&evs));
}
