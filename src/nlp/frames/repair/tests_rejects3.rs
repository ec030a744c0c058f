//! A closing participle under a participle modifier that the parse read as a complement of
//! the verb above (`closing_participle`, branch rejects3): it joins that verb; a clause said
//! by a speech verb keeps its participle.
use super::{repaired_only, test_words};

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

/// The (head, relation) of word `k` (0-based) with only this repair run.
fn after(rows: &[Row], k: usize) -> (u32, String) {
    let words = test_words(rows);
    let fixed = repaired_only(&words, &|name| name == "closing_participle");
    (fixed[k].head, fixed[k].deprel.clone())
}

/// "Ruritania deported a man VERB of smuggling , rejecting appeals ." with the participle
/// hung as `rel` on the main verb, and the noun the object (`xcomp`) or its subject (`ccomp`).
fn deported(verb: &'static str, xpos: &'static str, rel: &'static str) -> Vec<Row> {
    let xcomp = rel == "xcomp";
    vec![
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        (verb, "VBD", "VERB", 0, "root"),
        ("a", "DT", "DET", 4, "det"),
        (
            "man",
            "NN",
            "NOUN",
            if xcomp { 2 } else { 5 },
            if xcomp { "obj" } else { "nsubj" },
        ),
        ("convicted", xpos, "VERB", 2, rel),
        ("of", "IN", "SCONJ", 7, "mark"),
        ("smuggling", "VBG", "VERB", 5, "advcl"),
        (",", ",", "PUNCT", 9, "punct"),
        ("rejecting", "VBG", "VERB", 7, "advcl"),
        ("appeals", "NNS", "NOUN", 9, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
}

#[test]
fn a_participle_under_a_modifier_read_as_xcomp_joins_the_main_verb() {
    let rows = deported("deported", "VBN", "xcomp");
    assert_eq!(after(&rows, 8), (2, "advcl".to_string()));
}

#[test]
fn a_participle_under_a_modifier_read_as_ccomp_joins_the_main_verb() {
    let rows = deported("deported", "VBD", "ccomp");
    assert_eq!(after(&rows, 8), (2, "advcl".to_string()));
}

#[test]
fn a_participle_under_a_said_clause_stays() {
    // "Ruritania said a man convicted of smuggling , rejecting appeals ." (the man's clause)
    let rows = deported("said", "VBD", "ccomp");
    assert_eq!(after(&rows, 8), (7, "advcl".to_string()));
}
