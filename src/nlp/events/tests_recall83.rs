//! Aid whose recipient is the story's: co-donors in the same sentence, money released, a
//! sum in the donor's own currency (issue 8, branch recall83). Invented sentences.
use super::tests::{has_sides, run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 7] = [
    ("Norway", "NOR", Location),
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
    ("Ghana", "GHA", Location),
    ("Canada", "CAN", Location),
    ("Canadian", "CAN", Nationality),
    ("Norwegian", "NOR", Nationality),
];

/// "A pledged $N, and B said it would provide advisers": B is a co-donor, no rival
/// recipient, so A's sum goes to the story's recipient.
#[test]
fn a_co_donor_in_the_sentence_does_not_block_the_storys_recipient() {
    let evs = run(
        "Norway sent relief aid to Peru on Monday after the floods. Canada pledged 5 million dollars for new bridges, and Chile said it would provide engineers.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "CAN", "PER", "033"), "{:?}", triples(&evs));
}

/// A side the sentence addresses is no co-donor: the story's recipient is not guessed.
#[test]
fn a_side_addressed_in_the_sentence_still_blocks_the_guess() {
    let evs = run(
        "Norway sent relief aid to Peru on Monday after the floods. Canada pledged 5 million dollars for new bridges, and Chile thanked Ghana for its help.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "CAN", "PER", "033"), "{:?}", triples(&evs));
}

/// Money released to a state is economic aid paid out to it (071).
#[test]
fn money_released_to_a_state_is_economic_aid() {
    let evs = run(
        "Norway released 12 million dollars in frozen budget support to Peru on Tuesday.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "NOR", "PER", "071"), "{:?}", triples(&evs));
}

/// "pledged N Canadian dollars": the currency's country is no recipient, so the pledge
/// takes the story's one recipient instead of being lost as aid to the donor itself.
#[test]
fn a_sum_in_the_donors_own_currency_goes_to_the_storys_recipient() {
    let evs = run(
        "Norway sent relief aid to Peru on Monday after the floods. Canada pledged 9 million Canadian dollars over three years.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "CAN", "PER", "033"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "CAN", "CAN", "03"), "{:?}", triples(&evs));
}
