//! Branch quad20, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a refusal to give up a ban, a curfew or a strike (CAMEO 124), a
//! mediation launched or ended (045, 165) and a refusal to take in refugees (122) are
//! one-sided when the trigger's object says so, and not when the clause names another placed
//! party the act is addressed to.
use super::test_support::{emitted, untargeted};

#[test]
fn a_measure_or_strike_kept_a_mediation_and_refugees_refused_need_no_target() {
    for (text, src, code) in [
        ("Bolivian miners will not end their strike.", "BOL", "124"),
        (
            "Uruguay refuses to lift the ban on the imports.",
            "URY",
            "124",
        ),
        ("Ecuador will not lift the curfew.", "ECU", "124"),
        (
            "Norway launched a mediation effort between the two factions.",
            "NOR",
            "045",
        ),
        (
            "Iceland ended its mediation efforts last week.",
            "ISL",
            "165",
        ),
        (
            "Portugal says it will not accept refugees this year.",
            "PRT",
            "122",
        ),
    ] {
        assert!(untargeted(text, src, code), "{text}: {:?}", emitted(text));
    }
}

#[test]
fn another_object_or_a_named_party_keeps_the_act_targeted() {
    // "its objection", "the talks", "a bid" and "the proposal" are no measure, mediation or
    // refugees, and air strikes not stopped are no strike held (the struck party is the
    // addressee); Paraguay, named in the clause, is whom the sanctions are kept against.
    for (text, src) in [
        (
            "Uruguay refuses to lift sanctions to bring Paraguay back to the talks.",
            "URY",
        ),
        ("Ecuador will not lift its objection.", "ECU"),
        ("Norway refused to end the talks.", "NOR"),
        ("Israel said it will not stop its air strikes.", "ISR"),
        ("Norway launched a bid for a seat on the council.", "NOR"),
        ("Portugal says it will not accept the proposal.", "PRT"),
    ] {
        for code in ["0", "1"] {
            assert!(!untargeted(text, src, code), "{text}: {:?}", emitted(text));
        }
    }
}

#[test]
fn a_mediation_between_states_and_sanctions_on_a_state_keep_their_targets() {
    let evs = emitted("Norway launched a mediation effort between Sudan and Chad.");
    for t in ["SDN", "TCD"] {
        assert!(
            evs.iter()
                .any(|(s, tg, c)| s == "NOR" && tg == t && c == "045"),
            "{evs:?}"
        );
    }
    let evs = emitted("Ecuador will not lift the sanctions on Peru.");
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "ECU" && t == "PER" && c.starts_with("124")),
        "{evs:?}"
    );
}
