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

/// A government and its own defence office are one party (branch precision23): "Her
/// Ruritanian defence minister, named after her title, telephoned …" read as RURGOVMIL ↔
/// RURGOV is a resolution error; the government and its armed forces stay two.
#[test]
fn a_government_does_not_call_its_own_defence_office() {
    let t = "The defence minister telephoned the cabinet. The army answered the cabinet.";
    for (src, tgt) in [("RURGOVMIL", "RURGOV"), ("RURGOV", "RURGOVMIL")] {
        let v = verdict(t, "telephoned", src, tgt, "041");
        assert_eq!(v, Some(DropReason::TargetUnresolved), "{src} {tgt}");
    }
    for (src, tgt) in [("RURMIL", "RURGOV"), ("RURGOVMIL", "RURMIL")] {
        assert_eq!(verdict(t, "answered", src, tgt, "040"), None, "{src} {tgt}");
    }
}
