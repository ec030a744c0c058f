//! Person names the mention layer cut short or typed as places (branch re3dpers): a rank
//! with "1st Class", a quoted nickname inside a titled name, and a name apposed to an
//! unknown town. Invented sentences.
use super::tests::run;

fn person(text: &str, surface: &str) -> bool {
    run(text, None)
        .iter()
        .any(|m| m.0 == surface && m.1 == "PERSON")
}

#[test]
fn a_rank_with_an_ordinal_class_runs_on_to_the_name() {
    for (text, name) in [
        (
            "Sgt. 1st Class Owen Talbot was wounded near the border.",
            "Sgt. 1st Class Owen Talbot",
        ),
        (
            "The sailor, Petty Officer 2nd Class Dana Ruiz, served on the ship.",
            "Petty Officer 2nd Class Dana Ruiz",
        ),
    ] {
        assert!(person(text, name), "{text}: {:?}", run(text, None));
        // no mention starts at "Class"
        assert!(
            run(text, None).iter().all(|m| !m.0.starts_with("Class")),
            "{text}"
        );
    }
}

#[test]
fn a_quoted_nickname_stays_inside_a_titled_name() {
    for (text, name) in [
        (
            "\"We hold the bridge,\" said Col. Peter \u{201C}P.J.\u{201D} Marlow on Monday.",
            "Col. Peter \u{201C}P.J.\u{201D} Marlow",
        ),
        (
            "The briefing was led by Brig. Gen. Omar \"Tiger\" Saleem of the army.",
            "Brig. Gen. Omar \"Tiger\" Saleem",
        ),
    ] {
        assert!(person(text, name), "{text}: {:?}", run(text, None));
    }
}

#[test]
fn a_quotation_after_a_titled_name_is_no_nickname() {
    let text = "Gen. Ann Pierce \"Our troops will stay\" was the headline.";
    let ms = run(text, None);
    assert!(person(text, "Gen. Ann Pierce"), "{ms:?}");
}

#[test]
fn a_first_name_after_an_unknown_town_and_a_comma_is_a_person() {
    let text = "A shopkeeper from Kandara, Yusuf Rawi, said the militia had fled.";
    let ms = run(text, None);
    assert!(person(text, "Yusuf Rawi"), "{ms:?}");
    assert!(
        ms.iter().any(|m| m.0 == "Kandara" && m.1 == "LOCATION"),
        "{ms:?}"
    );
}

#[test]
fn unknown_towns_in_a_list_stay_places() {
    let text = "Troops entered Kandara, Tolo Heights and Berem on Sunday.";
    let ms = run(text, None);
    assert!(ms.iter().all(|m| m.1 != "PERSON"), "{ms:?}");
}
