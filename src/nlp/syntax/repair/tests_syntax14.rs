//! Tests of the paired-punctuation repair (`paired_punctuation.rs`), on sentences written for
//! them (branch syntax14).
use super::paired_punctuation::paired_punctuation;
use super::repaired;
use crate::nlp::syntax::test_words as words;

// `The envoy called the plan " a grave error " .` with both quotes read as the verb's
const QUOTED: [(&str, &str, &str, u32, &str); 11] = [
    ("The", "DT", "DET", 2, "det"),
    ("envoy", "NN", "NOUN", 3, "nsubj"),
    ("called", "VBD", "VERB", 0, "root"),
    ("the", "DT", "DET", 5, "det"),
    ("plan", "NN", "NOUN", 3, "obj"),
    ("\"", "``", "PUNCT", 3, "punct"),
    ("a", "DT", "DET", 9, "det"),
    ("grave", "JJ", "ADJ", 9, "amod"),
    ("error", "NN", "NOUN", 3, "xcomp"),
    ("\"", "''", "PUNCT", 3, "punct"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn quotes_hang_on_the_head_of_what_they_enclose() {
    let fixed = paired_punctuation(&words(&QUOTED)).expect("quotes moved");
    assert_eq!((fixed[5].head, fixed[9].head), (9, 9));
    // nothing else moves; once right, the tree is left as it is
    let moved: Vec<usize> = (0..11).filter(|&i| fixed[i].head != QUOTED[i].3).collect();
    assert_eq!(moved, [5, 9]);
    assert!(paired_punctuation(&fixed).is_none());
}

// `The talks ( held in a hotel ) failed .` with the closing bracket on the verb after it
const BRACKETS: [(&str, &str, &str, u32, &str); 10] = [
    ("The", "DT", "DET", 2, "det"),
    ("talks", "NNS", "NOUN", 9, "nsubj"),
    ("(", "-LRB-", "PUNCT", 4, "punct"),
    ("held", "VBN", "VERB", 2, "acl"),
    ("in", "IN", "ADP", 7, "case"),
    ("a", "DT", "DET", 7, "det"),
    ("hotel", "NN", "NOUN", 4, "obl"),
    (")", "-RRB-", "PUNCT", 9, "punct"),
    ("failed", "VBD", "VERB", 0, "root"),
    (".", ".", "PUNCT", 9, "punct"),
];

#[test]
fn a_stop_before_the_closing_quote_goes_with_it() {
    // `The envoy called the plan " a grave error . "` with the stop on the verb
    let mut rows = QUOTED.to_vec();
    rows.swap(9, 10);
    let fixed = paired_punctuation(&words(&rows)).expect("marks moved");
    assert_eq!((fixed[5].head, fixed[9].head, fixed[10].head), (9, 9, 9));
    // a stop after the quotes stays on the verb
    let fixed = paired_punctuation(&words(&QUOTED)).expect("quotes moved");
    assert_eq!(fixed[10].head, 3);
}

#[test]
fn a_closing_bracket_joins_its_opening_one() {
    let fixed = paired_punctuation(&words(&BRACKETS)).expect("bracket moved");
    assert_eq!((fixed[2].head, fixed[7].head), (4, 4));
    assert_eq!(fixed[9].head, 9);
}

#[test]
fn two_enclosed_heads_take_one_mark_each() {
    // `He said " yes , we agree " .`: "yes" and "agree" both hang outside the quotes
    let rows = [
        ("He", "PRP", "PRON", 2, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("\"", "``", "PUNCT", 2, "punct"),
        ("yes", "UH", "INTJ", 2, "discourse"),
        (",", ",", "PUNCT", 4, "punct"),
        ("we", "PRP", "PRON", 7, "nsubj"),
        ("agree", "VBP", "VERB", 2, "ccomp"),
        ("\"", "''", "PUNCT", 2, "punct"),
        (".", ".", "PUNCT", 2, "punct"),
    ];
    let fixed = paired_punctuation(&words(&rows)).expect("quotes moved");
    assert_eq!((fixed[2].head, fixed[7].head), (4, 7));
}

#[test]
fn a_mark_that_heads_a_word_or_an_unclosed_one_stays() {
    // the closing quote heads "error": moving it would move a word
    let mut rows = QUOTED.to_vec();
    rows[8].3 = 10;
    assert!(paired_punctuation(&words(&rows)).is_none());
    // an opening quote never closed in the sentence
    let mut rows = QUOTED.to_vec();
    rows[9] = ("today", "NN", "NOUN", 3, "obl:unmarked");
    assert!(paired_punctuation(&words(&rows)).is_none());
    // a bracket read as no punctuation is not a mark
    let mut rows = BRACKETS.to_vec();
    rows[7].2 = "SYM";
    assert!(paired_punctuation(&words(&rows)).is_none());
}

#[test]
fn the_registry_runs_the_repair() {
    let wrong = words(&QUOTED);
    let fixed = repaired(&wrong);
    assert_eq!((fixed[5].head, fixed[9].head), (9, 9));
}
