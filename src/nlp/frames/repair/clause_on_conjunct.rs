//! (pairs2) A second clause read as a noun conjunct inside the first clause: "A handed B a
//! radar network and the two countries agreed to run joint patrols" parsed with "countries"
//! as a `conj` of "handed" (or of a noun of its object, "stations") and "agreed" as a
//! participle (`acl`) describing it. A past-tense verb right after a noun joined by "and"
//! that takes a complement of its own (an infinitive, an object, a clause) and has no
//! subject is a clause's verb, not a description: the noun is its subject and the verb the
//! second conjunct of the first clause's verb. The pair's act ("agreed") was otherwise lost,
//! the collective subject with it. A participle with only an adjunct ("and the boats seized
//! in May") still describes its noun.
//!
//! (conjsrc) The same misreading with the second verb hung right: "A urged both sides to
//! show restraint, and B, which chairs the committee, offered to host talks" or "A listed
//! the ships, and B and C have detained several", parsed with "B" as a `conj` of a verb of
//! the first clause and the second verb as a subjectless `conj` of the first. A noun is no
//! conjunct of a verb: when a noun opened by ", and" hangs on a verb as its conjunct and a
//! finite verb with no subject and no conjunction of its own follows the noun's phrase
//! (its own describing clause, its own "and"-joined names, an auxiliary), the noun is that
//! verb's subject. The verb otherwise took the first clause's subject for its source.
use super::head_of;
use super::subordinate_subject::acyclic;
use crate::nlp::syntax::Word;

/// Dependents that make a past participle a clause's verb ("agreed to …", "signed a …").
const CLAUSAL: [&str; 3] = ["xcomp", "obj", "ccomp"];

/// Heads walked up from the noun conjunct to the verb of its clause.
const MAX_HOPS: usize = 4;

/// The repaired sentence, or `None` when no clause hangs on a noun conjunct of a verb.
pub(super) fn clause_on_conjunct(words: &[Word]) -> Option<Vec<Word>> {
    if let Some((verb, noun)) = (0..words.len()).find_map(|v| subject_on_verb(words, v)) {
        let mut out = subject_moved(words.to_vec(), words, verb, noun);
        // the names joined to the same word after the noun ("and C") join the noun
        let head = words[noun].head;
        for k in noun + 1..verb {
            if words[k].head == head && words[k].deprel == "conj" {
                out[k].head = noun as u32 + 1;
            }
        }
        return acyclic(&out).then_some(out);
    }
    let (verb, noun, first) = (0..words.len()).find_map(|v| misread(words, v))?;
    let out = super::reattached(words, verb, first, "conj");
    Some(subject_moved(out, words, verb, noun))
}

/// `out` with the noun conjunct at `noun` made the subject of `verb`, and the conjunction
/// and comma that opened the noun moved to the verb.
fn subject_moved(mut out: Vec<Word>, words: &[Word], verb: usize, noun: usize) -> Vec<Word> {
    out[noun].head = verb as u32 + 1;
    out[noun].deprel = if super::has_dependent(words, verb, "aux:pass") {
        "nsubj:pass".into()
    } else {
        "nsubj".into()
    };
    // the conjunction ("and") and the comma before it join the clauses, not the nouns
    for k in 0..noun {
        let on_noun = words[k].head as usize == noun + 1;
        if on_noun && matches!(words[k].deprel.as_str(), "cc" | "punct") {
            out[k].head = verb as u32 + 1;
        }
    }
    out
}

/// (verb, noun), 0-based, when `v` is a finite `conj` verb with no subject and no
/// conjunction of its own, and right before it stands the phrase of a noun that ", and"
/// joins to a word of an earlier clause as its first conjunct.
fn subject_on_verb(words: &[Word], v: usize) -> Option<(usize, usize)> {
    let w = &words[v];
    let kid = |rel: &str| super::has_dependent(words, v, rel);
    let finite = super::FINITE.contains(&w.xpos.as_str()) || kid("aux");
    if w.deprel != "conj" || w.upos != "VERB" || !finite || kid("nsubj") || kid("cc") {
        return None;
    }
    let first = head_of(words, v).filter(|&g| g < v)?;
    let noun = (first + 1..v).find(|&n| noun_before_verb(words, n, v))?;
    Some((v, noun))
}

/// Word `n` is the first noun conjunct of a word in an earlier verb's clause, opened by ",
/// and", and every word between it and verb `v` is its own ("which chairs …"), a further
/// name joined to the same word ("and C"), or the verb's (an auxiliary, a comma).
fn noun_before_verb(words: &[Word], n: usize, v: usize) -> bool {
    let w = &words[n];
    let h = w.head as usize;
    let conjunct_of_h = |k: usize| words[k].head as usize == h && words[k].deprel == "conj";
    let opened = (1..n).any(|k| {
        words[k].head as usize == n + 1
            && words[k].deprel == "cc"
            && words[k].form.eq_ignore_ascii_case("and")
            && words[k - 1].form == ","
    });
    let own_phrase = (n + 1..v).all(|k| {
        let g = words[k].head as usize;
        (g > n && g <= v + 1)
            || (conjunct_of_h(k) && matches!(words[k].upos.as_str(), "NOUN" | "PROPN"))
    });
    matches!(w.upos.as_str(), "NOUN" | "PROPN")
        && w.deprel == "conj"
        && h >= 1
        && h <= n
        && clause_verb(words, n).is_some()
        && !(0..n).any(conjunct_of_h)
        && opened
        && own_phrase
}

/// (verb, noun, first verb), 0-based, when `v` is a past participle right after a noun
/// conjunct of an earlier verb, with a complement and no subject of its own.
fn misread(words: &[Word], v: usize) -> Option<(usize, usize, usize)> {
    let w = &words[v];
    if w.deprel != "acl" || w.upos != "VERB" || !matches!(w.xpos.as_str(), "VBD" | "VBN") {
        return None;
    }
    let noun = head_of(words, v)?;
    let n = &words[noun];
    let shape = noun + 1 == v && n.deprel == "conj" && matches!(n.upos.as_str(), "NOUN" | "PROPN");
    if !shape {
        return None;
    }
    let first = clause_verb(words, noun)?;
    let joined = (first + 1..noun).any(|k| {
        words[k].head as usize == noun + 1
            && words[k].deprel == "cc"
            && words[k].form.eq_ignore_ascii_case("and")
    });
    let kid = |rel: &str| super::has_dependent(words, v, rel);
    let clause = CLAUSAL.iter().any(|r| kid(r)) && !kid("nsubj") && !kid("nsubj:pass");
    (joined && clause).then_some((v, noun, first))
}

/// The verb of the clause the conjunct at `noun` stands in: its head, or up the heads of a
/// noun it is joined to ("stations … and the two countries": "handed").
fn clause_verb(words: &[Word], noun: usize) -> Option<usize> {
    let mut g = head_of(words, noun)?;
    for _ in 0..MAX_HOPS {
        if words[g].upos == "VERB" {
            return (g < noun).then_some(g);
        }
        g = head_of(words, g)?;
    }
    None
}
