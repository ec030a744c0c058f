//! Branch recall47: a counted breakdown by nationality in apposition gives each member its
//! own party; "the verdict" / "the ruling" name a court's act only. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonian police", "FRECOP", Organisation),
        ("Ruritanians", "RUR", Organisation),
        ("Sylvanians", "SYL", Organisation),
        ("A Ruritanian court", "RURJUD", Organisation),
        ("Ruritania's government", "RURGOV", Organisation),
        ("Sylvania's foreign ministry", "SYLGOV", Organisation),
    ])
}

#[test]
fn each_member_of_a_counted_breakdown_is_a_party() {
    let text = "Freedonian police detained six foreign nationals, four Ruritanians and two \
                Sylvanians, near the port on Sunday.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FRECOP", "RUR", "17"), "{:?}", triples(&evs));
    assert!(has(&evs, "FRECOP", "SYL", "17"), "{:?}", triples(&evs));
}

#[test]
fn a_breakdown_of_plain_nouns_adds_no_party() {
    let text = "Freedonian police detained six foreign nationals, four women and two men, \
                near the port on Sunday.";
    let evs = run(text, &actors());
    // the group stays as the rest of the coder reads it (here the police's own country)
    let parties = triples(&evs)
        .into_iter()
        .filter(|(s, t, _)| s == "FRECOP" && !t.is_empty() && t != "FRE")
        .count();
    assert_eq!(parties, 0, "{:?}", triples(&evs));
}

#[test]
fn the_verdict_answers_the_court_that_gave_it() {
    let text = "A Ruritanian court sentenced a Freedonian engineer to nine years in prison on \
                Monday. \n\nSylvania's foreign ministry condemned the verdict.";
    let evs = run(text, &actors());
    assert!(has(&evs, "SYLGOV", "RURJUD", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_government_ruling_something_out_gave_no_ruling() {
    let text = "Ruritania's government ruled out any talks with Freedonia on Monday. \n\n\
                Sylvania's foreign ministry criticised the ruling.";
    let evs = run(text, &actors());
    let answered = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == "SYLGOV" && t == "RURGOV" && c.starts_with("11"));
    assert!(!answered, "{:?}", triples(&evs));
}
