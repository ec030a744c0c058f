//! Branch owngov3: a sentence-initial possessive office ("Her foreign minister", "His
//! defence minister", "Its trade minister") owned by the previous sentence's subject or
//! speaker (`holder`, `third_person`). Invented articles; the people are not in the actor
//! dictionaries unless a title places them.

use super::tests::{actor_of_nth, events};

#[test]
fn her_foreign_minister_and_her_name_take_the_leader_s_state() {
    // the apposed name's sentence names only the other state as a place: the name is
    // still the owner's minister, not the host's
    let text = "Finnish Prime Minister Aino Virtanen told parliament on Monday that the quota \
                would stay. Her foreign minister, Liisa Korhonen, met Estonia's prime \
                minister in Tallinn on Tuesday.";
    assert_eq!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("FINGOV")
    );
    assert_eq!(
        actor_of_nth(text, "Liisa Korhonen", 0).as_deref(),
        Some("FINGOV")
    );
    let ev = events(text);
    assert!(
        ev.iter()
            .any(|(s, t, c)| s == "FINGOV" && t.starts_with("EST") && c.starts_with("04")),
        "{ev:?}"
    );
}

#[test]
fn a_leader_placed_by_the_dateline_owns_the_next_sentence_s_office() {
    // the prime minister is placed only by the story's focus, after coreference
    let text = "HELSINKI (Wire) — Finland set a new fishing quota on Friday. Finnish boats \
                will keep fishing in the Baltic, and Finland will not change course. \
                Prime Minister Aino Virtanen told parliament the quota was fair. \
                Her defence minister met the Swedish ambassador on Saturday.";
    assert_eq!(
        actor_of_nth(text, "defence minister", 0).map(|c| c.starts_with("FIN")),
        Some(true)
    );
}

#[test]
fn the_possessive_must_agree_with_a_gendered_title() {
    let text = "Danish Queen Ingrid Holm told parliament on Monday that the quota would stay. \
                His foreign minister met the Swedish ambassador on Tuesday.";
    assert_ne!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("DNKGOV")
    );
}

#[test]
fn an_unresolved_speaker_pronoun_owns_nothing() {
    let text = "The talks ended on Monday. \"We will not give way,\" she said. \
                Her foreign minister met the Swedish ambassador on Tuesday.";
    assert!(actor_of_nth(text, "foreign minister", 0).is_none_or(|c| c.len() <= 3));
}

#[test]
fn a_state_subject_owns_no_his() {
    // "his" is a person's; a state is "its"
    let text = "Ghana rejected the plan on Monday. His foreign minister met the Togolese \
                ambassador on Tuesday.";
    assert_ne!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("GHAGOV")
    );
}

#[test]
fn its_office_after_a_state_name_tagged_as_a_plural_noun() {
    // "Honduras" ends like a plural noun; it is one state
    let text = "Honduras rejected the ruling within hours. Its foreign minister accused \
                Belize of bad faith.";
    let ev = events(text);
    assert!(
        ev.iter()
            .any(|(s, t, c)| s == "HNDGOV" && t.starts_with("BLZ") && c.starts_with("11")),
        "{ev:?}"
    );
}

#[test]
fn its_office_after_a_subject_with_a_relative_clause() {
    let text = "Botswana, which borders Namibia and shares a river with it, criticised the \
                dam. Its water minister accused Namibia of acting alone.";
    assert_eq!(
        actor_of_nth(text, "water minister", 0).map(|c| c.starts_with("BWA")),
        Some(true)
    );
}

#[test]
fn its_officer_after_a_postposed_report_is_the_reporting_body_s() {
    // the reported clause's subject ("The loan") is no owner: the Fund that reports it is
    let text = "The loan will be paid out at once, the International Monetary Fund said on \
                Friday. Its deputy managing director urged the government of Malawi to cut \
                spending.";
    let ev = events(text);
    assert!(
        ev.iter()
            .any(|(s, t, c)| s == "IGOBUSIMF" && t.starts_with("MWI") && c.starts_with("02")),
        "{ev:?}"
    );
}
