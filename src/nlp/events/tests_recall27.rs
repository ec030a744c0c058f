//! Branch recall27: praise of an arrest supports the side that made it; invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("Ruritania's government", "RURGOV", Organisation)])
}

#[test]
fn praise_of_an_arrest_supports_the_arrester() {
    // the CAMEO file read "praised the arrest" as disapproval (110) with no target
    let text = "Ruritania's government arrested the captain of a Freedonian trawler on \
                Monday. Sylvania praised the arrest on Tuesday.";
    let evs = run(text, &actors());
    assert!(has(&evs, "SYL", "RURGOV", "05"), "{:?}", triples(&evs));
    assert!(!has(&evs, "SYL", "RURGOV", "11"), "{:?}", triples(&evs));
}

#[test]
fn praise_of_a_killing_keeps_the_cameo_reading() {
    // only arrests and captures changed: the CAMEO file's other 110 patterns stay
    let text = "Ruritania's government killed a Freedonian commander on Monday. \
                Sylvania praised the killing on Tuesday.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "SYL", "RURGOV", "05"), "{:?}", triples(&evs));
}
