//! Addressees and targets the clause leaves to context (branch addressee2): "called on the
//! parties" names the story's pair, "rejected the note" answers the note's sender, and a
//! ban on "its border with Y" falls on Y. Invented articles.
use super::tests::{actor_of_nth, events, has_event as has};

const CLASH: &str = "Ethiopian troops shelled Eritrean positions near the border on Monday. \
    Eritrea accused Ethiopia of breaking the truce. \
    The African Union called on the parties to respect the ceasefire.";

#[test]
fn the_parties_called_on_are_the_story_pair() {
    let pair = actor_of_nth(CLASH, "the parties", 0).unwrap_or_default();
    assert!(matches!(pair.as_str(), "ERI/ETH" | "ETH/ERI"), "{pair}");
    let ev = events(CLASH);
    for tgt in ["ETH", "ERI"] {
        assert!(has(&ev, "IGOAFRAU", tgt, "02"), "AU -> {tgt}: {ev:?}");
    }
}

#[test]
fn the_parties_not_addressed_by_an_appeal_name_no_pair() {
    // "depends on the parties": no verb of calling before "on"; "the parties of the
    // coalition" are a state's own parties
    for text in [
        "Ethiopian troops shelled Eritrean positions on Monday. \
         Peace now depends on the parties and their patrons.",
        "Ethiopian troops shelled Eritrean positions on Monday. \
         The president urged the parties of the ruling coalition to close ranks.",
    ] {
        assert_eq!(actor_of_nth(text, "the parties", 0), None, "{text}");
    }
}

#[test]
fn a_rejected_note_answers_its_sender() {
    let text = "Slovenia sent a protest note to Croatia on Monday over the arrest of a fisherman. \
        Croatia's foreign ministry rejected the note on Tuesday.";
    let ev = events(text);
    assert!(has(&ev, "HRVGOV", "SVN", "12"), "{ev:?}");
}

#[test]
fn a_ban_on_a_border_with_a_state_falls_on_it() {
    let text = "Hungary closed all crossings on its border with Serbia on Friday, \
        and Serbia protested.";
    let ev = events(text);
    assert!(has(&ev, "HUN", "SRB", "172"), "{ev:?}");
    // a ban with no border falls on no foreign state
    let text = "Hungary banned all rallies in Budapest on Friday, and Serbia protested.";
    let ev = events(text);
    assert!(!has(&ev, "HUN", "SRB", "172"), "{ev:?}");
}

#[test]
fn an_emergency_along_a_border_falls_on_no_state_across_it() {
    // a bare state's state of emergency is declared over its own ground (1724), though its
    // sentence names the neighbour the people came from
    for text in [
        "Hungary declared a state of emergency along the border in 2015, when Serbia was \
         accused by the EU of letting migrants through.",
        "Hungary declared a state of emergency on the border on Friday after thousands of \
         migrants tried to cross from Serbia, and has since built a fence.",
    ] {
        let ev = events(text);
        assert!(
            !ev.iter().any(|(s, t, c)| s.starts_with("HUN")
                && t.starts_with("SRB")
                && c.starts_with("17")),
            "{ev:?}"
        );
    }
}
