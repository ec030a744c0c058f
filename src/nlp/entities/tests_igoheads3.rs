//! The bare name of the Commonwealth (branch igoheads3): "the Commonwealth", its
//! secretariat and its full name are the organisation of states; a state's formal name
//! ("the Commonwealth of Australia"), the CIS, the sports body and a bank are not.
use super::tests::codes_of;

fn code(text: &str, surface: &str) -> Option<String> {
    codes_of(text, surface).into_iter().next().flatten()
}

#[test]
fn the_bare_name_is_the_organisation() {
    for (text, surface) in [
        (
            "The Commonwealth sent observers to the vote.",
            "The Commonwealth",
        ),
        (
            "Kenya thanked the Commonwealth Secretariat.",
            "the Commonwealth Secretariat",
        ),
        (
            "The Commonwealth of Nations admitted two members.",
            "The Commonwealth of Nations",
        ),
    ] {
        assert_eq!(code(text, surface).as_deref(), Some("IGOCWN"), "{text}");
    }
}

#[test]
fn longer_names_are_not_the_organisation() {
    for (text, surface, want) in [
        (
            "The Commonwealth of Australia signed it.",
            "Commonwealth of Australia",
            "AUS",
        ),
        (
            "The Commonwealth of Dominica signed it.",
            "Commonwealth of Dominica",
            "DMA",
        ),
        (
            "The Commonwealth of Independent States met.",
            "The Commonwealth of Independent States",
            "IGOCASCIS",
        ),
        (
            "The Commonwealth Games opened in May.",
            "The Commonwealth Games",
            "NGO",
        ),
        (
            "The Commonwealth Bank raised its rates.",
            "The Commonwealth Bank",
            "MNCAUS",
        ),
    ] {
        assert_eq!(code(text, surface).as_deref(), Some(want), "{text}");
    }
}
