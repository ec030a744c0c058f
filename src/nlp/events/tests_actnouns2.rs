//! Branch actnouns2: a trailing participle whose object is a definite office ("accusing the
//! embassy of …", "accusing the government of …") falls on the government of the state the
//! clause before acted on; a participle after an order's infinitive parsed as an adverbial
//! clause is the orderer's. Invented sentences.
use super::tests::pairs_coded;
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 6] = [
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
    ("Chilean", "CHL", Nationality),
    ("Ghana", "GHA", Location),
    ("Togo", "TGO", Location),
    ("Norway", "NOR", Location),
];

fn accused(text: &str) -> Vec<(String, String)> {
    pairs_coded(text, &ACTORS, "112")
}

#[test]
fn accusing_the_embassy_falls_on_the_summoned_envoys_state() {
    let text = "Peru summoned Chile's ambassador on Tuesday, accusing the embassy of spying on \
                exiles.";
    let found = accused(text);
    assert!(
        found
            .iter()
            .any(|(s, t)| s == "PER" && t.starts_with("CHL")),
        "{found:?}"
    );
}

#[test]
fn accusing_the_government_falls_on_the_recalled_envoys_host() {
    let text = "Ghana recalled its ambassador from Togo on Monday, accusing the government of \
                sheltering rebels.";
    let found = accused(text);
    assert!(
        found
            .iter()
            .any(|(s, t)| s == "GHA" && t.starts_with("TGO")),
        "{found:?}"
    );
}

#[test]
fn an_office_with_no_foreign_act_before_it_stays_without_target() {
    let text = "Peru's opposition marched through the capital on Monday, accusing the \
                government of corruption.";
    let found = accused(text);
    assert!(
        found
            .iter()
            .all(|(_, t)| t.is_empty() || t.starts_with("PER")),
        "{found:?}"
    );
}

#[test]
fn a_generic_definite_object_is_no_office() {
    let text = "Peru summoned Chile's ambassador on Tuesday, accusing the press of spreading \
                rumours.";
    let found = accused(text);
    assert!(
        found.iter().all(|(_, t)| !t.starts_with("CHL")),
        "{found:?}"
    );
}
