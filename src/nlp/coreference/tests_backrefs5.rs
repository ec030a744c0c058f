//! A possessive office with an ordinal and a rank ("Its first vice foreign minister",
//! branch backrefs5): the ordinal belongs to the office only before a rank word, so the
//! pronoun's state reaches the official; elsewhere ("his first official visit") it does
//! not make an agent. Invented articles.
use super::tests::events;

fn has(ev: &[(String, String, String)], src: &str, tgt: &str, cameo: &str) -> bool {
    ev.iter()
        .any(|e| e.0 == src && e.1 == tgt && e.2.starts_with(cameo))
}

#[test]
fn its_first_vice_foreign_minister_is_the_states_official() {
    let text = "Finland said on Monday it would send more aid to Chad. \
        Its first vice foreign minister pledged new funds during a visit to N'Djamena.";
    let ev = events(text);
    assert!(has(&ev, "FINGOV", "TCD", "033"), "{ev:?}");
}

#[test]
fn its_first_deputy_foreign_minister_is_the_states_official() {
    let text = "Portugal said on Monday it would send more aid to Malawi. \
        Its first deputy foreign minister pledged new funds during a visit to Lilongwe.";
    let ev = events(text);
    assert!(has(&ev, "PRTGOV", "MWI", "033"), "{ev:?}");
}
