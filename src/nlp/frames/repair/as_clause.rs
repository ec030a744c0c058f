//! (pairs3) An "as"-clause read as a noun phrase with a reduced relative: "A asked B to fund
//! X, as officials of the two governments met in Z" is parsed with "as" as the preposition
//! of "officials", that phrase hung on a noun of the first clause, and "met" as a participle
//! describing "governments", so the clause's act is lost. When the tagger reads "as" as a
//! subordinator (SCONJ) though the parse makes it a preposition, its noun is a plural (a
//! role, "as mediator", "as a gesture", is rarely a bare plural), and the first verb after
//! it, with no comma between, is a past form hung as a modifier (`acl`) inside that noun's
//! phrase with no agent ("by …") and no subject: the noun is the clause's subject, "as" its
//! mark, and the verb an adverbial of the verb the phrase hung under.
use super::subordinate_subject::verbal_ancestor;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no such clause is there.
pub(super) fn as_clause(words: &[Word]) -> Option<Vec<Word>> {
    let (mark, noun, verb) = (0..words.len()).find_map(|c| misread(words, c))?;
    let main = verbal_ancestor(words, noun)?;
    let mut out = words.to_vec();
    out[noun].head = verb as u32 + 1;
    out[noun].deprel = "nsubj".into();
    out[mark].head = verb as u32 + 1;
    out[mark].deprel = "mark".into();
    out[verb].head = main as u32 + 1;
    out[verb].deprel = "advcl".into();
    out[verb].xpos = "VBD".into();
    super::subordinate_subject::acyclic(&out).then_some(out)
}

/// (the word "as", its plural noun, the participle), 0-based.
fn misread(words: &[Word], c: usize) -> Option<(usize, usize, usize)> {
    let w = &words[c];
    let as_sconj = w.form.eq_ignore_ascii_case("as") && w.upos == "SCONJ" && w.deprel == "case";
    if !as_sconj {
        return None;
    }
    let noun = (w.head as usize).checked_sub(1)?;
    let plural = matches!(words.get(noun)?.xpos.as_str(), "NNS" | "NNPS");
    if !plural || noun <= c {
        return None;
    }
    // the first verb after the noun, before any punctuation
    let verb = (noun + 1..words.len())
        .take_while(|&i| words[i].upos != "PUNCT")
        .find(|&i| words[i].upos == "VERB")?;
    let participle =
        matches!(words[verb].xpos.as_str(), "VBD" | "VBN") && words[verb].deprel == "acl";
    (participle && under(words, verb, noun) && !agented(words, verb)).then_some((c, noun, verb))
}

/// Is the word at `w` in the phrase of `noun` (its head chain reaches it)?
fn under(words: &[Word], w: usize, noun: usize) -> bool {
    let mut h = words[w].head as usize;
    for _ in 0..words.len() {
        match h.checked_sub(1) {
            Some(i) if i == noun => return true,
            Some(i) => h = words[i].head as usize,
            None => return false,
        }
    }
    false
}

/// Has the verb at `v` an agent ("signed by X"), or a subject of its own?
fn agented(words: &[Word], v: usize) -> bool {
    words.iter().enumerate().any(|(i, k)| {
        let kid = k.head as usize == v + 1;
        let by = words
            .iter()
            .any(|c| c.head as usize == i + 1 && c.form.eq_ignore_ascii_case("by"));
        kid && (k.deprel == "obl:agent" || k.deprel.starts_with("nsubj") || by)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "A pressed B, as envoys of both states met in C." with "as envoys" on "B" and "met" a
    // participle on "states"
    const MISREAD: [(&str, &str, &str, u32, &str); 12] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("pressed", "VBD", "VERB", 0, "root"),
        ("Freedonia", "NNP", "PROPN", 2, "obj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("as", "IN", "SCONJ", 6, "case"),
        ("envoys", "NNS", "NOUN", 3, "nmod"),
        ("of", "IN", "ADP", 9, "case"),
        ("both", "DT", "DET", 9, "det"),
        ("states", "NNS", "NOUN", 6, "nmod"),
        ("met", "VBN", "VERB", 9, "acl"),
        ("there", "RB", "ADV", 10, "advmod"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn the_plural_after_as_is_the_subject_of_the_participle() {
        let out = as_clause(&words(&MISREAD)).expect("repaired");
        assert_eq!((out[5].head, out[5].deprel.as_str()), (10, "nsubj"));
        assert_eq!((out[4].head, out[4].deprel.as_str()), (10, "mark"));
        assert_eq!((out[9].head, out[9].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn a_role_after_as_keeps_its_participle() {
        // "as envoy of both states met there": a singular role, not a clause's subject
        let mut rows = MISREAD;
        rows[5] = ("envoy", "NN", "NOUN", 3, "nmod");
        assert!(as_clause(&words(&rows)).is_none());
    }

    #[test]
    fn a_participle_with_an_agent_stays_a_description() {
        // "as envoys of both states named by C": a passive on the states
        let mut rows = MISREAD;
        rows[9] = ("named", "VBN", "VERB", 9, "acl");
        rows[10] = ("by", "IN", "ADP", 10, "obl:agent");
        assert!(as_clause(&words(&rows)).is_none());
    }
}
