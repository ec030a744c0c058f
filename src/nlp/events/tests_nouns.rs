//! Event nouns as predicates, and the trigger senses of the verb additions (branch vocab),
//! on invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

#[test]
fn a_nationality_noun_with_a_target_is_the_attack() {
    let text = "Ruritanian drone strikes on Valmont killed four people on Sunday.";
    let evs = run(
        text,
        &[
            ("Ruritanian", "RUR", Location),
            ("Valmont", "VAL", Location),
        ],
    );
    assert!(has(&evs, "RUR", "VAL", "190"), "{:?}", triples(&evs));
    assert_eq!(evs.len(), 1, "one event per predicate: {:?}", triples(&evs));
    assert_eq!(evs[0].trigger.slice(text), "strikes");
    assert_eq!(evs[0].modality, Modality::Asserted);
}

#[test]
fn talks_as_an_adjunct_are_a_consultation_by_the_clause_subject() {
    let evs = run(
        "Chile's foreign minister spoke during a meeting in Lima with Peru's trade minister.",
        &[
            ("Chile's foreign minister", "CHLGOV", Person),
            ("Lima", "PER", Location),
            ("Peru's trade minister", "PERGOV", Person),
        ],
    );
    assert!(has(&evs, "CHLGOV", "PERGOV", "040"), "{:?}", triples(&evs));
}

#[test]
fn a_light_verb_lends_its_subject_and_a_plain_verb_does_not() {
    let ended = run(
        "A Norwegian delegation ended three days of talks with Kenyan officials.",
        &[("Norwegian", "NOR", Location), ("Kenyan", "KEN", Location)],
    );
    assert!(has(&ended, "NOR", "KEN", "040"), "{:?}", triples(&ended));
    let urged = run(
        "Canada urged talks between Ghana and Togo.",
        &[
            ("Canada", "CAN", Location),
            ("Ghana", "GHA", Location),
            ("Togo", "TGO", Location),
        ],
    );
    assert!(
        !triples(&urged).iter().any(|(_, _, c)| c.starts_with("04")),
        "urging talks is not holding them: {:?}",
        triples(&urged)
    );
}

#[test]
fn negated_and_future_nouns_code_nothing() {
    let actors = [("India", "IND", Location), ("Nepal", "NPL", Location)];
    for text in [
        "India said there were no talks with Nepal.",
        "India will hold talks with Nepal next month.",
    ] {
        let evs = run(text, &actors);
        assert!(
            !evs.iter()
                .any(|e| e.cameo.starts_with("04") && e.modality == Modality::Asserted),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn the_verb_event_is_kept_when_it_has_the_target() {
    let evs = run(
        "The European Union imposed sanctions on Belarus.",
        &[
            ("The European Union", "IGOEUREEC", Organisation),
            ("Belarus", "BLR", Location),
        ],
    );
    assert_eq!(
        triples(&evs),
        vec![("IGOEUREEC".into(), "BLR".into(), "163".into())]
    );
    assert_eq!(
        evs[0]
            .trigger
            .slice("The European Union imposed sanctions on Belarus."),
        "imposed"
    );
}

#[test]
fn a_game_is_not_an_assault() {
    let evs = run(
        "Uruguay beat Bolivia 3-1 in Montevideo on Tuesday.",
        &[("Uruguay", "URY", Location), ("Bolivia", "BOL", Location)],
    );
    assert!(evs.is_empty(), "{:?}", triples(&evs));
}

#[test]
fn trigger_senses_of_the_additions() {
    let actors = [
        ("Senegal", "SEN", Location),
        ("Gambia", "GMB", Location),
        ("Oman", "OMN", Location),
        ("Qatar", "QAT", Location),
        ("Bahrain", "BHR", Location),
    ];
    let cases = [
        (
            "Senegal has ended its defence cooperation agreement with Gambia.",
            "SEN",
            "GMB",
            "161",
        ),
        (
            "Senegal has paused development funding to Gambia.",
            "SEN",
            "GMB",
            "162",
        ),
        (
            "Oman hosted talks between Qatar and Bahrain.",
            "OMN",
            "QAT",
            "045",
        ),
        (
            "Senegal handed a protest note to Gambia.",
            "SEN",
            "GMB",
            "111",
        ),
        (
            "The Senegal military staged exercises near Gambia.",
            "SEN",
            // the country a show of force is staged around is its target (the gold's
            // "exercises around Taiwan"); the parse now reads "staged" as the verb
            "GMB",
            "150",
        ),
        (
            "The Senegal military staged exercises with Gambia.",
            "SEN",
            "GMB",
            "062",
        ),
    ];
    for (text, s, t, code) in cases {
        let evs = run(text, &actors);
        assert!(has(&evs, s, t, code), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn an_event_noun_under_a_negated_noun_did_not_happen() {
    let actors = [("Ruritania", "RUR", Location), ("Valmont", "VAL", Location)];
    for text in [
        "An envoy said on Friday that Ruritania had no interest in talks with Valmont.",
        "An envoy said on Friday that Ruritania saw no prospect of talks with Valmont.",
    ] {
        let evs = run(text, &actors);
        assert!(
            !has(&evs, "RUR", "VAL", "040"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
    let evs = run(
        "An envoy said on Friday that Ruritania had an interest in talks with Valmont.",
        &actors,
    );
    assert!(has(&evs, "RUR", "VAL", "040"), "{:?}", triples(&evs));
}

#[test]
fn an_adjunct_noun_takes_its_partner_past_a_place_or_a_day() {
    // the parse hangs "with Tanaka" under the day or the place between it and the noun
    let actors = [
        ("Ruritania's foreign minister", "RURGOV", Person),
        ("Tanaka", "VALGOV", Person),
        ("Lisbon", "PRT", Location),
    ];
    for text in [
        "In a phone call on Tuesday with Tanaka, Ruritania's foreign minister said the border would reopen.",
        "Ruritania's foreign minister raised the dispute during a meeting in Lisbon with Tanaka.",
        "Ruritania's foreign minister raised the dispute during a meeting at the embassy in Lisbon with Tanaka.",
        "Ruritania's foreign minister raised the dispute during a meeting earlier this month with Tanaka.",
        "Ruritania's foreign minister raised the dispute during a meeting on Tuesday evening with Tanaka.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has(&evs, "RURGOV", "VALGOV", "040"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(!has(&evs, "RURGOV", "PRT", "040"), "{:?}", triples(&evs));
    }
}

#[test]
fn a_partner_under_a_topic_is_not_the_nouns() {
    // "relations with Valmont" are the topic's partner, not the meeting's; a day or a place
    // between the noun and the partner would have passed it on
    let evs = run(
        "Ruritania's envoy raised the dispute during a meeting on relations with Valmont.",
        &[
            ("Ruritania's envoy", "RURGOV", Person),
            ("Valmont", "VAL", Location),
        ],
    );
    assert!(
        !triples(&evs)
            .iter()
            .any(|(_, t, c)| t == "VAL" && c.starts_with("04")),
        "{:?}",
        triples(&evs)
    );
}

/// Cyber warfare and cyberattacks launched against a state are attacks on it (190), as the
/// noun "attacks" already was in "launched cyber-attacks on" (issue 8, branch quad4).
#[test]
fn cyber_warfare_against_a_state_is_an_attack() {
    let actors = [("Ruritania", "RUR", Location), ("Valmont", "VAL", Location)];
    for text in [
        "Ruritania has launched cyber warfare against Valmont, officials said.",
        "Ruritania launched a cyberattack against Valmont on Friday.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has(&evs, "RUR", "VAL", "190"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}
