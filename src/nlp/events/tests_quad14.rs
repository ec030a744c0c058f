//! Verb patterns the dictionary lacked (branch quad14): suspending sanctions or a single tax
//! eases a measure (085); lifting a tax, a duty or a boycott does too; an emergency law is
//! imposed or lifted as a state of emergency is; taking in migrants grants asylum (075).
//! Invented text.
use super::tests::{has_sides, run, three_states_and, triples};

#[test]
fn suspending_sanctions_or_a_tax_eases_them() {
    let actors = three_states_and(&[]);
    for text in [
        "Freedonia suspended its sanctions on Ruritania last week.",
        "Freedonia froze the sanctions against Ruritania.",
        "Freedonia suspended a new import tax on Ruritanian cheese.",
        "Freedonia halted the levy on Ruritanian trucks.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has_sides(&evs, "FRE", "RUR", "085"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn lifting_a_duty_or_a_boycott_eases_it() {
    let actors = three_states_and(&[]);
    for text in [
        "Freedonia lifted the duty on Ruritanian wine.",
        "Freedonia scrapped a tax on Sylvanian shipping firms.",
        "Freedonia repealed its boycott of Ruritania.",
    ] {
        let evs = run(text, &actors);
        let tr = triples(&evs);
        assert!(
            tr.iter()
                .any(|(s, t, c)| s.starts_with("FRE") && t != "FRE" && !t.is_empty() && c == "085"),
            "{text}: {tr:?}"
        );
    }
}

#[test]
fn a_domestic_tax_suspended_names_no_target() {
    // No other state is named: the easing has no target (the gate later drops it).
    let actors = three_states_and(&[]);
    let evs = run(
        "Freedonia suspended the tax on petrol for the summer.",
        &actors,
    );
    assert!(
        triples(&evs)
            .iter()
            .all(|(_, t, c)| c != "085" || t.is_empty()),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn an_emergency_law_is_imposed_or_lifted_as_a_state_of_emergency() {
    let actors = three_states_and(&[]);
    let evs = run(
        "Ruritania lifted its emergency law after ten years.",
        &actors,
    );
    assert!(has_sides(&evs, "RUR", "", "0814"), "{:?}", triples(&evs));
    let evs = run(
        "Ruritania imposed an emergency law on its northern provinces.",
        &actors,
    );
    assert!(has_sides(&evs, "RUR", "", "1724"), "{:?}", triples(&evs));
}

#[test]
fn taking_in_migrants_grants_asylum() {
    let actors = three_states_and(&[]);
    for text in [
        "Freedonia accepted 900 migrants from Ruritania.",
        "Freedonia accepts two hundred asylum seekers from Ruritania.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has_sides(&evs, "FRE", "RUR", "075"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}
