//! No state asks, promises or meets one of its own institutions (branch precision13);
//! invented sentences.
use super::tests::verdict;
use super::DropReason;

#[test]
fn a_state_does_not_ask_or_promise_its_own_police() {
    let t = "Both sides said they would widen police cooperation. Officers offered a reward.";
    for (trigger, src, tgt, code) in [
        ("widen", "RUR", "RURCOP", "032"),
        ("offered", "RURCOP", "RUR", "0214"),
        ("offered", "RUR", "RURJUD", "030"),
        ("offered", "RURSPY", "RUR", "020"),
    ] {
        let v = verdict(t, trigger, src, tgt, code);
        assert_eq!(v, Some(DropReason::TargetUnresolved), "{src} {tgt} {code}");
    }
}

#[test]
fn appeals_to_the_state_from_outside_its_institutions_stay() {
    // contrast: lawmakers and unions are parties of their own; a material act on the
    // country's own people, a pair of two institutions, and a minister's defence of the
    // country's own record are real
    let t = "Lawmakers urged the government to act. Police arrested the protesters.";
    for (trigger, src, tgt, code) in [
        ("urged", "RURLEG", "RURGOV", "020"),
        ("urged", "RURLAB", "RUR", "020"),
        ("urged", "RURGOV", "RURCOP", "020"),
        ("arrested", "RURCOP", "RUR", "173"),
        ("urged", "RURGOV", "SYL", "020"),
        ("urged", "RURGOVMIL", "RUR", "051"),
    ] {
        assert_eq!(
            verdict(t, trigger, src, tgt, code),
            None,
            "{src} {tgt} {code}"
        );
    }
}
