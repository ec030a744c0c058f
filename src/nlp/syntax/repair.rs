//! Repairs of parse errors, run on every sentence the pipeline parses, after the parser.
//! Each one corrects a tree the parser builds wrong in a shape a rule can recognise; a
//! repair belongs here (not in a later layer) when it also makes the UD English-EWT dev
//! trees more right, so every reader of the parse sees it (measured with
//! `examples/repair_syntax.rs`; EVALUATION.md, parser18). The event coder's repairs that
//! lower EWT stay with the frames (`frames::repaired`).
mod adjective_modifier;
mod day_as_subject;
mod degree_clause;
mod derived_adjective;
mod existential_subject;
mod extraposed_subject;
mod final_punctuation;
mod infinitive_complement;
mod interjected_participle;
mod joined_subjects;
mod month_day;
mod opening_phrase;
mod paired_punctuation;
mod participle_on_comma;
mod particle_label;
mod passive_predicative;
mod passive_subject;
mod perfect_as_modifier;
mod predicative_complement;
mod relative_clause;
mod subject_on_auxiliary;
#[cfg(test)]
mod tests_syntax14;
#[cfg(test)]
mod tests_syntax15;
#[cfg(test)]
mod tests_syntax16;
#[cfg(test)]
mod tests_syntax18;
mod time_modifier;
mod vocative;
mod whose_clause;

use super::Word;
use std::borrow::Cow;

/// The word lists the repairs read (the days a story dates its act with, which the
/// frames' dating reads too): one copy, in the frames' lexicon file.
const LISTS: &str = include_str!("../../../data/lexicon/frames.txt");

/// The label conventions the label-only repairs read (derived from EWT train by
/// `scripts/derive_label_conventions.py`): `KIND<TAB>KEY…` rows.
const CONVENTIONS: &str = include_str!("../../../data/syntax/label_conventions.tsv");

/// The rows of one kind of `CONVENTIONS`, without the kind (`lemma\tword\tlabel`…).
fn convention_rows(kind: &'static str) -> impl Iterator<Item = &'static str> {
    crate::nlp::lexicon::kind_rows(CONVENTIONS)
        .filter_map(move |(k, rest)| (k == kind).then_some(rest))
}

/// The rows of one kind as a set of keys.
fn convention_keys(kind: &'static str) -> std::collections::HashSet<&'static str> {
    convention_rows(kind).collect()
}

/// A repair that rebuilds the whole tree, or `None` when its error is not there.
type TreeRepair = fn(&[Word]) -> Option<Vec<Word>>;

/// The repairs in the order they run (a repair sees the trees of those before it). A new
/// repair is one file plus one entry here.
const REPAIRS: [TreeRepair; 24] = [
    day_as_subject::day_as_subject,
    perfect_as_modifier::perfect_as_modifier,
    subject_on_auxiliary::subject_on_auxiliary,
    vocative::opening_vocative,
    opening_phrase::phrase_as_root,
    whose_clause::whose_clause,
    relative_clause::relative_clause,
    joined_subjects::joined_subjects,
    participle_on_comma::participle_on_comma,
    interjected_participle::interjected_participle,
    infinitive_complement::infinitive_complement,
    adjective_modifier::adjective_modifier,
    // label-only conventions of the EWT annotators (`label_conventions.tsv`)
    time_modifier::time_modifier,
    predicative_complement::predicative_complement,
    passive_predicative::passive_predicative,
    particle_label::particle_label,
    passive_subject::passive_subject,
    extraposed_subject::extraposed_subject,
    existential_subject::existential_subject,
    derived_adjective::derived_adjective,
    month_day::month_day,
    degree_clause::degree_clause,
    // the closing mark to the root the repairs above leave
    final_punctuation::final_punctuation,
    // last: the marks go to the heads the repairs above leave
    paired_punctuation::paired_punctuation,
];

/// The sentence with every repair applied; borrowed when none applies.
pub fn repaired(words: &[Word]) -> Cow<'_, [Word]> {
    let mut out = Cow::Borrowed(words);
    for repair in REPAIRS {
        if let Some(fixed) = repair(&out) {
            out = Cow::Owned(fixed);
        }
    }
    out
}

/// The tree with each (dependent, new head) of `moves` (0-based) hung under its new head by
/// `rel`; `None` when there is nothing to move (the repair's error is not there).
fn rehang(words: &[Word], moves: &[(usize, usize)], rel: &str) -> Option<Vec<Word>> {
    if moves.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for &(dependent, head) in moves {
        out[dependent].head = head as u32 + 1;
        out[dependent].deprel = rel.into();
    }
    Some(out)
}

/// The tree with every word that `pick` selects (0-based) relabelled `rel`, heads kept;
/// `None` when it selects none (the repair's error is not there).
fn relabel(words: &[Word], pick: impl Fn(&[Word], usize) -> bool, rel: &str) -> Option<Vec<Word>> {
    let found: Vec<usize> = (0..words.len()).filter(|&i| pick(words, i)).collect();
    if found.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for i in found {
        out[i].deprel = rel.into();
    }
    Some(out)
}

/// The heads above word `i` (0-based), nearest first, up to the root; at most one per
/// word, so a malformed tree cannot loop.
fn ancestors(words: &[Word], i: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(Some(i), |&at| (words[at].head as usize).checked_sub(1))
        .skip(1)
        .take(words.len())
}

/// Does word `v` (0-based) have a dependent whose relation, subtype aside, is `rel`?
pub fn has_dependent(words: &[Word], v: usize, rel: &str) -> bool {
    words
        .iter()
        .any(|w| w.head as usize == v + 1 && w.deprel.split(':').next() == Some(rel))
}

/// Does word `v` (0-based) have a dependent whose relation is exactly `rel`?
fn has_dependent_exact(words: &[Word], v: usize, rel: &str) -> bool {
    words
        .iter()
        .any(|w| w.head as usize == v + 1 && w.deprel == rel)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "The Freedonian navy today sank a boat." with the day read as the subject
    const DAY: [(&str, &str, &str, u32, &str); 7] = [
        ("The", "DT", "DET", 3, "det"),
        ("Freedonian", "JJ", "ADJ", 3, "amod"),
        ("navy", "NN", "NOUN", 4, "compound"),
        ("today", "NN", "NOUN", 5, "nsubj"),
        ("sank", "VBD", "VERB", 0, "root"),
        ("a", "DT", "DET", 7, "det"),
        ("boat", "NN", "NOUN", 5, "obj"),
    ];

    #[test]
    fn the_registry_repairs_a_tree_and_leaves_a_right_one_borrowed() {
        let wrong = words(&DAY);
        let fixed = repaired(&wrong);
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (5, "nsubj"));
        let right = fixed.into_owned();
        assert!(matches!(repaired(&right), Cow::Borrowed(_)));
    }

    #[test]
    fn a_dependent_is_found_by_its_relation_without_subtype() {
        let w = words(&DAY);
        assert!(has_dependent(&w, 4, "obj"));
        assert!(has_dependent(&w, 2, "amod"));
        assert!(!has_dependent(&w, 4, "iobj"));
    }
}
