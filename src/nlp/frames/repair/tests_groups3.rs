//! Parse errors that hid appeals and praise addressed to a story's pair (branch groups3):
//! a past tense read as a participle and hung on an adverb, on a noun under a past
//! copula, or on a noun inside a describing clause the parse set beside its noun.

use super::{main_verb_after_relative, repaired, test_words as words};
use std::borrow::Cow;

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

// "A said it would act soon and called on B", "called" (VBN) hung on "soon"
const ON_ADVERB: [Row; 10] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("said", "VBD", "VERB", 0, "root"),
    ("it", "PRP", "PRON", 5, "nsubj"),
    ("would", "MD", "AUX", 5, "aux"),
    ("act", "VB", "VERB", 2, "ccomp"),
    ("soon", "RB", "ADV", 2, "advmod"),
    ("and", "CC", "CCONJ", 8, "cc"),
    ("called", "VBN", "VERB", 6, "conj"),
    ("on", "IN", "ADP", 10, "case"),
    ("Sylvania", "NNP", "PROPN", 8, "obl"),
];

#[test]
fn a_past_verb_hung_on_an_adverb_joins_the_clause_verb() {
    let w = words(&ON_ADVERB);
    let fixed = repaired(&w);
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "conj"));
}

// "A said it was worried by the quarrel and called on B", "called" (VBN) hung on "quarrel"
const UNDER_COPULA: [Row; 12] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("said", "VBD", "VERB", 0, "root"),
    ("it", "PRP", "PRON", 5, "nsubj"),
    ("was", "VBD", "AUX", 5, "cop"),
    ("worried", "JJ", "ADJ", 2, "ccomp"),
    ("by", "IN", "ADP", 8, "case"),
    ("the", "DT", "DET", 8, "det"),
    ("quarrel", "NN", "NOUN", 5, "obl"),
    ("and", "CC", "CCONJ", 10, "cc"),
    ("called", "VBN", "VERB", 8, "conj"),
    ("on", "IN", "ADP", 12, "case"),
    ("Sylvania", "NNP", "PROPN", 10, "obl"),
];

#[test]
fn a_participle_on_a_noun_joins_a_predicate_with_a_past_copula() {
    let w = words(&UNDER_COPULA);
    let fixed = repaired(&w);
    // off the noun to the predicate, then (the predicate being an adjective, which the
    // rule also reads) on to the verb that frames it: the speaker's own act either way
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (2, "conj"));
    // a present copula ("is worried … and called") leaves the participle where it is
    let mut rows = UNDER_COPULA;
    rows[3] = ("is", "VBZ", "AUX", 5, "cop");
    assert_eq!(repaired(&words(&rows))[9].head, 8);
}

// "A, who chaired the talks, praised B", "chaired" set beside "A" as `parataxis` and
// "praised" (VBN) hung on "talks"
const BESIDE: [Row; 9] = [
    ("envoy", "NN", "NOUN", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("who", "WP", "PRON", 4, "nsubj"),
    ("chaired", "VBD", "VERB", 1, "parataxis"),
    ("the", "DT", "DET", 6, "det"),
    ("talks", "NNS", "NOUN", 4, "obj"),
    (",", ",", "PUNCT", 8, "punct"),
    ("praised", "VBN", "VERB", 6, "acl"),
    ("Sylvania", "NNP", "PROPN", 8, "obj"),
];

#[test]
fn a_describing_clause_beside_its_noun_leaves_the_main_verb_to_the_noun() {
    let w = words(&BESIDE);
    let fixed = main_verb_after_relative(&w);
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (8, "nsubj"));
    // a clause beside the noun opened by no describing pronoun is left alone
    let mut rows = BESIDE;
    rows[2] = ("they", "PRP", "PRON", 4, "nsubj");
    assert!(matches!(
        main_verb_after_relative(&words(&rows)),
        Cow::Borrowed(_)
    ));
}
