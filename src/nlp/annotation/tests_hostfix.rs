//! A gathering's attendees are not of its venue (branch hostfix): the whole extractor with
//! the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn the_attendees_of_a_gathering_take_no_state_from_its_venue() {
    for text in [
        "The African Union said it would host a meeting of army commanders in Nairobi next month.",
        "The Arab League will hold a conference of senior police chiefs in Cairo in March.",
    ] {
        let evs = emitted(text);
        assert!(!has(&evs, "IGO", "KEN", "0"), "{text}: {evs:?}");
        assert!(!has(&evs, "IGO", "EGY", "0"), "{text}: {evs:?}");
    }
}

#[test]
fn agents_placed_by_their_own_city_keep_its_state() {
    let evs = emitted("Police in Lagos arrested two Ghanaian traders on Monday.");
    assert!(has(&evs, "NGACOP", "GHA", "17"), "{evs:?}");
    let evs = emitted("Kenya hosted Ugandan officials in Nairobi on Friday.");
    assert!(has(&evs, "KEN", "UGAGOV", "04"), "{evs:?}");
    let evs =
        emitted("Tanzania will host a meeting with Egypt's defence minister in Cairo next week.");
    assert!(has(&evs, "TZA", "EGYGOV", "03"), "{evs:?}");
}
