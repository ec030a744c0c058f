//! Precision defects (branch fixes10): a pattern's words read inside a title-cased name, a
//! speech verb's pattern read in the speaker's own description after a quotation, and a
//! "by V-ing" means clause that took the place of the noun event it explains. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

use super::*;

/// Whether any event has a code starting with `root`.
fn any_code(evs: &[CodedEvent], root: &str) -> bool {
    evs.iter().any(|e| e.cameo.starts_with(root))
}

#[test]
fn a_preposition_inside_a_titled_plan_is_no_threat() {
    let evs = run(
        "Freedonia will fully support the Ruritanian Programme to End Violence Against Farmers.",
        &three_states_and(&[]),
    );
    assert!(!any_code(&evs, "13"), "{:?}", triples(&evs));
}

#[test]
fn the_same_words_outside_a_name_keep_the_pattern() {
    // lower case: the words are the verb's own phrase, and the CAMEO file's reading stays
    let evs = run(
        "Freedonia will support violence against Ruritania.",
        &three_states_and(&[]),
    );
    assert!(has(&evs, "FRE", "RUR", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_speaker_after_a_quotation_is_not_what_was_said() {
    // "research" in the speaker's description is no investigation the speaker announced
    let evs = run(
        "Freedonia summoned the Ruritanian ambassador on Monday. \"The talks are going \
         nowhere,\" said Jan Novak, a Freedonian expert at a research centre.",
        &three_states_and(&[]),
    );
    assert!(has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "09"), "{:?}", triples(&evs));
    // the same speech verb before its content still reads it
    let evs = run(
        "Freedonia summoned the Ruritanian ambassador on Monday. Freedonia said an \
         investigation had begun.",
        &three_states_and(&[]),
    );
    assert!(has(&evs, "FRE", "RUR", "09"), "{:?}", triples(&evs));
}

#[test]
fn a_means_clause_does_not_replace_the_noun_event() {
    let evs = run(
        "Freedonia launched cyber warfare against Ruritania by spreading fake propaganda \
         on alleged racism in Ruritania.",
        &three_states_and(&[]),
    );
    assert!(has(&evs, "FRE", "RUR", "19"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "05"), "{:?}", triples(&evs));
}
