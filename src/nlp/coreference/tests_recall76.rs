//! Collectives that go on with a group just named (branch recall76): "the two sides" right
//! after a mediator's sentence that also resolved "the two ministers" repeats that group,
//! not the mediator's own state and a conflict he once mediated.

use super::tests::actor_of_nth;

// "the two sides" is found twice, first as a mention with no actor, then as the
// collective: the second is asked.

const MEDIATOR: &str = "ACCRA (Wire) — Ghana and Togo signed a fisheries accord in Dakar on \
    Monday, in a deal brokered by Senegal. Ghana's president thanked Senegal for its \
    patience. Togo's foreign minister praised Senegal's president. Senegal's foreign \
    minister said Senegal would stay involved. Senegal's president, who once mediated in \
    the long Guinea conflict, hosted the two ministers in Dakar in May. It said the two \
    sides had also agreed to meet again. The regional bloc urged both governments to build \
    on the accord.";

#[test]
fn the_two_sides_after_the_two_ministers_are_the_same_pair() {
    assert_eq!(
        actor_of_nth(MEDIATOR, "the two ministers", 0).as_deref(),
        Some("GHAGOV/TGOGOV")
    );
    assert_eq!(
        actor_of_nth(MEDIATOR, "the two sides", 1).as_deref(),
        Some("GHA/TGO")
    );
    assert_eq!(
        actor_of_nth(MEDIATOR, "both governments", 0).as_deref(),
        Some("GHAGOV/TGOGOV")
    );
}

#[test]
fn without_a_group_just_named_the_latest_pair_is_meant() {
    let text = "ACCRA (Wire) — Ghana and Togo signed a fisheries accord in Dakar on Monday, \
                in a deal brokered by Senegal. Ghana's president thanked Senegal for its \
                patience. Togo's foreign minister praised Senegal's president. Senegal's \
                foreign minister said Senegal would stay involved. Senegal's president met \
                Guinea's foreign minister in Dakar in May. It said the two sides had also \
                agreed to meet again.";
    assert_eq!(
        actor_of_nth(text, "the two sides", 1).as_deref(),
        Some("SEN/GIN")
    );
}
