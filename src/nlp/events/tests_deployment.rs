//! Senses of sending forces and envoys (branch quad3), invented sentences: troops sent to
//! another state to help it are military aid to that state, not a force posture with no
//! addressee; an envoy summoned is a protest; an envoy or peacekeepers withdrawn are no
//! military retreat; stepped-up attacks are attacks, not a threat.
use super::tests::triples;
use super::*;
use EntityType::*;

fn run(text: &str) -> Vec<(String, String, String)> {
    let evs = super::tests::run(
        text,
        &[
            ("Bolivia", "BOL", Location),
            ("Paraguay", "PRY", Location),
            ("Paraguayan", "PRY", Nationality),
        ],
    );
    triples(&evs)
}

#[test]
fn troops_sent_to_help_another_state_are_military_aid_to_it() {
    let tr = run("Bolivia sent 300 soldiers to Paraguay to help guard its dams.");
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "BOL" && t == "PRY" && c == "074"),
        "{tr:?}"
    );
}

#[test]
fn an_offer_to_send_troops_to_help_is_an_intent_to_give_military_aid() {
    let tr = run("Bolivia has offered to send troops to Paraguay to assist its army.");
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "BOL" && t == "PRY" && c == "0332"),
        "{tr:?}"
    );
    assert!(tr.iter().all(|(_, _, c)| c != "138"), "{tr:?}");
}

#[test]
fn troops_sent_without_a_word_of_help_are_not_aid() {
    let tr = run("Bolivia sent 300 soldiers to Paraguay on Monday.");
    assert!(tr.iter().all(|(_, _, c)| c != "074"), "{tr:?}");
}

/// Branch quad3: any envoy called in is a protest, not only an ambassador.
#[test]
fn summoning_a_diplomat_is_a_protest_to_the_diplomats_state() {
    let evs = super::tests::run(
        "Bolivia summoned a senior Paraguayan diplomat on Monday.",
        &[
            ("Bolivia", "BOL", Location),
            ("Paraguayan", "PRY", Nationality),
        ],
    );
    let tr = triples(&evs);
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "BOL" && t.starts_with("PRY") && c == "110"),
        "{tr:?}"
    );
}

#[test]
fn the_party_a_purpose_clause_helps_receives_the_aid() {
    let tr = run("Bolivia sent troops to help Paraguay this year.");
    assert!(
        tr.iter().all(|(_, t, c)| t != "PRY" || c == "074"),
        "{tr:?}"
    );
}

/// Branch quad3: who is withdrawn says the code, also when the place is named ("from Y").
#[test]
fn withdrawing_an_ambassador_or_peacekeepers_from_a_state_is_no_military_retreat() {
    let actors = [("Russia", "RUS", Location), ("Georgia", "GEO", Location)];
    let code = |text: &str| {
        triples(&super::tests::run(text, &actors))
            .into_iter()
            .find(|(s, t, _)| s == "RUS" && t == "GEO")
            .map(|x| x.2)
    };
    let envoy = code("Russia withdrew its ambassador from Georgia.");
    assert_eq!(envoy.as_deref(), Some("161"));
    let blue_helmets = code("Russia withdrew its peacekeepers from Georgia.");
    assert_eq!(blue_helmets.as_deref(), Some("1661"));
}

/// Branch quad3: stepped-up attacks are attacks carried out, not a threat of them.
#[test]
fn stepped_up_attacks_are_attacks() {
    let evs = super::tests::run(
        "Russian rebels have stepped up attacks on Georgian forces.",
        &[
            ("Russian rebels", "RUSREB", Organisation),
            ("Georgian forces", "GEOMIL", Organisation),
        ],
    );
    let tr = triples(&evs);
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "RUSREB" && t == "GEOMIL" && c == "190"),
        "{tr:?}"
    );
}

#[test]
fn troops_arriving_in_another_state_to_keep_the_peace_are_military_aid_not_a_visit() {
    let evs = super::tests::run(
        "Bolivian soldiers arrived in Paraguay on Sunday to join a peacekeeping force.",
        &[
            ("Bolivian soldiers", "BOLMIL", Organisation),
            ("Paraguay", "PRY", Location),
        ],
    );
    let tr = triples(&evs);
    assert!(
        tr.iter().any(|(_, t, c)| t == "PRY" && c == "074"),
        "{tr:?}"
    );
    assert!(tr.iter().all(|(_, _, c)| !c.starts_with("04")), "{tr:?}");
}

#[test]
fn a_leader_arriving_to_back_a_peacekeeping_force_is_still_a_visit() {
    let evs = super::tests::run(
        "The Bolivian president arrived in Paraguay on Sunday to support a peacekeeping force.",
        &[
            ("The Bolivian president", "BOLGOV", Organisation),
            ("Paraguay", "PRY", Location),
        ],
    );
    let tr = triples(&evs);
    assert!(tr.iter().all(|(_, _, c)| c != "074"), "{tr:?}");
}

#[test]
fn workers_staging_a_strike_strike_rather_than_attack() {
    let evs = super::tests::run(
        "Paraguayan dock workers staged a strike in Asuncion on Monday.",
        &[("Paraguayan dock workers", "PRYLAB", Organisation)],
    );
    let tr = triples(&evs);
    assert!(tr.iter().all(|(_, _, c)| !c.starts_with("19")), "{tr:?}");
}
