//! The word window after the verb passes a participle or adjective the parse puts before
//! its noun: no clause of its own (issue 8, branch window2). Invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 2] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
];

#[test]
fn a_participle_before_the_object_noun_does_not_end_the_window() {
    for (text, code) in [
        (
            "Freedonia transferred thirty suspected smugglers to Ruritania on Monday.",
            "063",
        ),
        (
            "Freedonia closed its three remaining border crossings with Ruritania.",
            "172",
        ),
    ] {
        let evs = run(text, &ACTORS);
        assert!(has(&evs, "FRE", "RUR", code), "{text}: {:?}", triples(&evs));
    }
}
