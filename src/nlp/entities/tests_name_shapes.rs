//! Person names read as pronouns or places (branch recall72): the surname "He" inside a
//! titled or apposed name, and a town's name opening a name apposed to a title.
//! Invented sentences.
use super::tests::run;

fn has_mention(text: &str, surface: &str, etype: &str) -> bool {
    run(text, None)
        .iter()
        .any(|m| m.0.ends_with(surface) && m.1 == etype)
}

#[test]
fn the_surname_he_after_a_title_or_in_apposition_is_a_name() {
    let text = "The talks were opened by Vice Premier He Jinlan on Monday.";
    assert!(
        has_mention(text, "He Jinlan", "PERSON"),
        "{:?}",
        run(text, None)
    );
    let text = "A spokesman, He Ruolin, said the ministry would reply.";
    assert!(
        has_mention(text, "He Ruolin", "PERSON"),
        "{:?}",
        run(text, None)
    );
}

#[test]
fn the_pronoun_he_stays_a_pronoun() {
    // sentence-initial, after a closing quote, and before a verb or a title
    for text in [
        "He Visited the port on Monday.",
        "\"We will stay,\" He Said.",
        "The minister arrived and, he said, He Said nothing.",
    ] {
        let ms = run(text, None);
        assert!(ms.iter().all(|m| !m.0.starts_with("He ")), "{text}: {ms:?}");
    }
}

#[test]
fn a_town_opening_a_name_apposed_to_a_title_is_no_place() {
    let text = "Malawi's health minister, Tete Mwalewo, opened the clinic.";
    let ms = run(text, None);
    assert!(
        ms.iter().any(|m| m.0 == "Tete Mwalewo" && m.1 == "PERSON"),
        "{ms:?}"
    );
    assert!(ms.iter().all(|m| m.2.as_deref() != Some("MOZ")), "{ms:?}");
}

#[test]
fn a_town_after_a_title_and_of_stays_a_place() {
    for text in [
        "The governor of Tete met farmers.",
        "The envoy, Tete Province, and the capital were named.",
    ] {
        let ms = run(text, None);
        assert!(
            ms.iter()
                .any(|m| m.0.starts_with("Tete") && m.1 == "LOCATION"),
            "{text}: {ms:?}"
        );
    }
}
