//! An opening prepositional phrase read as the root. "In March 2023, a cable between the two
//! states was cut by …" has its clause after the comma; a parser may root the sentence at
//! the phrase's noun and hang the clause's verb under it (as a relative clause or a
//! modifier of a noun after the comma), so the clause loses its time (the frames then miss
//! that the act is dated) and its subject. A root noun with a preposition of its own that
//! opens the sentence and is closed by a comma cannot be the sentence: the first verb after
//! the comma that has a subject or an auxiliary of its own becomes the root, the phrase an
//! `obl` of it, and what hung on the phrase after the comma goes with the verb.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when the root is no such opening phrase.
pub(super) fn phrase_as_root(words: &[Word]) -> Option<Vec<Word>> {
    let root = words.iter().position(|w| w.head == 0)?;
    let r = root as u32 + 1;
    let opened = words
        .first()
        .is_some_and(|w| w.deprel == "case" && w.head == r);
    if !opened || !matches!(words[root].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let comma = (root + 1..words.len()).find(|&k| words[k].form == ",")?;
    let own = |v: usize, rel: &str| super::has_dependent(words, v, rel);
    // the clause's own verb is the highest such verb, not one in a relative clause below it
    let verb = (comma + 1..words.len())
        .filter(|&v| words[v].upos == "VERB" && (own(v, "nsubj") || own(v, "aux")))
        .min_by_key(|&v| depth(words, v))?;
    let mut out = words.to_vec();
    let v = verb as u32 + 1;
    out[verb].head = 0;
    out[verb].deprel = "root".into();
    out[root].head = v;
    out[root].deprel = "obl".into();
    for (k, w) in out.iter_mut().enumerate() {
        if k > comma && w.head == r {
            w.head = v;
        }
    }
    Some(out)
}

/// Heads between word `w` and the root (bounded: a parse is a tree).
fn depth(words: &[Word], w: usize) -> usize {
    let mut h = words[w].head as usize;
    let mut d = 0;
    while h != 0 && d < words.len() {
        h = words[h - 1].head as usize;
        d += 1;
    }
    d
}

#[cfg(test)]
mod tests {
    use crate::nlp::syntax::repair::repaired;
    use crate::nlp::syntax::test_words as words;

    // "In May 2020 , Freedonia was warned by Sylvania ." rooted at "May"
    const ROOTED: [(&str, &str, &str, u32, &str); 9] = [
        ("In", "IN", "ADP", 2, "case"),
        ("May", "NNP", "PROPN", 0, "root"),
        ("2020", "CD", "NUM", 2, "nummod"),
        (",", ",", "PUNCT", 2, "punct"),
        ("Freedonia", "NNP", "PROPN", 7, "nsubj:pass"),
        ("was", "VBD", "AUX", 7, "aux:pass"),
        ("warned", "VBN", "VERB", 2, "acl:relcl"),
        ("by", "IN", "ADP", 8, "case"),
        ("Sylvania", "NNP", "PROPN", 7, "obl:agent"),
    ];

    #[test]
    fn an_opening_phrase_read_as_root_dates_the_clause_after_its_comma() {
        let out = repaired(&words(&ROOTED)).into_owned();
        assert_eq!((out[6].head, out[6].deprel.as_str()), (0, "root"));
        assert_eq!((out[1].head, out[1].deprel.as_str()), (7, "obl"));
        assert_eq!(out[2].head, 2, "the year stays with its month");
    }

    #[test]
    fn a_root_noun_without_its_own_preposition_stays() {
        let mut rows = ROOTED;
        rows[0].4 = "det";
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[1].head, 0);
    }
}
