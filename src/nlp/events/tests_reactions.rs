//! Targets found again (branch recall4): reactions to an earlier event named by a definite
//! noun, and a name after a title participle; invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Ruritanian troops", "RURMIL", Organisation),
    ("Freedonia", "FRE", Location),
    ("Freedonia's president", "FREGOV", Person),
    ("Ruritania", "RUR", Location),
];

#[test]
fn condemning_the_attack_targets_the_attacker_of_an_earlier_sentence() {
    let evs = run(
        "Ruritanian troops shelled a border village in Freedonia overnight. \
         The village has no water. Freedonia's president condemned the attack on Friday.",
        &ACTORS,
    );
    assert!(has(&evs, "FREGOV", "RURMIL", "11"), "{:?}", triples(&evs));
}

/// The earlier event must be of the noun's kind: a meeting is no attack.
#[test]
fn an_earlier_event_of_another_kind_is_no_antecedent() {
    let evs = run(
        "Ruritanian troops met Freedonia's president at the border. \
         Freedonia's president condemned the attack on Friday.",
        &ACTORS,
    );
    assert!(!has(&evs, "FREGOV", "RURMIL", "11"), "{:?}", triples(&evs));
}

/// A side does not react to its own act: the attacker's condemnation finds no target.
#[test]
fn the_own_side_attack_is_no_target() {
    let evs = run(
        "Ruritanian troops shelled a border village in Freedonia overnight. \
         Ruritania condemned the attack on Friday.",
        &ACTORS,
    );
    assert!(!has(&evs, "RUR", "RURMIL", "11"), "{:?}", triples(&evs));
}

/// A noun outside the list ("the weather") gives the criticism no target.
#[test]
fn a_noun_that_names_no_event_gives_no_target() {
    let evs = run(
        "Ruritanian troops shelled a border village in Freedonia overnight. \
         Freedonia's president criticised the weather on Friday.",
        &ACTORS,
    );
    assert!(!has(&evs, "FREGOV", "RURMIL", "11"), "{:?}", triples(&evs));
}

/// "met visiting Foreign Minister X" (branch recall4): the tagger reads the title participle
/// as a verb heading a clause; the name under it is still the one met.
#[test]
fn a_title_participle_before_the_name_leaves_it_the_target() {
    let actors = [
        ("Freedonia's president", "FREGOV", Person),
        ("Ruritanian Foreign Minister Olga Marek", "RURGOV", Person),
    ];
    for text in [
        "Freedonia's president met visiting Ruritanian Foreign Minister Olga Marek on Monday.",
        "Freedonia's president met acting Ruritanian Foreign Minister Olga Marek on Monday.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has(&evs, "FREGOV", "RURGOV", "040"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

/// A participle after a comma heads its own clause: "visiting" there is no title.
#[test]
fn a_participle_clause_after_the_object_is_no_title() {
    let evs = run(
        "Freedonia's president met the press, visiting Ruritania later.",
        &[
            ("Freedonia's president", "FREGOV", Person),
            ("Ruritania", "RUR", Location),
        ],
    );
    // "visiting Ruritania" is a visit (042) of its own; the meeting (040) is not with it.
    assert!(!has(&evs, "FREGOV", "RUR", "040"), "{:?}", triples(&evs));
}

/// Requests, complaints and offers (branch blind6): the parties a story names.
const PARTIES: [(&str, &str, EntityType); 4] = [
    ("Ruritania", "RUR", Location),
    ("Freedonia", "FRE", Location),
    ("Osterlich", "OST", Location),
    ("Grand Fenwick", "GFW", Location),
];

/// "A and B called on C …; C rejected the request": the rejection answers both authors.
#[test]
fn rejecting_a_joint_request_answers_each_author() {
    let evs = run(
        "Ruritania and Freedonia called on Osterlich to halt work on the canal. \
         Osterlich rejected the request on Friday.",
        &PARTIES,
    );
    assert!(has(&evs, "OST", "RUR", "12"), "{:?}", triples(&evs));
    assert!(has(&evs, "OST", "FRE", "12"), "{:?}", triples(&evs));
}

/// "B offered to mediate; A accepted the offer": acceptance of an act put to A is addressed
/// to its author, though the offer named no one.
#[test]
fn accepting_the_offer_targets_the_one_who_made_it() {
    let evs = run(
        "Freedonia offered to mediate in the quarrel over the canal. \
         Ruritania accepted the offer on Monday.",
        &PARTIES,
    );
    assert!(has(&evs, "RUR", "FRE", "03"), "{:?}", triples(&evs));
}

/// A request is answered by the one it was put to: the latest request aimed at the reacting
/// side, not the article's first appeal, which was made to someone else.
#[test]
fn the_request_rejected_is_the_one_put_to_the_rejecting_side() {
    let evs = run(
        "Freedonia called on Osterlich to free the sailors. \
         Grand Fenwick called on Ruritania to pay the canal fees. \
         Ruritania rejected the request.",
        &PARTIES,
    );
    assert!(has(&evs, "RUR", "GFW", "12"), "{:?}", triples(&evs));
    assert!(!has(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
}

/// "A accused B …; B rejected the complaint": the complaint's author is the target.
#[test]
fn rejecting_the_complaint_targets_the_accuser() {
    let evs = run(
        "Freedonia accused Ruritania of blocking barges on the canal. \
         Ruritania rejected the complaint.",
        &PARTIES,
    );
    assert!(has(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
}

/// A later request put to no one named yields to one put to the rejecting side.
#[test]
fn a_request_put_to_the_rejecting_side_comes_before_an_untargeted_one() {
    let evs = run(
        "Ruritania called on Osterlich to halt work on the canal. \
         Freedonia asked the secretariat to convene a meeting. \
         Osterlich rejected the request.",
        &PARTIES,
    );
    assert!(has(&evs, "OST", "RUR", "12"), "{:?}", triples(&evs));
    assert!(!has(&evs, "OST", "FRE", "12"), "{:?}", triples(&evs));
}

/// "A accused B …; B denied the charge": a denial of the accusation is B's rejection of A
/// (120), no longer a bare statement.
#[test]
fn denying_the_charge_rejects_the_accuser() {
    let evs = run(
        "Freedonia accused Ruritania of arming the rebels. Ruritania denied the charge.",
        &PARTIES,
    );
    assert!(has(&evs, "RUR", "FRE", "120"), "{:?}", triples(&evs));
}

/// A denial with no accusation before it stays a statement with no target.
#[test]
fn a_denial_with_no_accuser_stays_a_statement() {
    let evs = run(
        "Ruritania met Freedonia on the canal. Ruritania denied the charge.",
        &PARTIES,
    );
    assert!(!has(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
}

/// "A and B signed a deal; C welcomed the deal": the welcome is addressed to both parties.
#[test]
fn welcoming_the_deal_answers_both_parties() {
    let evs = run(
        "Ruritania and Freedonia signed a canal agreement on Monday. \
         Osterlich welcomed the agreement.",
        &PARTIES,
    );
    assert!(has(&evs, "OST", "RUR", "05"), "{:?}", triples(&evs));
    assert!(has(&evs, "OST", "FRE", "05"), "{:?}", triples(&evs));
}

/// "A blamed B for …; B denied any involvement": what the accusation charges, under "any".
#[test]
fn denying_any_involvement_rejects_the_accuser() {
    let evs = run(
        "Freedonia blamed Ruritania for the fire at the canal depot. \
         Ruritania denied any involvement.",
        &PARTIES,
    );
    assert!(has(&evs, "RUR", "FRE", "120"), "{:?}", triples(&evs));
}

/// The accusation given only as the reason for an act ("expelled …, saying they had …") is
/// not coded; the rejection of "the accusations" answers the side that expelled.
#[test]
fn rejecting_an_uncoded_accusation_answers_the_side_that_acted() {
    let evs = run(
        "Freedonia expelled two Ruritanian diplomats, saying they had recruited saboteurs. \
         Ruritania rejected the accusations on Friday.",
        &PARTIES,
    );
    assert!(has(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
}

/// Two sides pressed the reacting one: whose accusation it rejects is unknown, so no target.
#[test]
fn an_uncoded_accusation_with_two_possible_accusers_has_no_target() {
    let evs = run(
        "Freedonia expelled two Ruritanian diplomats on Monday. \
         Osterlich also called on Ruritania to withdraw its troops. \
         Ruritania rejected the accusations on Friday.",
        &PARTIES,
    );
    let rejections = evs
        .iter()
        .filter(|e| e.source.actor.code == "RUR" && e.cameo.starts_with("12"))
        .filter(|e| e.target.is_some());
    assert_eq!(rejections.count(), 0, "{:?}", triples(&evs));
}

/// "Praised the arrest" is coded by the dictionary as disapproval (110) of whom the arrest fell
/// on, not of the arresting side: the arresters are not made the target of a criticism.
#[test]
fn praise_of_an_arrest_is_no_criticism_of_the_arresters() {
    let actors = [
        ACTORS[0],
        ACTORS[1],
        ("Borduria", "BOR", Location),
        ("Freedonian", "FRE", Location),
    ];
    for praise in ["praised", "welcomed"] {
        let evs = run(
            &format!(
                "Ruritanian troops arrested six Freedonian fishermen near the coast on Monday. \
                 Borduria {praise} the arrest on Tuesday."
            ),
            &actors,
        );
        assert!(
            !has(&evs, "BOR", "RURMIL", "11"),
            "{praise}: {:?}",
            triples(&evs)
        );
    }
}
