//! The implied addressee of calls and threats about a side's people held or sent off
//! (branch detainees): the holder, named in an earlier sentence, is whom an untargeted
//! request, demand or threat answers; never when two holders are in play, never the
//! caller's own state. Invented sentences.
use super::tests::{has_sides, run, triples};
use super::*;
use EntityType::*;

/// The actors of the stories below: a holder (Togo), the held people's state (Ghana) and a
/// third state (Benin).
const SIDES: [(&str, &str, EntityType); 8] = [
    ("Togolese police", "TGOCOP", Organisation),
    ("The Togolese navy", "TGOMIL", Organisation),
    ("Togo", "TGO", Location),
    ("Togo's ambassador", "TGOGOV", Person),
    ("Ghanaian", "GHA", Nationality),
    ("Ghana", "GHA", Location),
    ("Beninese police", "BENCOP", Organisation),
    ("Benin", "BEN", Location),
];

/// A threat with no addressee after the threatener's diplomat was expelled answers the
/// expelling state.
#[test]
fn a_threat_after_an_expulsion_answers_the_expelling_state() {
    let evs = run(
        "Togo expelled a Ghanaian diplomat on Monday. Ghana said it would respond in kind.",
        &SIDES,
    );
    assert!(has_sides(&evs, "GHA", "TGO", "13"), "{:?}", triples(&evs));
}

/// A threat with no addressee after the threatener's citizens were detained answers the
/// detaining police.
#[test]
fn a_threat_after_a_detention_answers_the_holder() {
    let evs = run(
        "Togolese police detained four Ghanaian traders on Monday. Ghana said it would respond \
         in kind.",
        &SIDES,
    );
    assert!(has_sides(&evs, "GHA", "TGO", "13"), "{:?}", triples(&evs));
}

/// A request for consular access after a vessel of the caller's was seized goes to the
/// seizing navy.
#[test]
fn a_request_after_a_vessel_seizure_goes_to_the_seizer() {
    let evs = run(
        "The Togolese navy seized a Ghanaian trawler on Monday. Ghana asked for consular access \
         to its crew.",
        &SIDES,
    );
    assert!(has_sides(&evs, "GHA", "TGO", "02"), "{:?}", triples(&evs));
}

/// Two different states held the caller's people: a request naming neither is put to no one.
#[test]
fn two_holders_leave_the_request_unaddressed() {
    let evs = run(
        "Togolese police detained three Ghanaian fishermen on Monday. Beninese police arrested \
         two Ghanaian traders on Tuesday. Ghana asked for consular access to the men.",
        &SIDES,
    );
    let asked = |t: &str| has_sides(&evs, "GHA", t, "02");
    assert!(!asked("TGO") && !asked("BEN"), "{:?}", triples(&evs));
}

/// People held by their own state's police: the caller's own state is never the addressee.
#[test]
fn the_callers_own_state_is_never_the_addressee() {
    let evs = run(
        "Ghanaian police detained three Ghanaian fishermen on Monday. Ghana said it would \
         respond in kind.",
        &[
            ("Ghanaian police", "GHACOP", Organisation),
            ("Ghanaian", "GHA", Nationality),
            ("Ghana", "GHA", Location),
        ],
    );
    assert!(!has_sides(&evs, "GHA", "GHA", "13"), "{:?}", triples(&evs));
}

/// A summons and a release demand in one breath: the demand about the caller's own people
/// goes to the summoned envoy's state.
#[test]
fn a_release_demand_joined_to_a_summons_goes_to_the_envoys_state() {
    let evs = run(
        "Ghana summoned Togo's ambassador and demanded the release of three Ghanaian \
         fishermen.",
        &SIDES,
    );
    assert!(has_sides(&evs, "GHA", "TGO", "105"), "{:?}", triples(&evs));
}

/// The same demand on its own, with no holder told: no addressee is guessed.
#[test]
fn a_release_demand_alone_has_no_addressee() {
    let evs = run(
        "Ghana demanded the release of three Ghanaian fishermen.",
        &SIDES,
    );
    let targeted = triples(&evs).into_iter().any(|(s, t, c)| {
        s == "GHA" && c.starts_with("105") && !t.starts_with("GHA") && !t.is_empty()
    });
    assert!(!targeted, "{:?}", triples(&evs));
}
