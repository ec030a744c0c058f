//! Tests of the label-only convention repairs (branch syntax16), on sentences written for
//! them: `time_modifier.rs`, `predicative_complement.rs`, `particle_label.rs`,
//! `passive_subject.rs`, `extraposed_subject.rs`.
use super::extraposed_subject::extraposed_subject;
use super::particle_label::particle_label;
use super::passive_subject::passive_subject;
use super::predicative_complement::predicative_complement;
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

// `The envoys met Thursday and again last week .` with both times read as objects
const MET: [Row; 9] = [
    ("The", "DT", "DET", 2, "det"),
    ("envoys", "NNS", "NOUN", 3, "nsubj"),
    ("met", "VBD", "VERB", 0, "root"),
    ("Thursday", "NNP", "PROPN", 3, "obj"),
    ("and", "CC", "CCONJ", 8, "cc"),
    ("again", "RB", "ADV", 8, "advmod"),
    ("last", "JJ", "ADJ", 8, "amod"),
    ("week", "NN", "NOUN", 3, "obj"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn a_bare_day_or_a_determined_time_noun_becomes_obl_unmarked() {
    let fixed = time_modifier(&words(&MET)).expect("relabelled");
    assert_eq!(fixed[3].deprel, "obl:unmarked");
    assert_eq!(fixed[7].deprel, "obl:unmarked");
    assert_eq!((fixed[7].head, fixed[1].deprel.as_str()), (3, "nsubj"));
    assert!(time_modifier(&fixed).is_none());
}

#[test]
fn a_time_noun_with_a_preposition_or_no_time_determiner_stays() {
    // `… met Thursday and again in the week .`: the preposition makes "week" an `obl`
    let mut rows = MET.to_vec();
    rows[3] = ("Thursday", "NNP", "PROPN", 3, "obl:unmarked");
    rows[6] = ("in", "IN", "ADP", 8, "case");
    assert!(time_modifier(&words(&rows)).is_none());
    // `… met Thursday and again a week .`: no time determiner, left as it is
    rows[6] = ("a", "DT", "DET", 8, "det");
    assert!(time_modifier(&words(&rows)).is_none());
}

// `The strait became a flashpoint .` with the complement read as an object
const BECAME: [Row; 6] = [
    ("The", "DT", "DET", 2, "det"),
    ("strait", "NN", "NOUN", 3, "nsubj"),
    ("became", "VBD", "VERB", 0, "root"),
    ("a", "DT", "DET", 5, "det"),
    ("flashpoint", "NN", "NOUN", 3, "obj"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn the_complement_of_a_linking_verb_becomes_xcomp() {
    let fixed = predicative_complement(&words(&BECAME)).expect("relabelled");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (3, "xcomp"));
    // an object of another verb stays
    let mut rows = BECAME.to_vec();
    rows[2] = ("crossed", "VBD", "VERB", 0, "root");
    assert!(predicative_complement(&words(&rows)).is_none());
}

// `Inspectors will carry out checks and come in .` with the particles swapped
const CARRY: [Row; 9] = [
    ("Inspectors", "NNS", "NOUN", 3, "nsubj"),
    ("will", "MD", "AUX", 3, "aux"),
    ("carry", "VB", "VERB", 0, "root"),
    ("out", "RP", "ADP", 3, "advmod"),
    ("checks", "NNS", "NOUN", 3, "obj"),
    ("and", "CC", "CCONJ", 7, "cc"),
    ("come", "VB", "VERB", 3, "conj"),
    ("in", "RB", "ADV", 7, "compound:prt"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn a_verb_and_particle_pair_takes_the_label_train_gives_it() {
    let fixed = particle_label(&words(&CARRY)).expect("relabelled");
    assert_eq!(fixed[3].deprel, "compound:prt");
    assert_eq!(fixed[7].deprel, "advmod");
    assert!(particle_label(&fixed).is_none());
    // the verb is read by its lemma: "carried out" is the same pair
    let mut w = with_lemma(&CARRY, 2, "carry");
    w[2].form = "carried".into();
    assert_eq!(
        particle_label(&w).expect("relabelled")[3].deprel,
        "compound:prt"
    );
}

// `The accord was signed by both sides .` with the subject read as active
const SIGNED: [Row; 8] = [
    ("The", "DT", "DET", 2, "det"),
    ("accord", "NN", "NOUN", 4, "nsubj"),
    ("was", "VBD", "AUX", 4, "aux:pass"),
    ("signed", "VBN", "VERB", 0, "root"),
    ("by", "IN", "ADP", 7, "case"),
    ("both", "DT", "DET", 7, "det"),
    ("sides", "NNS", "NOUN", 4, "obl:agent"),
    (".", ".", "PUNCT", 4, "punct"),
];

#[test]
fn the_subject_of_a_passive_verb_becomes_nsubj_pass() {
    let fixed = passive_subject(&words(&SIGNED)).expect("relabelled");
    assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (4, "nsubj:pass"));
    // with a plain auxiliary the subject is active
    let mut rows = SIGNED.to_vec();
    rows[2] = ("has", "VBZ", "AUX", 4, "aux");
    assert!(passive_subject(&words(&rows)).is_none());
}

// `It is hard to verify the claim .` with "it" read as the subject
const HARD: [Row; 8] = [
    ("It", "PRP", "PRON", 3, "nsubj"),
    ("is", "VBZ", "AUX", 3, "cop"),
    ("hard", "JJ", "ADJ", 0, "root"),
    ("to", "TO", "PART", 5, "mark"),
    ("verify", "VB", "VERB", 3, "csubj"),
    ("the", "DT", "DET", 7, "det"),
    ("claim", "NN", "NOUN", 5, "obj"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn it_before_a_clausal_subject_becomes_expl() {
    let fixed = extraposed_subject(&words(&HARD)).expect("relabelled");
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (3, "expl"));
    // without a clausal subject "it" is the subject
    let mut rows = HARD.to_vec();
    rows[4] = ("verify", "VB", "VERB", 3, "advcl");
    assert!(extraposed_subject(&words(&rows)).is_none());
}
