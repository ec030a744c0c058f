//! Small coding defects (branch fixes6): a one-sided act before a coordinated clause, a
//! blamed gerund under a predicate adjective. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[])
}

#[test]
fn a_one_sided_act_before_a_coordinated_clause_stays_the_main_verb() {
    for text in [
        "Freedonian dockers went on strike on Tuesday, but the port operator said cargo kept moving.",
        "Freedonian dockers went on strike on Tuesday, and the port operator said cargo kept moving.",
        "Freedonian farmers protested outside the ministry, but the police watched.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "", "14"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_participle_before_its_main_verb_stays_a_modifier() {
    // "shells fired from X" is a reduced relative: the main verb "hit" follows, no clause
    // break between them.
    let text = "Ruritanian shells fired on Monday hit a school in Freedonia.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "RUR", "", "19"), "{text}: {:?}", triples(&evs));
}

#[test]
fn a_gerund_under_a_blaming_predicate_is_its_subjects_act() {
    for text in [
        "Ruritania was guilty of shelling Freedonia on Monday.",
        "Ruritania is responsible for shelling Freedonia.",
        "Sylvania said Ruritania was guilty of shelling Freedonia.",
    ] {
        let evs = run(text, &actors());
        let tr = triples(&evs);
        let act = tr
            .iter()
            .any(|(s, t, c)| s == "RUR" && t == "FRE" && c.starts_with("19"));
        let blame = tr
            .iter()
            .any(|(_, t, c)| t == "RUR" && c.starts_with("112"));
        assert!(act || blame, "{text}: {tr:?}");
    }
}

#[test]
fn an_ability_is_no_act() {
    let text = "Ruritania is capable of shelling Freedonia.";
    let evs = run(text, &actors());
    assert!(
        !has(&evs, "RUR", "FRE", "19"),
        "{text}: {:?}",
        triples(&evs)
    );
}

#[test]
fn a_label_in_single_quotes_is_the_naming_verbs_charge() {
    let text = "Freedonia called Ruritania's plan 'dangerous'.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FRE", "RUR", "11"), "{text}: {:?}", triples(&evs));
}

#[test]
fn an_event_noun_with_a_past_year_is_dated() {
    // a year after the noun's phrase, wherever the parse hangs it
    for text in [
        "Sylvania joined the alliance after the Ruritanian invasion of Freedonia in 1995.",
        "Sylvania joined the alliance after the Ruritanian invasion of Freedonia in July 1995.",
    ] {
        let evs = run(text, &actors());
        let nouns: Vec<&str> = evs.iter().map(|e| e.path.as_str()).collect();
        assert!(
            evs.iter().any(|e| e.path.contains("noun:")),
            "{text}: {nouns:?}"
        );
        assert!(
            evs.iter()
                .filter(|e| e.path.contains("noun:"))
                .all(|e| e.path.contains("dated: 1995")),
            "{text}: {nouns:?}"
        );
    }
    // no year: no date
    let evs = run(
        "Sylvania condemned the Ruritanian invasion of Freedonia.",
        &actors(),
    );
    assert!(
        evs.iter().all(|e| !e.path.contains("dated")),
        "{:?}",
        triples(&evs)
    );
}
