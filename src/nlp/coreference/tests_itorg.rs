//! "It" for an organisation, an embassy or a ministry (branch itorg): a fronted phrase
//! before the pronoun, a post-modified organisation subject, an embassy named with "in".
//! Invented sentences.

use super::tests::{actor_of_nth, events, has_event};

/// What a fronted prepositional phrase names is no antecedent: "it" still continues the
/// previous sentence's subject.
#[test]
fn it_after_a_fronted_phrase_is_the_previous_subject() {
    let text = "Kenya's foreign ministry summoned Somalia's ambassador on Monday. The ministry \
        said the vessel had been in Kenyan waters. In a note handed to the ambassador, it \
        demanded that Somalia release the crew.";
    assert!(
        has_event(&events(text), "KENGOV", "SOM", "10"),
        "{:?}",
        events(text)
    );
    // a fronted clause with its own subject still names an actor before the pronoun
    let text = "Chile's foreign ministry criticised Peru. After Bolivia summoned the envoy, it \
        demanded an apology from Lima.";
    assert_ne!(actor_of_nth(text, "it", 0).as_deref(), Some("CHLGOV"));
}

/// "The UN office in the zone, which watches the two countries, said …": the head's own
/// modifier names the body; the locative and the relative clause do not.
#[test]
fn it_after_a_post_modified_organisation_body_is_the_organisation() {
    let text = "Kenya and Somalia traded accusations over the lake. The UN office in the \
        buffer zone, which monitors the line between the two countries, said it had sent \
        observers. It called on both governments to show restraint.";
    let evs = events(text);
    assert!(has_event(&evs, "IGOUNO", "KENGOV", "02"), "{evs:?}");
    assert!(has_event(&evs, "IGOUNO", "SOMGOV", "02"), "{evs:?}");
    let text = "The OSCE mission in Tirana, which watches the count, said the vote had been \
        calm. It called on Albania to investigate the complaints.";
    assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("IGOEURSCE"));
}

/// "X's embassy in Y" is a body, never one person: "It" after it is X's government.
#[test]
fn it_after_an_embassy_in_a_capital_is_its_states_government() {
    let text = "Iran's embassy in Rome, which also covers Malta, said it had asked for \
        consular access. It accused Washington of harassing Iranian citizens.";
    assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("IRNGOV"));
    assert!(has_event(&events(text), "IRNGOV", "USA", "11"));
}

/// Expletive "it", and "it" after a person or a plural subject, stay unresolved.
#[test]
fn it_stays_alone_when_expletive_or_after_a_person() {
    let text = "The UN office in the buffer zone, which monitors the line, said it had sent \
        observers. It remains unclear whether Kenya will respond.";
    assert_eq!(actor_of_nth(text, "It", 0), None);
    let text = "Kenya's ambassador in Rome, who also covers Malta, said he had asked for \
        access. In a letter to the minister, it demanded an apology.";
    assert_eq!(actor_of_nth(text, "it", 0), None);
}

/// An embassy is its state's office abroad: a later bare "the government" is not it.
#[test]
fn the_government_is_not_an_embassy_abroad() {
    let text = "Rebels in Mali seized a town on Monday. The French embassy in Bamako said it \
        was closed to visitors. The rebels accused the government of abuses.";
    assert_ne!(
        actor_of_nth(text, "the government", 0).as_deref(),
        Some("FRAGOV")
    );
}
