//! Frames on hand-built trees: readings the frames must give whichever analysis the parser
//! chooses.
use super::repair::test_words;
use super::*;

/// The frame of word `pred` (0-based) with actor group `k` marked on word `marks[k]`.
fn frame_on(rows: &[(&str, &str, &str, u32, &str)], pred: usize, marks: &[usize]) -> Frame {
    frame_with_lemmas(rows, &[], pred, marks)
}

/// `frame_on`, with the lemma of word `i` set to `lemma` for each `(i, lemma)` (the test
/// rows carry no lemma, and some frame rules read it).
pub(super) fn frame_with_lemmas(
    rows: &[(&str, &str, &str, u32, &str)],
    lemmas: &[(usize, &str)],
    pred: usize,
    marks: &[usize],
) -> Frame {
    let mut words = test_words(rows);
    for &(i, lemma) in lemmas {
        words[i].lemma = lemma.into();
    }
    let groups: Vec<Option<u32>> = (0..words.len())
        .map(|i| marks.iter().position(|&m| m == i).map(|k| k as u32))
        .collect();
    let lex = FrameLexicon::builtin().expect("lexicon");
    let mut sent = Sentence::new(&words, &groups, lex);
    sent.mark_predicate(pred);
    sent.frame(pred, None)
}

// "Rebel official Dan Orm accused Freedonia of raids."
const TITLED: [(&str, &str, &str, u32, &str); 9] = [
    ("Rebel", "NNP", "PROPN", 2, "compound"),
    ("official", "NN", "NOUN", 3, "nmod:desc"),
    ("Dan", "NNP", "PROPN", 5, "nsubj"),
    ("Orm", "NNP", "PROPN", 3, "flat"),
    ("accused", "VBD", "VERB", 0, "root"),
    ("Freedonia", "NNP", "PROPN", 5, "obj"),
    ("of", "IN", "ADP", 8, "case"),
    ("raids", "NNS", "NOUN", 5, "obl"),
    (".", ".", "PUNCT", 5, "punct"),
];

#[test]
fn a_title_before_a_name_names_the_actor_as_a_compound_does() {
    // UD labels the title before a name `nmod:desc`; older parses say `compound`
    for rel in ["nmod:desc", "compound"] {
        let mut rows = TITLED;
        rows[1].4 = rel;
        let f = frame_on(&rows, 4, &[0, 5]);
        assert_eq!((f.source, f.target), (vec![0], vec![1]), "{rel}");
    }
}

// "Freedonia issued a statement urging Sylvania to talk ." with the participle an `acl` of
// the document noun
const DOCUMENT: [(&str, &str, &str, u32, &str); 9] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("issued", "VBD", "VERB", 0, "root"),
    ("a", "DT", "DET", 4, "det"),
    ("statement", "NN", "NOUN", 2, "obj"),
    ("urging", "VBG", "VERB", 4, "acl"),
    ("Sylvania", "NNP", "PROPN", 5, "obj"),
    ("to", "TO", "PART", 8, "mark"),
    ("talk", "VB", "VERB", 5, "xcomp"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_participle_on_a_document_speaks_for_its_author() {
    let f = frame_on(&DOCUMENT, 4, &[0, 5]);
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    assert_eq!(f.status, Status::Asserted);
    // a participle on another noun ("a convoy carrying Y") is no act of the verb's subject
    let mut rows = DOCUMENT;
    rows[3].0 = "convoy";
    let f = frame_on(&rows, 4, &[0, 5]);
    assert!(f.source.is_empty(), "{:?}", f.source);
}

// "Freedonia protested before the summit in Sylvania , citing Ruritania ."
const CITING: [(&str, &str, &str, u32, &str); 11] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("protested", "VBD", "VERB", 0, "root"),
    ("before", "IN", "ADP", 5, "case"),
    ("the", "DT", "DET", 5, "det"),
    ("summit", "NN", "NOUN", 2, "obl"),
    ("in", "IN", "ADP", 7, "case"),
    ("Sylvania", "NNP", "PROPN", 5, "nmod"),
    (",", ",", "PUNCT", 9, "punct"),
    ("citing", "VBG", "VERB", 2, "advcl"),
    ("Ruritania", "NNP", "PROPN", 9, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_targetless_frame_lists_the_other_actors_of_its_clause() {
    // Ruritania, under the clause, is on offer; the subject's Freedonia is the source, and
    // Sylvania names only the occasion
    let f = frame_on(&CITING, 1, &[0, 6, 9]);
    assert!(f.target.is_empty(), "{:?}", f.target);
    assert_eq!(f.clause_actors, vec![2]);
    // with no other actor below the verb, nothing is on offer
    let f = frame_on(&CITING, 1, &[0, 6]);
    assert!(f.clause_actors.is_empty(), "{:?}", f.clause_actors);
}

// "Freedonia and Ruritania agreed to a truce after days of talks hosted by Sylvania ."
// with the participle on the measure noun "days"
const HOSTED_DAYS: [(&str, &str, &str, u32, &str); 15] = [
    ("Freedonia", "NNP", "PROPN", 4, "nsubj"),
    ("and", "CC", "CCONJ", 3, "cc"),
    ("Ruritania", "NNP", "PROPN", 1, "conj"),
    ("agreed", "VBD", "VERB", 0, "root"),
    ("to", "IN", "ADP", 7, "case"),
    ("a", "DT", "DET", 7, "det"),
    ("truce", "NN", "NOUN", 4, "obl"),
    ("after", "IN", "ADP", 9, "case"),
    ("days", "NNS", "NOUN", 7, "nmod"),
    ("of", "IN", "ADP", 11, "case"),
    ("talks", "NNS", "NOUN", 9, "nmod"),
    ("hosted", "VBN", "VERB", 9, "acl"),
    ("by", "IN", "ADP", 14, "case"),
    ("Sylvania", "NNP", "PROPN", 12, "obl:agent"),
    (".", ".", "PUNCT", 4, "punct"),
];

#[test]
fn the_host_of_a_measure_of_talks_is_no_party() {
    // the host brought the parties together whether the participle hangs on "talks" or
    // on "days"; the by-agent of a participle on a measure of something else, done by
    // a verb of no occasion ("days of shelling ordered by Z"), still names a party
    let f = frame_on(&HOSTED_DAYS, 3, &[0, 2, 13]);
    assert!(!f.target.contains(&2), "{:?}", f.target);
    let mut rows = HOSTED_DAYS;
    rows[10].0 = "shelling";
    rows[11].0 = "ordered";
    let f = frame_on(&rows, 3, &[0, 2, 13]);
    assert!(f.target.contains(&2), "{:?}", f.target);
}

// "Chad cited resolutions that urge Niger to withdraw ."
const STANDING: [(&str, &str, &str, u32, &str); 9] = [
    ("Chad", "NNP", "PROPN", 2, "nsubj"),
    ("cited", "VBD", "VERB", 0, "root"),
    ("resolutions", "NNS", "NOUN", 2, "obj"),
    ("that", "WDT", "PRON", 5, "nsubj"),
    ("urge", "VBP", "VERB", 3, "acl:relcl"),
    ("Niger", "NNP", "PROPN", 5, "obj"),
    ("to", "TO", "PART", 8, "mark"),
    ("withdraw", "VB", "VERB", 5, "xcomp"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn what_a_document_says_in_the_present_is_no_act_of_the_day() {
    let f = frame_on(&STANDING, 4, &[0, 5]);
    assert_eq!(f.status, Status::Description);
    // in the past tense the clause tells an act ("resolutions that urged …")
    let mut past = STANDING;
    past[4].0 = "urged";
    past[4].1 = "VBD";
    assert_ne!(frame_on(&past, 4, &[0, 5]).status, Status::Description);
    // on a noun that is no document the present is the gate's to judge, not a description
    let mut people = STANDING;
    people[2].0 = "leaders";
    assert_ne!(frame_on(&people, 4, &[0, 5]).status, Status::Description);
}

// "Freedonia called on Sylvania to repeal it ." with "on" parsed as the marker of an
// adverbial clause whose subject is Sylvania
const CALLED_ON: [(&str, &str, &str, u32, &str); 8] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("called", "VBD", "VERB", 0, "root"),
    ("on", "IN", "SCONJ", 6, "mark"),
    ("Sylvania", "NNP", "PROPN", 6, "nsubj"),
    ("to", "TO", "PART", 6, "mark"),
    ("repeal", "VB", "VERB", 2, "advcl"),
    ("it", "PRP", "PRON", 6, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn an_appeal_whose_particle_was_parsed_as_a_marker_keeps_its_addressee() {
    let f = frame_on(&CALLED_ON, 1, &[0, 3]);
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    // another marker opens an adverbial clause: its subject is no addressee
    let mut rows = CALLED_ON;
    rows[2].0 = "after";
    rows[4] = ("had", "VBD", "AUX", 6, "aux");
    rows[5] = ("voted", "VBN", "VERB", 2, "advcl");
    let f = frame_on(&rows, 1, &[0, 3]);
    assert_ne!(f.target, vec![1]);
}
