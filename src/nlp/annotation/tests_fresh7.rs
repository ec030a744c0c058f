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

#[test]
fn a_participle_after_a_trailing_attribution_is_the_speakers() {
    // the parse hangs the reported clause's subject (with its relative clause) under "said"
    // too; the thanks are the ministry's, after the comma, not the sailors'
    let evs = emitted(
        "The sailors, who were detained near Ada island, crossed back into Ghana at the \
         Aflao border post in the evening, the Ghanaian foreign ministry said, thanking Togo \
         for hosting the talks.",
    );
    assert!(has(&evs, "GHA", "TGO", "051"), "{evs:?}");
}

#[test]
fn joined_subjects_of_one_verb_both_stay_sources() {
    // guard: two subjects with no attribution comma are not narrowed to the nearer
    let evs = emitted("Ghana and Togo both welcomed the agreement with Benin.");
    assert!(has(&evs, "GHA", "BEN", "051"), "{evs:?}");
    assert!(has(&evs, "TGO", "BEN", "051"), "{evs:?}");
}

#[test]
fn a_lawsuit_announced_under_a_condition_is_a_threat() {
    let evs = emitted(
        "Ghana will take Togo to the International Court of Justice if Lome goes ahead with \
         the dam, the foreign ministry said on Monday.",
    );
    assert!(has(&evs, "GHA", "TGO", "13"), "{evs:?}");
    assert!(!has(&evs, "GHA", "TGO", "115"), "{evs:?}");
}
