//! Branch fresh3: what a third batch of twelve articles written blind showed; invented text.
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

#[test]
fn a_singular_pronoun_is_not_a_plural_speaker() {
    let evs = run(
        "Freedonia's opposition lawmakers criticised the decree, saying it would protect Ruritania.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(
        !pairs
            .iter()
            .any(|(s, t, _)| s.starts_with("FRE") && t.starts_with("RUR")),
        "{pairs:?}"
    );
}

#[test]
fn a_singular_pronoun_is_still_a_singular_speaker() {
    let evs = run("Freedonia said it would protect Ruritania.", &ACTORS);
    let pairs = triples(&evs);
    assert!(
        pairs
            .iter()
            .any(|(s, t, _)| s.starts_with("FRE") && t.starts_with("RUR")),
        "{pairs:?}"
    );
}
