//! Branch fresh7: what a seventh batch of twelve articles written blind showed, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn a_suspended_visit_is_no_visit() {
    let evs = emitted(
        "Accra suspended a planned visit by Togo's foreign minister, who had been due in \
         the Ghanaian capital next week.",
    );
    assert!(!has(&evs, "TGO", "GHA", "04"), "{evs:?}");
    assert!(!has(&evs, "GHA", "TGO", "04"), "{evs:?}");
}

#[test]
fn a_postponed_visit_is_no_visit() {
    // guard (passes on main too: the dictionary's "postpone" has its own pattern)
    let evs = emitted("Peru postponed a visit to Quito by its defence minister.");
    assert!(!has(&evs, "PER", "ECU", "04"), "{evs:?}");
}

#[test]
fn an_ended_visit_was_made() {
    // "end" shares the dictionary block with "suspend": its visit happened
    let evs = emitted("Togo's president ended a two-day visit to Ghana on Friday.");
    assert!(has(&evs, "TGO", "GHA", "042"), "{evs:?}");
}

#[test]
fn gangs_accused_of_an_attack_are_not_the_storys_partner() {
    let evs = emitted(
        "Ghana summoned Togo's ambassador on Monday over the shooting of two farmers.\n\n\
         A spokesman for the Togolese army denied the charge and accused criminal gangs of \
         staging the attack.",
    );
    assert!(has(&evs, "GHA", "TGO", "11"), "{evs:?}");
    assert!(!has(&evs, "TGO", "GHA", "112"), "{evs:?}");
}

#[test]
fn a_protest_naming_no_one_still_takes_the_partner() {
    // guard: the story's partner still fills a protest that names no one, and a placed
    // object with a charge phrase stays the target
    let evs = emitted(
        "Ghana summoned Togo's ambassador on Monday over the shooting of two farmers.\n\n\
         Togo's foreign ministry lodged a protest on Tuesday and accused the Ghanaian police \
         of lying.",
    );
    assert!(has(&evs, "TGO", "GHA", "111"), "{evs:?}");
    assert!(has(&evs, "TGO", "GHA", "112"), "{evs:?}");
}

#[test]
fn a_promise_to_punish_those_responsible_threatens_no_state() {
    let evs = emitted(
        "Ghana summoned Togo's ambassador on Monday over the shooting of two farmers.\n\n\
         Togo later promised to punish those responsible.",
    );
    assert!(!has(&evs, "TGO", "GHA", "13"), "{evs:?}");
}

#[test]
fn a_warning_with_no_object_still_answers_the_clash() {
    // guard: the adversary rule is untouched when the threat names no one
    let evs = emitted(
        "Ghanaian troops shelled a Togolese border post on Monday.\n\n\
         Togo warned that it would respond.",
    );
    assert!(has(&evs, "TGO", "GHA", "13"), "{evs:?}");
}
