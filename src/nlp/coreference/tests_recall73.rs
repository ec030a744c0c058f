//! "both governments" after a side thread (branch recall73): a pair sharing no state with
//! the story's two sides and named less often than either is a mediator's or a host's
//! thread, not the pair the phrase names; a new pair named as often keeps its reading.

use super::tests::actor_of_nth;

#[test]
fn both_governments_after_a_mediators_sentence_are_the_storys_pair() {
    let text = "ACCRA (Wire) — Ghana and Togo signed a fisheries accord in Lome on Monday, \
                ending a year-long quarrel over trawlers. Ghana's president called the accord \
                fair, and Togo's foreign minister said Ghana had kept its word. Togo will open \
                two ports to Ghanaian boats. Senegal's president, who once mediated in a \
                dispute with Gambia, hosted the two ministers in Dakar in May. The regional \
                bloc urged both governments to build on the accord.";
    assert_eq!(
        actor_of_nth(text, "both governments", 0).as_deref(),
        Some("GHAGOV/TGOGOV")
    );
}

#[test]
fn both_countries_after_a_list_of_envoys_met_are_the_storys_pair() {
    let text = "QUITO (Wire) — Ecuador and Colombia reopened their border on Monday after a \
                month-long closure. Ecuador's president said the closure had cost both \
                economies dearly, and Colombia's foreign minister thanked Ecuador for its \
                patience. Colombia will send a trade mission to Ecuador next week. Brazil had \
                offered to host talks in March. Ecuador's foreign minister met Brazil's envoy \
                and Argentine officials on Tuesday. The regional bloc praised both countries \
                for their restraint.";
    assert_eq!(
        actor_of_nth(text, "both countries", 0).as_deref(),
        Some("ECU/COL")
    );
}

#[test]
fn a_new_pair_named_as_often_as_the_sides_keeps_its_reading() {
    let text = "QUITO (Wire) — Ecuador and Colombia reopened their border on Monday. \
                Colombia's minister praised Ecuador. Later Brazil and Argentina signed a trade \
                pact after Brazil lifted tariffs and Argentina cut quotas, and Brazil thanked \
                Argentina. The regional bloc praised both countries.";
    assert_eq!(
        actor_of_nth(text, "both countries", 0).as_deref(),
        Some("BRA/ARG")
    );
}
