//! False events on unseen news (branch precision25): concerns raised with a party are a
//! complaint to it, not a consultation; co-subjects who pledge aid give to a third party;
//! hours given to leave are the expulsion; a complaint filed "at" a body goes to a forum.
//! Invented text.
use super::tests::{run, three_states_and, triples};
use super::tests_precision24::{events, has};

#[test]
fn concerns_raised_with_a_party_are_a_complaint_not_a_meeting() {
    for text in [
        "Freedonia said it had raised its concerns with the Ruritanian ambassador.",
        "Freedonia raised serious concerns with Ruritania over the dam.",
    ] {
        let got = events(text);
        assert!(has(&got, "FRE", "RUR", "111"), "{text}: {got:?}");
        assert!(
            !got.iter().any(|(_, _, c)| c.starts_with("04")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn raising_fears_is_no_complaint() {
    let got = events("Freedonia expelled Ruritanian monitors, raising fears of renewed fighting.");
    assert!(!got.iter().any(|(_, _, c)| c == "111"), "{got:?}");
}

#[test]
fn co_subjects_pledging_aid_give_to_a_third_party_not_each_other() {
    let got = events("Freedonia and Ruritania pledged to help finance a new bridge.");
    assert!(!has(&got, "FRE", "RUR", "03"), "{got:?}");
    assert!(!has(&got, "RUR", "FRE", "03"), "{got:?}");
    // A reciprocal intent still pairs them.
    let got = events("Freedonia and Ruritania agreed to hold talks next month.");
    assert!(has(&got, "FRE", "RUR", "03"), "{got:?}");
}

#[test]
fn hours_given_to_leave_are_the_expulsion_not_a_threat() {
    let text = "Freedonia declared the Ruritanian ambassador persona non grata and gave him \
                72 hours to leave the country.";
    let got = events(text);
    assert!(has(&got, "FRE", "RUR", "166"), "{got:?}");
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("13")), "{got:?}");
    // A deadline for something else stays an ultimatum.
    let got = events("Freedonia gave Ruritania a deadline to withdraw its troops.");
    assert!(has(&got, "FRE", "RUR", "139"), "{got:?}");
}

#[test]
fn a_complaint_filed_at_a_body_does_not_accuse_the_body() {
    use crate::nlp::EntityType::Organisation;
    let actors = three_states_and(&[("the Assembly of Nations", "IGOUNO", Organisation)]);
    let text = "Freedonia filed a complaint at the Assembly of Nations on Monday over \
                Ruritanian duties on its copper.";
    let got = triples(&run(text, &actors));
    assert!(!has(&got, "FRE", "IGOUNO", "11"), "{got:?}");
    // A protest lodged at an embassy is still addressed there.
    let text = "Freedonia lodged a protest at the Ruritanian embassy over the duties.";
    let got = triples(&run(text, &actors));
    assert!(has(&got, "FRE", "RUR", "1"), "{got:?}");
}
