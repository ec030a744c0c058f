//! Parties the coder could not name (branch recall53): the speaker of a postposed
//! attribution closing a quotation that began in an earlier sentence.

use super::tests::{actor_of_nth, events};

#[test]
fn a_pronoun_attributing_a_run_on_quotation_is_the_speaker() {
    let text = "Chile's foreign minister rejected the claim. \"Our navy obeyed the law. \
                Nobody gives us orders,\" she told the senate. She said she had spoken by \
                telephone with her counterpart in Peru.";
    assert_eq!(actor_of_nth(text, "she", 0).as_deref(), Some("CHLGOV"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "CHLGOV" && t.starts_with("PER") && c.starts_with("04")),
        "{evs:?}"
    );
}

#[test]
fn a_pronoun_after_a_narrated_sentence_is_not_reached_back() {
    // the sentence between tells something: no quotation carries the speaker over it
    let text = "Chile's foreign minister rejected the claim. Talks stalled for a week. \
                Nobody knew why, she told the senate.";
    assert_ne!(actor_of_nth(text, "she", 0).as_deref(), Some("CHLGOV"));
    // a quotation closed in its own sentence: the attribution is the ordinary one
    let text = "Chile's foreign minister rejected the claim. The Bolivian envoy arrived. \
                \"Nobody gives us orders,\" she told the senate.";
    assert_ne!(actor_of_nth(text, "she", 0).as_deref(), Some("CHLGOV"));
}

#[test]
fn a_numbered_phrase_far_from_its_list_names_the_group_named_before() {
    let text = "Chile, Peru and Bolivia signed a water accord on Monday, and officials in all \
                three countries praised it. The accord sets quotas for the river. Farmers \
                welcomed the quotas. The river has shrunk for a decade. Rain fell on Sunday. \
                Amnesty International urged the three governments to publish the text.";
    let actor = actor_of_nth(text, "the three governments", 0);
    assert_eq!(actor.as_deref(), Some("CHLGOV/PERGOV/BOLGOV"));
    // two different groups of three named before: either could be meant
    let text = "Chile, Peru and Bolivia signed a water accord on Monday, and officials in all \
                three countries praised it. Brazil, Paraguay and Uruguay signed a trade deal, \
                and officials in all three countries praised it too. The accord sets quotas \
                for the river. Farmers welcomed the quotas. The river has shrunk for a \
                decade. Rain fell on Sunday. Amnesty International urged the three \
                governments to publish the text.";
    assert_eq!(actor_of_nth(text, "the three governments", 0), None);
}

#[test]
fn the_incumbent_is_the_government_of_the_election_told() {
    let text = "Côte d'Ivoire's presidential election was calm, observers said. Ghana's \
                president telephoned the incumbent to congratulate him.";
    assert_eq!(
        actor_of_nth(text, "Côte d'Ivoire", 0).as_deref(),
        Some("CIV")
    );
    assert_eq!(
        actor_of_nth(text, "the incumbent", 0).as_deref(),
        Some("CIVGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "GHAGOV" && t == "CIVGOV" && c == "051"),
        "{evs:?}"
    );
    // two states' elections told: the incumbent is left open
    let text = "Chile's presidential election and Peru's presidential election were calm. \
                Ghana's president telephoned the incumbent.";
    assert_eq!(actor_of_nth(text, "the incumbent", 0), None);
}

#[test]
fn her_after_her_foreign_counterpart_is_the_person_named_before() {
    let text = "Chile's president visited a flooded town on Sunday. \"We will rebuild every \
                home,\" she said. Her Peruvian counterpart telephoned her on Monday.";
    assert_eq!(actor_of_nth(text, "her", 0).as_deref(), Some("CHLGOV"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("PER") && t == "CHLGOV" && c.starts_with("04")),
        "{evs:?}"
    );
    // a counterpart of the same state as the person named before: not the other side
    let text = "Chile's president visited a flooded town on Sunday. \"We will rebuild every \
                home,\" she said. Her Chilean counterpart telephoned her on Monday.";
    assert_eq!(actor_of_nth(text, "her", 0), None);
}
