//! A past office's nationality is no party of its sentence (branch falses6): "the head of
//! the bloc, a former Ugandan trade minister, praised both leaders" still means the two
//! states the sentence before named, not the pair left when Uganda is set aside as the
//! sentence's own actor. Invented article.
use super::former::after_past_word;
use super::tests::actor_of_nth;

const VISIT: &str = "Uganda's president arrived in Nairobi on Monday for talks on a railway \
    link to the coast. Tanzania said the line would hurt its port, and Tanzanian officials \
    asked for talks. Kenya's president said the line would carry Ugandan coffee to Mombasa. \
    The head of the regional bloc, a former Ugandan trade minister, praised both leaders.";

#[test]
fn a_former_office_does_not_hide_a_side_of_both_leaders() {
    let pair = actor_of_nth(VISIT, "both leaders", 0).unwrap_or_default();
    assert!(
        pair.contains("UGA") && pair.contains("KEN"),
        "both leaders = {pair}"
    );
    assert!(!pair.contains("TZA"), "both leaders = {pair}");
}

#[test]
fn only_a_past_office_word_right_before_the_name_counts() {
    let text = "a former Ugandan minister and the Ugandan minister";
    let first = text.find("Ugandan").unwrap_or(0);
    let second = text.rfind("Ugandan").unwrap_or(0);
    assert!(after_past_word(text, first));
    assert!(!after_past_word(text, second));
    assert!(!after_past_word(text, 0));
}
