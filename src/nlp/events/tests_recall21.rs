//! Branch recall21: a protest "from" its author is addressed to the subject ("X drew a
//! protest from Y": Y criticises X), and a subject event noun ("the arrests drew a protest
//! from Y") names the act answered, and a purpose infinitive ("provided $N to support Y's
//! grid") is no part of the giving verb's pattern; invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

#[test]
fn a_protest_from_its_author_is_addressed_to_the_subject() {
    let actors = three_states_and(&[]);
    for text in [
        "Freedonia received a formal protest from Ruritania on Monday.",
        "Freedonia drew a sharp protest from Ruritania on Monday.",
        "Freedonia received a complaint from Ruritania about the fishing quotas.",
    ] {
        let evs = run(text, &actors);
        assert!(has(&evs, "RUR", "FRE", "11"), "{text}: {:?}", triples(&evs));
        assert!(
            !has(&evs, "FRE", "RUR", "04"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_subject_event_noun_names_the_act_protested() {
    let actors = three_states_and(&[]);
    let text = "Freedonian police arrested twelve Ruritanian fishermen on Saturday. \
                The arrests came a week before a planned summit and drew a protest from \
                Ruritania.";
    let evs = run(text, &actors);
    assert!(has(&evs, "RUR", "FRE", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_purpose_infinitive_does_not_code_the_giving() {
    // "to support Y's grid" says what the sum is for: the giving is aid (07) to Y, not
    // support (05) for no one
    let actors = three_states_and(&[]);
    for text in [
        "Freedonia provided $40 million to support Ruritania's power grid.",
        "Freedonia will provide 5 million crowns to support Ruritania's border police.",
    ] {
        let evs = run(text, &actors);
        assert!(has(&evs, "FRE", "RUR", "07"), "{text}: {:?}", triples(&evs));
    }
}
