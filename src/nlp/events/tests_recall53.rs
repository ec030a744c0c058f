//! Recall mechanisms of branch recall53, on invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 3] = [
    ("Chad's government", "TCDGOV", Organisation),
    ("the rebels", "TCDREB", Organisation),
    ("Niger", "NER", Location),
];

#[test]
fn the_host_of_talks_in_a_participle_set_off_by_commas_mediates_them() {
    let text = "Chad's government and the rebels agreed on Monday to a truce. The talks, \
                hosted by Niger, lasted two days.";
    let t = triples(&run(text, &PARTIES));
    for side in ["TCDGOV", "TCDREB"] {
        assert!(
            t.iter()
                .any(|(s, tg, c)| s == "NER" && tg == side && c.starts_with("04")),
            "{t:?}"
        );
    }
    // a reception set off the same way is no talks: its host is given no side
    let text = "Chad's government and the rebels agreed on Monday to a truce. The reception, \
                hosted by Niger, lasted two days.";
    let t = triples(&run(text, &PARTIES));
    assert!(
        t.iter().all(|(s, tg, _)| s != "NER" || tg.is_empty()),
        "{t:?}"
    );
}
