//! A state's demand or order to its own institutions or nationals is no event between parties
//! (branch precision27); invented sentences.
use super::tests::verdict;
use super::DropReason;

#[test]
fn a_state_does_not_order_its_own_forces() {
    let t =
        "The cabinet ordered the army to stay in its barracks. It demanded access to a reporter.";
    for (trigger, src, tgt, code) in [
        ("ordered", "RURGOV", "RURMIL", "100"),
        ("ordered", "RURGOV", "RURCOP", "100"),
        ("ordered", "RUR", "RURGOV", "106"),
        ("demanded", "RUR", "RURMED", "100"),
        ("demanded", "RURGOV", "RURCVL", "1053"),
    ] {
        let v = verdict(t, trigger, src, tgt, code);
        assert_eq!(v, Some(DropReason::TargetUnresolved), "{src} {tgt} {code}");
    }
}

#[test]
fn demands_across_parties_or_from_outside_the_state_stay() {
    // contrast: a demand on another state, one from lawmakers or the opposition, one on
    // rebels, and a state's material act on its own people are real
    let t = "The cabinet demanded that the rebels disarm. Lawmakers demanded a vote.";
    for (trigger, src, tgt, code) in [
        ("demanded", "RURGOV", "SYL", "100"),
        ("demanded", "RURGOV", "RURREB", "100"),
        ("demanded", "RURLEG", "RURGOV", "100"),
        ("demanded", "RUROPP", "RURGOV", "104"),
        ("demanded", "RURCOP", "RURCVL", "173"),
    ] {
        assert_eq!(
            verdict(t, trigger, src, tgt, code),
            None,
            "{src} {tgt} {code}"
        );
    }
}

#[test]
fn a_posture_with_no_target_beside_a_named_other_side_is_dropped() {
    use super::tests::{article, event, judge_all};
    // the drills face the state the sentence names; the coder missed it as the target
    let t = "Ruritanian ships held drills near Sylvania's coast.";
    let ents = article(t, &[("Ruritanian", "RUR"), ("Sylvania", "SYL")]);
    let e = event(t, &ents, "held", "RURMIL", "", "150");
    let v = judge_all(t, &ents, vec![e])[0].reason();
    assert_eq!(v, Some(DropReason::TargetUnresolved));
    // contrast: with no other side named, a posture or a retreat stays one-sided
    let t = "Ruritanian ships held drills in home waters. Ruritania withdrew its soldiers.";
    let ents = article(t, &[("Ruritanian", "RUR"), ("Ruritania", "RUR")]);
    for (trigger, code) in [("held", "150"), ("withdrew", "0874")] {
        let e = event(t, &ents, trigger, "RUR", "", code);
        assert_eq!(judge_all(t, &ents, vec![e])[0].reason(), None, "{code}");
    }
}
