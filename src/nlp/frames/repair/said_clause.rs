//! A reported clause with no "that" read as a noun with a reduced relative: "diplomats said
//! the two sides agreed to open a hotline", "officials said settlers set fire to groves",
//! parsed with the noun phrase as the object of "said" and the past verb as an `acl` that
//! describes it. "Say" takes what was said, not a thing with a participle on it; a past form
//! right after the noun phrase, with no "by" agent and no passive auxiliary, is the reported
//! clause's verb and the noun phrase its subject ("said the price paid by Y was too low"
//! keeps its description). Only "say": "told the chamber" names an addressee.
use crate::nlp::syntax::Word;

use super::has_dependent;
use super::object_as_subject::descends_from;

/// Forms of "say" whose object the repair reads as a reported clause's subject.
const SAY: [&str; 4] = ["say", "says", "said", "saying"];

/// The repaired sentence, or `None` when no such clause is there.
pub(super) fn said_clause(words: &[Word]) -> Option<Vec<Word>> {
    let fixes: Vec<(usize, usize, usize)> =
        (0..words.len()).filter_map(|a| misread(words, a)).collect();
    if fixes.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for (say, noun, verb) in fixes {
        out[noun].head = verb as u32 + 1;
        out[noun].deprel = "nsubj".into();
        out[verb].head = say as u32 + 1;
        out[verb].deprel = "ccomp".into();
        // a finite past with a subject and no auxiliary: "agreed", not the participle
        if out[verb].xpos == "VBN" && !has_dependent(words, verb, "aux") {
            out[verb].xpos = "VBD".into();
        }
    }
    Some(out)
}

/// (say, noun, verb), 0-based, when past verb `a` is such a misread clause.
fn misread(words: &[Word], a: usize) -> Option<(usize, usize, usize)> {
    let w = &words[a];
    if w.deprel != "acl" || w.upos != "VERB" || !matches!(w.xpos.as_str(), "VBD" | "VBN") {
        return None;
    }
    let noun = (w.head as usize).checked_sub(1)?;
    let n = &words[noun];
    if noun + 1 != a || n.deprel != "obj" || !matches!(n.upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let say = (n.head as usize).checked_sub(1)?;
    let said = SAY.contains(&words[say].form.to_lowercase().as_str());
    let phrase = say < noun && (say + 1..noun).all(|k| descends_from(words, k, noun));
    let agent = (0..words.len()).any(|k| {
        words[k].head as usize == a + 1 && words[k].deprel.starts_with("obl") && by_case(words, k)
    });
    let passive = has_dependent(words, a, "aux") && words[a].xpos == "VBN"
        || (0..words.len())
            .any(|k| words[k].head as usize == a + 1 && words[k].deprel == "aux:pass");
    (said && phrase && !agent && !passive).then_some((say, noun, a))
}

/// Does oblique `k` open with "by" (an agent)?
fn by_case(words: &[Word], k: usize) -> bool {
    words[k].deprel == "obl:agent"
        || (0..words.len()).any(|c| {
            words[c].head as usize == k + 1
                && words[c].deprel == "case"
                && words[c].form.eq_ignore_ascii_case("by")
        })
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "Envoys said the two sides agreed to open a hotline ."
    const AGREED: [(&str, &str, &str, u32, &str); 11] = [
        ("Envoys", "NNS", "NOUN", 2, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 5, "det"),
        ("two", "CD", "NUM", 5, "nummod"),
        ("sides", "NNS", "NOUN", 2, "obj"),
        ("agreed", "VBN", "VERB", 5, "acl"),
        ("to", "TO", "PART", 8, "mark"),
        ("open", "VB", "VERB", 6, "xcomp"),
        ("a", "DT", "DET", 10, "det"),
        ("hotline", "NN", "NOUN", 8, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_past_verb_after_the_object_of_said_is_the_reported_clause() {
        let out = repaired(&words(&AGREED)).into_owned();
        assert_eq!((out[5].head, out[5].deprel.as_str()), (2, "ccomp"));
        assert_eq!(out[5].xpos, "VBD");
        assert_eq!((out[4].head, out[4].deprel.as_str()), (6, "nsubj"));
    }

    #[test]
    fn a_participle_with_its_agent_or_after_told_still_describes() {
        // "said the price paid by Ruritania …": the description keeps its agent
        let mut rows = AGREED;
        rows[6] = ("by", "IN", "ADP", 8, "case");
        rows[7] = ("Ruritania", "NNP", "PROPN", 6, "obl");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[5].deprel, "acl");
        // "told the sides gathered …": "tell" names an addressee
        let mut rows = AGREED;
        rows[1] = ("told", "VBD", "VERB", 0, "root");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[5].deprel, "acl");
    }
}
