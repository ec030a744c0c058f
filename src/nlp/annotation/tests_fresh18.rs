//! Branch fresh18: what an eighteenth batch of twelve articles written blind showed, through
//! the whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn adopting_or_approving_sanctions_imposes_them() {
    let evs =
        emitted("The European Union adopted a new package of sanctions against Belarus on Monday.");
    assert!(has(&evs, "IGOEUREEC", "BLR", "163"), "{evs:?}");
    // "approve" kept its default (080, a concession) before
    let evs = emitted("Canada approved sanctions on Nicaragua on Tuesday.");
    assert!(has(&evs, "CAN", "NIC", "163"), "{evs:?}");
    assert!(!has(&evs, "CAN", "NIC", "08"), "{evs:?}");
}

#[test]
fn adopting_a_plan_is_still_no_sanction() {
    // contrast: the CAMEO file's other readings of "adopt" stay
    let evs = emitted("Kenya and Uganda adopted a joint plan on the border.");
    assert!(!evs.iter().any(|(_, _, c)| c.starts_with("163")), "{evs:?}");
}

#[test]
fn competing_for_trade_accuses_nobody() {
    let evs = emitted(
        "Vietnam said the new port would help Da Nang compete with larger hubs in Thailand \
         and Malaysia.",
    );
    assert!(!has(&evs, "VNM", "THA", "11"), "{evs:?}");
    assert!(!has(&evs, "VNM", "MYS", "11"), "{evs:?}");
}

#[test]
fn meeting_needs_or_a_response_is_no_meeting() {
    // the story's other party was read as the partner of an intent to meet (036)
    let evs = emitted(
        "Armenia accused Azerbaijan of shelling a border village on Monday. The defence \
         ministry said Armenia would meet the needs of the displaced families.",
    );
    assert!(!has(&evs, "ARM", "AZE", "03"), "{evs:?}");
    let evs = emitted(
        "Armenia accused Azerbaijan of shelling a border village on Monday. Yerevan would \
         meet a firm response with force, the ministry said.",
    );
    assert!(!has(&evs, "ARM", "AZE", "03"), "{evs:?}");
    // contrast: meeting a party is still a meeting
    let evs = emitted("Armenia's foreign minister will meet his Georgian counterpart on Friday.");
    assert!(has(&evs, "ARM", "GEO", "036"), "{evs:?}");
}

#[test]
fn sharing_evidence_with_a_state_is_the_sharers_act() {
    let evs = emitted("Norway's foreign minister said Oslo had shared its evidence with Sweden.");
    assert!(has(&evs, "NOR", "SWE", "064"), "{evs:?}");
    assert!(!has(&evs, "SWE", "NOR", "064"), "{evs:?}");
}
