//! A warning whose "unless" the parse hangs on the speech verb after it (branch threats4):
//! the statement coded a threat stays one, not a conditional act. Invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Chile", "CHL", Organisation),
    ("Bolivia", "BOL", Organisation),
    ("Peru", "PER", Organisation),
    ("President Gabriel Boric", "CHLGOV", Person),
];

#[test]
fn a_measure_announced_before_the_speaker_under_unless_is_a_threat() {
    let text = "Chile will block the Andean bloc's next package of tariffs against Peru unless Bolivia guarantees that Chilean firms can keep selling copper through the port, President Gabriel Boric said on Friday.";
    let evs = run(text, &ACTORS);
    let threat = |e: &CodedEvent| {
        e.cameo == "130"
            && e.target
                .as_ref()
                .is_some_and(|t| t.actor.side().starts_with("BOL"))
    };
    assert!(evs.iter().any(threat), "{:?}", triples(&evs));
}
