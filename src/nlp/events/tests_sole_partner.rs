//! A partnered act with no target of its own takes the one party its source has dealt with
//! in the article so far (branch recall17). Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's foreign ministry", "RURGOV", Organisation),
    ])
}

#[test]
fn a_partnered_act_takes_the_sole_partner() {
    for (text, src, tgt, root) in [
        (
            "Ruritanian troops shelled a Freedonian border post on Monday. \
             Freedonia's foreign ministry lodged a formal protest on Tuesday.",
            "FREGOV",
            "RUR",
            "11",
        ),
        (
            "Freedonia's foreign ministry met Ruritanian envoys in the capital on Monday. \
             Freedonia's foreign ministry also held talks on fishing quotas on Tuesday.",
            "FREGOV",
            "RUR",
            "04",
        ),
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, src, tgt, root), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn two_partners_give_none() {
    // Freedonia has dealt with Ruritania and Sylvania: the protest's party is unknown.
    let text = "Ruritanian troops shelled a Freedonian border post on Monday. \
                Freedonia signed a defence pact with Sylvania on Tuesday. \
                Freedonia's foreign ministry lodged a formal protest on Wednesday.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FREGOV", "SYL", "11"), "{:?}", triples(&evs));
}

#[test]
fn an_appeal_or_a_threat_takes_no_implicit_partner() {
    // appeals and threats are as often meant for a third party or the public; a threat
    // after a clash is the adversary's (`threat_partner.rs`), not after a trade deal
    let text = "Ruritanian troops shelled a Freedonian border post on Monday. \
                Freedonia's foreign ministry urged restraint.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "02"), "{:?}", triples(&evs));
    let text = "Freedonia signed a trade agreement with Ruritania on Monday. \
                Freedonia's foreign ministry warned of consequences.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_partner_named_without_an_actor_is_kept() {
    // "with the border commission" names the protest's partner; the story's is not guessed
    let text = "Ruritanian troops shelled a Freedonian border post on Monday. \
                Freedonia's foreign ministry lodged a formal protest with the border commission \
                on Tuesday.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_pledged_sum_goes_to_the_sole_partner() {
    // the sum's recipient is left implicit once the story has named the donor's partner;
    // "in military aid" names no recipient
    for tail in [
        "Freedonia pledged 40 million crowns in grants for rural schools.",
        "Freedonia pledged a further 2.5 billion crowns in military aid.",
    ] {
        let text = format!(
            "Freedonia's foreign ministry held talks with Ruritanian envoys on Monday. {tail}"
        );
        let evs = run(&text, &actors());
        assert!(has(&evs, "FRE", "RUR", "03"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_pledge_without_a_sum_takes_no_implicit_partner() {
    let text = "Freedonia's foreign ministry held talks with Ruritanian envoys on Monday. \
                Freedonia pledged closer cooperation in rural schooling.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FRE", "RUR", "03"), "{:?}", triples(&evs));
}
