//! Branch fixes9: false events the fourth blind batch showed, through the whole extractor
//! with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn the_means_of_a_reported_charged_wrong_is_the_charge_not_an_act() {
    let evs = emitted(
        "Yemen's defence minister said on Monday that Iran had crossed every red line by \
         arming the Houthi rebels.",
    );
    assert!(!has(&evs, "IRN", "YEM", "06"), "{evs:?}");
    // the means of a reported act that is no wrong is still told
    let evs = emitted(
        "Yemen's defence minister said on Monday that Iran had eased the crisis by releasing \
         the Yemeni sailors.",
    );
    assert!(has(&evs, "IRN", "YEM", "08"), "{evs:?}");
}

#[test]
fn joining_sanctions_is_no_meeting_and_restricts_only_a_named_party() {
    let evs = emitted(
        "Belarus froze the dialogue after Norway joined Western sanctions over the war in Georgia.",
    );
    assert!(!has(&evs, "NOR", "GEO", ""), "{evs:?}");
    let evs = emitted("Norway joined Western sanctions against Russia on Monday.");
    assert!(has(&evs, "NOR", "RUS", "163"), "{evs:?}");
    assert!(!has(&evs, "NOR", "RUS", "04"), "{evs:?}");
}

#[test]
fn soviet_forces_are_coded_as_russia_and_soviet_things_make_no_event() {
    let evs = emitted(
        "Soviet troops seized the islands, known in Japan as the northern lands, in the final \
         days of the war.",
    );
    assert!(has(&evs, "RUS", "JPN", "19"), "{evs:?}");
    assert!(!has(&evs, "SUN", "", ""), "{evs:?}");
    let evs = emitted("A Soviet-era monument was removed in Tallinn on Monday.");
    assert!(evs.is_empty(), "{evs:?}");
}
