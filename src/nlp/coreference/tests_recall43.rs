//! Speakers and officials named only by a pronoun or a title (branch recall43): a
//! quotation run on into a sentence of its own is its speaker's; "X' <title>" after a name
//! ending in "s" is X's office; "…, his office said" leaves the reported clause's subject as
//! the one the next sentence's pronoun goes back to.

use super::tests::{actor_of_nth, events};

#[test]
fn we_in_a_quotation_run_on_is_the_speakers() {
    let text = "Chile's foreign minister said she was alarmed by the expulsion. \"A court is \
                not a ministry,\" she told reporters. \"We have asked Peru to explain the \
                decision.\"";
    assert_eq!(actor_of_nth(text, "We", 0).as_deref(), Some("CHLGOV"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "CHLGOV" && t == "PER" && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn a_quotation_attributed_in_the_next_sentence_is_not_the_earlier_speakers() {
    // the quotation runs on, and the sentence that closes it names another speaker
    let text = "Chile's foreign minister said she was alarmed by the expulsion. \"We have \
                asked Peru to explain. Nobody told us,\" a Bolivian envoy said.";
    assert_ne!(actor_of_nth(text, "We", 0).as_deref(), Some("CHLGOV"));
    // a sentence after a narrated one, not a quotation, is nobody's speech
    let text = "Chile's foreign minister said she was alarmed by the expulsion. Talks \
                stalled. We have asked Peru to explain.";
    assert_eq!(actor_of_nth(text, "We", 0), None);
}

#[test]
fn a_pronoun_opening_the_sentence_after_a_quotation_is_the_speaker() {
    let text = "Chile's new president was sworn in on Saturday. \"We will trade with all,\" \
                the new president said. \"Our sea is our wealth.\" He promised an audit \
                of the public debt.";
    assert_eq!(actor_of_nth(text, "He", 0).as_deref(), Some("CHLGOV"));
    // not when a person is named before the pronoun in its own sentence
    let text = "Chile's new president was sworn in on Saturday. \"We will trade with all,\" \
                the new president said. \"Our sea is our wealth.\" The speaker of the \
                assembly, who leads a small party, said he would not attend.";
    assert_ne!(actor_of_nth(text, "he", 0).as_deref(), Some("CHLGOV"));
}

#[test]
fn a_bare_apostrophe_after_a_name_in_s_is_a_possessive() {
    let text = "The Bahamas' foreign minister met the Peruvian ambassador on Monday.";
    assert_eq!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("BHSGOV")
    );
    // no office after it: the name stays the country
    let text = "Tourists crowded the Bahamas' beaches on Monday.";
    assert_eq!(actor_of_nth(text, "Bahamas", 0).as_deref(), Some("BHS"));
}

#[test]
fn a_postposed_attribution_leaves_the_reported_subject_for_him() {
    let text = "Chile's president arrived in Lima on Sunday. After the ceremony he held talks \
                with the Peruvian foreign minister, his office said. The Peruvian foreign \
                minister invited him to visit Cusco.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "PERGOV" && t == "CHLGOV" && c == "026"),
        "{evs:?}"
    );
    // an attribution with its own complement after it keeps its own subject
    let text = "Chile's president arrived in Lima on Sunday. After the ceremony, the Bolivian \
                envoy said the talks had failed. The Peruvian foreign minister invited him \
                to visit Cusco.";
    let evs = events(text);
    assert!(
        !evs.iter().any(|(_, t, c)| t == "CHLGOV" && c == "026"),
        "{evs:?}"
    );
}

#[test]
fn they_in_a_clause_coordinated_with_the_main_one_is_its_plural_subject() {
    // the first "they" is the speakers (the coder's reported-speech rule), not a mention
    let text = "The governments of Peru and Chile said in a joint statement that they \
                firmly object to the decree, and they called on Bolivia to repeal it.";
    assert_eq!(
        actor_of_nth(text, "they", 0).as_deref(),
        Some("PERGOV/CHLGOV")
    );
    let evs = events(text);
    for src in ["PERGOV", "CHLGOV"] {
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == src && t == "BOL" && c.starts_with("02")),
            "{evs:?}"
        );
    }
    // a plural object between them may be meant; a single subject never is "they"
    for text in [
        "Peru and Chile accused the rebels of spying, and they denied it.",
        "Peru accused Chile of spying, and they denied it.",
    ] {
        assert_eq!(actor_of_nth(text, "they", 0), None, "{text}");
    }
}
