//! Domestic measures, judicial acts with no party, and the formula of respect before a turn
//! (branch falses2); invented sentences.
use super::tests::verdict;
use super::DropReason;

const DOMESTIC: Option<DropReason> = Some(DropReason::TargetUnresolved);

#[test]
fn a_state_closing_its_own_ground_is_no_event() {
    let t = "The Ruritanian authorities closed the airport at Port Rur after the riots.";
    for (src, tgt) in [("RURGOV", "RUR"), ("RUR", "RUR"), ("RURCOP", "RURGOV")] {
        assert_eq!(
            verdict(t, "closed", src, tgt, "191"),
            DOMESTIC,
            "{src} {tgt}"
        );
    }
}

#[test]
fn a_states_curfews_and_eased_measures_at_home_stay() {
    // ConfliBERT's quad classes count these as material conflict or cooperation
    let t = "The Ruritanian authorities closed the airport at Port Rur after the riots.";
    for (src, tgt, code) in [
        ("RURGOV", "RUR", "1723"),
        ("RURGOV", "RURMIL", "166"),
        ("RUR", "RUR", "0811"),
    ] {
        assert_eq!(
            verdict(t, "closed", src, tgt, code),
            None,
            "{src} {tgt} {code}"
        );
    }
}

#[test]
fn measures_on_another_state_or_on_the_states_own_people_stay() {
    // a closure facing another state; the state against rebels; police arresting or
    // repressing the country's own people (the set codes the country as target)
    let t = "Ruritania closed the crossing on Monday.";
    for (src, tgt, code) in [
        ("RUR", "FRE", "191"),
        ("RURGOV", "RURREB", "164"),
        ("RURCOP", "RUR", "173"),
        ("RURCOP", "RUR", "175"),
        ("RURREB", "RUR", "191"),
    ] {
        assert_eq!(
            verdict(t, "closed", src, tgt, code),
            None,
            "{src} {tgt} {code}"
        );
    }
}

#[test]
fn a_states_emergency_with_no_target_stays_one_sided() {
    let t = "Ruritania declared a state of emergency along the river.";
    for src in ["RUR", "RURGOV", "RURREB"] {
        assert_eq!(verdict(t, "declared", src, "", "1724"), None, "{src}");
    }
}

#[test]
fn a_charge_by_prosecutors_with_no_party_is_no_event() {
    let t = "Prosecutors charged him with treason on Monday.";
    assert_eq!(verdict(t, "charged", "RURJUD", "", "173"), DOMESTIC);
    // the police's arrest with no target stays one-sided, as before
    let t = "Police arrested two men on Monday.";
    assert_eq!(verdict(t, "arrested", "RURCOP", "", "173"), None);
}

#[test]
fn respect_for_sovereignty_before_a_turn_is_a_statement() {
    for t in [
        "Freedonia said it respects Ruritania's sovereignty, but asked Rur City to free the men.",
        "Freedonia respected the territorial integrity of Ruritania but accused it of meddling.",
        "Freedonia fully respects Ruritania's sovereign decisions yet warned against the deal.",
    ] {
        let v = verdict(t, "respect", "FRE", "RUR", "051");
        assert_eq!(v, Some(DropReason::Statement), "{t}");
    }
}

#[test]
fn respect_for_a_choice_or_with_no_turn_stays_support() {
    for t in [
        "Freedonia said it respected Ruritania's choice of partners but hoped for talks.",
        "Freedonia said it respects Ruritania's sovereignty and will keep its envoy there.",
        "Freedonia supports Ruritania's sovereignty but asked for calm.",
    ] {
        let trigger = if t.contains("supports") {
            "supports"
        } else {
            "respect"
        };
        assert_eq!(verdict(t, trigger, "FRE", "RUR", "051"), None, "{t}");
    }
}
