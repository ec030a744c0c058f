//! "Its <office>" opening a sentence about an organisation (branch sources3): the office
//! acts for the organisation; invented sentences.

use super::tests::events;

#[test]
fn its_secretary_general_after_an_organisation_acts_for_it() {
    let text = "NATO held a summit in Brussels on Sunday. Its \
                secretary-general urged Russia to pull back its troops.";
    let ev = events(text);
    assert!(
        ev.iter()
            .any(|(s, t, c)| s == "IGOWSTNAT" && t.starts_with("RUS") && c.starts_with("02")),
        "{ev:?}"
    );
}

#[test]
fn its_chief_after_a_un_agency_acts_for_it() {
    let text = "The UN refugee agency opened a new camp on Monday. Its chief \
                urged Chad to keep the border open.";
    let ev = events(text);
    assert!(
        ev.iter().any(|(s, t, c)| s.starts_with("IGOUNO")
            && t.starts_with("TCD")
            && c.starts_with("02")),
        "{ev:?}"
    );
}

/// Only an office: "its members" are the member states, not the organisation.
#[test]
fn its_members_are_not_the_organisation() {
    let text = "NATO held a summit in Brussels on Sunday. Its members \
                urged Russia to pull back its troops.";
    let ev = events(text);
    assert!(
        !ev.iter()
            .any(|(s, _, c)| s == "IGOWSTNAT" && c.starts_with("02")),
        "{ev:?}"
    );
}
