//! A wrong label the tagger read as a noun closing a place phrase (branch falses2):
//! "called the election in Ruritania illegitimate" is a label, no election called (0831).
use super::tests::{run, three_states_and, triples};

#[test]
fn an_election_labelled_illegitimate_is_no_election_called() {
    for text in [
        "Freedonia called the election in Ruritania illegitimate.",
        "Freedonia called the vote in Ruritania fraudulent.",
    ] {
        let evs = run(text, &three_states_and(&[]));
        let called = triples(&evs).iter().any(|(_, _, c)| c.starts_with("08"));
        assert!(!called, "{text}: {:?}", triples(&evs));
    }
}
