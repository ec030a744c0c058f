//! Branch agentless2: a past form with a direct object hung as a reduced relative on the noun
//! of "after" ("after a drone strike killed seven miners") is the clause's verb, with the noun
//! for subject (`subordinate_subject`); a participle with no object stays a modifier.
use super::subordinate_subject::subordinate_subject;
use crate::nlp::frames::repair::test_words as words;

// "Ruritania protested after a drone strike killed seven herders ." with "killed" an `acl`
// of "strike"
const ON_NOUN: [(&str, &str, &str, u32, &str); 10] = [
    ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
    ("protested", "VBD", "VERB", 0, "root"),
    ("after", "IN", "ADP", 6, "case"),
    ("a", "DT", "DET", 6, "det"),
    ("drone", "NN", "NOUN", 6, "compound"),
    ("strike", "NN", "NOUN", 2, "obl"),
    ("killed", "VBD", "VERB", 6, "acl"),
    ("seven", "CD", "NUM", 9, "nummod"),
    ("herders", "NNS", "NOUN", 7, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
];

fn rows() -> Vec<crate::nlp::syntax::Word> {
    words(&ON_NOUN)
}

#[test]
fn a_past_form_with_an_object_on_the_noun_of_after_is_a_clause() {
    let fixed = subordinate_subject(&rows()).expect("repaired");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "advcl"));
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (7, "nsubj"));
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (7, "mark"));
}

#[test]
fn a_participle_without_an_object_stays_a_modifier() {
    // "after a strike planned in secret": no object, a reduced relative
    let mut r = rows();
    r[8].deprel = "obl".into();
    assert!(subordinate_subject(&r).is_none());
}
