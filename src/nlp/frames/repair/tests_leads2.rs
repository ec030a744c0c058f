//! A closing participle hung inside a description moves to the main verb
//! (`closing_participle`); one that may be the description's own, or is followed by the
//! main verb, stays.
use super::{repaired_only, test_words};

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

/// The trees with only this repair run; the (head, relation) of word `k` (0-based).
fn after(rows: &[Row], k: usize) -> (u32, String) {
    let words = test_words(rows);
    let fixed = repaired_only(&words, &|name| name == "closing_participle");
    (fixed[k].head, fixed[k].deprel.clone())
}

// "Ruritania expelled migrants who had crossed , prompting Sylvania to protest ."
const RELATIVE: [Row; 12] = [
    ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
    ("expelled", "VBD", "VERB", 0, "root"),
    ("migrants", "NNS", "NOUN", 2, "obj"),
    ("who", "WP", "PRON", 6, "nsubj"),
    ("had", "VBD", "AUX", 6, "aux"),
    ("crossed", "VBN", "VERB", 3, "acl:relcl"),
    (",", ",", "PUNCT", 8, "punct"),
    ("prompting", "VBG", "VERB", 6, "advcl"),
    ("Sylvania", "NNP", "PROPN", 8, "obj"),
    ("to", "TO", "PART", 11, "mark"),
    ("protest", "VB", "VERB", 8, "xcomp"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_participle_after_a_relative_clause_of_its_pronoun_joins_the_main_verb() {
    assert_eq!(after(&RELATIVE, 7), (2, "advcl".to_string()));
}

#[test]
fn the_same_participle_under_a_second_main_verb_joins_that_verb() {
    // "Ruritania massed troops and expelled migrants who had crossed , prompting …"
    let mut rows: Vec<Row> = vec![
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("massed", "VBD", "VERB", 0, "root"),
        ("troops", "NNS", "NOUN", 2, "obj"),
        ("and", "CC", "CCONJ", 5, "cc"),
        ("expelled", "VBD", "VERB", 2, "conj"),
    ];
    for &(form, xpos, upos, head, rel) in &RELATIVE[2..] {
        let head = if head == 0 { 0 } else { head + 3 };
        rows.push((form, xpos, upos, head, rel));
    }
    let last = rows.len() - 1;
    rows[last].3 = 2;
    assert_eq!(after(&rows, 10), (5, "advcl".to_string()));
}

#[test]
fn a_participle_after_a_participle_modifier_joins_the_main_verb() {
    // "Ruritania hanged a man convicted of smuggling , rejecting appeals from Sylvania ."
    let rows: [Row; 13] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("hanged", "VBD", "VERB", 0, "root"),
        ("a", "DT", "DET", 4, "det"),
        ("man", "NN", "NOUN", 2, "obj"),
        ("convicted", "VBN", "VERB", 4, "acl"),
        ("of", "IN", "SCONJ", 7, "mark"),
        ("smuggling", "VBG", "VERB", 5, "advcl"),
        (",", ",", "PUNCT", 9, "punct"),
        ("rejecting", "VBG", "VERB", 7, "advcl"),
        ("appeals", "NNS", "NOUN", 9, "obj"),
        ("from", "IN", "ADP", 12, "case"),
        ("Sylvania", "NNP", "PROPN", 10, "nmod"),
        (".", ".", "PUNCT", 2, "punct"),
    ];
    assert_eq!(after(&rows, 8), (2, "advcl".to_string()));
}

#[test]
fn a_participle_after_a_relative_clause_with_its_own_subject_stays() {
    // "Ruritania mediated an accord that Sylvania tore up , accusing Ruritania of meddling ."
    let rows: [Row; 14] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("mediated", "VBD", "VERB", 0, "root"),
        ("an", "DT", "DET", 4, "det"),
        ("accord", "NN", "NOUN", 2, "obj"),
        ("that", "WDT", "PRON", 7, "obj"),
        ("Sylvania", "NNP", "PROPN", 7, "nsubj"),
        ("tore", "VBD", "VERB", 4, "acl:relcl"),
        ("up", "RP", "ADP", 7, "compound:prt"),
        (",", ",", "PUNCT", 10, "punct"),
        ("accusing", "VBG", "VERB", 7, "advcl"),
        ("Ruritania", "NNP", "PROPN", 10, "obj"),
        ("of", "IN", "SCONJ", 13, "mark"),
        ("meddling", "VBG", "VERB", 10, "advcl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];
    assert_eq!(after(&rows, 9), (7, "advcl".to_string()));
}

#[test]
fn a_participle_before_the_main_verb_stays_in_the_description() {
    // "The man who fled , fearing arrest , was caught ."
    let rows: [Row; 11] = [
        ("The", "DT", "DET", 2, "det"),
        ("man", "NN", "NOUN", 10, "nsubj:pass"),
        ("who", "WP", "PRON", 4, "nsubj"),
        ("fled", "VBD", "VERB", 2, "acl:relcl"),
        (",", ",", "PUNCT", 6, "punct"),
        ("fearing", "VBG", "VERB", 4, "advcl"),
        ("arrest", "NN", "NOUN", 6, "obj"),
        (",", ",", "PUNCT", 10, "punct"),
        ("was", "VBD", "AUX", 10, "aux:pass"),
        ("caught", "VBN", "VERB", 0, "root"),
        (".", ".", "PUNCT", 10, "punct"),
    ];
    assert_eq!(after(&rows, 5), (4, "advcl".to_string()));
}

#[test]
fn a_finite_subordinate_verb_above_the_description_keeps_the_participle() {
    // "Ruritania protested after shells fired during fighting landed , killing a woman ."
    let rows: [Row; 12] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("protested", "VBD", "VERB", 0, "root"),
        ("after", "IN", "SCONJ", 8, "mark"),
        ("shells", "NNS", "NOUN", 8, "nsubj"),
        ("fired", "VBN", "VERB", 4, "acl"),
        ("during", "IN", "SCONJ", 7, "mark"),
        ("fighting", "VBG", "VERB", 5, "advcl"),
        ("landed", "VBD", "VERB", 2, "advcl"),
        (",", ",", "PUNCT", 10, "punct"),
        ("killing", "VBG", "VERB", 7, "advcl"),
        ("woman", "NN", "NOUN", 10, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];
    assert_eq!(after(&rows, 9), (8, "advcl".to_string()));
}

#[test]
fn a_participle_whose_noun_hangs_on_an_infinitive_stays() {
    // "Ruritania summoned the envoy to protest after shells fired , killing a woman ." with
    // "after shells" misread as a phrase of "protest"
    let rows: [Row; 13] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("summoned", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 4, "det"),
        ("envoy", "NN", "NOUN", 2, "obj"),
        ("to", "TO", "PART", 6, "mark"),
        ("protest", "VB", "VERB", 2, "advcl"),
        ("after", "IN", "ADP", 8, "case"),
        ("shells", "NNS", "NOUN", 6, "obl"),
        ("fired", "VBN", "VERB", 8, "acl"),
        (",", ",", "PUNCT", 11, "punct"),
        ("killing", "VBG", "VERB", 9, "advcl"),
        ("woman", "NN", "NOUN", 11, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];
    assert_eq!(after(&rows, 10), (9, "advcl".to_string()));
}
