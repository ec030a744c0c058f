//! Branch quad22, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): verb senses picked by the object or by the infinitive after
//! it (a trip ended, support provided, work stopped, a call made to congratulate or to
//! apologise), and a name read as the subject where the parse gave its describing noun a
//! subject of its own.
use super::test_support::{emitted, has};

#[test]
fn a_trip_ended_is_no_cut_in_relations() {
    let text = "Former Kenyan prime minister Raila Odinga is ending a three-day trip in Kampala, \
                where he met the Ugandan president.";
    let evs = emitted(text);
    assert!(!has(&evs, "KEN", "UGA", "16"), "{text}: {evs:?}");
    assert!(has(&evs, "KEN", "UGA", "04"), "{text}: {evs:?}");
}

#[test]
fn support_provided_is_aid_and_support_expressed_is_praise() {
    for text in [
        "Norway provided support for the construction of 300 wells in Mali.",
        "Norway provides 20 million euros in support for farmers in Mali.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "NOR", "MLI", "07"), "{text}: {evs:?}");
        assert!(!has(&evs, "NOR", "MLI", "05"), "{text}: {evs:?}");
    }
    let text = "Norway expressed support for Mali's transition.";
    let evs = emitted(text);
    assert!(has(&evs, "NOR", "MLI", "051"), "{text}: {evs:?}");
}

#[test]
fn work_stopped_in_a_strike_is_the_strike() {
    let text = "Chilean teachers stopped work in a strike over pay.";
    let evs = emitted(text);
    assert!(has(&evs, "CHL", "", "143"), "{text}: {evs:?}");
    // A strike stopped is no strike staged.
    let text = "Chilean teachers stopped the strike on Monday.";
    let evs = emitted(text);
    assert!(!has(&evs, "CHL", "", "14"), "{text}: {evs:?}");
}

#[test]
fn a_call_made_to_congratulate_or_thank_is_praise() {
    for text in [
        "Ghana's president telephoned his Togolese counterpart on Monday to congratulate him on \
         the vote.",
        "The Kenyan president called his Ugandan counterpart to thank him for his help.",
    ] {
        let evs = emitted(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| !s.is_empty() && !t.is_empty() && c == "051"),
            "{text}: {evs:?}"
        );
        assert!(
            !evs.iter().any(|(_, _, c)| c.starts_with("02")),
            "{text}: {evs:?}"
        );
    }
    let text = "The Kenyan president called his Ugandan counterpart to apologise for the raid.";
    let evs = emitted(text);
    assert!(has(&evs, "KEN", "UGA", "055"), "{text}: {evs:?}");
    assert!(
        !evs.iter().any(|(_, _, c)| c.starts_with("02")),
        "{text}: {evs:?}"
    );
    // A plain call stays a consultation.
    let text = "Ghana's president telephoned his Togolese counterpart on Monday.";
    let evs = emitted(text);
    assert!(has(&evs, "GHA", "TGO", "041"), "{text}: {evs:?}");
}

#[test]
fn a_describing_noun_parsed_as_a_second_subject_gives_way_to_the_name() {
    let text = "Peace prize winner Aung San Suu Kyi urged Japan to press Thailand.";
    let evs = emitted(text);
    assert!(has(&evs, "MMR", "JPN", "02"), "{text}: {evs:?}");
}
