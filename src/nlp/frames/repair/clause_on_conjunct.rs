//! (pairs2) A second clause read as a noun conjunct inside the first clause: "A handed B a
//! radar network and the two countries agreed to run joint patrols" parsed with "countries"
//! as a `conj` of "handed" (or of a noun of its object, "stations") and "agreed" as a
//! participle (`acl`) describing it. A past-tense verb right after a noun joined by "and"
//! that takes a complement of its own (an infinitive, an object, a clause) and has no
//! subject is a clause's verb, not a description: the noun is its subject and the verb the
//! second conjunct of the first clause's verb. The pair's act ("agreed") was otherwise lost,
//! the collective subject with it. A participle with only an adjunct ("and the boats seized
//! in May") still describes its noun.
use crate::nlp::syntax::Word;

/// Dependents that make a past participle a clause's verb ("agreed to …", "signed a …").
const CLAUSAL: [&str; 3] = ["xcomp", "obj", "ccomp"];

/// Heads walked up from the noun conjunct to the verb of its clause.
const MAX_HOPS: usize = 4;

/// The repaired sentence, or `None` when no clause hangs on a noun conjunct of a verb.
pub(super) fn clause_on_conjunct(words: &[Word]) -> Option<Vec<Word>> {
    let (verb, noun, first) = (0..words.len()).find_map(|v| misread(words, v))?;
    let mut out = super::reattached(words, verb, first, "conj");
    out[noun].head = verb as u32 + 1;
    out[noun].deprel = "nsubj".into();
    // the conjunction ("and") and the comma before it join the clauses, not the nouns
    for k in 0..noun {
        let on_noun = words[k].head as usize == noun + 1;
        if on_noun && matches!(words[k].deprel.as_str(), "cc" | "punct") {
            out[k].head = verb as u32 + 1;
        }
    }
    Some(out)
}

/// (verb, noun, first verb), 0-based, when `v` is a past participle right after a noun
/// conjunct of an earlier verb, with a complement and no subject of its own.
fn misread(words: &[Word], v: usize) -> Option<(usize, usize, usize)> {
    let w = &words[v];
    if w.deprel != "acl" || w.upos != "VERB" || !matches!(w.xpos.as_str(), "VBD" | "VBN") {
        return None;
    }
    let noun = (w.head as usize).checked_sub(1)?;
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
    let mut g = (words[noun].head as usize).checked_sub(1)?;
    for _ in 0..MAX_HOPS {
        if words[g].upos == "VERB" {
            return (g < noun).then_some(g);
        }
        g = (words[g].head as usize).checked_sub(1)?;
    }
    None
}
