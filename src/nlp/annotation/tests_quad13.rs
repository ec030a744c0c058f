//! Branch quad13: a content clause the parse hangs on the day of its report ("X said on
//! Friday it had …") is what the speaker said; "his government" is the speaker's state
//! unless the clause names that state after it. Through the whole extractor with the
//! built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn what_a_speaker_said_on_a_day_is_its_content() {
    for text in [
        "Norway said on Friday it had expelled two Finnish diplomats.",
        "Norway said Friday it had expelled two Finnish diplomats.",
        "Norway said on Friday evening it had expelled two Finnish diplomats.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "NOR", "FIN", "16"), "{text}: {evs:?}");
    }
}

#[test]
fn his_government_is_the_speakers_state() {
    // The lemmatiser keeps "his" as it is ("her" becomes "she"): both are possessives.
    for text in [
        "The Norwegian prime minister said his government had expelled two Finnish diplomats.",
        "The Norwegian prime minister said her government had expelled two Finnish diplomats.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "NORGOV", "FIN", "16"), "{text}: {evs:?}");
    }
}

#[test]
fn his_country_is_no_state_the_clause_names_after_it() {
    // The bare office takes the dateline's country; "his country" then cannot be the
    // Finland whose sovereignty it respects, and the expulsion is no Finnish act.
    let evs = emitted(
        "HELSINKI (Fjord Wire) — Finland recalled its ambassador from Oslo on Monday. Foreign \
         Minister Jan Holm said his country respected Finland's sovereignty but had expelled \
         two Swedish diplomats.",
    );
    assert!(!has(&evs, "FIN", "SWE", "16"), "{evs:?}");
}
