//! Tests of the label-only repairs of branch syntax18, on sentences written for them:
//! `existential_subject.rs`, `derived_adjective.rs`, `month_day.rs`, `degree_clause.rs`,
//! `passive_predicative.rs`, `final_punctuation.rs` and the second-subject case of
//! `time_modifier.rs`.
use super::degree_clause::degree_clause;
use super::derived_adjective::derived_adjective;
use super::existential_subject::existential_subject;
use super::final_punctuation::final_punctuation;
use super::month_day::month_day;
use super::passive_predicative::passive_predicative;
use super::time_modifier::time_modifier;
use crate::nlp::syntax::test_words as words;
use crate::nlp::syntax::Word;

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

/// The words of `rows` with the lemma of word `i` (0-based) set to `lemma`.
fn with_lemma(rows: &[Row], i: usize, lemma: &str) -> Vec<Word> {
    let mut w = words(rows);
    w[i].lemma = lemma.into();
    w
}

// `There have been quiet contacts with the envoys .` with the noun read as an object
const THERE: [Row; 9] = [
    ("There", "EX", "PRON", 3, "expl"),
    ("have", "VBP", "AUX", 3, "aux"),
    ("been", "VBN", "VERB", 0, "root"),
    ("quiet", "JJ", "ADJ", 5, "amod"),
    ("contacts", "NNS", "NOUN", 3, "obj"),
    ("with", "IN", "ADP", 8, "case"),
    ("the", "DT", "DET", 8, "det"),
    ("envoys", "NNS", "NOUN", 5, "nmod"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn the_noun_after_existential_be_becomes_its_subject() {
    let fixed = existential_subject(&with_lemma(&THERE, 2, "be")).expect("relabelled");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (3, "nsubj"));
    assert_eq!(fixed[0].deprel, "expl");
    assert!(existential_subject(&fixed).is_none());
}

#[test]
fn an_object_of_be_without_there_or_of_another_verb_is_kept() {
    let mut no_there = with_lemma(&THERE, 2, "be");
    no_there[0].deprel = "advmod".into();
    assert!(existential_subject(&no_there).is_none());
    assert!(existential_subject(&with_lemma(&THERE, 2, "hold")).is_none());
}

// `An unnamed official called the plan a dangerous speed trap .` with the modifiers as compounds
const UNNAMED: [Row; 11] = [
    ("An", "DT", "DET", 3, "det"),
    ("unnamed", "NN", "NOUN", 3, "compound"),
    ("official", "NN", "NOUN", 4, "nsubj"),
    ("called", "VBD", "VERB", 0, "root"),
    ("the", "DT", "DET", 6, "det"),
    ("plan", "NN", "NOUN", 4, "obj"),
    ("a", "DT", "DET", 10, "det"),
    ("dangerous", "NN", "NOUN", 10, "compound"),
    ("speed", "NN", "NOUN", 10, "compound"),
    ("trap", "NN", "NOUN", 4, "xcomp"),
    (".", ".", "PUNCT", 4, "punct"),
];

#[test]
fn a_suffixed_adjective_before_a_noun_becomes_amod_and_a_noun_stays() {
    let fixed = derived_adjective(&words(&UNNAMED)).expect("relabelled");
    assert_eq!(fixed[1].deprel, "amod");
    assert_eq!(fixed[7].deprel, "amod");
    // "speed" ends in "-ed" only through the excluded "-eed"
    assert_eq!(fixed[8].deprel, "compound");
    // the tag is the tagger's
    assert_eq!(fixed[1].upos, "NOUN");
    assert!(derived_adjective(&fixed).is_none());
}

#[test]
fn a_short_word_or_a_modifier_after_its_head_is_kept() {
    // `the red border` with "red" (three letters) as a compound
    let short: [Row; 3] = [
        ("the", "DT", "DET", 3, "det"),
        ("red", "NN", "NOUN", 3, "compound"),
        ("border", "NN", "NOUN", 0, "root"),
    ];
    assert!(derived_adjective(&words(&short)).is_none());
}

// `The vote is on October 14th , not March 3 .`
const VOTE: [Row; 11] = [
    ("The", "DT", "DET", 2, "det"),
    ("vote", "NN", "NOUN", 6, "nsubj"),
    ("is", "VBZ", "AUX", 6, "cop"),
    ("on", "IN", "ADP", 6, "case"),
    ("October", "NNP", "PROPN", 6, "compound"),
    ("14th", "NN", "NOUN", 0, "root"),
    (",", ",", "PUNCT", 9, "punct"),
    ("not", "RB", "PART", 9, "advmod"),
    ("March", "NNP", "PROPN", 6, "conj"),
    ("3", "CD", "NUM", 9, "nummod"),
    (".", ".", "PUNCT", 6, "punct"),
];

#[test]
fn a_month_before_its_ordinal_day_becomes_nmod_unmarked() {
    let fixed = month_day(&words(&VOTE)).expect("relabelled");
    assert_eq!(
        (fixed[4].head, fixed[4].deprel.as_str()),
        (6, "nmod:unmarked")
    );
    assert_eq!(fixed[8].deprel, "conj");
    assert!(month_day(&fixed).is_none());
}

#[test]
fn a_month_before_a_cardinal_or_a_word_is_kept() {
    // `October 14 rally`: a cardinal day and a noun head are other structures
    let cardinal: [Row; 3] = [
        ("October", "NNP", "PROPN", 3, "compound"),
        ("14", "CD", "NUM", 1, "nummod"),
        ("rally", "NN", "NOUN", 0, "root"),
    ];
    assert!(month_day(&words(&cardinal)).is_none());
}

// `This week the envoys were hopeful .` with the time read as a second subject
const WEEK: [Row; 7] = [
    ("This", "DT", "DET", 2, "det"),
    ("week", "NN", "NOUN", 6, "nsubj"),
    ("the", "DT", "DET", 4, "det"),
    ("envoys", "NNS", "NOUN", 6, "nsubj"),
    ("were", "VBD", "AUX", 6, "cop"),
    ("hopeful", "JJ", "ADJ", 0, "root"),
    (".", ".", "PUNCT", 6, "punct"),
];

#[test]
fn a_time_beside_another_subject_becomes_obl_unmarked() {
    let fixed = time_modifier(&words(&WEEK)).expect("relabelled");
    assert_eq!(
        (fixed[1].head, fixed[1].deprel.as_str()),
        (6, "obl:unmarked")
    );
    assert_eq!(fixed[3].deprel, "nsubj");
}

#[test]
fn a_time_that_is_the_only_subject_is_kept() {
    // `This week was hopeful .`: the week is the subject
    let only: [Row; 5] = [
        ("This", "DT", "DET", 2, "det"),
        ("week", "NN", "NOUN", 4, "nsubj"),
        ("was", "VBD", "AUX", 4, "cop"),
        ("hopeful", "JJ", "ADJ", 0, "root"),
        (".", ".", "PUNCT", 4, "punct"),
    ];
    assert!(time_modifier(&words(&only)).is_none());
}

// `The force was too small to hold the pass .` with the infinitive read as a complement
const TOO: [Row; 10] = [
    ("The", "DT", "DET", 2, "det"),
    ("force", "NN", "NOUN", 5, "nsubj"),
    ("was", "VBD", "AUX", 5, "cop"),
    ("too", "RB", "ADV", 5, "advmod"),
    ("small", "JJ", "ADJ", 0, "root"),
    ("to", "TO", "PART", 7, "mark"),
    ("hold", "VB", "VERB", 5, "xcomp"),
    ("the", "DT", "DET", 9, "det"),
    ("pass", "NN", "NOUN", 7, "obj"),
    (".", ".", "PUNCT", 5, "punct"),
];

#[test]
fn the_infinitive_of_too_becomes_advcl() {
    let fixed = degree_clause(&words(&TOO)).expect("relabelled");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (5, "advcl"));
    assert!(degree_clause(&fixed).is_none());
}

#[test]
fn an_infinitive_without_a_degree_word_stays_xcomp() {
    let mut plain = words(&TOO);
    plain[3].form = "very".into();
    assert!(degree_clause(&plain).is_none());
}

// `The envoy was named mediator .` with the complement read as an object
const NAMED: [Row; 6] = [
    ("The", "DT", "DET", 2, "det"),
    ("envoy", "NN", "NOUN", 4, "nsubj:pass"),
    ("was", "VBD", "AUX", 4, "aux:pass"),
    ("named", "VBN", "VERB", 0, "root"),
    ("mediator", "NN", "NOUN", 4, "obj"),
    (".", ".", "PUNCT", 4, "punct"),
];

#[test]
fn the_noun_after_a_passive_naming_verb_becomes_xcomp() {
    let fixed = passive_predicative(&with_lemma(&NAMED, 3, "name")).expect("relabelled");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (4, "xcomp"));
    assert!(passive_predicative(&fixed).is_none());
}

#[test]
fn a_passive_of_giving_or_an_active_naming_verb_keeps_its_object() {
    assert!(passive_predicative(&with_lemma(&NAMED, 3, "give")).is_none());
    let mut active = with_lemma(&NAMED, 3, "name");
    active[2].deprel = "aux".into();
    assert!(passive_predicative(&active).is_none());
}

// `Talks resumed , officials said .` with the full stop under the reported verb
const SAID: [Row; 6] = [
    ("Talks", "NNS", "NOUN", 2, "nsubj"),
    ("resumed", "VBD", "VERB", 0, "root"),
    (",", ",", "PUNCT", 5, "punct"),
    ("officials", "NNS", "NOUN", 5, "nsubj"),
    ("said", "VBD", "VERB", 2, "parataxis"),
    (".", ".", "PUNCT", 5, "punct"),
];

#[test]
fn the_closing_mark_goes_to_the_root() {
    let fixed = final_punctuation(&words(&SAID)).expect("moved");
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "punct"));
    assert_eq!(fixed[2].head, 5);
    assert!(final_punctuation(&fixed).is_none());
}

#[test]
fn a_mark_after_a_quote_or_a_tree_with_two_roots_is_kept() {
    let mut quoted = words(&SAID);
    quoted[4].upos = "PUNCT".into();
    assert!(final_punctuation(&quoted).is_none());
    let mut two = words(&SAID);
    two[4].head = 0;
    two[5].head = 2;
    assert!(final_punctuation(&two).is_none());
}
