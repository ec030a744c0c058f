//! Actor data gaps (branch recall): demonyms the country sources lack, armed groups of
//! current conflicts, nationality-marked weapons and strikes as the country's military.
//! A pair phrase far from any pair: the dyad the article is about; a bare "the two" subject;
//! "ambassador to" before an infinitive.
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
fn nationality_adjectives_checked_against_every_state_name_their_country() {
    // "Comorian", "Nepali", "Maldivian", "Azeri": common adjectives of states whose
    // sources give only a rarer form ("Comoran") or none
    let ms = run(
        "The Comorian foreign minister met Nepali and Maldivian diplomats in Moroni.",
        None,
    );
    let code_with = |word: &str| {
        ms.iter()
            .find(|m| m.0.contains(word))
            .and_then(|m| m.2.clone())
    };
    assert_eq!(code_with("Comorian").as_deref(), Some("COMGOV"), "{ms:?}");
    assert_eq!(code_with("Nepali").as_deref(), Some("NPLGOV"), "{ms:?}");
    assert_eq!(code_with("Maldivian").as_deref(), Some("MDVGOV"), "{ms:?}");
    let ms = run(
        "Azeri officials accused Armenia of shelling a village.",
        None,
    );
    assert_eq!(actor_of(&ms, "Azeri officials").as_deref(), Some("AZEGOV"));
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

/// A movement the Phoenix files code by its region (NAF, no country) is re-coded by an
/// undated curated row to the territory it claims, so its acts carry a country.
#[test]
fn a_movement_coded_by_region_carries_its_territory() {
    let ms = run(
        "The Polisario Front accused Rabat of moving troops, and Polisario envoys left the talks.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "The Polisario Front").as_deref(),
        Some("ESHREB")
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

#[test]
fn both_governments_far_from_any_pair_is_the_dyad_of_the_article() {
    // The two states are named twice each, but not in the sentences just before.
    let ms = run(
        "Chile accused Peru of moving troops to the border. Peru denied it and blamed Chile. \
         The dispute dates from a war long ago. Fishermen on the coast fear for their catch. \
         Prices of fish rose in the markets. The Pope urged both governments to talk.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "both governments").as_deref(),
        Some("CHLGOV/PERGOV")
    );
}

#[test]
fn no_dyad_in_focus_when_a_third_state_is_named_as_often() {
    let ms = run(
        "Chile accused Peru and Bolivia of smuggling. Peru and Bolivia denied it to Chile. \
         The dispute dates from a war long ago. Fishermen on the coast fear for their catch. \
         Prices of fish rose in the markets. The Pope urged both governments to talk.",
        None,
    );
    assert_eq!(actor_of(&ms, "both governments"), None);
}

#[test]
fn a_bare_the_two_before_a_verb_is_the_people_just_named() {
    let ms = run(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi, and the two agreed to extend the pipeline.",
        Some("2024-05-01"),
    );
    assert_eq!(actor_of(&ms, "the two").as_deref(), Some("KENGOV/UGAGOV"));
    // Before a noun that is no collective head, "the two" is a number, not an actor.
    let ms = run(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi, and the two pipelines were opened.",
        Some("2024-05-01"),
    );
    assert_eq!(actor_of(&ms, "the two"), None);
}

#[test]
fn an_envoy_ordered_to_leave_keeps_the_infinitive_outside_the_mention() {
    let ms = run(
        "Chile ordered the Peruvian ambassador to leave Santiago within a day.",
        None,
    );
    assert_eq!(actor_of(&ms, "Peruvian ambassador to"), None);
    assert_eq!(
        actor_of(&ms, "Peruvian ambassador").as_deref(),
        Some("PERGOV")
    );
}

/// Office-holders the 2014 dictionaries lack (Muizzu, Abinader, Japarov, Grossi) or hold with a
/// role that expired in 2019 (Sisi, Rabuka back in office) resolve to their government on a
/// date inside the curated row; before it they do not (branch recall12).
#[test]
fn current_office_holders_of_the_covered_states_have_their_government() {
    for (text, surface, date, code) in [
        (
            "Mohamed Muizzu left for talks.",
            "Mohamed Muizzu",
            "2024-05-01",
            "MDVGOV",
        ),
        (
            "Luis Abinader spoke on Friday.",
            "Luis Abinader",
            "2023-09-15",
            "DOMGOV",
        ),
        (
            "Sadyr Japarov opened the road.",
            "Sadyr Japarov",
            "2025-03-01",
            "KGZGOV",
        ),
        (
            "Rafael Grossi arrived in Tehran.",
            "Rafael Grossi",
            "2025-09-01",
            "IGOUNOIAE",
        ),
        (
            "Abdel Fattah el-Sisi hosted the summit.",
            "Abdel Fattah el-Sisi",
            "2025-03-01",
            "EGYGOV",
        ),
        (
            "Sitiveni Rabuka flew to Wellington.",
            "Sitiveni Rabuka",
            "2024-06-01",
            "FJIGOV",
        ),
        (
            "Fumio Kishida met the delegation.",
            "Fumio Kishida",
            "2023-05-01",
            "JPNGOV",
        ),
    ] {
        let ms = run(text, Some(date));
        assert_eq!(actor_of(&ms, surface).as_deref(), Some(code), "{text}");
    }
    // the rows are dated: Muizzu was not in office in 2020
    let ms = run("Mohamed Muizzu left for talks.", Some("2020-05-01"));
    assert_ne!(actor_of(&ms, "Mohamed Muizzu").as_deref(), Some("MDVGOV"));
}
