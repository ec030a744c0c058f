//! Actor data gaps (branch recall): demonyms the country sources lack, armed groups of
//! current conflicts, nationality-marked weapons and strikes as the country's military.
//! Invented sentences.
use super::tests::{actor_of, run};

#[test]
fn demonyms_missing_from_the_sources_name_their_country() {
    let ms = run(
        "Kazakh officials met Swedish and Icelandic diplomats in Astana.",
        None,
    );
    assert_eq!(actor_of(&ms, "Kazakh officials").as_deref(), Some("KAZGOV"));
    // "Swedish and Icelandic diplomats": the shared agent gives both the government
    assert_eq!(actor_of(&ms, "Swedish").as_deref(), Some("SWEGOV"));
    assert_eq!(
        actor_of(&ms, "Icelandic diplomats").as_deref(),
        Some("ISLGOV")
    );
    let ms = run("North Macedonia and Eswatini signed a pact.", None);
    assert_eq!(actor_of(&ms, "North Macedonia").as_deref(), Some("MKD"));
    assert_eq!(actor_of(&ms, "Eswatini").as_deref(), Some("SWZ"));
}

#[test]
fn armed_groups_of_current_conflicts_have_codes() {
    let ms = run(
        "The National Liberation Army freed two soldiers, and the Arakan Army shelled a town.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "The National Liberation Army").as_deref(),
        Some("COLREB")
    );
    assert_eq!(actor_of(&ms, "the Arakan Army").as_deref(), Some("MMRREB"));
    let ms = run(
        "The Syrian Democratic Forces handed the town to the Syrian National Army.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "The Syrian Democratic Forces").as_deref(),
        Some("SYRREB")
    );
    assert_eq!(
        actor_of(&ms, "the Syrian National Army").as_deref(),
        Some("SYRREB")
    );
}

#[test]
fn nationality_marked_weapons_are_the_military() {
    let ms = run("Ukrainian drones struck a refinery near the border.", None);
    assert_eq!(actor_of(&ms, "Ukrainian drones").as_deref(), Some("UKRMIL"));
    let ms = run("Israeli air strikes hit a camp overnight.", None);
    assert_eq!(
        actor_of(&ms, "Israeli air strikes").as_deref(),
        Some("ISRMIL")
    );
}
