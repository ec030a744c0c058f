//! Predicates with no frame or the wrong code, second round (branch predicates1):
//! conversations, refusals of talks, joint ceremonies, protest notes, arrests, refusals to
//! let, floated quantifiers, an attacker's own account, money for a party, phone calls and
//! border closures.
//! Invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 12] = [
    ("Freedonia's foreign minister", "FREGOV", Person),
    ("Freedonia's president", "FREGOV", Person),
    ("Ruritania's president", "RURGOV", Person),
    ("Ruritania's prime minister", "RURGOV", Person),
    ("Freedonian police", "FRECOP", Organisation),
    ("Freedonian", "FRE", Nationality),
    ("Ruritanian", "RUR", Nationality),
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
    ("the Sylvanian coast guard", "SYLCOP", Organisation),
    ("Ruritanian rebels", "RURREB", Organisation),
];

#[test]
fn speaking_to_or_with_a_leader_is_a_consultation() {
    for text in [
        "Freedonia's foreign minister said he had spoken to Ruritania's prime minister twice.",
        "Freedonia's president spoke with Ruritania's president on Monday about the dam.",
        "Freedonia's foreign minister has spoken to Ruritania's prime minister about the crisis.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            has(&evs, "FREGOV", "RURGOV", "04"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn speaking_to_reporters_stays_a_statement() {
    let evs = run(
        "Freedonia's foreign minister spoke to reporters in Ruritania on Monday.",
        &ACTORS,
    );
    assert!(
        !evs.iter().any(|e| e.cameo.starts_with("04")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn no_plans_or_no_interest_in_talks_rejects_them() {
    for text in [
        "Freedonia said on Thursday it had no plans for new talks with Ruritania.",
        "Freedonia said it had no interest in talks with Ruritania.",
        "Freedonia has no interest in negotiations with Ruritania.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            has(&evs, "FRE", "RUR", "125"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
    // "have" with no negation is no event, and bounds no other verb's phrase.
    let evs = run(
        "Freedonia has plans for talks with Ruritania next year.",
        &ACTORS,
    );
    assert!(!has(&evs, "FRE", "RUR", "12"), "{:?}", triples(&evs));
}

#[test]
fn two_leaders_at_one_ceremony_meet_there() {
    let evs = run(
        "Freedonia and Ruritania attended a ceremony at the border post.",
        &ACTORS,
    );
    assert!(has(&evs, "FRE", "RUR", "04"), "{:?}", triples(&evs));
    assert!(has(&evs, "RUR", "FRE", "04"), "{:?}", triples(&evs));
    // One leader at a ceremony meets nobody.
    let evs = run(
        "Freedonia's president attended a ceremony in the capital.",
        &ACTORS,
    );
    let met = |e: &CodedEvent| e.cameo.starts_with("04") && e.target.is_some();
    assert!(!evs.iter().any(met), "{:?}", triples(&evs));
}

#[test]
fn sending_a_protest_note_is_a_protest() {
    for text in [
        "Freedonia sent a protest note to Ruritania on Monday over the new toll.",
        "Freedonia sent a formal protest to Ruritania over the detentions.",
        "Freedonia sent a letter of protest to Ruritania.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            has(&evs, "FRE", "RUR", "111"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn arresting_ministers_is_an_arrest_not_an_abduction() {
    for text in [
        "Freedonian police arrested two Ruritanian ministers at the airport.",
        "Freedonian police arrested three Ruritanian members of parliament on Friday.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            has(&evs, "FRECOP", "RUR", "173"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            !has(&evs, "FRECOP", "RUR", "181"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn refusing_to_let_is_a_refusal() {
    for text in [
        "Freedonia refused to let a Ruritanian ship dock at its port.",
        "Freedonia refused on Tuesday to let a Ruritanian ship dock at its port.",
        "Freedonia refused in March to let a Ruritanian ship unload its cargo.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(has(&evs, "FRE", "RUR", "12"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_floated_quantifier_stays_inside_the_verb_phrase() {
    let evs = run(
        "Ruritania's president and Ruritania's prime minister were each received by Freedonia's president.",
        &ACTORS,
    );
    assert!(has(&evs, "FREGOV", "RURGOV", "04"), "{:?}", triples(&evs));
    let evs = run(
        "Freedonia and Sylvania have both signed the accord with Ruritania.",
        &ACTORS,
    );
    assert!(has(&evs, "FRE", "RUR", "057"), "{:?}", triples(&evs));
}

#[test]
fn an_attackers_own_account_of_its_attack_is_the_attack() {
    for text in [
        "The Ruritanian rebels said they had fired missiles at a Freedonian tanker.",
        "The Ruritanian rebels said on Thursday that they had attacked a Freedonian patrol boat.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            has(&evs, "RURREB", "FRE", "19"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            !evs.iter().any(|e| e.cameo == "015"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn money_announced_as_aid_for_a_party_is_aid_to_it() {
    for text in [
        "Freedonia announced 25 million dollars in new funding for the Sylvanian coast guard.",
        "Freedonia announced 40 million euros in grants for Ruritania.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            evs.iter().any(|e| e.cameo == "071"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
    // A sum with no aid word is a statement.
    let evs = run(
        "Freedonia announced a 10 billion dollar budget for its army.",
        &ACTORS,
    );
    assert!(
        !evs.iter().any(|e| e.cameo.starts_with("07")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_pledge_of_grants_goes_to_the_party_it_is_for() {
    let evs = run(
        "Freedonia pledged 130 million dollars in grants for Ruritania's schools.",
        &ACTORS,
    );
    assert!(has(&evs, "FRE", "RUR", "033"), "{:?}", triples(&evs));
}

#[test]
fn a_phone_call_with_a_leader_is_a_consultation() {
    for text in [
        "Freedonia's president raised the case in a phone call with Ruritania's prime minister.",
        "Freedonia's foreign minister discussed the dam during a call with Ruritania's prime minister.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(has(&evs, "FREGOV", "RURGOV", "04"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn closing_a_border_restricts_the_neighbour_and_closing_airspace_reduces_relations() {
    for text in [
        "Freedonia closed its land border with Ruritania on Friday.",
        "Freedonia sealed its border crossings with Ruritania after the shooting.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            has(&evs, "FRE", "RUR", "172"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
    let evs = run(
        "Freedonia closed its airspace to Ruritanian airlines.",
        &ACTORS,
    );
    assert!(has(&evs, "FRE", "RUR", "160"), "{:?}", triples(&evs));
}

#[test]
fn a_donor_named_in_its_currency_is_not_the_recipient() {
    let actors = [
        ("Freedonia", "FRE", Location),
        ("Freedonian", "FRE", Nationality),
        ("Ruritania", "RUR", Location),
    ];
    let evs = run(
        "Freedonia announced 10 million Freedonian dollars in budget support for Ruritania's schools.",
        &actors,
    );
    assert!(has(&evs, "FRE", "RUR", "071"), "{:?}", triples(&evs));
}
