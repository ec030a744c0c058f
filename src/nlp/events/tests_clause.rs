//! Dictionary patterns read inside the verb's own clause in the parse (issue 8, branch
//! window1). Invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 7] = [
    ("Togolese police", "TGOCOP", Organisation),
    ("Ghanaian students", "GHAEDU", Organisation),
    ("Togolese embassy", "TGOGOV", Organisation),
    ("Ghanaian rebels", "GHAREB", Organisation),
    ("Ghanaian army", "GHAMIL", Organisation),
    ("Ghana", "GHA", Location),
    ("Togo", "TGO", Location),
];

fn any_code(evs: &[CodedEvent], code: &str) -> bool {
    evs.iter().any(|e| e.cameo == code)
}

#[test]
fn a_weapon_of_the_main_clause_does_not_code_the_relative_clause() {
    // "tear gas" is the police's weapon; `&WEAPON * [193]` (an exchange of fire, both
    // ways) must not read it before the students' "stormed".
    let evs = run(
        "Togolese police fired tear gas at Ghanaian students who stormed the Togolese embassy in Accra.",
        &ACTORS,
    );
    assert!(!any_code(&evs, "193"), "{:?}", triples(&evs));
    assert!(has(&evs, "GHAEDU", "TGOGOV", "190"), "{:?}", triples(&evs));
}

#[test]
fn missiles_sent_to_rebels_are_not_the_rebels_weapon() {
    let evs = run(
        "Togo sent missiles to Ghanaian rebels who attacked the Ghanaian army.",
        &ACTORS,
    );
    assert!(!any_code(&evs, "193"), "{:?}", triples(&evs));
    assert!(has(&evs, "GHAREB", "GHAMIL", "190"), "{:?}", triples(&evs));
}
