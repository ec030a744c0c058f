//! A body named again by the lower-case head of its name ("the front", "the alliance",
//! branch backrefs4): the one body whose name holds the word, never a phrase that only
//! looks like it ("the front line", "the union of dockers"). Invented articles.
use super::tests::{actor_of_nth, events};

fn has(ev: &[(String, String, String)], src: &str, tgt: &str, cameo: &str) -> bool {
    ev.iter()
        .any(|e| e.0 == src && e.1 == tgt && e.2.starts_with(cameo))
}

#[test]
fn the_front_after_its_full_name_is_that_front() {
    let text = "The Sahrawi Liberation Front said on Tuesday it was ready for new talks. \
        The front accused Paris of arming the other side.";
    assert_eq!(
        actor_of_nth(text, "The front", 0).as_deref(),
        Some("ESHREB")
    );
    let ev = events(text);
    assert!(has(&ev, "ESHREB", "FRA", "11"), "{ev:?}");
}

#[test]
fn the_front_as_a_conjunct_is_that_front() {
    let text = "The Sahrawi Liberation Front rejected the offer on Monday. \
        A new round of talks between Morocco and the front was put off until May.";
    assert_eq!(
        actor_of_nth(text, "the front", 0).as_deref(),
        Some("ESHREB")
    );
}

#[test]
fn the_alliance_after_a_party_of_that_name_is_the_party() {
    let text = "The Democratic Alliance held a rally in Pretoria on Saturday. \
        The alliance urged Zimbabwe to free the jailed activists.";
    let ev = events(text);
    assert!(has(&ev, "ZAFPTY", "ZWE", "02"), "{ev:?}");
}

#[test]
fn the_front_line_is_no_front() {
    let text = "The Sahrawi Liberation Front said its fighters had attacked a post. \
        Shelling went on along the front line near Mahbes.";
    assert_eq!(actor_of_nth(text, "the front", 0), None);
}

#[test]
fn a_head_with_its_own_of_phrase_names_another_body() {
    let text = "The law does not touch the fishing deal with the European Union. \
        The union of dock workers in Dakar welcomed the law.";
    assert_eq!(actor_of_nth(text, "The union", 0), None);
}

#[test]
fn a_head_no_earlier_name_holds_stays_open() {
    let text = "Chad closed its border with Sudan on Monday. \
        The movement accused Khartoum of arming the raiders.";
    assert_eq!(actor_of_nth(text, "The movement", 0), None);
}

#[test]
fn two_fronts_named_before_leave_the_front_open() {
    let text = "The Sahrawi Liberation Front and the Oromo Liberation Front signed a pact in \
        Algiers. The front accused Ethiopia of bad faith.";
    assert_eq!(actor_of_nth(text, "The front", 0), None);
}
